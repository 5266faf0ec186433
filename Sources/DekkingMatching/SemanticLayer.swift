import Foundation

/// A sentence encoder as matching sees it: unit-length vectors for texts, in one of two roles.
/// The pipeline adapts the real encoder to this; tests give a small one of their own.
public protocol TextEncoder: Sendable {
    /// Unit-length vectors of `texts` as queries (framework texts) or passages (document windows);
    /// `nil` when the encoder fails.
    func vectors(_ texts: [String], query: Bool) -> [[Float]]?
}

/// Step 2 of scoring: similarity by meaning. Every scoring query's text has a vector (from a
/// table made once per framework, or encoded when the run starts); per document, the windows the
/// lexical pass ranks highest are encoded and each query keeps its best cosine among them.
///
/// Encoding every window of a large batch would take hours (about 50–90 ms per window on one
/// core), so only `semanticWindows` windows per document are encoded, and runs above a size
/// leave the layer out altogether (see docs/accuracy.md).
public struct SemanticLayer: Sendable {
    let encoder: any TextEncoder
    /// Per scoring query of the prepared framework, its unit vector.
    let queryVectors: [[Float]]
    let windowsPerDocument: Int

    /// The layer for `prepared`, with the query vectors given per scoring query (see
    /// ``queryTexts(of:)``); `nil` when their number does not match.
    public init?(encoder: any TextEncoder, queryVectors: [[Float]], prepared: PreparedFramework) {
        guard queryVectors.count == prepared.scoringQueryCount else { return nil }
        self.encoder = encoder
        self.queryVectors = queryVectors
        self.windowsPerDocument = max(1, prepared.configuration.semanticWindows)
    }

    /// The text of every scoring query of `prepared`, in order: what ``queryVectors`` encode.
    public static func queryTexts(of prepared: PreparedFramework) -> [String] {
        (0..<prepared.scoringQueryCount).map { d in
            prepared.indicators[prepared.scoringMemberList[prepared.scoringMemberStart[d]]].indicator.text
        }
    }

    /// The best cosine of every active query over the document's `windowsPerDocument` best
    /// windows by `ranking` (ties: the earlier window); `nil` when the encoder fails.
    func similarities(windows: [Window], ranking: [Double], active: [Bool], prepared: PreparedFramework)
        -> SemanticSimilarities?
    {
        let order = windows.indices.sorted { ranking[$0] != ranking[$1] ? ranking[$0] > ranking[$1] : $0 < $1 }
        let chosen = Array(order.prefix(windowsPerDocument)).sorted()
        var result = SemanticSimilarities(
            cosine: [Double](repeating: 0, count: queryVectors.count),
            bestWindow: [Int?](repeating: nil, count: queryVectors.count))
        guard !chosen.isEmpty else { return result }
        guard let vectors = encoder.vectors(chosen.map { windows[$0].text }, query: false),
            vectors.count == chosen.count
        else {
            return nil
        }
        for q in queryVectors.indices where active[q] {
            let query = queryVectors[q]
            for (k, vector) in vectors.enumerated() {
                var dot: Float = 0
                for j in 0..<min(query.count, vector.count) { dot += query[j] * vector[j] }
                if Double(dot) > result.cosine[q] {
                    result.cosine[q] = Double(dot)
                    result.bestWindow[q] = chosen[k]
                }
            }
        }
        return result
    }
}

/// Per scoring query, its best cosine over a document's encoded windows and that window.
struct SemanticSimilarities {
    var cosine: [Double]
    var bestWindow: [Int?]
}
