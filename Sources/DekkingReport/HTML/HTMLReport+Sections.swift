import DekkingCore
import DekkingFramework
import DekkingModel

extension HTMLReport {
    // MARK: - How to read

    /// "Hoe lees ik dit?": what the page shows and what scores and statuses mean, in plain Dutch.
    static func explanation(_ context: ReportContext) -> String {
        var thresholds = ""
        if let run = context.statusThresholds {
            thresholds =
                " In deze analyse geldt: vanaf \(HTML.percent(run.covered)) <em>gedekt</em>, vanaf \(HTML.percent(run.partial)) <em>deels</em>, daaronder <em>ontbreekt</em>."
        }
        guard context.isDetailed else {
            return Templates.overviewExplanation.render([
                "documents": DutchLabels.documents(context.overview.documents.count), "thresholds": thresholds,
                "legend": legend(withDecisions: false),
            ])
        }
        return Templates.explanation.render([
            "thresholds": thresholds, "legend": legend(withDecisions: true),
            "runWide": showsRun(context)
                ? " Daaronder staat voor alle documenten samen hoeveel van hen elke competentie en indicator dekken."
                : "",
        ])
    }

    /// The legend of the statuses, and of the mark of a user's decision when `withDecisions`.
    private static func legend(withDecisions: Bool) -> String {
        var html = "<ul class=\"legend\" aria-label=\"Legenda\">\n"
        for status in CoverageStatus.allCases {
            html +=
                "<li><span class=\"swatch \(status.statusClass)\" aria-hidden=\"true\">\(status.statusSymbol)</span> "
            html +=
                "<span><strong>\(DutchLabels.capitalised(status.label))</strong>: \(DutchLabels.meaning(status))</span></li>\n"
        }
        if withDecisions {
            html +=
                "<li><span class=\"swatch\" aria-hidden=\"true\"><span class=\"ovr\">✎</span></span> <span>een gebruiker heeft een indicator bevestigd of afgewezen</span></li>\n"
        }
        return html + "</ul>\n"
    }

    // MARK: - Gaps

