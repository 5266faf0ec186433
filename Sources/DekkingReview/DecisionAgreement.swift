import DekkingMatching
import DekkingModel

/// How often the engine agrees with the decisions users made: a confirmed item is a positive, a
/// rejected one a negative, and the engine's reading (from a run without the decisions) is
/// "addressed" when its status is covered or partial.
public struct DecisionAgreement: Hashable, Sendable {
    /// One decision with the engine's reading of the same item.
    public struct Pair: Hashable, Sendable {
        public var document: String
        public var item: String
        public var decision: OverrideDecision
        public var score: Double
        public var status: CoverageStatus

        /// Whether the engine's status says what the user decided.
        public var agrees: Bool { (status != .gap) == (decision == .confirmed) }
    }

    public let pairs: [Pair]
    /// Decisions about documents or items the run does not have.
    public let unmatched: Int

    /// The pairs of `decisions` with `result` (a run without them), in document and item order.
    public init(result: CoverageResult, decisions: OverrideSet) {
        var pairs: [Pair] = []
        var unmatched = 0
        let documents = Dictionary(result.documents.map { ($0.id, $0) }) { first, _ in first }
        for (documentID, entries) in decisions.entries.sorted(by: { $0.key < $1.key }) {
            guard let document = documents[documentID] else {
                unmatched += entries.count
                continue
            }
            var readings: [String: (Double, CoverageStatus)] = [:]
            for competency in document.competencies {
                readings[competency.id] = (competency.score, competency.status)
                for indicator in competency.indicators { readings[indicator.id] = (indicator.score, indicator.status) }
            }
            for profile in document.startbekwaam ?? [] {
                for statement in profile.statements {
                    if let id = statement.id { readings[id] = (statement.score, statement.status) }
                }
            }
            for (item, entry) in entries.sorted(by: { $0.key < $1.key }) {
                guard let (score, status) = readings[item] else {
                    unmatched += 1
                    continue
                }
                pairs.append(
                    Pair(document: documentID, item: item, decision: entry.decision, score: score, status: status))
            }
        }
        self.pairs = pairs
        self.unmatched = unmatched
    }

    public var confirmed: Int { pairs.count { $0.decision == .confirmed } }
    public var rejected: Int { pairs.count { $0.decision == .rejected } }

    /// The share of decisions the engine's status agrees with; nil without decisions.
    public var agreement: Double? { pairs.isEmpty ? nil : Double(pairs.count(where: \.agrees)) / Double(pairs.count) }

    /// Of the items the engine called addressed, the share users confirmed.
    public var precision: Double? {
        let addressed = pairs.filter { $0.status != .gap }
        return addressed.isEmpty ? nil : Double(addressed.count { $0.decision == .confirmed }) / Double(addressed.count)
    }

    /// Of the items users confirmed, the share the engine called addressed.
    public var recall: Double? {
        let positives = pairs.filter { $0.decision == .confirmed }
        return positives.isEmpty ? nil : Double(positives.count { $0.status != .gap }) / Double(positives.count)
    }

    /// The chance that a confirmed item scores above a rejected one (ties count half); nil
    /// unless both kinds of decision are there.
    public var auc: Double? {
        let positives = pairs.filter { $0.decision == .confirmed }.map(\.score)
        let negatives = pairs.filter { $0.decision == .rejected }.map(\.score)
        guard !positives.isEmpty, !negatives.isEmpty else { return nil }
        var wins = 0.0
        for p in positives {
            for n in negatives { wins += p > n ? 1 : p == n ? 0.5 : 0 }
        }
        return wins / Double(positives.count * negatives.count)
    }
}
