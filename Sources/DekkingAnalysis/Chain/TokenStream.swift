/// A text on its way through the token filters: its pieces, the word form of each, the positions
/// the kept words took, and the tokens so far.
///
/// Filters add tokens (``append(_:position:start:end:origin:)``); they never change the text, the
/// pieces or the offsets, so every token can still be quoted from the original text.
public struct TokenStream {
    /// A kept word: the piece it came from and its offsets in the original text (UTF-16).
    public struct Slot: Sendable {
        public var piece: Int
        public var start: Int
        public var end: Int
    }

    /// One token: a term (as text, or as an id of the consumer's ``TermTable`` when the cache
    /// already knew it) at a position.
    public struct Entry: Sendable {
        public var term: String
        /// The term's id, or -1 until the analyser interns it.
        public var termID: Int32
        public var position: Int
        public var start: Int
        public var end: Int
        public var origin: Token.Origin
    }

    /// The normalised text the pieces index into.
    public let text: NormalizedText
    /// The pieces as the tokeniser and the piece filters left them.
    public let pieces: [WordPiece]
    /// The word form of each piece.
    public let forms: Forms
    /// For each piece, the position its word took, or nil when it took none (a stop word).
    public let positions: [Int?]
    /// The kept words, indexed by position.
    public let slots: [Slot]
    /// The UTF-16 offsets of each piece in the original text.
    public let offsets: [Range<Int>]
    /// The tokens so far, in the order the filters added them: first the word filters' (each
    /// kept word's stem, then its compound parts), then each token filter's.
    public var tokens: [Entry]
    /// The number of tokens the word filters gave: `tokens[wordTokenCount...]` are the token
    /// filters' own.
    public let wordTokenCount: Int

    init(
        text: NormalizedText, pieces: [WordPiece], forms: Forms, positions: [Int?], slots: [Slot],
        offsets: [Range<Int>], tokens: [Entry]
    ) {
        self.text = text
        self.pieces = pieces
        self.forms = forms
        self.positions = positions
        self.slots = slots
        self.offsets = offsets
        self.tokens = tokens
        self.wordTokenCount = tokens.count
    }

    /// The word forms of the pieces, read from the cache without copying them into the stream.
    public struct Forms: RandomAccessCollection, Sendable {
        let entries: [Frozen<WordCache.Entry>]

        public var startIndex: Int { 0 }
        public var endIndex: Int { entries.count }
        public subscript(index: Int) -> WordForm { entries[index].value.form }
    }

    /// Adds a token for `term` at `position`, spanning `start..<end` of the original text.
    public mutating func append(_ term: String, position: Int, start: Int, end: Int, origin: Token.Origin = .word) {
        tokens.append(Entry(term: term, termID: -1, position: position, start: start, end: end, origin: origin))
    }
}

/// A step of the chain that works on a whole text (separable verbs, hyphenated wholes, thesaurus
/// phrases): it sees every word at once and adds tokens.
public protocol TokenFilter: Sendable {
    /// Notes on a word form what ``apply(to:)`` will ask about it, so a repeated word costs no
    /// work per occurrence; runs with the word filters and is cached with them. The default
    /// notes nothing.
    func mark(_ form: inout WordForm)
    /// Adds this filter's tokens to `stream`.
    func apply(to stream: inout TokenStream)
}

extension TokenFilter {
    public func mark(_ form: inout WordForm) {}
}

/// A step of the chain that works on the pieces the tokeniser cut, before any word is looked at
/// (elliptical compounds: "wet- en regelgeving" → "wetgeving", "regelgeving").
public protocol PieceFilter: Sendable {
    /// `pieces` of `text`, changed.
    func apply(to pieces: [WordPiece], in text: NormalizedText) -> [WordPiece]
}
