import DekkingModel

/// Step 6 of scoring: the user's decisions (``OverrideSet``) about one document, applied to the
/// engine's reading of an indicator, a competency or a startbekwaam statement.
///
/// - A confirmed item counts as covered: its score is at least `covered`.
/// - A rejected indicator is a gap. When it carried its competency (no remaining indicator is as
///   strong), the competency is scored from the indicators that are left, each on its own: its
///   title and key phrases may have been found in the very passage the user rejected.
/// - A rejected competency is a gap with score 0, and so are its indicators that have no
///   decision of their own; a rejected statement is a gap and no longer counts for its profile.
struct UserDecisions {
    let entries: [String: OverrideSet.Entry]
    /// The score from which an item counts as covered.
    let covered: Double

    func decision(_ id: String) -> OverrideSet.Entry? { entries[id] }

    /// The competency's probability once rejected indicators are left out. `engine` is computed
    /// from the remaining signals; `rejected` and `remaining` are the indicators' own
    /// probabilities. While an indicator as strong as every rejected one remains, `engine`
    /// stands; when the rejected ones carried the competency, it is at most the best remaining
    /// indicator's own probability (0 when none is left).
    static func competencyProbability(engine: Double, rejected: [Double], remaining: [Double]) -> Double {
        guard let strongestRejected = rejected.max() else { return engine }
        guard let best = remaining.max() else { return 0 }
        return best >= strongestRejected ? engine : min(engine, best)
    }

    /// The indicator with its decision marked and applied.
    func apply(to indicator: inout IndicatorCoverage) { apply(entries[indicator.id], to: &indicator) }

    /// The statement with its decision marked and applied.
    func apply(to statement: inout StatementCoverage) {
        apply(statement.id.flatMap { entries[$0] }, to: &statement)
    }

    /// A confirmed item is covered with a score of at least `covered`; a rejected one is a gap.
    private func apply<Item: DecidableItem>(_ entry: OverrideSet.Entry?, to item: inout Item) {
        guard let entry else { return }
        item.override = entry.decision
        item.overrideNote = entry.note
        switch entry.decision {
        case .confirmed:
            item.score = max(item.score, covered)
            item.status = .covered
        case .rejected:
            item.status = .gap
        }
    }

    /// The competency with its own decision marked and applied; `status` maps a score to a status.
    func apply(to competency: inout CompetencyCoverage, status: (Double) -> CoverageStatus) {
        guard let entry = entries[competency.id] else { return }
        competency.override = entry.decision
        competency.overrideNote = entry.note
        switch entry.decision {
        case .confirmed:
            competency.score = max(competency.score, covered)
        case .rejected:
            competency.score = 0
            for k in competency.indicators.indices where competency.indicators[k].override == nil {
                competency.indicators[k].status = .gap
            }
        }
        competency.status = status(competency.score)
    }
}

/// What a user decides about on its own, with a score and a status: an indicator or a
/// startbekwaam statement.
protocol DecidableItem {
    var score: Double { get set }
    var status: CoverageStatus { get set }
    var override: OverrideDecision? { get set }
    var overrideNote: String? { get set }
}

extension IndicatorCoverage: DecidableItem {}
extension StatementCoverage: DecidableItem {}
