/// The search of one word's atomic compound parts for ``Decompounder``, over character ranges.
///
/// The rules are those of ``Decompounder``: of all valid splits of a range the most balanced wins
/// (ties: the shorter head), then both sides are split the same way. Every range is split at most
/// once (memoised by its bounds), and cuts are tried from the middle outwards, so the first valid
/// cut is the answer and less balanced cuts cost nothing. Lexicon answers are memoised per range
/// and counted; after ``Decompounder/lookupBudget`` look-ups the search gives up, so the cost of
/// one word is bounded whatever its letters.
struct CompoundSearch {
    let word: [Character]
    let decompounder: Decompounder
    /// The lexicon look-ups made so far (answers for distinct ranges).
    private(set) var lookups = 0
    private var splits: [Int: [Range<Int>]] = [:]
    private var known: [Int: Bool] = [:]
    private var exhausted = false

    init(word: [Character], decompounder: Decompounder) {
        self.word = word
        self.decompounder = decompounder
    }

    /// The atomic parts of the whole word (`[word]` when it does not split), or `nil` when the
    /// search ran out of look-ups.
    mutating func leaves() -> [String]? {
        let ranges = split(0..<word.count)
        return exhausted ? nil : ranges.map(text)
    }

    /// The atomic parts of `range` (`[range]` when it does not split).
    private mutating func split(_ range: Range<Int>) -> [Range<Int>] {
        let key = self.key(range)
        if let done = splits[key] { return done }
        var result = [range]
        let length = range.count
        let rules = decompounder.rules
        if length >= decompounder.minimumHead + decompounder.minimumTail,
            !rules.keepWhole.contains(VocabularyLexicon.fold(text(range)))
        {
            for cut in cuts(length) {
                if exhausted { return [range] }
                let tail = (range.lowerBound + cut)..<range.upperBound
                guard !rules.blockedTails.contains(VocabularyLexicon.fold(text(tail))),
                    let head = validHead(range.lowerBound..<(range.lowerBound + cut)),
                    knows(tail) || split(tail).count > 1
                else { continue }
                result = split(head) + split(tail)
                break
            }
        }
        if exhausted { return [range] }
        splits[key] = result
        return result
    }

    /// The cuts of a range of `length` characters, most balanced first; of two equally balanced
    /// cuts the one with the shorter head first.
    private func cuts(_ length: Int) -> [Int] {
        let allowed = decompounder.minimumHead...(length - decompounder.minimumTail)
        var list: [Int] = []
        list.reserveCapacity(allowed.count)
        for balance in stride(from: length / 2, through: 1, by: -1) {
            if allowed.contains(balance) { list.append(balance) }
            if length - balance != balance, allowed.contains(length - balance) { list.append(length - balance) }
        }
        return list
    }

    /// The head as it should be emitted (linking `s` dropped), or `nil` when it is no valid head.
    private mutating func validHead(_ head: Range<Int>) -> Range<Int>? {
        let blocked = decompounder.rules.blockedHeads
        if blocked.contains(VocabularyLexicon.fold(text(head))) { return nil }
        if knows(head) { return head }
        if word[head.upperBound - 1] == "s", head.count > decompounder.minimumHead {
            let stripped = head.lowerBound..<(head.upperBound - 1)
            if !blocked.contains(VocabularyLexicon.fold(text(stripped))), knows(stripped) { return stripped }
        }
        return nil
    }

    /// Whether the lexicon knows the text of `range`; `false` once the budget is spent.
    private mutating func knows(_ range: Range<Int>) -> Bool {
        let key = self.key(range)
        if let answer = known[key] { return answer }
        guard lookups < Decompounder.lookupBudget else {
            exhausted = true
            return false
        }
        lookups += 1
        let answer = decompounder.lexicon.knows(text(range))
        known[key] = answer
        return answer
    }

    private func key(_ range: Range<Int>) -> Int { range.lowerBound * (word.count + 1) + range.upperBound }

    private func text(_ range: Range<Int>) -> String { String(word[range]) }
}
