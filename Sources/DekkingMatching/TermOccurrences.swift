import DekkingAnalysis

/// The key-phrase terms of a passage, interned: for every term id of the run's phrase vocabulary
/// that the passage holds, the positions where it occurs and how (so phrase matching never hashes
/// strings per position).
struct TermOccurrences {
    /// How a term occurs at a position.
    struct Occurrence {
        var position: Int32
        /// Bit 1: the word itself, a synonym or a joined verb (a phrase word may match it).
        /// Bit 2: the text's own word or compound part (a field term may match it).
        var kind: UInt8
    }

    static let exact: UInt8 = 1
    static let literal: UInt8 = 2

    private(set) var map: [Int32: [Occurrence]] = [:]
    /// Distinct word positions of the passage.
    private(set) var positions = 0

    init() {}

    /// Adds the phrase terms of `passage`, `offset` added to every position (windows put headings
    /// before the text, and sentences after each other).
    mutating func add(_ passage: AnalysedPassage, offset: Int) {
        for term in passage.phraseTerms {
            map[term.id, default: []].append(Occurrence(position: term.position + Int32(offset), kind: term.kind))
        }
        positions += passage.words
    }

    func contains(_ id: Int32) -> Bool { map[id] != nil }

    /// Adds the term ids of `other` (positions are not comparable across passages; only presence
    /// and counts are kept meaningful).
    mutating func merge(_ other: TermOccurrences) {
        for (id, list) in other.map { map[id, default: []] += list }
        positions += other.positions
    }
}

/// The phrase terms present in one passage as a bit set over the run's phrase vocabulary: a
/// membership test without hashing. Filled for a passage, queried, then cleared for the next.
struct PresentTerms {
    private var bits: [UInt64]

    init(vocabularySize: Int) { bits = [UInt64](repeating: 0, count: (vocabularySize + 63) / 64) }

    @inline(__always)
    func contains(_ id: Int32) -> Bool { bits[Int(id) >> 6] & (1 << (UInt64(id) & 63)) != 0 }

    /// Marks every term of `terms` (and, with `set == false`, unmarks them again).
    mutating func mark(_ terms: TermOccurrences, _ set: Bool = true) {
        for id in terms.map.keys {
            if set { bits[Int(id) >> 6] |= 1 << (UInt64(id) & 63) } else { bits[Int(id) >> 6] = 0 }
        }
    }
}
