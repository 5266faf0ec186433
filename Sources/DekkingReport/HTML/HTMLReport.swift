import DekkingCore
import DekkingFramework
import DekkingModel
import Foundation

/// The HTML report (`report.html`): one self-contained page for curriculum designers and CAO
/// parties, in Dutch.
///
/// The page holds a heatmap of competencies (rows, grouped by cluster) against documents
/// (columns), an evidence panel per cell, filters, a gap list with suggestions per document, the
/// startbekwaam profile per cluster for education documents, the run's metadata and a short
/// explanation. Styles, script and data are inline: the page makes no
/// network request (its Content-Security-Policy forbids them) and works offline. The data is
/// embedded as JSON in `<script type="application/json" id="report-data">`, escaped so that no
/// document text can end that element.
///
/// Stable hooks for tests and tooling: `table#matrix`, `tr[data-competency]`,
/// `button.cell[data-doc][data-competency]`, `#evidence` with `.indicator[data-indicator]`.
public enum HTMLReport {
    /// The page's data cannot be written as JSON (a score that is not a number): the page is not
    /// written, rather than written without its data.
    public struct DataError: Error, CustomStringConvertible {
        public let reason: String
        public var description: String {
            "report.html: de gegevens van de pagina kunnen niet als JSON worden geschreven (\(reason)); er is geen pagina zonder gegevens geschreven"
        }
    }

