/// What evidence quotes from a document's windows: the window's text, worked out once per window
/// however many indicators cite it, and the words that carry an indicator's terms.
final class WindowQuotes {
    private let windows: [Window]
    private var texts: [String?]

    init(_ windows: [Window]) {
        self.windows = windows
        texts = Array(repeating: nil, count: windows.count)
    }

    /// The text of window `w`.
    func text(_ w: Int) -> String {
        if let text = texts[w] { return text }
        let text = windows[w].text
        texts[w] = text
        return text
    }

    /// The lower-cased words of window `w`'s quoted text (its sentences; the heading is not quoted,
    /// so its words are not cited) whose scored terms are in `terms` (ascending ids), sorted, each once.
    ///
    /// Only the matched words are cut out of the text: an evidence passage cites a handful of a
    /// window's words, so nothing is built for the others.
    func matchedWords(_ w: Int, terms: [Int32]) -> [String] {
        guard !terms.isEmpty else { return [] }
        var words: [String] = []
        let window = windows[w]
        for sentence in window.passages.sentences[window.range] {
            sentence.appendLowercasedSurfaces(where: { Self.contains(terms, $0) }, to: &words)
        }
        words.sort()
        return words.indices.compactMap { $0 > 0 && words[$0] == words[$0 - 1] ? nil : words[$0] }
    }

    /// Whether the ascending `ids` contain `id`.
    private static func contains(_ ids: [Int32], _ id: Int32) -> Bool {
        let index = ids.partitionPoint { $0 >= id }
        return index < ids.count && ids[index] == id
    }
}
