import DekkingFramework
import DekkingModel

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

    /// Below this field relevance a document's card warns that it seems to be about another field:
    /// `fieldWarning` of the settings the run's manifest records (every run records it); nil, and
    /// no warning, for a manifest without it.
    public var fieldWarning: Double? { manifest.settings["fieldWarning"] }
}
