/// Finds key phrases in positioned terms: every word of the phrase within a span of
/// `proximity + words - 1` positions, in any order.
enum PhraseMatcher {
    /// The smallest span (first and last position) holding all words of `phrase`, if any.
    ///
    /// - Complexity: O(n log n) in the matching positions (minimum window over k word classes).
    static func bestSpan(
        of phrase: KeyPhrase, in terms: PositionedTerms, proximity: Int, literal: Bool = false
    ) -> ClosedRange<Int>? {
        var hits: [(position: Int, word: Int)] = []
        for position in 0..<terms.count {
            let offered = literal ? terms.literal[position] : phrase.words.count == 1 ? terms.all[position] : terms.exact[position]
            for (w, alternatives) in phrase.words.enumerated() where offered.contains(where: alternatives.contains) {
                hits.append((position, w))
            }
        }
        guard !hits.isEmpty else { return nil }
        if phrase.words.count == 1 { return hits[0].position...hits[0].position }
        let limit = proximity + phrase.words.count - 1
        var counts = [Int](repeating: 0, count: phrase.words.count)
        var covered = 0
        var best: ClosedRange<Int>?
        var left = 0
        for right in hits.indices {
            if counts[hits[right].word] == 0 { covered += 1 }
            counts[hits[right].word] += 1
            while covered == phrase.words.count {
                let span = hits[left].position...hits[right].position
                if span.count - 1 <= limit, best.map({ span.count < $0.count }) ?? true { best = span }
                counts[hits[left].word] -= 1
                if counts[hits[left].word] == 0 { covered -= 1 }
                left += 1
            }
        }
        return best
    }

    /// How often `phrase` occurs: positions of single words, or non-overlapping spans of phrases.
    static func count(of phrase: KeyPhrase, in terms: PositionedTerms, proximity: Int) -> Int {
        if phrase.words.count == 1 {
            let alternatives = phrase.words[0]
            return terms.all.reduce(0) { $0 + ($1.contains(where: alternatives.contains) ? 1 : 0) }
        }
        return bestSpan(of: phrase, in: terms, proximity: proximity) == nil ? 0 : 1
    }
}
