import DekkingFramework
import DekkingModel

extension HTMLReport {
    /// The heatmap: one `tbody` per cluster with a summary row, then one row per competency; one
    /// column per document. Every cell is a button that opens the evidence panel.
    static func matrix(_ context: ReportContext) -> String {
        let documents = context.result.documents
        var html = "<table id=\"matrix\">\n"
        html +=
            "<caption>Dekking per competentie (rijen) en document (kolommen). Kies een cel om de onderbouwing te zien.</caption>\n"
        html += "<thead><tr><th scope=\"col\" class=\"corner\">Cluster en competentie</th>"
        for document in documents {
            let levels = document.matchedLevels.map(\.rawValue).joined(separator: " ")
            // A long title is cut off after three lines (report.css); the header's title has it in full.
            let title = HTML.escape(document.title.isEmpty ? document.id : document.title)
            html += "<th scope=\"col\" data-doc=\"\(HTML.escape(document.id))\" data-levels=\"\(HTML.escape(levels))\" "
            html += "title=\"\(title)\"><span class=\"doc-title\">\(title)</span>"
            html +=
                "<span class=\"doc-meta\">\(DutchLabels.kind(document.kind)) · \(HTML.escape(document.levelsText))</span></th>"
        }
        html += "</tr></thead>\n"
        for cluster in context.framework.clusters {
            let clusterID = HTML.escape(cluster.id)
            html += "<tbody data-cluster=\"\(clusterID)\">\n"
            html += "<tr class=\"cluster-row\" data-cluster=\"\(clusterID)\"><th scope=\"rowgroup\">"
            html +=
                "<button type=\"button\" class=\"cluster-toggle\" aria-expanded=\"true\" data-cluster=\"\(clusterID)\">"
            html +=
                "<span class=\"cluster-no\">Cluster \(clusterID)</span><span>\(HTML.escape(cluster.title))</span></button></th>"
            for document in documents {
                html += "<td data-doc=\"\(HTML.escape(document.id))\">"
                if let coverage = document.clusters.first(where: { $0.id == cluster.id }) {
                    let label = DutchLabels.counts {
                        [.covered: coverage.covered, .partial: coverage.partial, .gap: coverage.gaps][$0] ?? 0
                    }
                    html += "<span class=\"cluster-cell \(coverage.status.statusClass)\" title=\"\(label)\">"
                    html +=
                        "<span aria-hidden=\"true\">\(coverage.status.statusSymbol)</span> \(HTML.percent(coverage.score))"
                    html += "<span class=\"skip\"> \(coverage.status.label), \(label)</span></span>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
            for competency in cluster.competencies {
                html += competencyRow(competency, cluster: cluster, documents: documents)
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        return html
    }

    private static func competencyRow(_ competency: Competency, cluster: Cluster, documents: [DocumentCoverage])
        -> String
    {
        let id = HTML.escape(competency.id)
        var html = "<tr data-competency=\"\(id)\" data-cluster=\"\(HTML.escape(cluster.id))\">"
        html += "<th scope=\"row\"><span class=\"cid\">\(id)</span> \(HTML.escape(competency.title))</th>"
        for document in documents {
            let docID = HTML.escape(document.id)
            html += "<td data-doc=\"\(docID)\">"
            if let coverage = document.competency(competency.id) {
                let overridden = coverage.override != nil || coverage.indicators.contains { $0.override != nil }
                var label =
                    "\(document.title.isEmpty ? document.id : document.title), competentie \(competency.id) \(competency.title): "
                label += "\(coverage.status.label), score \(HTML.percent(coverage.score))"
                if overridden { label += ", met handmatige beoordeling" }
                label += ". Toon onderbouwing."
                html += "<button type=\"button\" class=\"cell \(coverage.status.statusClass)\" data-doc=\"\(docID)\" "
                html +=
                    "data-competency=\"\(id)\" data-status=\"\(coverage.status.rawValue)\" aria-label=\"\(HTML.escape(label))\">"
                html += "<span class=\"sym\" aria-hidden=\"true\">\(coverage.status.statusSymbol)</span>"
                html += "<span aria-hidden=\"true\">\(HTML.percent(coverage.score))</span>"
                if overridden {
                    html += "<span class=\"ovr\" aria-hidden=\"true\" title=\"handmatig beoordeeld\">✎</span>"
                }
                html += "</button>"
            } else {
                html += "<span class=\"muted\" title=\"niet beoordeeld\">–</span>"
            }
            html += "</td>"
        }
        html += "</tr>\n"
        return html
    }
}
