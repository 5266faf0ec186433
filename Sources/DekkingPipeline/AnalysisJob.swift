import DekkingReport
import Foundation

/// Everything `dekking analyze` asks for, as plain values: the documents and how to match them
/// (``CoverageRun/Request``), and where the outputs go. ``AnalysisPipeline/run(_:mappings:progress:interruptible:)``
/// carries it out.
public struct AnalysisJob: Sendable {
    /// The documents and how to read and match them.
    public var request: CoverageRun.Request
    /// The reports to write.
    public var outputs: Outputs
    /// A folder for the cache of analysed documents (`--cache`), as the user named it; nil: none.
    public var cache: String?
    /// The identity of this build in cache keys (a rebuilt tool never reuses another build's entries).
    public var toolIdentity: String
    /// The tool version recorded in `run.json`.
    public var toolVersion: String
    /// When the run started, recorded in `run.json`.
    public var startedAt: Date

    public init(
        request: CoverageRun.Request, outputs: Outputs, cache: String? = nil, toolIdentity: String,
        toolVersion: String, startedAt: Date = Date()
    ) {
        self.request = request
        self.outputs = outputs
        self.cache = cache
        self.toolIdentity = toolIdentity
        self.toolVersion = toolVersion
        self.startedAt = startedAt
    }

    /// Where a run's reports go.
    public struct Outputs: Sendable {
        /// The JSON report on its own (`--json`); nil: none.
        public var json: JSONDestination?
        /// The run folder with every report; nil: none.
        public var folder: Folder?
        /// How the CSV files are spelled (`--csv-dialect`, `--bom`).
        public var csvDialect = CSVDialect.rfc4180
        /// What the outputs may not touch: the inputs and the mappings.
        public var safety: OutputSafety

        public init(json: JSONDestination?, folder: Folder?, csvDialect: CSVDialect = .rfc4180, safety: OutputSafety) {
            self.json = json
            self.folder = folder
            self.csvDialect = csvDialect
            self.safety = safety
        }
    }

    /// Where the JSON report goes.
    public enum JSONDestination: Hashable, Sendable {
        case standardOutput
        /// A file, written through a temporary file beside it.
        case file(String)
    }

    /// The run folder `<root>/<name>/`.
    public struct Folder: Hashable, Sendable {
        public var root: String
        public var name: String
        /// Replace an earlier run folder of the same name (never anything Dekking did not write).
        public var force = false
        /// Up to this many documents the HTML, XLSX and Markdown reports show every document in
        /// full; above it they show the run as a whole.
        public var detailLimit: Int

        public init(root: String, name: String, force: Bool = false, detailLimit: Int) {
            self.root = root
            self.name = name
            self.force = force
            self.detailLimit = detailLimit
        }
    }
}
