import DekkingFramework
import DekkingMatching

/// Everything every report is made from: one in-memory result, never recomputed per format.
public struct ReportContext: Sendable {
    public var result: CoverageResult
    /// The framework the result refers to, for titles and indicator texts.
    public var framework: Framework
    public var manifest: RunManifest
    /// For a run too large to report document by document: the run as a whole. `result` then
    /// holds no documents, and the reports show the overview (``RunReports``).
    public var overview: RunOverview?

    public init(result: CoverageResult, framework: Framework, manifest: RunManifest, overview: RunOverview? = nil) {
        self.result = result
        self.framework = framework
        self.manifest = manifest
        self.overview = overview
    }
}
