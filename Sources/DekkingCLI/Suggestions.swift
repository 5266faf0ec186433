/// Near misses: the names closest to a mistyped one, for a message that asks "Bedoelt u …?".
enum Suggestions {
    /// The candidates nearest to `word` by edit distance (``distance(_:_:)``, ignoring case), all
    /// of them when several are equally near, in the order given. A candidate counts only when
    /// fewer than half of its characters need changing, so a word that resembles no name gets no
    /// suggestion; the word itself is never suggested.
    static func nearest(to word: String, among candidates: [String]) -> [String] {
        let scored = candidates.map { (name: $0, distance: distance(word.lowercased(), $0.lowercased())) }
            .filter { $0.name != word && 2 * $0.distance < $0.name.count }
        guard let best = scored.map(\.distance).min() else { return [] }
        var seen = Set<String>()
        return scored.filter { $0.distance == best && seen.insert($0.name).inserted }.map(\.name)
    }

    /// "Bedoelt u 'analyze'?", or "Bedoelt u '2.1' of '2.3'?" for several; `nil` when no name is near.
    static func question(for word: String, among candidates: [String]) -> String? {
        let names = nearest(to: word, among: candidates).map { "'\($0)'" }
        guard let last = names.last else { return nil }
        let list = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " of " + last
        return "Bedoelt u \(list)?"
    }

    /// The edit distance between `a` and `b`, by characters: insertions, deletions, substitutions
    /// and swaps of two neighbours (`levle` → `level`) each count one (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var rows = [Array(0...b.count)]
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], rows[i - 2][j - 2] + 1)
                }
            }
            rows.append(row)
        }
        return rows[a.count][b.count]
    }
}

extension Suggestions {
    /// What follows "onbekende … 'x'." in a usage error: the question when a name is near, then
    /// the valid names after `intro` (the first `limit` of them, and how many more there are).
    static func miss(_ word: String, among names: [String], listedAs intro: String, limit: Int = .max) -> String {
        let question = question(for: word, among: names).map { " \($0)" } ?? ""
        guard !names.isEmpty else { return question + " \(intro): geen." }
        var list = names.prefix(limit).joined(separator: ", ")
        if names.count > limit { list += " en nog \(names.count - limit)" }
        return question + " \(intro): \(list)."
    }
}
