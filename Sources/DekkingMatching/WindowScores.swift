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
        let norm =
            config.bm25K1 * (1 - config.bm25B + config.bm25B * Double(window.length) / config.averageWindowLength)
        let k1 = config.bm25K1
        let cap = config.bm25Saturation
        postings.withLists { offsets, queries, weights in
            values.withUnsafeMutableBufferPointer { values in
                for (term, tf) in window.frequencies {
                    let t = Int(term)
                    let from = offsets[t]
                    let to = offsets[t + 1]
                    guard from < to else { continue }
                    let saturation = min(tf * (k1 + 1) / (tf + norm), cap)
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
            guard selfScores[i] > 0, raw > 0 else {
                values[i] = 0
                continue
            }
            let share = min(1, raw / selfScores[i])
            // The usual exponents without the general `pow` (a third of this function's time).
            values[i] = exponent == 0.5 ? share.squareRoot() : exponent == 1 ? share : pow(share, exponent)
        }
    }
}

/// Per query, its best score over a document's windows, and its best windows from distinct
/// segments: what a document's indicator (or profile statement) results and evidence are made from.
///
/// Windows must be recorded in window order. A query's evidence windows are, best first (ties:
/// earlier window first), the best window of each segment where it scores at least `kept`, for at
/// most `windowsPerQuery` segments: the windows a best-first walk over all its windows would take,
/// skipping segments already taken. Only those are kept, so memory does not grow with the
/// document's length.
struct QueryHits {
    /// A window of a query's evidence.
    struct Hit: Equatable {
        var window: Int
        var segment: Int
        var value: Double
    }

    private let kept: Double
    private let keep: Int
    private var bestValues: [Double]
    private var bestWindows: [Int]
    /// `keep` slots per query: its evidence windows so far, best first; `counts[q]` are in use.
    private var slots: [Hit]
    private var counts: [Int]

    init(queries: Int, keepingFrom kept: Double = 0, windowsPerQuery: Int = 0) {
        self.kept = kept
        keep = max(0, windowsPerQuery)
        bestValues = [Double](repeating: 0, count: queries)
        bestWindows = [Int](repeating: -1, count: queries)
        slots = [Hit](repeating: Hit(window: -1, segment: -1, value: 0), count: queries * keep)
        counts = [Int](repeating: 0, count: keep > 0 ? queries : 0)
    }

    /// Records the scores of window `w` of `segment` held by `shares`.
    mutating func record(_ shares: ShareAccumulator, window w: Int, segment: Int) {
        record(values: shares.values, matched: shares.matched, window: w, segment: segment)
    }

    /// Records window `w` of `segment`, where query q scores `values[q]` for every q in `matched`
    /// (each once). `w` is above every window recorded before.
    mutating func record(values: [Double], matched: [Int], window w: Int, segment: Int) {
        for q in matched {
            let value = values[q]
            guard value > 0 else { continue }
            if value > bestValues[q] {
                bestValues[q] = value
                bestWindows[q] = w
            }
            if keep > 0, value >= kept { insert(Hit(window: w, segment: segment, value: value), query: q) }
        }
    }

    /// Puts `hit` among query q's evidence windows when it beats its segment's window there, or
    /// the worst of them. A later window never beats an earlier one of the same score.
    private mutating func insert(_ hit: Hit, query q: Int) {
        let base = q * keep
        var count = counts[q]
        if let same = (base..<(base + count)).first(where: { slots[$0].segment == hit.segment }) {
            guard hit.value > slots[same].value else { return }
            // The segment's new best window: taken out here, put back in its place below.
            for i in same..<(base + count - 1) { slots[i] = slots[i + 1] }
            count -= 1
        } else if count == keep {
            guard hit.value > slots[base + count - 1].value else { return }
            count -= 1  // the worst makes way
        }
        var at = base + count
        while at > base, slots[at - 1].value < hit.value {
            slots[at] = slots[at - 1]
            at -= 1
        }
        slots[at] = hit
        counts[q] = count + 1
    }

    /// The best score of query `q` (0 when no window holds it).
    func best(_ q: Int) -> Double { bestValues[q] }

    /// The first window where query `q` has its best score, with that score; nil when no window
    /// holds it.
    func bestWindow(_ q: Int) -> (window: Int, value: Double)? {
        bestWindows[q] < 0 ? nil : (bestWindows[q], bestValues[q])
    }

    /// Query `q`'s evidence windows: at most `windowsPerQuery`, from distinct segments, each
    /// scoring at least `kept`, best first (ties: earlier window first).
    func evidenceWindows(_ q: Int) -> ArraySlice<Hit> {
        keep == 0 ? [] : slots[(q * keep)..<(q * keep + counts[q])]
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
