import DekkingCore
import Foundation

/// The plan as one line of JSON for scripts (`dekking complement --json`): keys sorted, weights
/// rounded to four decimals, so the same plan always gives the same bytes.
///
/// `{"target", "level", "gaps", "totalWeight", "top", "closedByTop", "chosen": [{"rank", "id",
/// "title", "level", "weight", "closedSoFar", "indicators"}], "unused": [id], "otherLevel":
/// [{"id", "title", "level", "weight", "indicators"}]}`; a level not known is null.
public enum ComplementJSON {
    public static func render(_ plan: ComplementPlan, top: Int) -> String {
        func number(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
        func level(_ level: LevelID?) -> Any { level?.rawValue ?? NSNull() }
        func choice(_ choice: ComplementPlan.Choice) -> [String: Any] {
            [
                "id": choice.candidate.coverage.id, "title": choice.candidate.coverage.title,
                "level": level(choice.candidate.ownLevel), "weight": number(choice.weight),
                "indicators": choice.additions.map(\.gap.indicatorID),
            ]
        }
        let object: [String: Any] = [
            "target": plan.target.id, "level": level(plan.target.level), "gaps": plan.gaps.count,
            "totalWeight": number(plan.totalWeight), "top": top, "closedByTop": plan.closed(byFirst: top),
            "chosen": plan.chosen.enumerated().map { index, item in
                choice(item).merging(["rank": index + 1, "closedSoFar": item.closedSoFar]) { first, _ in first }
            },
            "unused": plan.unused.map(\.coverage.id),
            "otherLevel": plan.otherLevel.map(choice),
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
