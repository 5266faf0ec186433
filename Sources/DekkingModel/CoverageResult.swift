import DekkingCore

/// The coverage of a set of documents against one framework: what reports are made from.
///
/// Encoded as JSON this is the report contract: `{"framework": {"id", "version"}, "documents":
/// [{"id", "path", "kind", "level", "competencies": [{"id", "score", "status", "indicators":
/// [...]}]}], "inputs": {"failed", "skipped"}, "schemaVersion", "tool"}`; fields may be added,
/// none renamed or dropped without a new ``currentSchemaVersion``.
public struct CoverageResult: Hashable, Sendable, Codable {
    public struct FrameworkReference: Hashable, Sendable, Codable {
        public var id: String
        public var version: String
        public var title: String

        public init(id: String, version: String, title: String) {
            self.id = id
            self.version = version
            self.title = title
        }
    }

    /// The program that wrote the report.
    public struct ToolReference: Hashable, Sendable, Codable {
        public var name: String
        public var version: String

        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// The inputs that gave no document, in the order the run reported them, each with the reason
    /// (the message the run printed for it).
    public struct Inputs: Hashable, Sendable, Codable {
        /// Inputs that could not be analysed: missing, unreadable, damaged, too complex, or a second
        /// file with an id already taken. Each made the run end with exit status 1.
        public var failed: [UnanalysedInput]
        /// Inputs passed over on purpose: a format that is not read, a link or a special file.
        public var skipped: [UnanalysedInput]

        public init(failed: [UnanalysedInput], skipped: [UnanalysedInput]) {
            self.failed = failed
            self.skipped = skipped
        }
    }

    /// One input that gave no document.
    public struct UnanalysedInput: Hashable, Sendable, Codable {
        /// The path as the user named it (or as found below a folder they named).
        public var path: String
        /// Why, in Dutch.
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The version of this report's layout: raised when a key is renamed or removed or changes
    /// meaning (keys may be added without a new version).
    public static let currentSchemaVersion = 1

    public var framework: FrameworkReference
    public var documents: [DocumentCoverage]
    /// The inputs of the run that gave no document (nil in a report made without a run).
    public var inputs: Inputs?
    /// ``currentSchemaVersion`` when the report was written (nil in a report of before version 1).
    public var schemaVersion: Int?
    /// The program and version that wrote the report.
    public var tool: ToolReference?

    public init(
        framework: FrameworkReference, documents: [DocumentCoverage], inputs: Inputs? = nil,
        schemaVersion: Int? = nil, tool: ToolReference? = nil
    ) {
        self.framework = framework
        self.documents = documents
        self.inputs = inputs
        self.schemaVersion = schemaVersion
        self.tool = tool
    }
}

/// The coverage of one document.
public struct DocumentCoverage: Hashable, Sendable, Codable {
    public var id: String
    public var path: String
    public var title: String
    public var kind: DocumentKind
    /// The level the document was matched at (`nil` when matched against every level).
    public var level: LevelID?
    /// The levels whose indicators were used.
    public var matchedLevels: [LevelID]
    /// How much the document belongs to the framework's field, from 0 to 1 (see ``FieldProfile``).
    public var fieldRelevance: Double
    /// Hits per facet of the field profile (facet name → count), the basis of ``fieldRelevance``.
    public var fieldHits: [String: Int]
    /// Words of the document that were analysed.
    public var wordCount: Int
    public var clusters: [ClusterCoverage]
    public var competencies: [CompetencyCoverage]
    /// The document against each cluster's startbekwaam profile, when requested (education
    /// documents get it by default).
    public var startbekwaam: [ProfileCoverage]?
    /// Problems with this document's overrides.
    public var findings: [Finding]
    /// Whether the semantic layer (the sentence encoder) took part; `nil` in reports of earlier versions.
    public var semantic: Bool?
    /// Each unit of the document (function, module, kerntaak, uitstroomprofiel) matched on its
    /// own; `nil` for a document that is one unit.
    public var units: [UnitCoverage]?

    public init(
        id: String, path: String, title: String, kind: DocumentKind, level: LevelID?, matchedLevels: [LevelID],
        fieldRelevance: Double, fieldHits: [String: Int] = [:], wordCount: Int, clusters: [ClusterCoverage],
        competencies: [CompetencyCoverage],
        startbekwaam: [ProfileCoverage]? = nil, findings: [Finding] = [], semantic: Bool? = nil
    ) {
        self.semantic = semantic
        self.id = id
        self.path = path
        self.title = title
        self.kind = kind
        self.level = level
        self.matchedLevels = matchedLevels
        self.fieldRelevance = fieldRelevance
        self.fieldHits = fieldHits
        self.wordCount = wordCount
        self.clusters = clusters
        self.competencies = competencies
        self.startbekwaam = startbekwaam
        self.findings = findings
    }

