/// One term produced by the analysis chain, with where it came from in the original text.
///
/// Offsets are never modified by filters: a compound part or a synonym keeps the offsets of the
/// word it came from, so evidence can always be quoted from the original text.
public struct Token: Hashable, Sendable {
    /// How a token came to be.
    public enum Origin: Hashable, Sendable {
        /// A word of the text.
        case word
        /// A part of a compound word of the text ("schuld" from "schuldhulpverlening").
        case compoundPart
        /// A term added by the thesaurus for a word or phrase of the text.
        case synonym
        /// The infinitive of a separable verb whose parts stand apart ("opstellen" for "stelt … op"),
        /// at the verb's position and offsets.
        case separableVerb
    }

    /// The normalised, stemmed term that matching compares.
    public var term: String
    /// Position of the source word among the words of the text (0-based); tokens derived from one
    /// word share its position.
    public var position: Int
    /// UTF-16 offsets of the source word (or phrase, for synonyms of phrases) in the original text.
    public var start: Int
    public var end: Int
    public var origin: Origin

    public init(term: String, position: Int, start: Int, end: Int, origin: Origin = .word) {
        self.term = term
        self.position = position
        self.start = start
        self.end = end
        self.origin = origin
    }
}
