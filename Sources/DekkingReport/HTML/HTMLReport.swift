import DekkingCore
import DekkingFramework
import DekkingModel
import Foundation

/// The HTML report (`report.html`): one self-contained page for curriculum designers and CAO
/// parties, in Dutch, for every run.
///
/// A run shown document by document (``ReportContext/isDetailed``) gets a card per document, a
/// heatmap of competencies (rows, grouped by cluster) against documents (columns) with an evidence
/// panel per cell and filters, a gap list with suggestions per document and the startbekwaam
/// profile per education document. A run of several documents, and a run too large to show in
/// full, get the run as a whole: per competency and indicator how many documents cover it
/// ("Dekking per competentie"); a large run also counts the startbekwaam statements over its
/// documents and lists every document in one compact row, and leaves out all per-document detail.
/// Every page ends with the run's metadata.
///
/// The page is made from the templates under `HTML/Assets/` (`*.html`), its styles and scripts are
/// the resource files beside them, inline: the page makes no network request (its
/// Content-Security-Policy forbids them) and works offline. The data of a detailed page is embedded
/// as JSON in `<script type="application/json" id="report-data">`, escaped so that no document
/// text can end that element.
///
/// Stable hooks for tests and tooling: `table#matrix` with `tr[data-competency]` and
/// `button.cell[data-doc][data-competency]`, `#evidence` with `.indicator[data-indicator]`;
/// `section#competenties` with `tr[data-competency]` and `tr[data-indicator]`,
/// `section#startbekwaam`, `table#documenten`.
public enum HTMLReport {
    /// The page's data cannot be written as JSON (a score that is not a number): the page is not
    /// written, rather than written without its data.
    public struct DataError: Error, CustomStringConvertible {
        public let reason: String
        public var description: String {
            "report.html: de gegevens van de pagina kunnen niet als JSON worden geschreven (\(reason)); er is geen pagina zonder gegevens geschreven"
        }
    }

    /// Renders the page for `context`. The same context always gives the same text; its size is
    /// linear in the documents (about 120 bytes per document of a large run, plus its id and title).
    /// - Throws: ``DataError`` when the page's data cannot be encoded.
    public static func render(_ context: ReportContext) throws(DataError) -> String {
        let detailed = context.isDetailed
        let body = Templates.report.render([
            "skipTarget": detailed ? "matrix" : "competenties",
            "skipText": detailed ? "Direct naar de tabel" : "Direct naar de dekking per competentie",
            "header": header(context),
            "sections": sections.map { $0(context) }.joined(),
            "toolVersion": HTML.escape(context.manifest.toolVersion),
            "advice": detailed
                ? "lees de onderbouwing voordat u conclusies trekt."
                : "bekijk de onderbouwing in coverage.csv of coverage.json voordat u conclusies trekt.",
            "scripts": try scripts(context),
        ])
        let title = detailed ? "Dekkingsrapport" : "Overzicht van de run"
        return HTML.page(
            title: "\(title) – \(context.framework.title)", toolVersion: context.manifest.toolVersion,
            styles: styles(context), body: body)
    }

    /// The sections of the page under its header, in this order; a section that has nothing to
    /// show for a run is empty.
    static let sections: [@Sendable (ReportContext) -> String] = [
        explanation, workspace, gapSection, competencySection, startbekwaamSection, documentSection, runSection,
    ]

    /// Whether the page shows the run as a whole ("Dekking per competentie"): a run of several
    /// documents, or one too large to show document by document.
    static func showsRun(_ context: ReportContext) -> Bool {
        !context.isDetailed || context.result.documents.count > 1
    }

    /// The page's style sheets: the shared one, then those of the sections it has.
    private static func styles(_ context: ReportContext) -> String {
        (context.isDetailed ? baseStyles + reportStyles : baseStyles) + (showsRun(context) ? overviewStyles : "")
    }

    /// The page's scripts: a detailed page's data, then one `<script>` with the detailed page's
    /// script, the run-wide sections' script and the print preparation every page has.
    private static func scripts(_ context: ReportContext) throws(DataError) -> String {
        var scripts: [String] = []
        var data = ""
        if context.isDetailed {
            let json: String
            do {
                json = try HTML.embeddedJSON(
                    ReportData(framework: context.framework, documents: context.result.documents))
            } catch {
                throw DataError(reason: "\(error)")
            }
            data = "<script type=\"application/json\" id=\"report-data\">\(json)</script>\n"
            scripts.append(reportScript)
            scripts.append(reviewScript)
        }
        if showsRun(context) { scripts.append(overviewScript) }
        scripts.append(printScript)
        return data + "<script>\(scripts.joined(separator: "\n"))</script>"
    }