    /// The coverage of competency `id`, if the framework has it.
    public func competency(_ id: String) -> CompetencyCoverage? { competencies.first { $0.id == id } }
}

/// The coverage of one cluster: the mean of its competencies' scores and how many are addressed.
public struct ClusterCoverage: Hashable, Sendable, Codable {
    public var id: String
    public var score: Double
    public var status: CoverageStatus
    public var covered: Int
    public var partial: Int
    public var gaps: Int

    public init(id: String, score: Double, status: CoverageStatus, covered: Int, partial: Int, gaps: Int) {
        self.id = id
        self.score = score
        self.status = status
        self.covered = covered
        self.partial = partial
        self.gaps = gaps
    }
}

/// The coverage of one competency.
public struct CompetencyCoverage: Hashable, Sendable, Codable {
    public var id: String
    public var clusterID: String
    /// Calibrated score from 0 to 1.
    public var score: Double
    public var status: CoverageStatus
    public var indicators: [IndicatorCoverage]
    /// Curated key terms of the competency found in the document (each word of which occurs in it).
    public var keywords: [String]
    /// The signals of the competency itself (title and key phrases); its score is the larger of
    /// their probability and its best indicator's.
    public var signals: Signals?
    /// The user's decision about the competency as a whole, when an override applies.
    public var override: OverrideDecision?
    public var overrideNote: String?

    public init(
        id: String, clusterID: String, score: Double, status: CoverageStatus, indicators: [IndicatorCoverage],
        keywords: [String], signals: Signals? = nil, override: OverrideDecision? = nil, overrideNote: String? = nil
    ) {
        self.signals = signals
        self.override = override
        self.overrideNote = overrideNote
        self.id = id
        self.clusterID = clusterID
        self.score = score
        self.status = status
        self.indicators = indicators
        self.keywords = keywords
    }
}

/// The coverage of one indicator, with the passages that support it.
public struct IndicatorCoverage: Hashable, Sendable, Codable {
    public var id: String
    public var level: LevelID
    public var score: Double
    public var status: CoverageStatus
    /// The user's decision, when an override applies.
    public var override: OverrideDecision?
    public var overrideNote: String?
    /// The best passages, best first.
    public var evidence: [Evidence]
    /// What the score was computed from (see ``CalibrationModel``). Not part of the JSON report:
    /// a competency's signals are (its best indicator's share among them), and 304 indicators'
    /// signals would add a quarter to every document's line.
    public var signals: Signals?

    private enum CodingKeys: String, CodingKey {
        case id, level, score, status, override, overrideNote, evidence
    }

    public init(
        id: String, level: LevelID, score: Double, status: CoverageStatus, override: OverrideDecision? = nil,
        overrideNote: String? = nil, evidence: [Evidence], signals: Signals? = nil
    ) {
        self.signals = signals
        self.id = id
        self.level = level
        self.score = score
        self.status = status
        self.override = override
        self.overrideNote = overrideNote
        self.evidence = evidence
    }
}

/// A passage of a document that supports an indicator, and why.
public struct Evidence: Hashable, Sendable, Codable {
    /// Index of the first segment of the passage in the document.
    public var segment: Int
    public var text: String
    public var code: String?
    public var headingPath: [String]
    public var page: Int?
    public var score: Double
    /// The words of the passage that matched the indicator, as they appear in the passage.
    public var matchedTerms: [String]
    /// How the passage was found: `nil` for shared words (lexical), ``Basis/semantic`` for a
    /// passage the encoder found close in meaning.
    public var basis: Basis?
    /// The id of the unit (``DekkingCore/DocumentUnit``) the passage lies in, for a document of several units.
    public var unit: String?
    /// The encoder's cosine similarity, for a passage found by meaning.
    public var similarity: Double?

    public enum Basis: String, Hashable, Sendable, Codable {
        case semantic
    }

    public init(
        segment: Int, text: String, code: String?, headingPath: [String], page: Int?, score: Double,
        matchedTerms: [String], basis: Basis? = nil, similarity: Double? = nil
    ) {
        self.basis = basis
        self.similarity = similarity
        self.segment = segment
        self.text = text
        self.code = code
        self.headingPath = headingPath
        self.page = page
        self.score = score
        self.matchedTerms = matchedTerms
    }
}
