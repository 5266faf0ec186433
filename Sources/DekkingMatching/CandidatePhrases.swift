/// A document's candidate key phrases (those whose words all occur somewhere in it), indexed by
/// the terms of their first word, so that a window only tries the phrases it can hold.
struct CandidatePhrases {
    /// Per competency, its candidate phrases in the order of the competency's phrase list.
    let phrases: [[KeyPhrase]]
    /// Phrase-term id → numbers of the candidates whose first word it can be.
    private let byTerm: [Int32: [Int]]
    /// Candidate number → (competency, index in `phrases[competency]`).
    private let owners: [(competency: Int, phrase: Int)]
    /// Per candidate, the last window it was tried in (so each is tried once per window).
    private var tried: [Int]
    /// Per competency, the indices of its phrases found in the current window.
    private var found: [[Int]]
    /// The competencies with a phrase found in the current window, in the order first found.
    private(set) var competenciesFound: [Int] = []

    init(_ phrases: [[KeyPhrase]]) {
        self.phrases = phrases
        var byTerm: [Int32: [Int]] = [:]
        var owners: [(competency: Int, phrase: Int)] = []
        for (c, list) in phrases.enumerated() {
            for (p, phrase) in list.enumerated() {
                for id in phrase.wordIDs.first ?? [] { byTerm[id, default: []].append(owners.count) }
                owners.append((c, p))
            }
        }
        self.byTerm = byTerm
        self.owners = owners
        tried = [Int](repeating: -1, count: owners.count)
        found = [[Int]](repeating: [], count: phrases.count)
    }

    /// Per competency, the indices of its candidate phrases that occur in window number `window`
    /// (terms `terms`, also marked in `present`), ascending: the same phrases as trying every
    /// candidate with ``PhraseMatcher/occurs(_:in:present:proximity:)``. Afterwards
    /// ``competenciesFound`` lists the competencies whose list is not empty.
    mutating func occurring(in terms: TermOccurrences, present: PresentTerms, proximity: Int, window: Int) -> [[Int]] {
        for c in competenciesFound { found[c].removeAll(keepingCapacity: true) }
        competenciesFound.removeAll(keepingCapacity: true)
        terms.forEachID { id in
            for candidate in byTerm[id] ?? [] where tried[candidate] != window {
                tried[candidate] = window
                let (c, p) = owners[candidate]
                if PhraseMatcher.occurs(phrases[c][p], in: terms, present: present, proximity: proximity) {
                    if found[c].isEmpty { competenciesFound.append(c) }
                    found[c].append(p)
                }
            }
        }
        for c in competenciesFound where found[c].count > 1 { found[c].sort() }
        return found
    }
}
