import Foundation

/// What the decompounder and the elliptical-compound expander ask of a dictionary.
///
/// Words are lower case, in NFC, with their diacritics ("cliënt"); implementations fold as they need.
public protocol Lexicon: Sendable {
    /// Whether `word` is a correct Dutch word (compounds included, as hunspell-nl accepts them).
    func knows(_ word: String) -> Bool
    /// For a finite verb form ("werkt", "analyseert"), the verb stem the dictionary gives ("werk",
    /// "analyseer"); `nil` for every other word or when the dictionary cannot tell.
    func verbStem(_ word: String) -> String?
    /// A short name for reports ("hunspell", "woordenlijst").
    var name: String { get }
}

/// The fallback lexicon when hunspell or its Dutch dictionary is missing: a plain set of words,
/// usually the words of the framework and the thesaurus.
///
/// It knows only the words it was given (folded, so "client" and "cliënt" are the same), so
/// decompounding and elliptical-compound expansion only find parts that occur in that vocabulary.
/// That is weaker than hunspell but keeps the parts that matter for matching: the vocabulary the
/// indicators are written in.
public struct VocabularyLexicon: Lexicon {
    private let words: Set<String>
    public var name: String { "woordenlijst" }

    /// A lexicon of the words of `texts` (split, folded), plus `words` as given (folded).
    public init(texts: [String] = [], words: [String] = []) {
        let normalizer = TextNormalizer()
        let tokenizer = Tokenizer()
        var set: Set<String> = []
        for text in texts + words {
            for piece in tokenizer.tokenize(normalizer.normalize(text))
            where piece.kind == .word && piece.text.count > 1 {
                set.insert(piece.text)
            }
        }
        self.words = set
    }

    public func knows(_ word: String) -> Bool { words.contains(Self.fold(word)) }
    public func verbStem(_ word: String) -> String? { nil }

    /// The number of words.
    public var count: Int { words.count }

    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        return ScalarString.make(TextNormalizer().normalize(word).chars)
    }
}
