/// What evidence quotes from a document's windows, worked out once per window however many
/// indicators cite it: the window's text, and per term the words that carry it, as written.
final class WindowQuotes {
    private let windows: [Window]
    private var texts: [String?]
    private var surfaces: [[String: [String]]?]

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

    /// The lower-cased words of window `w` (heading included) whose terms are in `terms`, sorted,
    /// each once.
    func matchedWords(_ w: Int, terms: Set<String>) -> [String] {
        let byTerm: [String: [String]]
        if let cached = surfaces[w] {
            byTerm = cached
        } else {
            byTerm = windows[w].surfacesByTerm()
            surfaces[w] = byTerm
        }
        var words: [String] = []
        for term in terms { if let list = byTerm[term] { words += list } }
        words.sort()
        return words.indices.compactMap { $0 > 0 && words[$0] == words[$0 - 1] ? nil : words[$0] }
    }
}
