import DekkingCore
import DekkingModel
import Foundation

extension HTMLReport {
    /// At most this many unread input files and this many findings are listed on the overview
    /// page; `run.json` beside it holds them all.
    static let overviewListLimit = 50

    /// "Alle documenten": `table#documenten`, one row per document in run order with its id,
    /// title, kind, level, the number of its competencies per status and its field relevance;
    /// no evidence and no per-competency cells. A filter box above it appears only with script.
    static func documentSection(_ overview: RunOverview, into html: inout String) {
        let count = overview.documents.count
        html += "<section id=\"documenten-sectie\" aria-labelledby=\"documenten-title\">\n"
        html += "<h2 id=\"documenten-title\">Alle documenten</h2>\n"
        html += "<p class=\"muted small\">Per document hoeveel competenties het dekt, deels dekt of niet beschrijft. "
        html += "De relevantie geeft aan hoe sterk het document over het vakgebied van het kader gaat; "
        html +=
            "onder 20% gaat het er waarschijnlijk weinig over. De onderbouwing per document staat in coverage.csv.</p>\n"
        html +=
            "<p class=\"filter no-print\" id=\"doc-filter\" hidden><label for=\"doc-filter-input\">Zoek in de documenten</label> "
        html += "<input type=\"search\" id=\"doc-filter-input\" autocomplete=\"off\"> "
        html += "<span class=\"muted small\" id=\"doc-filter-count\" aria-live=\"polite\"></span></p>\n"
        html += "<div class=\"table-wrap\"><table class=\"plain\" id=\"documenten\">\n"
        html += "<caption>\(DutchLabels.capitalised(documentCount(count))) in de volgorde van de run</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Titel</th><th scope=\"col\">Soort</th><th scope=\"col\">Niveau</th>"
        for status in CoverageStatus.allCases {
            html +=
                "<th scope=\"col\" class=\"num\"><span aria-hidden=\"true\">\(status.statusSymbol)</span> \(DutchLabels.capitalised(status.label))</th>"
        }
        html += "<th scope=\"col\" class=\"num\">Relevantie</th></tr></thead>\n<tbody>\n"
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
        html += "</tbody>\n</table></div>\n</section>\n"
    }

    /// "Over deze analyse" for a large run: the framework, versions and settings as in
    /// ``runSection(_:)``, the mapping files with their hashes, the input files counted (those that
    /// could not be read listed, up to ``overviewListLimit``) and the findings up to that limit;
    /// every input with its SHA-256 is in `run.json`.
    static func overviewRunSection(_ context: ReportContext, into html: inout String) {
        let manifest = context.manifest
        html += "<section id=\"run-info\">\n<details class=\"card\">\n<summary>Over deze analyse</summary>\n"
        html += runFacts(context)
        html += "<h3>Invoerbestanden</h3>\n"
        let unread = manifest.inputs.filter { $0.document == nil }
        let bytes = manifest.inputs.reduce(0) { $0 + $1.bytes }
        html +=
            "<p>\(DutchLabels.count(manifest.inputs.count)) invoerbestanden, samen \(DutchLabels.count(bytes)) bytes; \(unread.count) \(unread.count == 1 ? "kon" : "konden") niet worden gelezen. "
        html += "Elk invoerbestand staat met zijn grootte en SHA-256 in <code>run.json</code> in dezelfde map.</p>\n"
        if !unread.isEmpty {
            html += "<table class=\"plain\"><caption>Niet gelezen</caption><thead><tr><th scope=\"col\">Bestand</th>"
            html += "<th scope=\"col\" class=\"num\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
            for input in unread.prefix(overviewListLimit) {
                html += "<tr><td><code>\(HTML.escape(input.path))</code></td><td class=\"num\">\(input.bytes)</td>"
                html += "<td><code class=\"hash\">\(HTML.escape(input.sha256))</code></td></tr>\n"
            }
            html += "</tbody></table>\n" + more(unread.count, "bestanden")
        }
        if !manifest.mappings.isEmpty {
            html +=
                "<h3>Mappings</h3>\n<table class=\"plain\"><thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
            for file in manifest.mappings {
                html +=
                    "<tr><td><code>\(HTML.escape(file.path))</code></td><td><code class=\"hash\">\(HTML.escape(file.sha256))</code></td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        html += "<h3>Meldingen</h3>\n"
        if manifest.findings.isEmpty {
            html += "<p class=\"muted\">Geen meldingen.</p>\n"
        } else {
            html += "<ul class=\"findings\">\n"
            for finding in manifest.findings.prefix(overviewListLimit) {
                html += "<li><strong>\(HTML.escape(finding.severity.label))</strong>: \(HTML.escape(finding.message)) "
                html += "<span class=\"muted small\">(\(HTML.escape(finding.location.description)))</span></li>\n"
            }
            html += "</ul>\n" + more(manifest.findings.count, "meldingen")
        }
        html += "</details>\n</section>\n"
    }

    /// A note that `total - overviewListLimit` more `what` are in run.json, or nothing.
    private static func more(_ total: Int, _ what: String) -> String {
        guard total > overviewListLimit else { return "" }
        return
            "<p class=\"muted small\">En nog \(total - overviewListLimit) \(what); ze staan allemaal in <code>run.json</code>.</p>\n"
    }
}
