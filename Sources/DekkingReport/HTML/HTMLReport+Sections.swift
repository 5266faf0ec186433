import DekkingFramework
import DekkingModel

extension HTMLReport {
    // MARK: - How to read

    /// "Hoe lees ik dit?": what scores and statuses mean, in plain Dutch.
    static func explanation(_ context: ReportContext) -> String {
        let settings = context.manifest.settings
        var thresholds = ""
        if let covered = settings["covered"], let partial = settings["partial"] {
            thresholds =
                " In deze analyse geldt: vanaf \(HTML.percent(covered)) <em>gedekt</em>, vanaf \(HTML.percent(partial)) <em>deels</em>, daaronder <em>ontbreekt</em>."
        }
        return """
            <section id="uitleg">
            <details class="card" open>
            <summary>Hoe lees ik dit?</summary>
            <div class="help">
            <div>
            <p>Elke rij is een competentie uit het kader, gegroepeerd per cluster; elke kolom is een document. \
            Een cel laat zien in hoeverre het document die competentie beschrijft. Klik op een cel (of gebruik Tab en Enter) \
            om de onderbouwing te zien: per indicator de score en de passages uit het document, met de gevonden woorden gemarkeerd.</p>
            <p>De <strong>score</strong> (0–100%) is de geschatte kans dat het document de competentie beschrijft: \
            dat het de kern van minstens één van haar indicatoren uitdrukt. Hij komt uit gedeelde woorden met de indicatoren \
            en de titel, kernwoorden van de competentie en (bij vakspecifieke competenties) de relevantie voor het vakgebied. \
            Indicatoren, competenties en clusters gebruiken één schaal: een competentie is zo sterk als haar beste indicator, \
            een cluster als zijn beste competentie. Een competentie wordt beoordeeld met de indicatoren van het niveau van het document \
            (mbo of hbo).\(thresholds)</p>
            <p>Onder de tabel staat per document wat ontbreekt of maar deels gedekt is, met suggesties wat u zou kunnen toevoegen. \
            Onderaan staat hoe deze analyse is gemaakt: welke bestanden, welke versie van het kader en welke instellingen.</p>
            </div>
            <div>
            <ul class="legend" aria-label="Legenda">
            <li><span class="swatch s-covered" aria-hidden="true">●</span> <span><strong>Gedekt</strong>: duidelijk beschreven</span></li>
            <li><span class="swatch s-partial" aria-hidden="true">◐</span> <span><strong>Deels</strong>: aangestipt, maar niet duidelijk of niet volledig</span></li>
            <li><span class="swatch s-gap" aria-hidden="true">○</span> <span><strong>Ontbreekt</strong>: niet gevonden</span></li>
            <li><span class="swatch" aria-hidden="true"><span class="ovr">✎</span></span> <span>een gebruiker heeft een indicator bevestigd of afgewezen</span></li>
            </ul>
            <p>De statussen zijn een automatische inschatting op basis van woorden en begrippen, geen oordeel over de kwaliteit \
            van een opleiding of functie. Bekijk bij twijfel de onderbouwing. Een gebruiker kan een indicator bevestigen of \
            afwijzen; dat is in de onderbouwing te zien als <em>bevestigd</em> of <em>afgewezen</em>.</p>
            </div>
            </div>
            </details>
            </section>

            """
    }

    // MARK: - Gaps