    // MARK: - Header

    /// The header: the framework, the number of documents and the date of the analysis; a card per
    /// document of a detailed run, the kinds of documents counted for a large one.
    private static func header(_ context: ReportContext) -> String {
        let framework = context.framework
        var html = "<header class=\"page-head\">\n"
        html +=
            "<p class=\"eyebrow\">\(context.isDetailed ? "Dekkingsrapport" : "Dekkingsrapport · overzicht van de run")</p>\n"
        html += "<h1>\(HTML.escape(framework.title))</h1>\n"
        let sub = [
            "Kader \(HTML.escape(framework.id)), versie \(HTML.escape(framework.version))",
            DutchLabels.documents(context.overview.documents.count),
            "\(framework.competencies.count) competenties in \(framework.clusters.count) clusters",
            "analyse van \(HTML.escape(displayTime(context.manifest.startedAt)))",
        ]
        html += "<p class=\"sub\">\(sub.joined(separator: " · "))</p>\n"
        if context.isDetailed {
            html += "<div class=\"docs\">\n"
            for document in context.result.documents { html += documentCard(document, context) }
            html += "</div>\n"
        } else {
            let kinds = DocumentKind.allCases.compactMap { kind in
                context.overview.kinds[kind].map { "\(HTML.escape(DutchLabels.kind(kind))): \($0)" }
            }
            if !kinds.isEmpty {
                html += "<p class=\"sub\" id=\"kinds\">Soorten documenten: \(kinds.joined(separator: " · "))</p>\n"
            }
        }
        return html + "</header>\n"
    }

    /// A document's card: its title, kind and level, a bar and the counts of its competencies per
    /// status, and a warning when it seems to be about another field.
    private static func documentCard(_ document: DocumentCoverage, _ context: ReportContext) -> String {
        let total = max(document.competencies.count, 1)
        let covered = document.competencies.filter { $0.status == .covered }.count
        let partial = document.competencies.filter { $0.status == .partial }.count
        let gaps = document.competencies.count - covered - partial
        var html = "<article class=\"doc-card\" data-doc=\"\(HTML.escape(document.id))\">\n"
        html += "<h2>\(HTML.escape(document.title.isEmpty ? document.id : document.title))</h2>\n"
        html += "<p class=\"meta\">\(DutchLabels.kind(document.kind)) · \(HTML.escape(document.levelsText))</p>\n"
        html += "<div class=\"bar\" aria-hidden=\"true\">"
        for (count, status) in [(covered, CoverageStatus.covered), (partial, .partial), (gaps, .gap)] where count > 0 {
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
        return html + "</article>\n"
    }

    /// `2025-11-23T09:05:00Z` → `23-11-2025 09:05 UTC`; anything else unchanged.
    static func displayTime(_ iso: String) -> String {
        let parts = iso.split(whereSeparator: { $0 == "T" || $0 == "Z" }).map(String.init)
        let date = parts.first?.split(separator: "-").map(String.init) ?? []
        guard parts.count >= 2, date.count == 3 else { return iso }
        let time = parts[1].split(separator: ":").prefix(2).joined(separator: ":")
        return "\(date[2])-\(date[1])-\(date[0]) \(time)\(iso.hasSuffix("Z") ? " UTC" : "")"
    }

    // MARK: - Workspace

    /// The filters, the heatmap and the evidence panel of a detailed run.
    static func workspace(_ context: ReportContext) -> String {
        guard context.isDetailed else { return "" }
        let clusters = context.framework.clusters.map {
            "<option value=\"\(HTML.escape($0.id))\">\(HTML.escape($0.id)). \(HTML.escape($0.title))</option>"
        }
        let levels = context.framework.levels.map {
            "<option value=\"\(HTML.escape($0.id.rawValue))\">\(HTML.escape($0.title))</option>"
        }
        let boxes = CoverageStatus.allCases.map {
            "<label><input type=\"checkbox\" name=\"status\" value=\"\($0.rawValue)\" checked> \($0.statusSymbol) \($0.label)</label>"
        }
        return Templates.workspace.render([
            "clusterOptions": clusters.joined(), "levelOptions": levels.joined(), "statusBoxes": boxes.joined(),
            "matrix": matrix(context), "units": unitMatrices(context),
        ])
    }
}
