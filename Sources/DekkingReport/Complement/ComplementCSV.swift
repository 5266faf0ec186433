import DekkingFramework
import DekkingModel
import Foundation

/// `aanvulling.csv`: one row per gap a candidate closes, in the order of the cover (rang 1 first),
/// then the rows of the candidates at another level (rang empty, `in_combinatie` nee).
///
/// Its header names are a contract: columns may be added at the end, none renamed. Statuses are
/// the Dutch words (gedekt, deels, ontbreekt); weights and scores have four decimals in the
/// dialect's spelling; `samen_gedicht` is how many gaps this choice and those before it close.
/// A text field that would start a formula gets a `'` in front (see `SpreadsheetText`).
public enum ComplementCSV {
    /// The header row's fields, in order.
    public static let columns = [
        "rang", "kandidaat", "titel", "soort", "niveau", "in_combinatie", "cluster", "competentie",
        "competentie_titel", "indicator", "indicator_tekst", "competentie_status_doel", "indicator_status_doel",
        "gewicht", "score_kandidaat", "passage", "passage_plaats", "samen_gedicht",
    ]

    /// The whole file.
    public static func render(_ plan: ComplementPlan, framework: Framework, dialect: CSVDialect) -> Data {
        var writer = CSVWriter(dialect: dialect)
        writer.append(columns)
        let texts = Dictionary(framework.indicators.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let text = SpreadsheetText.neutralised
        func append(_ choice: ComplementPlan.Choice, rank: Int?) {
            let candidate = choice.candidate
            for addition in choice.additions {
                let gap = addition.gap
                writer.append([
                    rank.map(String.init) ?? "", text(candidate.coverage.id), text(candidate.coverage.title),
                    candidate.coverage.kind.rawValue, candidate.ownLevel?.rawValue ?? "", rank == nil ? "nee" : "ja",
                    text(gap.clusterID), text(gap.competencyID),
                    text(framework.competency(gap.competencyID)?.title ?? ""), text(gap.indicatorID),
                    text(texts[gap.indicatorID] ?? ""), gap.competencyStatus.label, gap.status.label,
                    dialect.score(gap.weight), dialect.score(addition.score),
                    text(addition.evidence.map { Excerpt.of($0.text) } ?? ""),
                    text(addition.evidence.map { EvidencePlace($0).text } ?? ""),
                    rank == nil ? "" : String(choice.closedSoFar),
                ])
            }
        }
        for (index, choice) in plan.chosen.enumerated() { append(choice, rank: index + 1) }
        for choice in plan.otherLevel { append(choice, rank: nil) }
        return writer.data()
    }
}
