import DekkingCore
import DekkingModel
import Foundation

extension HTMLReport {
    /// "Alle documenten": `table#documenten`, one row per document in run order with its id,
    /// title, kind, level, the number of its competencies per status and its field relevance;
    /// no evidence and no per-competency cells. A filter box above it appears only with script.
    static func documentSection(_ context: ReportContext) -> String {
        guard !context.isDetailed else { return "" }
        let overview = context.overview
        var statusColumns = ""
        for status in CoverageStatus.allCases {
            statusColumns +=
                "<th scope=\"col\" class=\"num\"><span aria-hidden=\"true\">\(status.statusSymbol)</span> \(DutchLabels.capitalised(status.label))</th>"
        }
        var html = ""
        html.reserveCapacity(overview.documents.count * 200)
        var kinds: [DocumentKind: String] = [:]
        for kind in DocumentKind.allCases { kinds[kind] = HTML.escape(DutchLabels.kind(kind)) }
        for document in overview.documents {
            html += "<tr><th scope=\"row\">"
            html += HTML.escape(document.id)
            html += "</th><td>"
            html += document.title.isEmpty ? "–" : HTML.escape(document.title)
            html += "</td><td>"
            html += kinds[document.kind] ?? ""
            html += "</td><td>"
            html += HTML.escape(document.levels)
            html +=
                "</td><td>\(document.count(.covered))</td><td>\(document.count(.partial))</td><td>\(document.count(.gap))</td><td>"
            html += HTML.percent(document.fieldRelevance)
            html += "</td></tr>\n"
        }
        return Templates.documents.render([
            "caption":
                "\(DutchLabels.capitalised(DutchLabels.documents(overview.documents.count))) in de volgorde van de run",
            "statusColumns": statusColumns, "rows": html,
        ])
    }
}
