import DekkingCore
import DekkingModel

extension GapsMarkdown {
    /// "Eerst aanpakken" of one document, from its ``GapPriorities``: per cluster the chosen
    /// competencies with status and score, and under each the indicators to add (or whose passage
    /// to work out) with their scores and, quoted, the proposed passage, which holds their texts. Nothing when every
    /// competency is gedekt.
    static func priorityLines(_ priorities: GapPriorities, kind: DocumentKind, outsideField: Bool) -> [String] {
        guard priorities.chosenCount > 0 else { return [] }
        var lines = ["", "### Eerst aanpakken", "", MarkdownText.escape(priorities.introduction(kind: kind))]
        if outsideField { lines += ["", MarkdownText.escape(GapPriorities.outsideFieldWarning)] }
        for group in priorities.groups {
            lines += [
                "",
                "#### Cluster \(MarkdownText.escape(group.clusterID)): \(MarkdownText.escape(group.clusterTitle))",
            ]
            for item in group.items {
                let competency = item.competency
                let title = MarkdownText.escape(item.title)
                lines += [
                    "",
                    "**\(MarkdownText.escape(competency.id))\(title.isEmpty ? "" : " " + title)** — "
                        + "\(competency.status.label) (\(NumberFormat.percent(competency.score)))"
                        + rejection(competency.override, competency.overrideNote),
                    "",
                ]
                if item.proposals.isEmpty { lines.append("- " + GapPriorities.combinationAdvice) }
                for proposal in item.proposals {
                    lines.append("- \(MarkdownText.escape(proposal.action))")
                }
                if !item.phrasing.isEmpty { lines += ["", "> " + MarkdownText.escape(item.phrasing)] }
            }
        }
        return lines
    }
}
