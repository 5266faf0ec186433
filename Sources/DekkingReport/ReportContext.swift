import DekkingFramework
import DekkingMatching

/// Everything every report is made from: one in-memory result, never recomputed per format.
public struct ReportContext: Sendable {
    public var result: CoverageResult
    /// The framework the result refers to, for titles and indicator texts.
    public var framework: Framework
    public var manifest: RunManifest

    public init(result: CoverageResult, framework: Framework, manifest: RunManifest) {
        self.result = result
        self.framework = framework
        self.manifest = manifest
    }
}
