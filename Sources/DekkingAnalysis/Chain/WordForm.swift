/// One word form as the word filters see it and leave it: everything the chain decides about a
/// word that depends on the word alone.
///
/// A form is a function of its ``surface`` (and whether it is a number), so the analyser works it
/// out once per distinct word and caches it (``WordCache``); a filter must never look at anything
/// but the form it is given and the data it was built with.
public struct WordForm: Hashable, Sendable {
    /// What token filters want to know about a word, worked out with the form so a repeated word
    /// costs nothing (see ``TokenFilter/mark(_:)``).
    public struct Marks: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// A thesaurus member may start with the stem.
        public static let startsSynonym = Marks(rawValue: 1 << 0)
        /// The word is a particle of a separable verb ("op", "in", "aan").
        public static let verbParticle = Marks(rawValue: 1 << 1)
    }

    /// The folded text: lower case, no diacritics ("client").
    public let text: String
    /// The lower-case form with its diacritics, for the lexicon ("cliënt").
    public let surface: String
    /// The word is a number ("1.250,50"): its own stem, never split.
    public let isNumber: Bool
    /// The term the word gives; the folded text until a filter stems it.
    public var stem: String
    /// The stems of the compound's parts, without the stem itself and without stop words.
    public var parts: [String] = []
    /// The word is a stop word: it takes no position and the word filters after the one that said
    /// so do not see it.
    public var isStopWord = false
    /// The word is one letter: it takes no position when the tokeniser cut it as a word (not as
    /// part of an abbreviation or an elliptical compound).
    public var isSingleLetter = false
    public var marks: Marks = []
    /// The infinitives the lexicon knows for the word as the verb of a split separable verb
    /// ("stellen" for "stelt"), in the order they are tried; empty for most words (see
    /// ``SeparableVerbFilter``).
    public var verbInfinitives: [String] = []

    public init(text: String, surface: String? = nil, isNumber: Bool = false) {
        self.text = text
        self.surface = surface ?? text
        self.isNumber = isNumber
        self.stem = text
    }

    /// Whether a piece of `kind` with this form takes no position.
    public func isDropped(as kind: WordPiece.Kind) -> Bool { isStopWord || (kind == .word && isSingleLetter) }
}

/// A step of the chain that decides about one word form at a time (stop words, stemming,
/// compound parts): a pure function of the form, so its result is cached per word.
public protocol WordFilter: Sendable {
    /// Changes `form`; called once per distinct word, never for a stop word marked by an earlier
    /// filter.
    func apply(to form: inout WordForm)
}
