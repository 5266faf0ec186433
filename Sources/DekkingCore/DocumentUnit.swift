/// A part of a document that its users think of on its own: a function of a CAO functieboek, a
/// module of a study guide or OER, a kerntaak of a kwalificatiedossier, an uitstroomprofiel of an
/// opleidingsprofiel. Ingest finds units (``Document/units``); matching measures each alone.
///
/// A unit is a run of consecutive segments, from its heading to the segment before the next unit
/// or before a heading above it (a function family, a study year, a part of the dossier).
public struct DocumentUnit: Hashable, Sendable, Codable {
    /// Unique within the document: the structural code of a kerntaak (`B1-K1`), otherwise the
    /// kind and the unit's number as written (`functie-2`, `module-SFD12`), or its position
    /// among the document's units of its kind (`module-3`).
    public var id: String
    public var kind: UnitKind
    /// The title without the word and number that mark it (`Schuldhulpverlener`).
    public var title: String
    /// The heading that groups this unit with its neighbours: the function family, the study
    /// year or phase, the part of the dossier (`Basisdeel`, `Profiel ...`).
    public var group: String?
    /// The level the unit's own text is written for, when it says (`mbo`, `hbo`).
    public var level: LevelID?
    /// Confidence in ``level``, from 0 to 1.
    public var levelConfidence: Double
    /// Study load in EC, when given.
    public var ec: Double?
    /// Study year (1 for the propedeuse), when given.
    public var year: Int?
    /// Semester, period or block number within the year, when given.
    public var semester: Int?
    /// The salary scale or function level as written (`schaal 8`, `FWG 45`), when given.
    public var scale: String?
    /// The segments of the unit: `segments.lowerBound` is its heading's.
    public var segments: Range<Int>

    public init(
        id: String, kind: UnitKind, title: String, group: String? = nil, level: LevelID? = nil,
        levelConfidence: Double = 0, ec: Double? = nil, year: Int? = nil, semester: Int? = nil,
        scale: String? = nil, segments: Range<Int>
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.group = group
        self.level = level
        self.levelConfidence = levelConfidence
        self.ec = ec
        self.year = year
        self.semester = semester
        self.scale = scale
        self.segments = segments
    }
}

/// What kind of part a ``DocumentUnit`` is.
public enum UnitKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A function of a functieboek.
    case functie
    /// A module, onderwijseenheid, cursus or leerlijn of a study guide or OER.
    case module
    /// A kerntaak of a kwalificatiedossier.
    case kerntaak
    /// An uitstroomprofiel or afstudeerrichting of an opleidingsprofiel.
    case uitstroomprofiel
}

/// Whether and how ingest looks for units in a document (a flag or the manifest's `units` column).
public enum UnitChoice: Hashable, Sendable {
    /// Units as their headings show them (`Functie 2: …`, `Module 3 …`, a kerntaak's code, a
    /// heading followed by *Doel van de functie*).
    case auto
    /// The document is one unit.
    case none
    /// Every heading of the top level that is not a known section is a unit of this kind (for a
    /// functieboek or study guide whose headings do not say so).
    case every(UnitKind)

    /// Reads a user's word: `auto`, `geen`/`none`, a ``UnitKind`` (`functie`, `module`, …), or
    /// `functieboek`/`studiegids`/`oer` for the units of such a document; nil for anything else.
    public init?(word: String) {
        switch word.lowercased() {
        case "auto", "": self = .auto
        case "geen", "none": self = .none
        case "functieboek", "functies": self = .every(.functie)
        case "studiegids", "oer", "modules": self = .every(.module)
        default:
            guard let kind = UnitKind(rawValue: word.lowercased()) else { return nil }
            self = .every(kind)
        }
    }

    /// The words ``init(word:)`` reads, for messages.
    public static let words = "auto, geen, functie, module, kerntaak, uitstroomprofiel, functieboek, studiegids"
}

extension DocumentKind {
    /// Reads a user's word for a kind: a kind's own name, or `functieboek` (function
    /// descriptions with a unit per function), `studiegids` or `oer` (an opleidingsprofiel with a
    /// unit per module); nil for anything else.
    public init?(userWord word: String) {
        guard let read = Self.reading(word) else { return nil }
        self = read.kind
    }

    /// The kind and, for `functieboek`/`studiegids`/`oer`, the units a user's word implies.
    public static func reading(_ word: String) -> (kind: DocumentKind, units: UnitChoice?)? {
        switch word.lowercased() {
        case "functieboek": (.functiebeschrijving, .every(.functie))
        case "studiegids", "oer": (.opleidingsprofiel, .every(.module))
        default: DocumentKind(rawValue: word.lowercased()).map { ($0, nil) }
        }
    }

    /// The words ``reading(_:)`` reads, for messages.
    public static let userWords = allCases.map(\.rawValue).joined(separator: ", ") + ", functieboek, studiegids, oer"
}

/// What a unit states about itself: its group and the attributes its text gives. Shared by
/// ``DocumentUnit`` and the coverage of a unit, so that every output describes a unit alike.
public protocol UnitFacts {
    var group: String? { get }
    var level: LevelID? { get }
    var levelConfidence: Double { get }
    var ec: Double? { get }
    var year: Int? { get }
    var semester: Int? { get }
    var scale: String? { get }
}

extension UnitFacts {
    /// The facts on one line, in Dutch: `Functiefamilie Schuldhulp · hbo-niveau volgens de tekst ·
    /// schaal 9`, `Jaar 1 · 7,5 EC · semester 2` (the year left out when the group names it);
    /// with `confidence`, the level as `hbo 57%`. Empty when the unit states nothing.
    public func factsText(separator: String = " · ", confidence: Bool = false) -> String {
        var facts: [String] = []
        if let group { facts.append(group) }
        if let level {
            facts.append(
                confidence ? "\(level) \(Int((levelConfidence * 100).rounded()))%" : "\(level)-niveau volgens de tekst")
        }
        if let scale { facts.append(scale) }
        if let ec, ec.isFinite {
            let tenths = Int((ec * 10).rounded())
            facts.append("\(tenths / 10)\(tenths % 10 == 0 ? "" : ",\(tenths % 10)") EC")
        }
        if let year, group?.contains(String(year)) != true { facts.append("jaar \(year)") }
        if let semester { facts.append("semester \(semester)") }
        return facts.joined(separator: separator)
    }
}

extension DocumentUnit: UnitFacts {}
