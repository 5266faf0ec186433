import DekkingModel
import Foundation
import Testing

@testable import DekkingReport

/// report.html on a small synthetic context: structure, self-containment, escaping, determinism.
@Suite struct HTMLReportTests {
    let html = (try? HTMLReport.render(HTMLFixtures.context)) ?? "(de pagina kon niet worden gemaakt)"

    func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The text of the embedded JSON data block.
    func embeddedJSON() throws -> String {
        let marker = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(html.range(of: marker))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The text between `start` and the next `end` after it.
    func slice(from start: String, to end: String, in text: String) throws -> String {
        let from = try #require(text.range(of: start))
        let to = try #require(text.range(of: end, range: from.upperBound..<text.endIndex))
        return String(text[from.upperBound..<to.lowerBound])
    }

    @Test func hasOneRowPerCompetencyAndOneColumnPerDocument() throws {
        let matrix = try slice(from: "<table id=\"matrix\">", to: "</table>", in: html)
        #expect(occurrences(of: "<tr data-competency=", in: matrix) == 3)
        #expect(occurrences(of: "<th scope=\"col\" data-doc=", in: html) == 2)
        #expect(occurrences(of: "<tbody data-cluster=", in: html) == 2)
        #expect(html.contains("<table id=\"matrix\">"))
        for document in ["kd-schuldhulp", "functie-budgetcoach"] {
            for competency in ["1.1", "1.2", "2.1"] {
                #expect(
                    occurrences(of: "data-doc=\"\(document)\" data-competency=\"\(competency)\"", in: html) == 1,
                    "\(document) \(competency)")
            }
        }
        #expect(html.contains("id=\"evidence\""))
    }

