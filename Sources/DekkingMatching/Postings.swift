/// An inverted index from scored-term id to (query, weight) entries, stored as one contiguous list
/// with offsets per term: scoring a window reads it without touching a separate array per term, so
/// parallel workers share it without reference-counting traffic on its parts.
struct Postings: Sendable {
    /// Entries of term t are `queries[offsets[t]..<offsets[t + 1]]` (and the same range of `weights`).
    private let offsets: [Int]
    private let queries: [Int32]
    private let weights: [Double]

    /// The index of `lists`, where `lists[t]` holds term t's (query, weight) entries in order.
    init(_ lists: [[(Int, Double)]]) {
        var offsets = [0]
        offsets.reserveCapacity(lists.count + 1)
        var queries: [Int32] = []
        var weights: [Double] = []
        for list in lists {
            for (query, weight) in list {
                queries.append(Int32(query))
                weights.append(weight)
            }
            offsets.append(queries.count)
        }
        self.offsets = offsets
        self.queries = queries
        self.weights = weights
    }

    /// Calls `body` with the raw lists (offsets, queries, weights) for a loop over many terms.
    func withLists<R>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> R
    ) -> R {
        offsets.withUnsafeBufferPointer { o in
            queries.withUnsafeBufferPointer { q in weights.withUnsafeBufferPointer { w in body(o, q, w) } }
        }
    }
}
