import Foundation

/// Which stages of the chain run, and where the dictionary is. Every stage can be switched off to
/// measure its contribution; the defaults are the full chain.
public struct AnalysisOptions: Hashable, Sendable {
    /// Drop the words of `stopwords-nl.txt`.
    public var useStopWords = true
    /// Apply `stem-overrides.tsv` before Snowball (whole words and suffix rules).
    public var useStemOverrides = true
    /// Reduce finite verb forms to their stem with hunspell before Snowball ("werkt" → "werk").
    public var useVerbStems = true
    /// Expand elliptical compounds ("wet- en regelgeving" → "wetgeving", "regelgeving").
    public var useEllipsis = true
    /// Add compound parts ("schuldhulpverlening" → "schuld", "hulp", "verlening", "hulpverlening").
    public var useDecompounder = true
    /// Join split separable verbs ("stelt … op" → "opstellen") at the verb's position.
    public var useSeparableVerbs = true
    /// Add thesaurus group terms (`~client`).
    public var useThesaurus = true
    /// Use hunspell (when its files are there); `false` forces the vocabulary fallback.
    public var useHunspell = true
    /// The hunspell files; the defaults are Debian's hunspell-nl.
    public var hunspellAffix: URL = HunspellLexicon.debianAffix
    public var hunspellDictionary: URL = HunspellLexicon.debianDictionary
    /// Texts whose words form the fallback lexicon when hunspell is not used (for instance the
    /// framework's indicator texts); thesaurus members are always added.
    public var fallbackVocabulary: [String] = []
    /// Shortest first and last part of a compound, in characters.
    public var minimumCompoundHead = 4
    public var minimumCompoundTail = 4

    public init() {}
}
