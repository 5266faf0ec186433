import DekkingAnalysis
import DekkingFramework
import Foundation

/// The startbekwaam profiles of a framework as queries: one per sentence of each cluster's
/// profile text, weighted like indicator queries, with postings of their own so they never change
/// competency scores.
struct ProfileQueries: Sendable {
    struct Statement: Sendable {
        /// `<cluster>-startbekwaam-<n>`: the n-th sentence (from 1) of the cluster's profile text,
        /// counting the sentences too short to match on, so ids do not move when those change.
        let id: String
        let clusterID: String
        let text: String
        let terms: Set<String>
        let selfScore: Double
    }

    let statements: [Statement]
    /// Term → (statement index, weight × idf).
    let postings: [String: [(Int, Double)]]
    /// The same postings by scored-term id of the run's vocabulary (set by ``interned(_:)``).
    private(set) var postingsByID = Postings([])
    /// Per statement, its scored-term ids, ascending (set by ``interned(_:)``).
    private(set) var termIDs: [[Int32]] = []

    /// Statements with fewer content terms than this say too little to match on.
    static let minimumTerms = 4

    init(
        framework: Framework, analyzer: any TermAnalyzer, idf: [String: Double], unseenIDF: Double,
        configuration: MatchingConfiguration
    ) {
        var statements: [Statement] = []
        var postings: [String: [(Int, Double)]] = [:]
        for cluster in framework.clusters {
            for (n, sentence) in cluster.startbekwaam.flatMap(analyzer.sentences.sentences).enumerated() {
                var query: [String: Double] = [:]
                for token in analyzer.analyze(sentence) {
                    query[token.term] = max(query[token.term] ?? 0, configuration.weight(of: token.origin))
                }
                guard query.values.filter({ $0 >= 1 }).count >= Self.minimumTerms else { continue }
                var selfScore = 0.0
                for (term, weight) in query.sorted(by: { $0.key < $1.key }) {
                    let w = weight * (idf[term] ?? unseenIDF)
                    selfScore += w
                    postings[term, default: []].append((statements.count, w))
                }
                statements.append(
                    Statement(
                        id: "\(cluster.id)-startbekwaam-\(n + 1)", clusterID: cluster.id, text: sentence,
                        terms: Set(query.keys), selfScore: selfScore))
            }
        }
        self.statements = statements
        self.postings = postings
    }

    /// A copy with ``postingsByID`` from `vocabulary` (which must hold every term of ``postings``).
    func interned(_ vocabulary: TermVocabulary) -> ProfileQueries {
        var copy = self
        copy.postingsByID = Postings(vocabulary.postingsByID(postings))
        copy.termIDs = statements.map { vocabulary.scoredIDs(of: $0.terms) }
        return copy
    }
}
