/// Finds key phrases in a passage: every word of the phrase within a span of
/// `proximity + words - 1` positions, in any order.
enum PhraseMatcher {
    /// Which occurrences a phrase word may match.
    enum Mode {
        /// One-word phrases: anything at the position, compound parts too.
        case any
        /// Words of multi-word phrases: the word, its synonyms, joined verbs; no compound parts.
        case exact
        /// Field terms: the text's own words and compound parts; no thesaurus groups.
        case literal
    }

    /// The smallest span (first and last position) holding all words of `phrase`, if any.
    ///
    /// - Complexity: O(h log h) in the h occurrences of the phrase's words (minimum window over
    ///   k word classes).
    static func bestSpan(of phrase: KeyPhrase, in terms: TermOccurrences, proximity: Int, mode: Mode? = nil)
        -> ClosedRange<Int>?
    {
        let mode = mode ?? (phrase.wordIDs.count == 1 ? .any : .exact)
        let mask: UInt8 =
            switch mode {
            case .any: TermOccurrences.exact | TermOccurrences.literal
            case .exact: TermOccurrences.exact
            case .literal: TermOccurrences.literal
            }
        var hits: [(position: Int, word: Int)] = []
        for (w, alternatives) in phrase.wordIDs.enumerated() {
            let before = hits.count
            for id in alternatives {
                for occurrence in terms.occurrences(of: id) where occurrence.kind & mask != 0 {
                    hits.append((Int(occurrence.position), w))
                }
            }
            if hits.count == before { return nil }  // a word of the phrase is absent
        }
        if phrase.wordIDs.count == 1 {
            let first = hits.map(\.position).min() ?? 0
            return first...first
        }
        hits.sort { $0.position != $1.position ? $0.position < $1.position : $0.word < $1.word }
        let limit = proximity + phrase.wordIDs.count - 1
        var counts = [Int](repeating: 0, count: phrase.wordIDs.count)
        var covered = 0
        var best: ClosedRange<Int>?
        var left = 0
        for right in hits.indices {
            if counts[hits[right].word] == 0 { covered += 1 }
            counts[hits[right].word] += 1
            while covered == phrase.wordIDs.count {
                let span = hits[left].position...hits[right].position
                if span.count - 1 <= limit, best.map({ span.count < $0.count }) ?? true { best = span }
                counts[hits[left].word] -= 1
                if counts[hits[left].word] == 0 { covered -= 1 }
                left += 1
            }
        }
        return best
    }

    /// Whether `phrase` occurs in `terms` within the proximity window: the same answer as
    /// `bestSpan(of:in:proximity:) != nil`, without building spans when a word is absent.
    /// - Parameter present: the terms of `terms`, as a bit set.
    static func occurs(_ phrase: KeyPhrase, in terms: TermOccurrences, present: PresentTerms, proximity: Int) -> Bool {
        // A one-word phrase matches any occurrence; any word absent rules a phrase out.
        for alternatives in phrase.wordIDs where !alternatives.contains(where: { present.contains($0) }) {
            return false
        }
        return phrase.wordIDs.count == 1 || bestSpan(of: phrase, in: terms, proximity: proximity) != nil
    }

    /// Whether every word of `phrase` occurs somewhere in the text whose terms are `present` (a
    /// cheap test before windows).
    static func mayOccur(_ phrase: KeyPhrase, in present: PresentTerms) -> Bool {
        phrase.wordIDs.allSatisfy { alternatives in alternatives.contains { present.contains($0) } }
    }
}
