import Foundation

/// Dutch verb morphology needed to let finite verb forms meet their infinitive in the stemmer.
enum DutchVerb {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// The infinitive of a verb stem as hunspell gives it: "werk" → "werken", "herken" →
    /// "herkennen", "analyseer" → "analyseren", "geef" → "geven", "ga" → "gaan", "zie" → "zien".
    ///
    /// Spelling rules: a long vowel written double before the last consonant is written single in
    /// the open syllable (with f → v, s → z); a short vowel before a single final consonant doubles
    /// the consonant; a stem ending in a vowel takes `-n` (a single `a`/`o`/`u` is doubled first).
    static func infinitive(ofStem stem: String) -> String {
        let letters = Array(stem)
        guard let last = letters.last, letters.count >= 2 else { return stem + "en" }
        let previous = letters[letters.count - 2]
        if vowels.contains(last) {
            if vowels.contains(previous) { return stem + "n" }
            return ["a", "o", "u"].contains(last) ? stem + String(last) + "n" : stem + "n"
        }
        guard vowels.contains(previous) else { return stem + "en" }
        let beforeVowel: Character? = letters.count >= 3 ? letters[letters.count - 3] : nil
        if let beforeVowel, beforeVowel == previous {
            // Long vowel written double: "analyseer" → "analyseren", "geef" → "geven".
            let consonant: Character = last == "f" ? "v" : last == "s" ? "z" : last
            return String(letters.dropLast(2)) + String(consonant) + "en"
        }
        if let beforeVowel, vowels.contains(beforeVowel) || ["w", "j"].contains(last) {
            // Diphthong or semi-vowel ("speel" is handled above; "bouw", "kijk"): no doubling.
            return stem + "en"
        }
        // Short vowel before one consonant: "herken" → "herkennen", "zet" → "zetten".
        return stem + String(last) + "en"
    }

    /// Spelling candidates for the infinitive of `stem`, each once, the spelling rule's form
    /// (``infinitive(ofStem:)``) first, then:
    /// - the form without doubling: a final syllable with an unstressed e keeps a single consonant
    ///   ("handel" → "handelen", "verander" → "veranderen", "reken" → "rekenen") where a stressed
    ///   one doubles it ("herken" → "herkennen");
    /// - the form with a final f or s voiced: after a diphthong the stem is written with f and s,
    ///   the infinitive with v and z ("schrijf" → "schrijven", "verwijs" → "verwijzen", "kies" →
    ///   "kiezen"), but not always ("eis" → "eisen").
    /// Spelling alone cannot tell these apart; a dictionary can.
    static func candidateInfinitives(ofStem stem: String) -> [String] {
        var list = [infinitive(ofStem: stem)]
        func add(_ candidate: String) { if !list.contains(candidate) { list.append(candidate) } }
        add(stem + "en")
        if let last = stem.last, last == "f" || last == "s", stem.count >= 3 {
            add(String(stem.dropLast()) + (last == "f" ? "v" : "z") + "en")
        }
        return list
    }

    /// The first of ``candidateInfinitives(ofStem:)`` that `lexicon` knows, or the spelling rule's
    /// form when it knows none.
    static func infinitive(ofStem stem: String, knownBy lexicon: any Lexicon) -> String {
        let candidates = candidateInfinitives(ofStem: stem)
        return candidates.first { lexicon.knows($0) } ?? candidates[0]
    }

    /// The verb stem of `word` with a separable prefix the dictionary's analysis left off put back:
    /// hunspell gives "leg" for "overlegt", whose infinitive is "overleggen", not "leggen".
    /// A stem that starts the word, or that does not occur in it, is returned as it is.
    static func stem(_ stem: String, restoringPrefixOf word: String) -> String {
        guard !stem.isEmpty, !word.hasPrefix(stem), let found = word.range(of: stem, options: .backwards),
            found.lowerBound > word.startIndex
        else { return stem }
        return String(word[..<found.lowerBound]) + stem
    }
}
