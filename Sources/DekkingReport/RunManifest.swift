import DekkingCore
import DekkingModel
import Foundation

/// What a run read and how: written as `run.json` beside the reports, so every output can be traced
/// back to its inputs and mappings.
public struct RunManifest: Hashable, Sendable, Codable {
    /// One input file.
    public struct Input: Hashable, Sendable, Codable {
        public var path: String
        /// Lower-case hex SHA-256 of the file's bytes.
        public var sha256: String
        public var bytes: Int
        /// The document id it became, or `nil` when it could not be read.
        public var document: String?
        public var kind: DocumentKind?
        public var level: LevelID?

        public init(path: String, sha256: String, bytes: Int, document: String?, kind: DocumentKind?, level: LevelID?) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
            self.document = document
            self.kind = kind
            self.level = level
        }
    }

    /// One mapping file.
    public struct MappingFile: Hashable, Sendable, Codable {
        public var path: String
        public var sha256: String

        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The version of run.json's layout: raised when a key is renamed or removed or changes meaning.
    public static let currentSchemaVersion = 1

    public var name: String
    public var toolVersion: String
    /// ``currentSchemaVersion`` when written (nil in a run.json of before version 1).
    public var schemaVersion: Int?
    /// ISO 8601 time the run started, in UTC (the only value that differs between identical runs;
    /// it is not written into coverage.json or the CSV files).
    public var startedAt: String
    public var framework: String
    public var frameworkVersion: String
    public var inputs: [Input]
    public var mappings: [MappingFile]
    /// Engine settings in force (thresholds.yaml plus `--set`).
    public var settings: [String: Double]
    public var findings: [Finding]
    /// The inputs that gave no document, failed and skipped, each with the reason: the same lists
    /// as `inputs` in coverage.json.
    public var notAnalysed: CoverageResult.Inputs?

    public init(
        name: String, toolVersion: String, startedAt: String, framework: String, frameworkVersion: String,
        inputs: [Input], mappings: [MappingFile], settings: [String: Double], findings: [Finding],
        notAnalysed: CoverageResult.Inputs? = nil
    ) {
        self.name = name
        self.toolVersion = toolVersion
        self.schemaVersion = Self.currentSchemaVersion
        self.notAnalysed = notAnalysed
        self.startedAt = startedAt
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.inputs = inputs
        self.mappings = mappings
        self.settings = settings
        self.findings = findings
    }
}