    @Test func cellsCarrySymbolPercentageAndAccessibleLabel() {
        #expect(html.contains("data-doc=\"kd-schuldhulp\" data-competency=\"1.1\" data-status=\"covered\""))
        #expect(html.contains("<span class=\"sym\" aria-hidden=\"true\">●</span><span aria-hidden=\"true\">72%</span>"))
        #expect(
            html.contains(
                "competentie 1.1 Contact leggen met de cliënt: gedekt, score 72%, met handmatige beoordeling. Toon onderbouwing."
            ))
        #expect(html.contains("<span class=\"sym\" aria-hidden=\"true\">○</span><span aria-hidden=\"true\">5%</span>"))
    }

    @Test func loadsNothingFromTheNetwork() {
        let lower = html.lowercased()
        #expect(!lower.contains(" src="))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<iframe"))
        // Every href is an in-page anchor.
        let hrefs = lower.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") }, "\(hrefs)")
        #expect(!lower.contains("http://") && !lower.contains("https://"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func documentTextCannotBreakOutOfTheScriptElements() throws {
        #expect(occurrences(of: "<script", in: html) == 2)
        #expect(occurrences(of: "</script>", in: html) == 2)
        #expect(!html.contains("<script>alert(1)"))
        // In markup the text is escaped; in the data block it is JSON-escaped.
        #expect(html.contains("Functie Budgetcoach &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        let json = try embeddedJSON()
        #expect(!json.contains("<") && !json.contains(">"))
        #expect(json.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
    }

    @Test func embeddedDataRoundTrips() throws {
        struct Embedded: Decodable {
            struct FrameworkPart: Decodable {
                struct ClusterPart: Decodable {
                    struct CompetencyPart: Decodable {
                        struct IndicatorPart: Decodable {
                            var id: String
                            var text: String
                        }
                        var id: String
                        var indicators: [IndicatorPart]
                    }
                    var competencies: [CompetencyPart]
                }
                var id: String
                var clusters: [ClusterPart]
            }
            var framework: FrameworkPart
            var documents: [DocumentCoverage]
        }
        let decoded = try JSONDecoder().decode(Embedded.self, from: Data(try embeddedJSON().utf8))
        #expect(decoded.documents == HTMLFixtures.context.result.documents)
        #expect(decoded.framework.id == "test-kader")
        let texts = decoded.framework.clusters.flatMap(\.competencies).flatMap(\.indicators)
        #expect(texts.map(\.id) == HTMLFixtures.framework.indicators.map(\.id))
        #expect(
            texts.first { $0.id == "1.1-mbo-2" }?.text
                == "Bespreekt de financiële situatie, ook \(HTMLFixtures.hostile).")
    }

    /// Data that cannot be JSON is an error, never a page without its data.
    @Test func dataThatCannotBeEncodedIsAnErrorNotAnEmptyPage() throws {
        var result = HTMLFixtures.context.result
        try #require(!result.documents.isEmpty && !result.documents[0].competencies.isEmpty)
        result.documents[0].competencies[0].score = .nan
        let context = ReportContext(
            result: result, framework: HTMLFixtures.framework, manifest: HTMLFixtures.context.manifest)
        #expect(throws: HTMLReport.DataError.self) { try HTMLReport.render(context) }
        do {
            _ = try HTMLReport.render(context)
        } catch {
            #expect(error.description.hasPrefix("report.html: de gegevens van de pagina kunnen niet als JSON"))
        }
    }

    @Test func isDeterministicAndKeepsDiacritics() throws {
        #expect(try HTMLReport.render(HTMLFixtures.context) == html)
        #expect(html.contains("Kwalificatiedossier Schuldhulp – cliënt &amp; geld"))
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nl\">"))
    }

    @Test func listsGapsWithSuggestionsPerDocument() {
        #expect(occurrences(of: "<details class=\"card gap-doc\"", in: html) == 2)
        // The kwalificatiedossier misses 2.1; the suggestion names its open indicator and where to write it.
        #expect(
            html.contains(
                "Suggestie: beschrijf in een werkproces of kerntaak dat de professional:<ul><li>Werkt samen met ketenpartners.</li>"
            ))
        // The function description partly covers 1.1: both open indicators are suggested, the partial one marked.
        #expect(
            html.contains(
                "Suggestie: beschrijf in een resultaatgebied of taak dat de professional:<ul><li>Legt contact met de cliënt en luistert actief. <span class=\"muted\">(nu deels)</span></li>"
            ))
    }

    /// Each document's part of the gaps starts with "Eerst aanpakken", from the same value as gaps.md.
    @Test func eachDocumentsGapsStartWithWhatToTakeOnFirst() throws {
        let priorities = GapPriorities.of(HTMLFixtures.context)
        #expect(priorities.count == 2)
        let markdown = GapsMarkdown.render(HTMLFixtures.context)
        for (document, first) in zip(HTMLFixtures.context.result.documents, priorities) {
            let start = try #require(html.range(of: "<details class=\"card gap-doc\" data-doc=\"\(document.id)\">"))
            let part = html[start.upperBound...]
            let end = try #require(part.range(of: "</details>")).lowerBound
            let section = String(part[..<end])
            let lead = try #require(section.range(of: "<h4>Eerst aanpakken</h4>")).lowerBound
            if let list = section.range(of: "<h4>Ontbreekt") ?? section.range(of: "<h4>Deels gedekt") {
                #expect(lead < list.lowerBound)
            }
            let items = first.groups.flatMap(\.items)
            #expect(!items.isEmpty)
            for item in items {
                #expect(section.contains("<li data-competency=\"\(item.competency.id)\">"))
                for proposal in item.proposals {
                    #expect(section.contains("<li data-indicator=\"\(proposal.indicator.id)\">"))
                }
                if !item.phrasing.isEmpty {
                    #expect(
                        section.contains("<blockquote class=\"phrasing\">\(HTML.escape(item.phrasing))</blockquote>"))
                    #expect(markdown.contains("> " + MarkdownText.escape(item.phrasing)))
                }
            }
        }
    }

    /// Education documents carry their startbekwaam view: per cluster a status and score, per
    /// statement whether it is described, with the passage (escaped, matched words marked).
    @Test func showsTheStartbekwaamViewOfEducationDocuments() throws {
        #expect(!html.contains("id=\"startbekwaam\""), "no document in the fixture was matched against the profiles")
        var kd = HTMLFixtures.kd
        kd.startbekwaam = [
            ProfileCoverage(
                clusterID: "1", score: 0.5, status: .covered,
                statements: [
                    StatementCoverage(
                        text: "Legt contact met cliënten.", score: 0.7, status: .covered,
                        evidence: [
                            Evidence(
                                segment: 3, text: "De medewerker legt contact met de cliënt. \(HTMLFixtures.hostile)",
                                code: "B1-K1-W2",
                                headingPath: ["Basisdeel"], page: 4, score: 0.7, matchedTerms: ["contact"])
                        ]),
                    StatementCoverage(
                        id: "1-startbekwaam-2", text: "Werkt methodisch.", score: 0.1, status: .gap, evidence: [],
                        override: .rejected, overrideNote: "niet in het <b>dossier</b>"),
                ]),
            ProfileCoverage(
                clusterID: "2", score: 0.0, status: .gap,
                statements: [
                    StatementCoverage(text: "Kent de sociale kaart.", score: 0, status: .gap, evidence: [])
                ]),
        ]
        var result = HTMLFixtures.context.result
        result.documents = [kd, HTMLFixtures.function]
        let page = try HTMLReport.render(
            ReportContext(result: result, framework: HTMLFixtures.framework, manifest: HTMLFixtures.context.manifest))
        #expect(occurrences(of: "<details class=\"card profile-doc\"", in: page) == 1)
        #expect(page.contains("<details class=\"card profile-doc\" data-doc=\"kd-schuldhulp\">"))
        #expect(page.contains("– 1 van 2 clusters gedekt, 0 deels"))
        #expect(
            page.contains(
                "<span class=\"cid\">1</span> Cliënt centraal</td><td><span class=\"badge s-covered\">● gedekt</span></td><td class=\"num\">50%</td>"
            ))
        #expect(page.contains("1 van 2 beschreven"))
        #expect(
            page.contains(
                "Legt contact met cliënten.<blockquote>De medewerker legt <mark>contact</mark> met de cliënt."))
        #expect(page.contains("(B1-K1-W2 · Basisdeel · pagina 4)"))
        // A statement with an id carries it for the decision buttons, and shows the user's decision.
        #expect(
            page.contains(
                "<li class=\"gap\" data-doc=\"kd-schuldhulp\" data-item=\"1-startbekwaam-2\"><span class=\"sym\" aria-hidden=\"true\">○</span> <span class=\"visually-hidden\">ontbreekt: </span>Werkt methodisch. <span class=\"override\">✎ handmatig afgewezen: niet in het &lt;b&gt;dossier&lt;/b&gt;</span></li>"
            ))
        #expect(
            page.contains(
                "<li class=\"gap\"><span class=\"sym\" aria-hidden=\"true\">○</span> <span class=\"visually-hidden\">ontbreekt: </span>Kent de sociale kaart.</li>"
            ))
        #expect(!page.contains("<script>alert(1)"))
        // After the gap list, before the run metadata.
        let positions = ["id=\"gaps\"", "id=\"startbekwaam\"", "id=\"run-info\""].compactMap {
            page.range(of: $0)?.lowerBound
        }
        #expect(positions.count == 3 && positions == positions.sorted())
    }

    @Test func showsRunMetadataAndHelp() {
        #expect(html.contains("Hoe lees ik dit?"))
        #expect(html.contains("vanaf 55% <em>gedekt</em>, vanaf 30% <em>deels</em>"))
        #expect(html.contains(String(repeating: "a", count: 64)))
        #expect(html.contains("<code>Mappings/thresholds.yaml</code>"))
        #expect(html.contains("override voor onbekende indicator"))
        #expect(html.contains("02-01-2025 03:04 UTC"))
        #expect(html.contains("Dekking-versie</dt><dd>9.9.9"))
        #expect(html.contains("lijkt weinig over sociaal-financiële dienstverlening te gaan (relevantie 10%)"))
    }

    /// The warning's limit is the run's own setting: a lower `fieldWarning` silences it, and a
    /// manifest that records none (an earlier version's) shows none.
    @Test func theFieldWarningFollowsTheRunsSetting() throws {
        var context = HTMLFixtures.context
        context.manifest.settings["fieldWarning"] = 0.05
        #expect(!(try HTMLReport.render(context)).contains("lijkt weinig over"))
        context.manifest.settings["fieldWarning"] = nil
        #expect(!(try HTMLReport.render(context)).contains("lijkt weinig over"))
        context.manifest.settings["fieldWarning"] = 0.5
        #expect(try HTMLReport.render(context).contains("lijkt weinig over"))
    }

    @Test func highlightMarksWholeWordsAndEscapes() {
        let marked = HTML.highlight("De cliënt <b>cliënten</b> & Cliënt.", terms: ["cliënt"])
        #expect(marked == "De <mark>cliënt</mark> &lt;b&gt;cliënten&lt;/b&gt; &amp; <mark>Cliënt</mark>.")
        #expect(
            HTML.highlight("sociaal-financiële zaken", terms: ["financiële", "sociaal-financiële"])
                == "<mark>sociaal-financiële</mark> zaken")
    }

    /// A run of several documents also shows the run as a whole, from the same overview a large
    /// run's page uses; the per-document parts stay, and the large run's document table is left out.
    @Test func severalDocumentsAlsoShowTheRunAsAWhole() throws {
        let section = try slice(from: "<section id=\"competenties\"", to: "</section>\n</section>", in: html)
        let row = try slice(from: "<tr data-competency=\"1.1\">", to: "</tr>", in: section)
        #expect(row.contains("Contact leggen met de cliënt</th><td class=\"num\">2</td>"))
        #expect(
            row.contains("<td class=\"num\">1 (50%)</td><td class=\"num\">1 (50%)</td><td class=\"num\">0 (0%)</td>"))
        #expect(html.contains("Daaronder staat voor alle documenten samen"))
        #expect(html.contains(HTMLAssets.overviewCSS) && html.contains(HTMLReport.overviewScript))
        #expect(!html.contains("id=\"documenten\"") && !html.contains("Deze run bevat"))
        #expect(
            occurrences(of: "id=\"expand-all\"", in: html) == 1 && occurrences(of: "id=\"tallies-open\"", in: html) == 1
        )
        #expect(occurrences(of: "<script", in: html) == 2)
    }

    /// A run of one document has nothing to count over documents: no run-wide section, style or script.
    @Test func oneDocumentShowsNoRunWideSection() throws {
        let fixture = HTMLFixtures.context
        let one = ReportContext(
            result: CoverageResult(framework: fixture.result.framework, documents: [HTMLFixtures.kd]),
            framework: fixture.framework, manifest: fixture.manifest)
        let page = try HTMLReport.render(one)
        #expect(page.contains("<table id=\"matrix\">") && page.contains("id=\"gaps\""))
        #expect(!page.contains("id=\"competenties\"") && !page.contains("id=\"toggles\""))
        #expect(!page.contains(HTMLAssets.overviewCSS) && !page.contains(HTMLReport.overviewScript))
        #expect(!page.contains("Daaronder staat voor alle documenten samen"))
        #expect(page.contains(HTMLReport.printScript))
    }

    @Test func snapshot() {
        assertSnapshot(html, named: "report.html")
    }
}
