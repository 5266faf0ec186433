import DekkingFramework
import DekkingModel

extension HTMLReport {
    /// Per document of several units, its units × competencies heatmap: one column per unit, one
    /// row per competency (cluster rows between). Every cell is a button that opens the evidence
    /// panel with the unit's own evidence. Empty for a run without such documents.
    static func unitMatrices(_ context: ReportContext) -> String {
        let lookup = ReportLookup(context)
        var html = ""
        for (number, document) in context.result.documents.enumerated() {
            guard let matrix = UnitMatrix(document, lookup: lookup) else { continue }
            html += unitMatrix(matrix, document: document, number: number, context: context)
        }
        return html
    }

    private static func unitMatrix(
        _ matrix: UnitMatrix, document: DocumentCoverage, number: Int, context: ReportContext
    )
        -> String
    {
        let docID = HTML.escape(document.id)
        let docTitle = HTML.escape(document.title.isEmpty ? document.id : document.title)
        let noun = DutchLabels.unitNoun(matrix.units[0].kind, plural: true)
        var html = "<section class=\"units\" id=\"eenheden-\(number + 1)\" data-doc=\"\(docID)\" "
        html += "aria-labelledby=\"eenheden-\(number + 1)-title\">\n"
        html +=
            "<h2 id=\"eenheden-\(number + 1)-title\">\(docTitle): per \(DutchLabels.unitNoun(matrix.units[0].kind, plural: false))</h2>\n"
        html +=
            "<p class=\"muted small\">Elke \(DutchLabels.unitNoun(matrix.units[0].kind, plural: false)) apart gemeten, op haar eigen tekst. "
        html += "\(matrix.singleCarrier.count) competenties rusten op één van de \(matrix.units.count) \(noun), "
        html += "\(matrix.uncarried.count) op geen enkele.</p>\n"
        html += "<div class=\"unit-wrap\"><table class=\"unit-matrix\" data-doc=\"\(docID)\">\n"
        html +=
            "<caption>Dekking per competentie (rijen) en \(noun) (kolommen) van \(docTitle). Kies een cel om de onderbouwing te zien.</caption>\n"
        html += "<thead><tr><th scope=\"col\" class=\"corner\">Cluster en competentie</th>"
        for unit in matrix.units {
            let title = HTML.escape(unit.title)
            html += "<th scope=\"col\" data-unit=\"\(HTML.escape(unit.id))\" title=\"\(title)\">"
            html += "<span class=\"doc-title\">\(title)</span>"
            let facts = DutchLabels.unitFacts(unit)
            if !facts.isEmpty { html += "<span class=\"doc-meta\">\(HTML.escape(facts))</span>" }
            html += "</th>"
        }
        html += "<th scope=\"col\" class=\"carriers\">Gedragen door</th></tr></thead>\n"
        for cluster in context.framework.clusters {
            html += "<tbody data-cluster=\"\(HTML.escape(cluster.id))\">\n"
            html += "<tr class=\"cluster-row\"><th scope=\"rowgroup\" colspan=\"\(matrix.units.count + 2)\">"
            html +=
                "<span class=\"cluster-no\">Cluster \(HTML.escape(cluster.id))</span> \(HTML.escape(cluster.title))</th></tr>\n"
            for competency in cluster.competencies {
                html += unitRow(competency, matrix: matrix, docID: docID)
            }
            html += "</tbody>\n"
        }
        html += "</table></div>\n</section>\n"
        return html
    }

    private static func unitRow(_ competency: Competency, matrix: UnitMatrix, docID: String) -> String {
        let id = HTML.escape(competency.id)
        var html = "<tr data-competency=\"\(id)\">"
        html += "<th scope=\"row\"><span class=\"cid\">\(id)</span> \(HTML.escape(competency.title))</th>"
        for unit in matrix.units {
            html += "<td data-unit=\"\(HTML.escape(unit.id))\">"
            if let coverage = unit.competency(competency.id) {
                let label =
                    "\(unit.title), competentie \(competency.id) \(competency.title): \(coverage.status.label), score \(HTML.percent(coverage.score)). Toon onderbouwing."
                html += "<button type=\"button\" class=\"cell \(coverage.status.statusClass)\" data-doc=\"\(docID)\" "
                html += "data-unit=\"\(HTML.escape(unit.id))\" data-competency=\"\(id)\" "
                html += "data-status=\"\(coverage.status.rawValue)\" aria-label=\"\(HTML.escape(label))\">"
                html += "<span class=\"sym\" aria-hidden=\"true\">\(coverage.status.statusSymbol)</span>"
                html += "<span aria-hidden=\"true\">\(HTML.percent(coverage.score))</span></button>"
            } else {
                html += "<span class=\"muted\" title=\"niet beoordeeld\">–</span>"
            }
            html += "</td>"
        }
        let carriers = matrix.carriers[competency.id, default: []].count
        let note = carriers == 0 ? "geen" : carriers == 1 ? "1 · kwetsbaar" : String(carriers)
        html += "<td class=\"carriers\(carriers < 2 ? " thin" : "")\">\(note)</td></tr>\n"
        return html
    }
}
