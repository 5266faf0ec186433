/// A document as read by ingest: what it is, at which level, and its text as ordered segments that
/// keep where each passage came from.
public struct Document: Hashable, Sendable, Codable {
    /// The file's path below the folder it was found in, without its extension (`sub/profiel`),
    /// or its stem when given as a file; unique within a run (ingest refuses a second file with it).
    public var id: String
    /// The path as given by the user.
    public var path: String
    /// The format the text was read from, such as `pdf` or `docx`.
    public var format: String
    /// The character encoding of a text file, such as `utf-8` or `windows-1252`.
    public var encoding: String?
    public var kind: DocumentKind
    /// Confidence in `kind`, from 0 to 1; 1 when it came from a manifest or a flag.
    public var kindConfidence: Double
    /// The level the document is written for, when known.
    public var level: LevelID?
    /// Confidence in `level`, from 0 to 1; 1 when it came from a manifest or a flag.
    public var levelConfidence: Double
    public var title: String
    public var segments: [Segment]
    /// The document's functions, modules, kerntaken or uitstroomprofielen, in order, when it has
    /// more than one; empty for a document that is one unit. Their segment ranges do not overlap.
    public var units: [DocumentUnit]

    public init(
        id: String, path: String, format: String, encoding: String? = nil,
        kind: DocumentKind = .overig, kindConfidence: Double = 0,
        level: LevelID? = nil, levelConfidence: Double = 0,
        title: String, segments: [Segment], units: [DocumentUnit] = []
    ) {
        self.units = units
        self.id = id
        self.path = path
        self.format = format
        self.encoding = encoding
        self.kind = kind
        self.kindConfidence = kindConfidence
        self.level = level
        self.levelConfidence = levelConfidence
        self.title = title
        self.segments = segments
    }
}

/// The families of documents that users bring.
public enum DocumentKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// An mbo kwalificatiedossier in the SBB layout.
    case kwalificatiedossier
    /// An hbo or mbo programme profile, OER or course guide.
    case opleidingsprofiel
    /// A function description, e.g. from a CAO functieboek.
    case functiebeschrijving
    /// A vacancy text.
    case vacature
    /// Anything else.
    case overig
}

/// One passage of a document, with everything needed to show a user where it came from.
public struct Segment: Hashable, Sendable, Codable {
    /// 0-based position in the document.
    public var index: Int
    /// The text for display, as in the source (whitespace tidied).
    public var text: String
    /// The headings above this passage, outermost first.
    public var headingPath: [String]
    /// 1-based page, where the format has pages.
    public var page: Int?
    /// The structural code of the source, such as `B1-K1-W2` or `K0125`, when it has one.
    public var code: String?
    public var role: SegmentRole

    public init(
        index: Int, text: String, headingPath: [String] = [], page: Int? = nil, code: String? = nil,
        role: SegmentRole = .paragraph
    ) {
        self.index = index
        self.text = text
        self.headingPath = headingPath
        self.page = page
        self.code = code
        self.role = role
    }
}

/// What a segment is in the structure of its document family.
public enum SegmentRole: String, Hashable, Sendable, Codable, CaseIterable {
    // Generic structure.
    case title, heading, paragraph, listItem, tableCell
    // mbo kwalificatiedossier.
    case typeringBeroep, beroepsvereisten, kerntaak, werkproces, resultaat, gedrag, vakkennis, keuzedeel
    // hbo opleidingsprofiel and course documents.
    case competentie, gedragsindicator, leeruitkomst, beroepstaak, bodyOfKnowledge, onderwijseenheid
    // Function descriptions and vacancies.
    case doelFunctie, resultaatgebied, activiteit, kennisEnVaardigheden, contacten, functieniveau
    /// Navigation, colophon and other text that says nothing about competencies.
    case boilerplate

    /// Whether a segment of this role carries substance to match against indicators.
    public var isMatchable: Bool {
        switch self {
        case .boilerplate, .functieniveau, .title: false
        default: true
        }
    }
}