    /// Per document: the competencies that are missing or only partly covered, and the indicators
    /// that would close the gap.
    static func gapSection(_ context: ReportContext) -> String {
        let indicatorTexts = Dictionary(
            context.framework.indicators.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var html =
            "<section id=\"gaps\" aria-labelledby=\"gaps-title\">\n<h2 id=\"gaps-title\">Wat ontbreekt per document</h2>\n"
        html += "<p class=\"muted small\">Per document de competenties die ontbreken of maar deels gedekt zijn. "
        html +=
            "Bij elke competentie staan de indicatoren die het document nog niet duidelijk beschrijft: dat is wat u zou kunnen toevoegen.</p>\n"
        for document in context.result.documents {
            let gaps = document.competencies.filter { $0.status == .gap }
            let partial = document.competencies.filter { $0.status == .partial }
            html += "<details class=\"card gap-doc\" data-doc=\"\(HTML.escape(document.id))\">\n"
            html += "<summary><h3>\(HTML.escape(document.title.isEmpty ? document.id : document.title))</h3> "
            html += "<span class=\"muted small\">– \(gaps.count) ontbreekt, \(partial.count) deels</span></summary>\n"
            if gaps.isEmpty && partial.isEmpty {
                html += "<p>Alle competenties zijn gedekt.</p>\n"
            }
            for (title, list) in [("Ontbreekt", gaps), ("Deels gedekt", partial)] where !list.isEmpty {
                html += "<h4>\(title) (\(list.count))</h4>\n<ul class=\"gap-list\">\n"
                for coverage in list {
                    html += gapItem(coverage, document: document, framework: context.framework, texts: indicatorTexts)
                }
                html += "</ul>\n"
            }
            html += "</details>\n"
        }
        html += "</section>\n"
        return html
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

    /// "Over deze analyse": framework, versions, inputs with hashes, settings and warnings.
    static func runSection(_ context: ReportContext) -> String {
        let manifest = context.manifest
        var html = "<section id=\"run-info\">\n<details class=\"card\">\n<summary>Over deze analyse</summary>\n"
        html += runFacts(context)
        html +=
            "<h3>Invoerbestanden</h3>\n<table class=\"plain\"><thead><tr><th>Bestand</th><th>Document</th><th>Soort</th><th>Niveau</th>"
        html += "<th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead><tbody>\n"
        for input in manifest.inputs {
            html +=
                "<tr><td><code>\(HTML.escape(input.path))</code></td><td>\(HTML.escape(input.document ?? "niet gelezen"))</td>"
            html +=
                "<td>\(input.kind.map { HTML.escape(DutchLabels.kind($0)) } ?? "–")</td><td>\(HTML.escape(input.level?.rawValue ?? "–"))</td>"
            html +=
                "<td class=\"num\">\(input.bytes)</td><td><code class=\"hash\">\(HTML.escape(input.sha256))</code></td></tr>\n"
        }
        html += "</tbody></table>\n"
        if !manifest.mappings.isEmpty {
            html +=
                "<h3>Mappings</h3>\n<table class=\"plain\"><thead><tr><th>Bestand</th><th>SHA-256</th></tr></thead><tbody>\n"
            for file in manifest.mappings {
                html +=
                    "<tr><td><code>\(HTML.escape(file.path))</code></td><td><code class=\"hash\">\(HTML.escape(file.sha256))</code></td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        let findings =
            manifest.findings + context.result.documents.flatMap(\.findings).filter { !manifest.findings.contains($0) }
        html += "<h3>Meldingen</h3>\n"
        if findings.isEmpty {
            html += "<p class=\"muted\">Geen meldingen.</p>\n"
        } else {
            html += "<ul class=\"findings\">\n"
            for finding in findings {
                html += "<li><strong>\(HTML.escape(finding.severity.label))</strong>: \(HTML.escape(finding.message)) "
                html += "<span class=\"muted small\">(\(HTML.escape(finding.location.description)))</span></li>\n"
            }
            html += "</ul>\n"
        }
        html += "</details>\n</section>\n"
        return html
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
            for (name, value) in manifest.settings.sorted(by: { $0.key < $1.key }) {
                html +=
                    "<tr><td><code>\(HTML.escape(name))</code></td><td class=\"num\">\(formatSetting(value))</td></tr>"
            }
            html += "</tbody></table></div>\n"
        }
        return html + "</div>\n"
    }

    private static func formatSetting(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
