import DekkingAnalysis

/// The key-phrase terms of a passage, interned: for every term id of the run's phrase vocabulary
/// that the passage holds, the positions where it occurs and how (so phrase matching never hashes
/// strings per position). One flat array sorted by term id, so a window costs one allocation.
struct TermOccurrences {
    /// How a term occurs at a position.
    struct Occurrence {
        var id: Int32
        var position: Int32
        /// Bit 1: the word itself, a synonym or a joined verb (a phrase word may match it).
        /// Bit 2: the text's own word or compound part (a field term may match it).
        var kind: UInt8
    }

    static let exact: UInt8 = 1
    static let literal: UInt8 = 2

    /// Sorted by (id, position, kind).
    private var entries: [Occurrence] = []
    /// Distinct word positions of the passage.
    private(set) var positions = 0

    init() {}

    /// Adds the phrase terms of `passage`, `offset` added to every position (windows put headings
    /// before the text, and sentences after each other).
    mutating func add(_ passage: AnalysedPassage, offset: Int) {
        positions += passage.words
        guard !passage.phraseTerms.isEmpty else { return }
        for term in passage.phraseTerms {
            entries.append(Occurrence(id: term.id, position: term.position + Int32(offset), kind: term.kind))
        }
        entries.sort { ($0.id, $0.position, $0.kind) < ($1.id, $1.position, $1.kind) }
    }

    /// The occurrences of term `id`, in position order.
    func occurrences(of id: Int32) -> ArraySlice<Occurrence> {
        let low = entries.partitionPoint { $0.id >= id }
        var end = low
        while end < entries.count, entries[end].id == id { end += 1 }
        return entries[low..<end]
    }

    /// Calls `body` with every term id of the passage, each once, ascending.
    func forEachID(_ body: (Int32) -> Void) {
        var last: Int32 = -1
        for entry in entries where entry.id != last {
            last = entry.id
            body(entry.id)
        }
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
        terms.forEachID { id in
            if set { bits[Int(id) >> 6] |= 1 << (UInt64(id) & 63) } else { bits[Int(id) >> 6] = 0 }
        }
    }

    /// Marks the phrase terms of `passage`.
    mutating func mark(_ passage: AnalysedPassage) {
        for term in passage.phraseTerms { bits[Int(term.id) >> 6] |= 1 << (UInt64(term.id) & 63) }
    }
}
