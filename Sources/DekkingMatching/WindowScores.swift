import Foundation

/// Scores one window at a time against a set of queries by BM25, reusing its buffers from window
/// to window: after ``score(_:postings:selfScores:active:configuration:)``, `values[q]` is query
/// q's similarity and `matched` lists every query that may be above 0 (all others are 0).
struct ShareAccumulator {
    private(set) var values: [Double]
    private(set) var matched: [Int] = []

    init(queries: Int) { values = [Double](repeating: 0, count: queries) }

    /// The share of each query's weight (its self score) that `window` holds by BM25, raised to
    /// `similarityExponent`; queries outside `active` (when given) score 0.
    mutating func score(
        _ window: Window, postings: Postings, selfScores: [Double], active: [Bool]?,
        configuration config: MatchingConfiguration
    ) {
        for i in matched { values[i] = 0 }
        matched.removeAll(keepingCapacity: true)
        let norm = config.bm25K1 * (1 - config.bm25B + config.bm25B * Double(window.length) / config.averageWindowLength)
        let k1 = config.bm25K1
        postings.withLists { offsets, queries, weights in
            values.withUnsafeMutableBufferPointer { values in
                for (term, tf) in window.frequencies {
                    let t = Int(term)
                    let from = offsets[t]
                    let to = offsets[t + 1]
                    guard from < to else { continue }
                    let saturation = min(tf * (k1 + 1) / (tf + norm), 1.5)
                    for e in from..<to {
                        let query = Int(queries[e])
                        if let active, !active[query] { continue }
                        if values[query] == 0 { matched.append(query) }
                        values[query] += weights[e] * saturation
                    }
                }
            }
        }
        let exponent = config.similarityExponent
        for i in matched {
            let raw = values[i]
            guard selfScores[i] > 0, raw > 0 else { values[i] = 0; continue }
            let share = min(1, raw / selfScores[i])
            // The usual exponents without the general `pow` (a third of this function's time).
            values[i] = exponent == 0.5 ? share.squareRoot() : exponent == 1 ? share : pow(share, exponent)
        }
    }
}

/// Per query, its best score over a document's windows, and the windows where it scores at least
/// `kept` (and above 0) with that score, in window order: what a document's indicator (or profile
/// statement) results and evidence are made from.
struct QueryHits {
    private let kept: Double
    private var bestValues: [Double]
    private var bestWindows: [Int]
    /// The kept windows of every query in one list, each entry linked to the query's previous one
    /// (`last[q]` is query q's newest entry, -1 for none): no list per query to grow.
    private var keptWindows: [(window: Int32, previous: Int32, value: Double)] = []
    private var last: [Int32]

    init(queries: Int, keepingFrom kept: Double = 0) {
        self.kept = kept
        bestValues = [Double](repeating: 0, count: queries)
        bestWindows = [Int](repeating: -1, count: queries)
        last = [Int32](repeating: -1, count: queries)
    }

    /// Records the scores of window `w` held by `shares`.
    mutating func record(_ shares: ShareAccumulator, window w: Int) {
        record(values: shares.values, matched: shares.matched, window: w)
    }

    /// Records window `w`, where query q scores `values[q]` for every q in `matched` (each once).
    mutating func record(values: [Double], matched: [Int], window w: Int) {
        for q in matched {
            let value = values[q]
            guard value > 0 else { continue }
            if value > bestValues[q] {
                bestValues[q] = value
                bestWindows[q] = w
            }
            if value >= kept {
                keptWindows.append((Int32(w), last[q], value))
                last[q] = Int32(keptWindows.count - 1)
            }
        }
    }

    /// The best score of query `q` (0 when no window holds it).
    func best(_ q: Int) -> Double { bestValues[q] }

    /// The first window where query `q` has its best score, with that score; nil when no window
    /// holds it. The same as the first of `ranked(q, minimum: 0)`, without keeping any list.
    func bestWindow(_ q: Int) -> (window: Int, value: Double)? {
        bestWindows[q] < 0 ? nil : (bestWindows[q], bestValues[q])
    }

    /// The windows of query `q` scoring at least `minimum` (which must not be below `kept`), best
    /// first (ties: earlier window first), found one at a time: taking the first few windows of a
    /// long list costs no sort.
    func ranked(_ q: Int, minimum: Double) -> RankedWindows {
        precondition(minimum >= kept, "windows below \(kept) were not kept")
        var windows: [(window: Int, value: Double)] = []
        var entry = last[q]
        while entry >= 0 {
            let (window, previous, value) = keptWindows[Int(entry)]
            if value >= minimum { windows.append((Int(window), value)) }
            entry = previous
        }
        return RankedWindows(windows)
    }
}

/// Windows with their scores, given best first (ties: earlier window first).
struct RankedWindows: Sequence, IteratorProtocol {
    private var rest: [(window: Int, value: Double)]

    /// `windows` in any order, each window at most once.
    init(_ windows: [(window: Int, value: Double)]) { rest = windows }

    mutating func next() -> (window: Int, value: Double)? {
        guard !rest.isEmpty else { return nil }
        var best = 0
        for i in rest.indices.dropFirst() {
            let (a, b) = (rest[i], rest[best])
            if a.value > b.value || (a.value == b.value && a.window < b.window) { best = i }
        }
        rest.swapAt(best, rest.count - 1)
        return rest.removeLast()
    }
}

/// The `keep` largest values inserted into each of `groups` groups, largest first: the best
/// windows of each competency without keeping every window's value.
struct BestValues {
    private let keep: Int
    private var values: [Double]
    private var counts: [Int]

    init(groups: Int, keep: Int) {
        self.keep = max(0, keep)
        values = [Double](repeating: 0, count: groups * self.keep)
        counts = [Int](repeating: 0, count: groups)
    }

    mutating func insert(_ value: Double, into group: Int) {
        let base = group * keep
        var count = counts[group]
        guard keep > 0, count < keep || value > values[base + count - 1] else { return }
        if count < keep { count += 1 }
        // Shift smaller values down one place and put `value` before them.
        var at = base + count - 1
        while at > base, values[at - 1] < value {
            values[at] = values[at - 1]
            at -= 1
        }
        values[at] = value
        counts[group] = count
    }

    /// The group's best values, largest first.
    func best(_ group: Int) -> ArraySlice<Double> { values[(group * keep)..<(group * keep + counts[group])] }
}
