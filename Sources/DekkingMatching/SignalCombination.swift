import DekkingModel
import Foundation

/// Step 3 of scoring: the signals of every instance of a document (an indicator, a competency's
/// own title and key phrases, a startbekwaam statement), ready for the calibration model.
///
/// The semantic signal is a text's best encoder similarity as a z-score against the document's
/// competencies (the mean and spread of each competency's best similarity): an encoder finds
/// every social text somewhat alike, so what counts is how much closer the document comes to
/// this competency than to its others. A competency's signal is then its best text's.
struct SignalCombination {
    let prepared: PreparedFramework
    let lexical: MatchingEngine.LexicalPass
    let similarity: SemanticSimilarities?
    let model: LogisticModel
    let relevance: Double
    /// Per scoring query, its semantic z-score (all 0 without the semantic layer).
    private let semanticZ: [Double]
    /// Per competency, the scoring query of its title at the document's levels (-1: none).
    private let titleQuery: [Int]
    /// Per cluster id, the mean specificity of its competencies.
    private let clusterSpecificity: [String: Double]

    init(
        prepared: PreparedFramework, lexical: MatchingEngine.LexicalPass, similarity: SemanticSimilarities?,
        activeList: [Int], relevance: Double
    ) {
        self.prepared = prepared
        self.lexical = lexical
        self.similarity = similarity
        self.model = prepared.calibration.model(semantic: similarity != nil)
        self.relevance = relevance
        var titles = [Int](repeating: -1, count: prepared.framework.competencies.count)
        for i in activeList where prepared.queryIsTitle[i] && titles[prepared.queryCompetency[i]] < 0 {
            titles[prepared.queryCompetency[i]] = prepared.scoringQuery[i]
        }
        titleQuery = titles
        var z = [Double](repeating: 0, count: prepared.scoringQueryCount)
        if let similarity {
            // Each competency's best cosine over its active queries; their spread sets the scale.
            var best = [Double](repeating: 0, count: prepared.framework.competencies.count)
            for i in activeList {
                let c = prepared.queryCompetency[i]
                best[c] = max(best[c], MatchingEngine.rounded(similarity.cosine[prepared.scoringQuery[i]]))
            }
            let mean = best.reduce(0, +) / Double(max(1, best.count))
            let sd = (best.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, best.count))).squareRoot()
            if sd > 1e-9 {
                for i in activeList {
                    let q = prepared.scoringQuery[i]
                    z[q] = MatchingEngine.rounded((MatchingEngine.rounded(similarity.cosine[q]) - mean) / sd)
                }
            }
        }
        semanticZ = z
        var byCluster: [String: [Double]] = [:]
        for (c, competency) in prepared.framework.competencies.enumerated() {
            byCluster[competency.id.split(separator: ".").first.map(String.init) ?? "", default: []].append(
                prepared.specificity[c])
        }
        clusterSpecificity = byCluster.mapValues { $0.reduce(0, +) / Double($0.count) }
    }

    /// The restatement signal of a lexical share.
    func restated(_ lexical: Double) -> Double {
        let restated = prepared.configuration.restatedShare
        return MatchingEngine.rounded(max(0, lexical - restated) / (1 - restated))
    }

    /// The field and restatement signals of a text of the given specificity.
    private func finish(_ signals: inout Signals, specificity: Double) {
        signals.restated = restated(signals.lexical)
        signals.fieldGap = MatchingEngine.rounded(specificity * (1 - relevance))
        signals.genericGap = MatchingEngine.rounded((1 - specificity) * (1 - relevance))
    }

    /// The signals of indicator query `i`: its own share and similarity.
    func indicatorSignals(_ i: Int) -> Signals {
        let q = prepared.scoringQuery[i]
        var signals = Signals()
        signals.lexical = MatchingEngine.rounded(lexical.hits.best(q))
        signals.semantic = semanticZ[q]
        finish(&signals, specificity: prepared.specificity[prepared.queryCompetency[i]])
        return signals
    }

    /// The signals of competency `c`: the best of `indicators` (its reported, not rejected
    /// indicators), its title's share and similarity, its key phrases.
    func competencySignals(_ c: Int, indicators: [Signals]) -> Signals {
        var signals = Signals()
        if titleQuery[c] >= 0 {
            signals.title = MatchingEngine.rounded(lexical.hits.best(titleQuery[c]))
            signals.semantic = semanticZ[titleQuery[c]]
        }
        for indicator in indicators {
            signals.lexical = max(signals.lexical, indicator.lexical)
            signals.semantic = max(signals.semantic, indicator.semantic)
        }
        signals.keyword = MatchingEngine.rounded(lexical.keyword[c])
        finish(&signals, specificity: prepared.specificity[c])
        return signals
    }

    /// The signals of a startbekwaam statement of `cluster` with the best share `share`.
    func statementSignals(share: Double, cluster: String) -> Signals {
        var signals = Signals()
        signals.lexical = MatchingEngine.rounded(share)
        finish(&signals, specificity: clusterSpecificity[cluster] ?? 0)
        return signals
    }
}

/// Step 5 of scoring: a competency's probability attributed to its indicators (or a cluster's to
/// its startbekwaam statements). The best indicator gets the competency's probability; another
/// gets it times its odds relative to the best, `exp(z − z_best)` with z the model's linear score
/// of the words the indicator's own text shares with the document (its lexical and restatement
/// signals; similarity by meaning counts for the competency, not for picking its indicator). So a
/// competency is covered exactly when its best indicator is, and an indicator the text holds less
/// of than the best one counts for less; two indicators restated alike count alike.
struct Attribution {
    let model: LogisticModel
    let competency: Double
    /// The largest linear score among the indicators (nil: none).
    let best: Double?

    init(model: LogisticModel, competency: Double, indicators: [Signals]) {
        self.model = model
        self.competency = competency
        best = indicators.map { Self.lexical($0, model) }.max()
    }

    /// The probability of an indicator (or a window of it) with `signals`.
    func probability(of signals: Signals) -> Double {
        guard let best else { return 0 }
        return competency * min(1, exp(Self.lexical(signals, model) - best))
    }

    /// The model's linear score of the shared words alone.
    private static func lexical(_ signals: Signals, _ model: LogisticModel) -> Double {
        var words = signals
        words.semantic = 0
        return model.linear(words)
    }
}
