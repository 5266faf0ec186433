import DekkingCore
import DekkingFramework

extension HTMLReport {
    /// The page of a run too large to show document by document (`report.html` above the detail
    /// limit), in Dutch, from the run's ``RunOverview``.
    ///
    /// It holds a header (framework, number and kinds of documents, date of the analysis), a short
    /// explanation of why the documents are not shown in full and where their details are,
    /// "Dekking per competentie" (per cluster a table of competencies with the number and share of
    /// documents that cover them, each expandable to its indicators), the startbekwaam statements
    /// when any document was matched against the profiles, one compact row per document, and the
    /// run's metadata. Like ``render(_:)`` it is self-contained, loads nothing and reads without
    /// script; a small script only filters the documents table and opens every `<details>` for print.
    ///
    /// No evidence and no per-document competency cells are written: the text grows by about 120
    /// bytes per document plus its id and title (input files and findings of the manifest are
    /// counted, not listed), and is built in one buffer in time linear in the documents. The same context and overview always give the same text.
    ///
    /// Stable hooks for tests and tooling: `section#competenties` with `tr[data-competency]` and
    /// `tr[data-indicator]`, `section#startbekwaam` with `tr[data-statement]`, `table#documenten`.
    static func renderOverview(_ context: ReportContext, _ overview: RunOverview) -> String {
        var html = ""
        html.reserveCapacity(60_000 + overview.documents.count * 200)
        html += HTML.pageStart(
            title: "Overzicht van de run – \(context.framework.title)", toolVersion: context.manifest.toolVersion,
            styles: baseStyles + overviewStyles)
        html += "<a class=\"skip\" href=\"#competenties\">Direct naar de dekking per competentie</a>\n"
        overviewHeader(context, overview, into: &html)
        html += "<main>\n"
        overviewExplanation(context, overview, into: &html)
        competencySection(overview, into: &html)
        statementSection(overview, into: &html)
        documentSection(overview, into: &html)
        overviewRunSection(context, into: &html)
        html += "</main>\n"
        html += """
            <footer>Gemaakt met Dekking \(HTML.escape(context.manifest.toolVersion)). Alles is op uw eigen computer berekend; \
            dit bestand haalt niets van internet op. De statussen zijn een automatische inschatting op basis van woorden \
            in de documenten: bekijk de onderbouwing in coverage.csv of coverage.json voordat u conclusies trekt.</footer>
            <script>\(overviewScript)</script>
            </body>
            </html>

            """
        return html
    }

    /// `1 document` or `5.000 documenten`.
    static func documentCount(_ count: Int) -> String { DutchLabels.documents(count) }

    private static func overviewHeader(_ context: ReportContext, _ overview: RunOverview, into html: inout String) {
        let framework = context.framework
        html += "<header class=\"page-head\">\n<p class=\"eyebrow\">Dekkingsrapport · overzicht van de run</p>\n"
        html += "<h1>\(HTML.escape(framework.title))</h1>\n"
        let sub = [
            "Kader \(HTML.escape(framework.id)), versie \(HTML.escape(framework.version))",
            documentCount(overview.documents.count),
            "\(framework.competencies.count) competenties in \(framework.clusters.count) clusters",
            "analyse van \(HTML.escape(displayTime(context.manifest.startedAt)))",
        ]
        html += "<p class=\"sub\">\(sub.joined(separator: " · "))</p>\n"
        let kinds = DocumentKind.allCases.compactMap { kind in
            overview.kinds[kind].map { "\(HTML.escape(DutchLabels.kind(kind))): \($0)" }
        }
        if !kinds.isEmpty {
            html += "<p class=\"sub\" id=\"kinds\">Soorten documenten: \(kinds.joined(separator: " · "))</p>\n"
        }
        html += "</header>\n"
    }

    private static func overviewExplanation(_ context: ReportContext, _ overview: RunOverview, into html: inout String)
    {
        let count = overview.documents.count
        var thresholds = ""
        if let covered = context.manifest.settings["covered"], let partial = context.manifest.settings["partial"] {
            thresholds =
                " In deze analyse geldt: vanaf \(HTML.percent(covered)) <em>gedekt</em>, vanaf \(HTML.percent(partial)) <em>deels</em>, daaronder <em>ontbreekt</em>."
        }
        html += """
            <section id="uitleg" class="card">
            <h2>Hoe lees ik dit?</h2>
            <p>Deze run bevat <strong>\(documentCount(count))</strong>: te veel om elk document hier volledig te tonen. \
            Deze pagina laat daarom zien <strong>hoeveel documenten</strong> elke competentie en elke indicator van het kader dekken. \
            De scores per document en de onderbouwing (de gevonden passages) staan in <code>coverage.csv</code>, \
            <code>coverage.json</code> en <code>matrix.csv</code> in dezelfde map als deze pagina. \
            Wilt u het rapport per document met de onderbouwing zien, analyseer dan minder documenten tegelijk \
            of verhoog de grens met <code>--detail-limit</code>.</p>
            <p>Per competentie staat hoeveel documenten haar dekken, deels dekken of niet beschrijven, als aantal en als deel van \
            de documenten; de balk toont dezelfde verdeling. De gemiddelde score (0–100%) is het gemiddelde over die documenten. \
            Een indicator telt alleen mee bij de documenten die op zijn niveau (mbo of hbo) zijn beoordeeld.\(thresholds)</p>
            <ul class="legend" aria-label="Legenda">
            <li><span class="swatch s-covered" aria-hidden="true">●</span> <span><strong>Gedekt</strong>: duidelijk beschreven</span></li>
            <li><span class="swatch s-partial" aria-hidden="true">◐</span> <span><strong>Deels</strong>: aangestipt, maar niet duidelijk of niet volledig</span></li>
            <li><span class="swatch s-gap" aria-hidden="true">○</span> <span><strong>Ontbreekt</strong>: niet gevonden</span></li>
            </ul>
            </section>

            """
    }
}
