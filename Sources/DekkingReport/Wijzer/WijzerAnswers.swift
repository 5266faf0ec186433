import DekkingCore
import Foundation

/// One professional's filled-in competentiewijzer: who, when, for which level and profile of which
/// framework version, and a rating (with an optional example) per indicator.
///
/// The JSON the page exports is this value's encoding (`schema` is ``WijzerAnswers/schemaName``);
/// the CSV export has the same content, one row per answered indicator (``WijzerAnswerReader``).
public struct WijzerAnswers: Hashable, Sendable, Codable {
    /// The name and version of this JSON shape.
    public static let schemaName = "dekking-competentiewijzer/1"

    /// One answer: the rating and the example the professional gave, if any.
    public struct Answer: Hashable, Sendable, Codable {
        public var rating: WijzerRating
        public var example: String?

        public init(rating: WijzerRating, example: String? = nil) {
            self.rating = rating
            self.example = example
        }
    }

    public var schema: String
    /// The framework's id, such as `sfd-2021`.
    public var framework: String
    /// The framework's version, such as `2021-11`.
    public var frameworkVersion: String
    public var level: LevelID
    public var profile: WijzerProfileKind
    /// The professional's name as typed in the page; may be empty.
    public var name: String
    /// The date of the assessment, `JJJJ-MM-DD` as the page writes it.
    public var date: String
    /// Answers by indicator id, such as `5.3-hbo-2`.
    public var answers: [String: Answer]

    public init(
        framework: String, frameworkVersion: String, level: LevelID, profile: WijzerProfileKind, name: String,
        date: String, answers: [String: Answer]
    ) {
        self.schema = Self.schemaName
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.level = level
        self.profile = profile
        self.name = name
        self.date = date
        self.answers = answers
    }

    /// The name to show: the typed name, or `fallback` (the file name) when none was typed.
    public func displayName(fallback: String) -> String {
        name.trimmingCharacters(in: .whitespaces).isEmpty ? fallback : name
    }
}

/// The four steps of the wijzer's rating scale, from not yet to able to teach others.
public enum WijzerRating: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case notYet = "nog-niet"
    case developing = "in-ontwikkeling"
    case mastered = "beheers-ik"
    case teaches = "kan-anderen-leren"

    /// 0 for "nog niet" to 3 for "kan ik anderen leren".
    public var value: Int {
        switch self {
        case .notYet: 0
        case .developing: 1
        case .mastered: 2
        case .teaches: 3
        }
    }

    /// The words the page and every report show.
    public var label: String {
        switch self {
        case .notYet: "nog niet"
        case .developing: "in ontwikkeling"
        case .mastered: "beheers ik"
        case .teaches: "kan ik anderen leren"
        }
    }

    /// Whether the professional masters the indicator: "beheers ik" or "kan ik anderen leren".
    public var isMastered: Bool { self >= .mastered }

    /// The rating named by `text`: its code (`beheers-ik`), its words (`beheers ik`) or its value
    /// (`2`), ignoring case and surrounding space.
    public init?(text: String) {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard
            let rating = Self.allCases.first(where: { $0.rawValue == text || $0.label == text || "\($0.value)" == text }
            )
        else { return nil }
        self = rating
    }

    public static func < (lhs: WijzerRating, rhs: WijzerRating) -> Bool { lhs.value < rhs.value }
}

/// The profiles of section 5 of the framework that a wijzer can be written for.
public enum WijzerProfileKind: String, Hashable, Sendable, Codable, CaseIterable {
    case startbekwaam
    case vakvolwassen
}
