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

    /// Interns `tokens` with `vocabulary`; terms outside it are ignored (no phrase can use them).
    /// - Parameter offset: added to every position (windows put headings before the text).
    init(_ tokens: [Token], vocabulary: [String: Int32], offset: Int = 0) {
        add(tokens, vocabulary: vocabulary, offset: offset)
    }

    mutating func add(_ tokens: [Token], vocabulary: [String: Int32], offset: Int) {
        var seen = Set<Int>()
        for token in tokens {
            seen.insert(token.position)
            guard let id = vocabulary[token.term] else { continue }
            var kind: UInt8 = 0
            if token.origin != .compoundPart { kind |= Self.exact }
            if token.origin != .synonym { kind |= Self.literal }
            map[id, default: []].append(Occurrence(position: Int32(token.position + offset), kind: kind))
        }
        positions += seen.count
    }

    func contains(_ id: Int32) -> Bool { map[id] != nil }

    /// Adds the term ids of `other` (positions are not comparable across passages; only presence
    /// and counts are kept meaningful).
    mutating func merge(_ other: TermOccurrences) {
        for (id, list) in other.map { map[id, default: []] += list }
        positions += other.positions
    }
}
