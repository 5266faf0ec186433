import DekkingCore
import DekkingModel

extension HTMLReport {
    /// "Eerst aanpakken" at the top of a document's part of "Wat ontbreekt per document", from
    /// the same ``GapPriorities`` as `gaps.md`: per cluster the chosen competencies, each with its
    /// indicators to add (`li[data-indicator]`) and the proposed passage (`blockquote.phrasing`). Empty when
    /// every competency is gedekt.
    static func priorities(_ priorities: GapPriorities, document: DocumentCoverage, outsideField: Bool) -> String {
        guard priorities.chosenCount > 0 else { return "" }
        var groups = ""
        for group in priorities.groups {
            groups +=
                "<h5 class=\"priority-cluster\">Cluster \(HTML.escape(group.clusterID)) · \(HTML.escape(group.clusterTitle))</h5>\n"
            groups += "<ul class=\"gap-list priority-list\">\n"
            for item in group.items {
                let competency = item.competency
                groups +=
                    "<li data-competency=\"\(HTML.escape(competency.id))\"><span class=\"badge \(competency.status.statusClass)\">"
                groups +=
                    "\(competency.status.statusSymbol) \(HTML.percent(competency.score))</span> <span class=\"cid\">\(HTML.escape(competency.id))</span> "
                groups += "<strong>\(HTML.escape(item.title))</strong>\n<ul class=\"proposals\">"
                if item.proposals.isEmpty { groups += "<li>\(HTML.escape(GapPriorities.combinationAdvice))</li>" }
                for proposal in item.proposals {
                    groups +=
                        "<li data-indicator=\"\(HTML.escape(proposal.indicator.id))\"><span class=\"action\">\(HTML.escape(proposal.action))</span></li>"
                }
                groups += "</ul>"
                if !item.phrasing.isEmpty {
                    groups += "<blockquote class=\"phrasing\">\(HTML.escape(item.phrasing))</blockquote>"
                }
                groups += "</li>\n"
            }
            groups += "</ul>\n"
        }
        return Templates.priorities.render([
            "introduction": HTML.escape(priorities.introduction(kind: document.kind)),
            "warning": outsideField ? "<p class=\"warn\">\(HTML.escape(GapPriorities.outsideFieldWarning))</p>\n" : "",
            "groups": groups,
        ])
    }
}
