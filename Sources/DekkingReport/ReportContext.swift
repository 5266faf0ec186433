import DekkingFramework
import DekkingModel

/// Everything every report is made from, for a small run and a large one alike: the run as a
/// whole (``overview``), and for a run up to the detail limit every document in full (``result``).
/// Each writer reads the run-wide parts from the overview and adds per-document detail when the
/// context ``isDetailed``; nothing is recomputed per format.
public struct ReportContext: Sendable {
    /// Every document in full when ``isDetailed``; no documents otherwise. Changing it (or the
    /// framework) in a detailed context makes the overview again, so the two always agree.
    public var result: CoverageResult {
        didSet { if isDetailed { overview = Self.overview(of: result, framework: framework) } }
    }
    /// The framework the result refers to, for titles and indicator texts.
    public var framework: Framework {
        didSet { if isDetailed { overview = Self.overview(of: result, framework: framework) } }
    }
    public var manifest: RunManifest
    /// The run as a whole: per document its cluster and competency cells, per cluster,
    /// competency, indicator and startbekwaam statement how many documents covered it.
    public var overview: RunOverview
    /// Whether ``result`` holds every document of the run in full, so the reports show each
    /// document's detail (indicators, evidence, suggestions); false for a run above the detail limit.
    public var isDetailed: Bool

    /// The context of a run: with `overview` (a run too large to keep per document, whose
    /// documents were summarised as they finished), the reports show the run as a whole; without
    /// it, `result` holds every document and the overview is made from them.
    public init(result: CoverageResult, framework: Framework, manifest: RunManifest, overview: RunOverview? = nil) {
        self.result = result
        self.framework = framework
        self.manifest = manifest
        if let overview {
            self.overview = overview
            isDetailed = false
        } else {
            self.overview = Self.overview(of: result, framework: framework)
            isDetailed = true
        }
    }

    /// The context of a run whose overview was made as its documents finished
    /// (``RunFolderStreams``), so it is not made again: `result` holds every document in full when
    /// `isDetailed`, and then `overview` must be the overview of exactly those documents.
    public init(
        result: CoverageResult, framework: Framework, manifest: RunManifest, overview: RunOverview, isDetailed: Bool
    ) {
        precondition(
            !isDetailed || overview.documents.count == result.documents.count,
            "a detailed context's overview holds its documents")
        self.result = result
        self.framework = framework
        self.manifest = manifest
        self.overview = overview
        self.isDetailed = isDetailed
    }

    private static func overview(of result: CoverageResult, framework: Framework) -> RunOverview {
        var overview = RunOverview(framework: framework)
        for document in result.documents { overview.add(document) }
        return overview
    }

    /// Below this field relevance a document's card warns that it seems to be about another field:
    /// `fieldWarning` of the settings the run's manifest records (every run records it); nil, and
    /// no warning, for a manifest without it.
    public var fieldWarning: Double? { manifest.settings["fieldWarning"] }
}
