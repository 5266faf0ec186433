/// A word as the tokeniser cuts it, before filtering and stemming.
///
/// Offsets are indices into ``NormalizedText/source`` (original scalars); the analyser turns them
/// into UTF-16 offsets when it makes ``Token``s.
public struct WordPiece: Hashable, Sendable {
    /// What the tokeniser recognised.
    public enum Kind: Hashable, Sendable {
        /// Letters (possibly with digits): a word of the text.
        case word
        /// Digits, possibly with inner `.` or `,` ("1.250,50", "2.1").
        case number
        /// One word of the expansion of an abbreviation ("behoeve" from "t.b.v.").
        case abbreviation
        /// A word formed from an elliptical compound ("wetgeving" from "wet- en regelgeving").
        case ellipsis
    }

    /// How this piece hangs together with the next one.
    public enum Link: Hashable, Sendable {
        case none
        /// Joined by a hyphen to the next piece: "sociaal-financieel".
        case hyphen
        /// Ends in a hyphen followed by space or comma: "wet-" in "wet- en regelgeving".
        case dangling
    }

    /// The folded text (lower case, no diacritics).
    public var text: String
    /// The original scalars this piece came from.
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var link: Link

    public init(text: String, start: Int, end: Int, kind: Kind = .word, link: Link = .none) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.link = link
    }
}