    /// Per document: the competencies that are missing or only partly covered, and the indicators
    /// that would close the gap.
    static func gapSection(_ context: ReportContext) -> String {
        guard context.isDetailed else { return "" }
        let indicatorTexts = Dictionary(
            context.framework.indicators.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var html = ""
        for (document, first) in zip(context.result.documents, GapPriorities.of(context)) {
            let gaps = document.competencies.filter { $0.status == .gap }
            let partial = document.competencies.filter { $0.status == .partial }
            html += "<details class=\"card gap-doc\" data-doc=\"\(HTML.escape(document.id))\">\n"
            html += "<summary><h3>\(HTML.escape(document.title.isEmpty ? document.id : document.title))</h3> "
            html += "<span class=\"muted small\">– \(gaps.count) ontbreekt, \(partial.count) deels</span></summary>\n"
            if gaps.isEmpty && partial.isEmpty {
                html += "<p>Alle competenties zijn gedekt.</p>\n"
            }
            let outsideField = context.fieldWarning.map { document.fieldRelevance < $0 } ?? false
            html += priorities(first, document: document, outsideField: outsideField)
            for (title, list) in [("Ontbreekt", gaps), ("Deels gedekt", partial)] where !list.isEmpty {
                html += "<h4>\(title) (\(list.count))</h4>\n<ul class=\"gap-list\">\n"
                for coverage in list {
                    html += gapItem(coverage, document: document, framework: context.framework, texts: indicatorTexts)
                }
                html += "</ul>\n"
            }
            html += "</details>\n"
        }
        return Templates.gaps.render(["documents": html])
    }

    private static func gapItem(
        _ coverage: CompetencyCoverage, document: DocumentCoverage, framework: Framework, texts: [String: String]
    ) -> String {
        let title = framework.competency(coverage.id)?.title ?? ""
        var html =
            "<li data-competency=\"\(HTML.escape(coverage.id))\"><span class=\"badge \(coverage.status.statusClass)\">"
        html +=
            "\(coverage.status.statusSymbol) \(HTML.percent(coverage.score))</span> <span class=\"cid\">\(HTML.escape(coverage.id))</span> "
        html += "<strong>\(HTML.escape(title))</strong>\n"
        let open = coverage.indicators.filter { $0.status != .covered }
        if !open.isEmpty {
            html +=
                "<div class=\"suggest\">Suggestie: beschrijf in \(document.kind.placeForAdditions) dat de professional:<ul>"
            for indicator in open {
                let mark = indicator.status == .partial ? " <span class=\"muted\">(nu deels)</span>" : ""
                html += "<li>\(HTML.escape(texts[indicator.id] ?? indicator.id))\(mark)</li>"
            }
            html += "</ul></div>"
        }
        html += "</li>\n"
        return html
    }

    // MARK: - Run metadata

    /// At most this many unread input files and this many findings are listed on the page of a
    /// large run; `run.json` beside it holds them all.
    static let overviewListLimit = 50

    /// "Over deze analyse": the framework, versions and settings, the input files, the mapping
    /// files with their hashes, and the findings. A detailed run lists every input file with its
    /// hash and every finding; a large run counts its input files, lists those that could not be
    /// read and the findings up to ``overviewListLimit``, and refers to `run.json` for the rest.
    static func runSection(_ context: ReportContext) -> String {
        let manifest = context.manifest
        var mappings = ""
        if !manifest.mappings.isEmpty {
            mappings =
                "<h3>Mappings</h3>\n<table class=\"plain\"><thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
            for file in manifest.mappings {
                mappings +=
                    "<tr><td><code>\(HTML.escape(file.path))</code></td><td><code class=\"hash\">\(HTML.escape(file.sha256))</code></td></tr>\n"
            }
            mappings += "</tbody></table>\n"
        }
        let findings =
            manifest.findings + context.result.documents.flatMap(\.findings).filter { !manifest.findings.contains($0) }
        return Templates.runInfo.render([
            "facts": runFacts(context),
            "inputs": context.isDetailed ? inputTable(manifest) : inputCount(manifest),
            "mappings": mappings,
            "findings": findingList(findings, limit: context.isDetailed ? nil : overviewListLimit),
        ])
    }

    /// Every input file with its document, kind, level, size and hash.
    private static func inputTable(_ manifest: RunManifest) -> String {
        var html =
            "<table class=\"plain\"><thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">Document</th><th scope=\"col\">Soort</th><th scope=\"col\">Niveau</th>"
        html += "<th scope=\"col\" class=\"num\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
        for input in manifest.inputs {
            html +=
                "<tr><td><code>\(HTML.escape(input.path))</code></td><td>\(HTML.escape(input.document ?? "niet gelezen"))</td>"
            html +=
                "<td>\(input.kind.map { HTML.escape(DutchLabels.kind($0)) } ?? "–")</td><td>\(HTML.escape(input.level?.rawValue ?? "–"))</td>"
            html +=
                "<td class=\"num\">\(input.bytes)</td><td><code class=\"hash\">\(HTML.escape(input.sha256))</code></td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// The input files counted, and those that could not be read listed up to ``overviewListLimit``.
    private static func inputCount(_ manifest: RunManifest) -> String {
        let unread = manifest.inputs.filter { $0.document == nil }
        let bytes = manifest.inputs.reduce(0) { $0 + $1.bytes }
        var html =
            "<p>\(DutchLabels.count(manifest.inputs.count)) invoerbestanden, samen \(DutchLabels.count(bytes)) bytes; \(unread.count) \(unread.count == 1 ? "kon" : "konden") niet worden gelezen. "
        html += "Elk invoerbestand staat met zijn grootte en SHA-256 in <code>run.json</code> in dezelfde map.</p>\n"
        guard !unread.isEmpty else { return html }
        html += "<table class=\"plain\"><caption>Niet gelezen</caption><thead><tr><th scope=\"col\">Bestand</th>"
        html += "<th scope=\"col\" class=\"num\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
        for input in unread.prefix(overviewListLimit) {
            html += "<tr><td><code>\(HTML.escape(input.path))</code></td><td class=\"num\">\(input.bytes)</td>"
            html += "<td><code class=\"hash\">\(HTML.escape(input.sha256))</code></td></tr>\n"
        }
        return html + "</tbody></table>\n" + more(unread.count, "bestanden")
    }

    /// The findings, the first `limit` of them when there is a limit.
    private static func findingList(_ findings: [Finding], limit: Int?) -> String {
        guard !findings.isEmpty else { return "<p class=\"muted\">Geen meldingen.</p>\n" }
        var html = "<ul class=\"findings\">\n"
        for finding in findings.prefix(limit ?? findings.count) {
            html += "<li><strong>\(HTML.escape(finding.severity.label))</strong>: \(HTML.escape(finding.message)) "
            html += "<span class=\"muted small\">(\(HTML.escape(finding.location.description)))</span></li>\n"
        }
        return html + "</ul>\n" + (limit.map { more(findings.count, "meldingen", limit: $0) } ?? "")
    }

    /// A note that the `what` beyond the first `limit` of `total` are in run.json, or nothing.
    private static func more(_ total: Int, _ what: String, limit: Int = overviewListLimit) -> String {
        guard total > limit else { return "" }
        return
            "<p class=\"muted small\">En nog \(total - limit) \(what); ze staan allemaal in <code>run.json</code>.</p>\n"
    }

    /// The facts of the run (framework, run, versions) and its settings, side by side: the top of
    /// "Over deze analyse" on both the full and the overview page.
    static func runFacts(_ context: ReportContext) -> String {
        let manifest = context.manifest
        var html = "<div class=\"run-grid\">\n<dl>"
        html += "<dt>Kader</dt><dd>\(HTML.escape(context.framework.title))</dd>"
        html += "<dt>Kader-id</dt><dd><code>\(HTML.escape(manifest.framework))</code></dd>"
        html += "<dt>Kaderversie</dt><dd>\(HTML.escape(manifest.frameworkVersion))</dd>"
        html += "<dt>Run</dt><dd>\(HTML.escape(manifest.name))</dd>"
        html += "<dt>Gestart</dt><dd>\(HTML.escape(displayTime(manifest.startedAt)))</dd>"
        html += "<dt>Dekking-versie</dt><dd>\(HTML.escape(manifest.toolVersion))</dd>"
        html += "</dl>\n"
        if !manifest.settings.isEmpty {
            html +=
                "<div><h3>Instellingen</h3><table class=\"plain\"><thead><tr><th>Instelling</th><th class=\"num\">Waarde</th></tr></thead><tbody>"
            for (key, value) in DutchLabels.ordered(manifest.settings) {
                let label = DutchLabels.setting(key).map(HTML.escape) ?? "<code>\(HTML.escape(key))</code>"
                html +=
                    "<tr data-setting=\"\(HTML.escape(key))\"><td>\(label)</td><td class=\"num\">\(formatSetting(value))</td></tr>"
            }
            html += "</tbody></table></div>\n"
        }
        return html + "</div>\n"
    }

    private static func formatSetting(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