    /// Renders the page for `context`. The same context always gives the same text.
    /// - Throws: ``DataError`` when the page's data cannot be encoded.
    public static func render(_ context: ReportContext) throws(DataError) -> String {
        let documents = context.result.documents
        var html = HTML.pageStart(
            title: "Dekkingsrapport – \(context.framework.title)", toolVersion: context.manifest.toolVersion,
            styles: baseStyles + reportStyles)
        html += "<a class=\"skip\" href=\"#matrix\">Direct naar de tabel</a>\n"
        html += header(context)
        html += "<main>\n"
        html += explanation(context)
        html += controls(context)
        html += "<div class=\"workspace\" id=\"workspace\">\n"
        html += "<div class=\"matrix-wrap\">\n" + matrix(context) + "</div>\n"
        html += """
            <aside id="evidence" class="evidence" tabindex="-1" aria-labelledby="evidence-title" aria-live="polite" hidden>
            <div class="panel-head"><h2 id="evidence-title">Onderbouwing</h2><button type="button" class="btn no-print" id="evidence-close">Sluiten</button></div>
            <div id="evidence-body"></div>
            </aside>
            </div>

            """
        html += gapSection(context)
        html += startbekwaamSection(context)
        html += runSection(context)
        html += "</main>\n"
        html += """
            <footer>Gemaakt met Dekking \(HTML.escape(context.manifest.toolVersion)). Alles is op uw eigen computer berekend; \
            dit bestand haalt niets van internet op. De statussen zijn een automatische inschatting op basis van woorden \
            in de documenten: lees de onderbouwing voordat u conclusies trekt.</footer>

            """
        let data = ReportData(framework: context.framework, documents: documents)
        let json: String
        do {
            json = try HTML.embeddedJSON(data)
        } catch {
            throw DataError(reason: "\(error)")
        }
        html += "<script type=\"application/json\" id=\"report-data\">\(json)</script>\n"
        html += "<script>\(reportScript)</script>\n"
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: - Header

    private static func header(_ context: ReportContext) -> String {
        let documents = context.result.documents
        var html = "<header class=\"page-head\">\n"
        html += "<p class=\"eyebrow\">Dekkingsrapport</p>\n"
        html += "<h1>\(HTML.escape(context.framework.title))</h1>\n"
        var sub = ["Kader \(HTML.escape(context.framework.id)), versie \(HTML.escape(context.framework.version))"]
        sub.append("\(documents.count) \(documents.count == 1 ? "document" : "documenten")")
        sub.append(
            "\(context.framework.competencies.count) competenties in \(context.framework.clusters.count) clusters")
        sub.append("analyse van \(HTML.escape(displayTime(context.manifest.startedAt)))")
        html += "<p class=\"sub\">\(sub.joined(separator: " · "))</p>\n"
        html += "<div class=\"docs\">\n"
        for document in documents {
            let total = max(document.competencies.count, 1)
            let covered = document.competencies.filter { $0.status == .covered }.count
            let partial = document.competencies.filter { $0.status == .partial }.count
            let gaps = document.competencies.count - covered - partial
            html += "<article class=\"doc-card\" data-doc=\"\(HTML.escape(document.id))\">\n"
            html += "<h2>\(HTML.escape(document.title.isEmpty ? document.id : document.title))</h2>\n"
            html += "<p class=\"meta\">\(DutchLabels.kind(document.kind)) · \(HTML.escape(document.levelsText))</p>\n"
            html += "<div class=\"bar\" aria-hidden=\"true\">"
            for (count, status) in [(covered, CoverageStatus.covered), (partial, .partial), (gaps, .gap)]
            where count > 0 {
                let width = String(format: "%.2f", Double(count) * 100 / Double(total))
                html += "<span class=\"\(status.statusClass)\" style=\"width:\(width)%\"></span>"
            }
            html += "</div>\n"
            let counts = [CoverageStatus.covered: covered, .partial: partial, .gap: gaps]
            html += "<p class=\"counts\">"
            for status in CoverageStatus.allCases {
                html += "<span>\(status.statusSymbol) \(counts[status] ?? 0) \(status.label)</span>"
            }
            html += "</p>\n"
            if let limit = context.fieldWarning, document.fieldRelevance < limit {
                html +=
                    "<p class=\"warn\">Let op: dit document lijkt weinig over sociaal-financiële dienstverlening te gaan (relevantie \(HTML.percent(document.fieldRelevance))).</p>\n"
            }
            html += "</article>\n"
        }
        html += "</div>\n</header>\n"
        return html
    }

    /// `2025-11-23T09:05:00Z` → `23-11-2025 09:05 UTC`; anything else unchanged.
    static func displayTime(_ iso: String) -> String {
        let parts = iso.split(whereSeparator: { $0 == "T" || $0 == "Z" }).map(String.init)
        let date = parts.first?.split(separator: "-").map(String.init) ?? []
        guard parts.count >= 2, date.count == 3 else { return iso }
        let time = parts[1].split(separator: ":").prefix(2).joined(separator: ":")
        return "\(date[2])-\(date[1])-\(date[0]) \(time)\(iso.hasSuffix("Z") ? " UTC" : "")"
    }

    // MARK: - Filters

    private static func controls(_ context: ReportContext) -> String {
        var html = "<section class=\"controls card no-print\" aria-label=\"Filters\">\n"
        html +=
            "<div><label for=\"filter-cluster\">Cluster</label><select id=\"filter-cluster\"><option value=\"\">Alle clusters</option>"
        for cluster in context.framework.clusters {
            html +=
                "<option value=\"\(HTML.escape(cluster.id))\">\(HTML.escape(cluster.id)). \(HTML.escape(cluster.title))</option>"
        }
        html += "</select></div>\n"
        html +=
            "<div><label for=\"filter-level\">Niveau</label><select id=\"filter-level\"><option value=\"\">Alle niveaus</option>"
        for level in context.framework.levels {
            html += "<option value=\"\(HTML.escape(level.id.rawValue))\">\(HTML.escape(level.title))</option>"
        }
        html += "</select></div>\n"
        html += "<fieldset><legend>Toon competenties die</legend>"
        for status in CoverageStatus.allCases {
            html +=
                "<label><input type=\"checkbox\" name=\"status\" value=\"\(status.rawValue)\" checked> \(status.statusSymbol) \(status.label)</label>"
        }
        html += "</fieldset>\n"
        html += "<div><button type=\"button\" class=\"btn\" id=\"expand-all\">Alles uitklappen</button> "
        html += "<button type=\"button\" class=\"btn\" id=\"collapse-all\">Alles inklappen</button></div>\n"
        html += "<p class=\"result-count\" id=\"result-count\" aria-live=\"polite\"></p>\n"
        html += "</section>\n"
        return html
    }
}
