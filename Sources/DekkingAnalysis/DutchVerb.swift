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

    /// The infinitive of `stem` that `lexicon` knows: ``infinitive(ofStem:)``, or, when that
    /// doubles the last consonant and the dictionary does not know it, the form without doubling.
    /// A final syllable with an unstressed e keeps a single consonant ("handel" → "handelen",
    /// "verander" → "veranderen", "reken" → "rekenen") where a stressed one doubles it ("herken"
    /// → "herkennen"); spelling alone cannot tell them apart, the dictionary can.
    static func infinitive(ofStem stem: String, knownBy lexicon: any Lexicon) -> String {
        let ruled = infinitive(ofStem: stem)
        let single = stem + "en"
        guard ruled != single, ruled.hasPrefix(stem), !lexicon.knows(ruled), lexicon.knows(single) else { return ruled }
        return single
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
