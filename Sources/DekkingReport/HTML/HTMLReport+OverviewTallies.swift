import DekkingFramework
import DekkingModel
import Foundation

extension HTMLReport {
    /// "Dekking per competentie" of a run of several documents or a large run: per cluster of the
    /// framework, in its order, the cluster
    /// as a whole and a table with a row per competency (documents counted, a bar of the shares,
    /// the number and share of documents per status, the mean score), each followed by a
    /// `<details>` with the same figures per indicator.
    static func competencySection(_ context: ReportContext) -> String {
        guard showsRun(context) else { return "" }
        let overview = context.overview
        let framework = overview.framework
        let levels = Dictionary(
            framework.levels.map { ($0.id, HTML.escape($0.title)) }, uniquingKeysWith: { first, _ in first })
        var html = ""
        var competencyIndex = 0
        var indicatorIndex = 0
        for (c, cluster) in framework.clusters.enumerated() {
            html += "<section class=\"cluster\" data-cluster=\"\(HTML.escape(cluster.id))\">\n"
            html += "<h3>Cluster \(HTML.escape(cluster.id)): \(HTML.escape(cluster.title))</h3>\n"
            html += "<p class=\"small\">Het cluster als geheel: \(tallySentence(overview.clusters[c])).</p>\n"
            html += "<table class=\"plain tally\">\n<caption class=\"visually-hidden\">Competenties van cluster "
            html += "\(HTML.escape(cluster.id)): aantal documenten per status</caption>\n"
            html += tallyHead("Competentie")
            html += "<tbody>\n"
            for competency in cluster.competencies {
                let tally = overview.competencies[competencyIndex]
                competencyIndex += 1
                html +=
                    "<tr data-competency=\"\(HTML.escape(competency.id))\"><th scope=\"row\"><span class=\"cid\">\(HTML.escape(competency.id))</span> "
                html += "\(HTML.escape(competency.title))</th>"
                appendTallyCells(tally, into: &html)
                html += "</tr>\n<tr class=\"more\"><td colspan=\"7\"><details>"
                html +=
                    "<summary>Indicatoren van \(HTML.escape(competency.id)) (\(competency.indicators.count))</summary>\n"
                html +=
                    "<table class=\"plain tally ind\">\n<caption class=\"visually-hidden\">Indicatoren van competentie "
                html += "\(HTML.escape(competency.id)): aantal documenten op hun niveau per status</caption>\n"
                html += tallyHead("Indicator")
                html += "<tbody>\n"
                for indicator in competency.indicators {
                    let level = HTML.escape(indicator.level.rawValue)
                    html += "<tr data-indicator=\"\(HTML.escape(indicator.id))\"><th scope=\"row\">"
                    html += "<abbr class=\"level\" title=\"\(levels[indicator.level] ?? level)\">\(level)</abbr> "
                    html += "\(HTML.escape(indicator.text))</th>"
                    appendTallyCells(overview.indicators[indicatorIndex], into: &html)
                    indicatorIndex += 1
                    html += "</tr>\n"
                }
                html += "</tbody>\n</table>\n</details></td></tr>\n"
            }
            html += "</tbody>\n</table>\n</section>\n"
        }
        return Templates.competencies.render(["clusters": html])
    }

    /// "Startbekwaam per cluster" of a large run: per statement of every cluster's startbekwaam
    /// profile the same figures over the documents matched against the profiles; empty when there
    /// are none.
    static func statementSection(_ overview: RunOverview) -> String {
        guard overview.profileDocuments > 0 else { return "" }
        var html = ""
        for (c, cluster) in overview.framework.clusters.enumerated() where !cluster.startbekwaam.isEmpty {
            html += "<table class=\"plain tally\" data-cluster=\"\(HTML.escape(cluster.id))\">\n"
            html += "<caption>Cluster \(HTML.escape(cluster.id)): \(HTML.escape(cluster.title))</caption>\n"
            html += tallyHead("Uitspraak van het profiel")
            html += "<tbody>\n"
            for (s, statement) in cluster.startbekwaam.enumerated() {
                html +=
                    "<tr data-statement=\"\(HTML.escape(cluster.id))-\(s + 1)\"><th scope=\"row\">\(HTML.escape(statement))</th>"
                appendTallyCells(overview.statements[c][s], into: &html)
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        let count = overview.profileDocuments
        return Templates.statements.render([
            "documents": DutchLabels.capitalised(DutchLabels.documents(count)), "verb": count == 1 ? "is" : "zijn",
            "clusters": html,
        ])
    }

    /// The header row of a tally table whose rows are headed `first`.
    private static func tallyHead(_ first: String) -> String {
        var html =
            "<thead><tr><th scope=\"col\">\(first)</th><th scope=\"col\" class=\"num\">Documenten</th><th scope=\"col\">Verdeling</th>"
        for status in CoverageStatus.allCases {
            html +=
                "<th scope=\"col\" class=\"num\"><span aria-hidden=\"true\">\(status.statusSymbol)</span> \(DutchLabels.capitalised(status.label))</th>"
        }
        return html + "<th scope=\"col\" class=\"num\">Gem. score</th></tr></thead>\n"
    }

    /// Six cells: documents counted, the bar, per status `count (share)`, and the mean score.
    private static func appendTallyCells(_ tally: StatusTally, into html: inout String) {
        html += "<td class=\"num\">\(DutchLabels.count(tally.documents))</td><td>\(bar(tally))</td>"
        for status in CoverageStatus.allCases {
            html += "<td class=\"num\">\(DutchLabels.count(tally.count(status))) (\(share(tally, status)))</td>"
        }
        html += "<td class=\"num\">\(tally.documents == 0 ? "–" : HTML.percent(tally.meanScore))</td>"
    }

    /// `● 12 gedekt (40%) · ◐ 8 deels (27%) · ○ 10 ontbreekt (33%) · gemiddelde score 45%`.
    static func tallySentence(_ tally: StatusTally) -> String {
        var parts = CoverageStatus.allCases.map {
            "\($0.statusSymbol) \(DutchLabels.count(tally.count($0))) \($0.label) (\(share(tally, $0)))"
        }
        parts.append("gemiddelde score \(tally.documents == 0 ? "–" : HTML.percent(tally.meanScore))")
        return parts.joined(separator: " · ")
    }

    /// The share of `status` as a percentage, or `–` when no document was counted.
    private static func share(_ tally: StatusTally, _ status: CoverageStatus) -> String {
        tally.documents == 0 ? "–" : HTML.percent(tally.share(status))
    }

    /// A stacked bar of the shares, hidden from screen readers (the numbers beside it say the same).
    private static func bar(_ tally: StatusTally) -> String {
        var html = "<span class=\"tbar\" aria-hidden=\"true\">"
        for status in CoverageStatus.allCases where tally.count(status) > 0 {
            html +=
                "<span class=\"\(status.statusClass)\" style=\"width:\(String(format: "%.2f", tally.share(status) * 100))%\"></span>"
        }
        return html + "</span>"
    }
}
