import DekkingAnalysis

/// Every term a prepared framework can use, interned once per run, so that a document's terms are
/// hashed once per token and never again per window.
///
/// A term can be a *phrase term* (a word of a key phrase or field term; its id indexes
/// ``TermOccurrences``) and a *scored term* (a term of an indicator, title or profile query; its
/// id indexes the postings lists), or both. Ids are dense and start at 0 for each kind.
struct TermVocabulary: Sendable {
    struct Entry: Sendable {
        /// The phrase-term id, or -1.
        var phrase: Int32 = -1
        /// The scored-term id, or -1.
        var scored: Int32 = -1
    }

    let entries: [String: Entry]
    /// The entries again, indexed by ``table``'s ids (an empty entry for the table's other terms);
    /// ids beyond the end belong to terms first met in documents.
    private let byTermID: [Entry]
    /// The term ids that ``entry(termID:)`` takes: those of the analyzer that prepared the vocabulary.
    let table: TermTable
    /// The number of phrase-term ids.
    let phraseCount: Int
    /// The number of scored-term ids.
    let scoredCount: Int

    /// - Parameters:
    ///   - phrase: phrase term → id (dense from 0).
    ///   - scored: the scored terms; they get ids in the order given.
    ///   - table: the analyzer's term ids, which document tokens arrive with.
    init(phrase: [String: Int32], scored: [String], table: TermTable) {
        var entries: [String: Entry] = [:]
        for (term, id) in phrase { entries[term, default: Entry()].phrase = id }
        for (id, term) in scored.enumerated() { entries[term, default: Entry()].scored = Int32(id) }
        self.entries = entries
        self.phraseCount = phrase.count
        self.scoredCount = scored.count
        let terms = Array(entries.keys)
        let ids = table.ids(of: terms)
        var byTermID = [Entry](repeating: Entry(), count: Int(ids.max() ?? -1) + 1)
        for (term, id) in zip(terms, ids) { byTermID[Int(id)] = entries[term]! }
        self.byTermID = byTermID
        self.table = table
    }

    /// The entry of the term with ``TermTable`` id `id`, or nil when the term is none of the
    /// vocabulary's.
    @inline(__always)
    func entry(termID id: Int32) -> Entry? {
        guard id >= 0, Int(id) < byTermID.count else { return nil }
        let entry = byTermID[Int(id)]
        return entry.phrase < 0 && entry.scored < 0 ? nil : entry
    }

    /// The scored-term ids of `terms`, ascending (terms that are not scored are left out).
    func scoredIDs(of terms: Set<String>) -> [Int32] {
        terms.compactMap { entries[$0]?.scored }.filter { $0 >= 0 }.sorted()
    }

    /// Postings by scored-term id, from postings by term (terms outside the vocabulary are dropped).
    func postingsByID(_ postings: [String: [(Int, Double)]]) -> [[(Int, Double)]] {
        var result = [[(Int, Double)]](repeating: [], count: scoredCount)
        for (term, list) in postings {
            if let id = entries[term]?.scored, id >= 0 { result[Int(id)] = list }
        }
        return result
    }
}

/// A sentence or heading of a document, analysed once and interned with the run's vocabulary;
/// every window that holds it reuses this.
struct AnalysedPassage {
    struct PhraseTerm {
        var id: Int32
        var position: Int32
        /// ``TermOccurrences/exact`` and/or ``TermOccurrences/literal``.
        var kind: UInt8
    }

    struct ScoredTerm {
        var id: Int32
        /// The index of the token in ``tokens``.
        var token: Int32
        /// The token's weight by origin (a word 1, a compound part or synonym less).
        var weight: Double
    }

    let text: String
    let tokens: [TermToken]
    /// Tokens whose term is a phrase term, in token order.
    let phraseTerms: [PhraseTerm]
    /// Tokens whose term is a scored term, in token order.
    let scoredTerms: [ScoredTerm]
    /// Distinct word positions.
    let words: Int
    /// The highest position + 1 (0 without tokens): the positions the passage takes up.
    let span: Int

    init(text: String, tokens: [TermToken], vocabulary: TermVocabulary, configuration: MatchingConfiguration) {
        self.text = text
        self.tokens = tokens
        var phraseTerms: [PhraseTerm] = []
        var scoredTerms: [ScoredTerm] = []
        scoredTerms.reserveCapacity(tokens.count)
        var words = 0
        var lastPosition = -1
        var maxPosition = -1
        for (index, token) in tokens.enumerated() {
            // Tokens come in position order, so each change of position is a new word.
            let position = Int(token.position)
            if position != lastPosition {
                words += 1
                lastPosition = position
            }
            maxPosition = max(maxPosition, position)
            guard let entry = vocabulary.entry(termID: token.termID) else { continue }
            if entry.phrase >= 0 {
                var kind: UInt8 = 0
                if token.origin != .compoundPart { kind |= TermOccurrences.exact }
                if token.origin != .synonym { kind |= TermOccurrences.literal }
                phraseTerms.append(PhraseTerm(id: entry.phrase, position: token.position, kind: kind))
            }
            if entry.scored >= 0 {
                scoredTerms.append(
                    ScoredTerm(id: entry.scored, token: Int32(index), weight: configuration.weight(of: token.origin)))
            }
        }
        self.phraseTerms = phraseTerms
        self.scoredTerms = scoredTerms
        self.words = words
        self.span = maxPosition + 1
    }
}

extension AnalysedPassage {
    /// Appends to `words` the words that carry the scored terms for which `wanted` holds (their
    /// ids), as written and lower-cased, in token order; a token whose offsets do not fall on the
    /// text is skipped.
    func appendLowercasedSurfaces(where wanted: (Int32) -> Bool, to words: inout [String]) {
        var isASCII: Bool?
        for scored in scoredTerms where wanted(scored.id) {
            let token = tokens[Int(scored.token)]
            let (start, end) = (Int(token.start), Int(token.end))
            guard start >= 0, start < end else { continue }
            // In ASCII text a UTF-16 offset is a byte offset; otherwise the string finds it.
            let ascii = isASCII ?? !text.utf8.contains { $0 >= 0x80 }
            isASCII = ascii
            if ascii {
                guard end <= text.utf8.count else { continue }
                let utf8 = text.utf8
                let bytes = utf8[
                    utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
                words.append(
                    String(unsafeUninitializedCapacity: bytes.count) { buffer in
                        for (offset, byte) in bytes.enumerated() {
                            buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                        }
                        return bytes.count
                    })
            } else if let slice = Self.slice(text, utf16: start..<end) {
                words.append(slice.lowercased())
            }
        }
    }

    /// The part of `text` at UTF-16 offsets `range`, or nil when they are out of range or not on
    /// scalar boundaries.
    private static func slice(_ text: String, utf16 range: Range<Int>) -> Substring? {
        guard range.lowerBound >= 0, !range.isEmpty, range.upperBound <= text.utf16.count else { return nil }
        let utf16 = text.utf16
        let from = utf16.index(utf16.startIndex, offsetBy: range.lowerBound)
        let to = utf16.index(from, offsetBy: range.count)
        guard let lower = from.samePosition(in: text), let upper = to.samePosition(in: text) else { return nil }
        return text[lower..<upper]
    }
}
