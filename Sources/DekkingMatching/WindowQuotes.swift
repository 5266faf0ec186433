/// What evidence quotes from a document's windows, worked out once per window however many
/// indicators cite it: the window's text, and per scored term the words that carry it.
final class WindowQuotes {
    private let windows: [Window]
    private var texts: [String?]
    private var surfaces: [[(term: Int32, word: String)]?]

    init(_ windows: [Window]) {
        self.windows = windows
        texts = Array(repeating: nil, count: windows.count)
        surfaces = Array(repeating: nil, count: windows.count)
    }

    /// The text of window `w`.
    func text(_ w: Int) -> String {
        if let text = texts[w] { return text }
        let text = windows[w].text
        texts[w] = text
        return text
    }

    /// The lower-cased words of window `w` (heading included) whose scored terms are in `terms`
    /// (ascending ids), sorted, each once.
    func matchedWords(_ w: Int, terms: [Int32]) -> [String] {
        let byTerm: [(term: Int32, word: String)]
        if let cached = surfaces[w] {
            byTerm = cached
        } else {
            byTerm = windows[w].surfacesByTerm()
            surfaces[w] = byTerm
        }
        // Both lists are sorted by term id: walk them side by side.
        var words: [String] = []
        var i = 0
        var j = 0
        while i < byTerm.count, j < terms.count {
            if byTerm[i].term < terms[j] {
                i += 1
            } else if byTerm[i].term > terms[j] {
                j += 1
            } else {
                words.append(byTerm[i].word)
                i += 1
            }
        }
        words.sort()
        return words.indices.compactMap { $0 > 0 && words[$0] == words[$0 - 1] ? nil : words[$0] }
    }
}
