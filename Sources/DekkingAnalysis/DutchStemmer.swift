import Foundation

/// Snowball Dutch plus the domain's stem overrides (used by ``StemFilter``).
///
/// Order for one folded word:
/// 1. a whole-word override (`stem-overrides.tsv`: `mensen → mens`) is the answer as it stands;
/// 2. else a verb form the ``Lexicon`` recognises is replaced by its infinitive ("werkt" → "werk"
///    → "werken", "herkent" → "herken" → "herkennen", "handelt" → "handel" → "handelen",
///    "overlegt" → "leg" → "overleggen"), so it stems like the infinitive;
/// 3. else the longest matching suffix rule (`-eert → -eer`) rewrites the end of the word;
/// 4. then Snowball Dutch stems the result.
///
/// Words with digits are returned as they are. Nothing is memoised here: the analyser caches
/// each word's form (``WordCache``).
public final class DutchStemmer: Sendable {
    private let snowball: SnowballStemmer
    private let overrides: StemOverrides
    private let lexicon: (any Lexicon)?

    /// - Parameters:
    ///   - overrides: whole-word and suffix rules applied before Snowball.
    ///   - lexicon: when given, finite verb forms are reduced to their stem first.
    public init(snowball: SnowballStemmer, overrides: StemOverrides = StemOverrides(), lexicon: (any Lexicon)? = nil) {
        self.snowball = snowball
        self.overrides = overrides
        self.lexicon = lexicon
    }

    /// The stem of a folded word ("clienten" → "client").
    public func stem(_ word: String) -> String {
        if word.isEmpty { return word }
        return compute(word)
    }

    private func compute(_ word: String) -> String {
        if let fixed = overrides.words[word] { return fixed }
        if word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return word }
        var input = word
        if let lexicon, let verb = lexicon.verbStem(word) {
            let folded = DutchVerb.stem(VocabularyLexicon.fold(verb), restoringPrefixOf: word)
            if let fixed = overrides.words[folded] { return fixed }
            input = DutchVerb.infinitive(ofStem: folded, knownBy: lexicon)
            if let fixed = overrides.words[input] { return fixed }
        } else if let rewritten = overrides.rewriteSuffix(word) {
            input = rewritten
        }
        return snowball.stem(input)
    }
}
