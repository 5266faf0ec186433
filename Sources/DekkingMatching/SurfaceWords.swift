import DekkingCore
import Foundation

/// The words of a document as written (lower-cased, diacritics folded), to check that a key
/// phrase found through stems and compound parts really has its own word forms in the text.
///
/// Stemming makes different words meet: Snowball gives "lef" and the "leef" of "leefgebieden" the
/// same stem. A key phrase therefore counts only when every one of its words has a form in the
/// document: the word inside a word of the text (a compound: "schuld" in "schuldhulp"), or a word
/// of the text that starts with all of it but its last three letters (inflection: "signaleren" ~
/// "signaleert"). A word of three letters or fewer must be a word of the text or start one.
/// Built lazily, once per document, only when a phrase is found.
struct SurfaceWords {
    private let words: [String]

    init(_ document: Document) {
        var set = Set<String>()
        for segment in document.segments where segment.role.isMatchable {
            for heading in segment.headingPath { Self.collect(heading, into: &set) }
            Self.collect(segment.text, into: &set)
        }
        words = set.sorted()
    }

    init(text: String) {
        var set = Set<String>()
        Self.collect(text, into: &set)
        words = set.sorted()
    }

    /// Whether every word of `phrase` has a form in the document.
    func contains(phrase: String) -> Bool {
        var phraseWords = Set<String>()
        Self.collect(phrase, into: &phraseWords)
        return !phraseWords.isEmpty && phraseWords.allSatisfy(contains(word:))
    }

    /// Whether the folded `word` has a form in the document (see the type's contract).
    func contains(word: String) -> Bool {
        if word.count <= 3 { return words.contains { $0.hasPrefix(word) } }
        let stem = String(word.prefix(max(4, word.count - 3)))
        return words.contains { $0.hasPrefix(stem) || $0.contains(word) }
    }

    /// Lower-cased, diacritic-folded words (letters and digits) of `text`.
    static func collect(_ text: String, into set: inout Set<String>) {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                set.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { set.insert(current) }
    }
}
