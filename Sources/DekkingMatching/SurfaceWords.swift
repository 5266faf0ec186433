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
    /// The document's distinct folded words, as UTF-8.
    private let words: [[UInt8]]

    init(_ document: Document) {
        var set = Set<[UInt8]>()
        var folding = Folding()
        for segment in document.segments where segment.role.isMatchable {
            for heading in segment.headingPath { folding.collect(heading, into: &set) }
            folding.collect(segment.text, into: &set)
        }
        words = Array(set)
    }

    init(text: String) {
        var set = Set<[UInt8]>()
        var folding = Folding()
        folding.collect(text, into: &set)
        words = Array(set)
    }

    /// Whether every word of `phrase` has a form in the document.
    func contains(phrase: String) -> Bool {
        var phraseWords = Set<[UInt8]>()
        var folding = Folding()
        folding.collect(phrase, into: &phraseWords)
        return !phraseWords.isEmpty && phraseWords.allSatisfy(contains(folded:))
    }

    /// Whether `word` (folded like the document's words) has a form in the document.
    func contains(word: String) -> Bool {
        var set = Set<[UInt8]>()
        var folding = Folding()
        folding.collect(word, into: &set)
        return set.count == 1 && contains(folded: set.first!)
    }

    /// Whether the folded word has a form in the document (see the type's contract).
    private func contains(folded word: [UInt8]) -> Bool {
        let letters = String(decoding: word, as: UTF8.self).count
        if letters <= 3 { return words.contains { $0.starts(with: word) } }
        let stemLetters = max(4, letters - 3)
        let stem = Array(String(decoding: word, as: UTF8.self).prefix(stemLetters).utf8)
        return words.contains { $0.starts(with: stem) || Self.occurs(word, in: $0) }
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var k = 1
            while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Splits text into lower-cased, diacritic-folded words of letters and digits. ASCII is
    /// handled byte by byte; other letters are folded once each and remembered.
    struct Folding {
        /// Per non-ASCII scalar seen: its folded bytes, or nil when it separates words.
        private var folded: [Unicode.Scalar: [UInt8]?] = [:]

        mutating func collect(_ text: String, into set: inout Set<[UInt8]>) {
            var current: [UInt8] = []
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    switch v {
                    case 0x41...0x5A: current.append(UInt8(v + 0x20))
                    case 0x61...0x7A, 0x30...0x39: current.append(UInt8(v))
                    default:
                        if !current.isEmpty {
                            set.insert(current)
                            current.removeAll(keepingCapacity: true)
                        }
                    }
                } else if let bytes = form(of: scalar) {
                    current.append(contentsOf: bytes)
                } else if !current.isEmpty {
                    set.insert(current)
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { set.insert(current) }
        }

        /// The folded form of a non-ASCII letter or digit (nil for anything else), remembered.
        private mutating func form(of scalar: Unicode.Scalar) -> [UInt8]? {
            if let known = folded[scalar] { return known }
            let properties = scalar.properties
            let form: [UInt8]? =
                properties.isAlphabetic || properties.numericType != nil
                    || properties.generalCategory == .nonspacingMark
                ? Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
                : nil
            folded[scalar] = form
            return form
        }
    }
}
