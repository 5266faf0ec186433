import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingTestSupport
import Testing

@testable import DekkingReport

/// The overview page of a large run (`report.html` above the detail limit): what it counts, what it
/// leaves out, escaping, determinism and size.
@Suite struct HTMLOverviewTests {
    let html = Self.page(OverviewFixtures.overview)

    /// The page of the fixture's run with `overview` as the run as a whole.
    static func page(_ overview: RunOverview) -> String {
        let fixture = OverviewFixtures.context
        let context = ReportContext(
            result: fixture.result, framework: fixture.framework, manifest: fixture.manifest, overview: overview)
        return (try? HTMLReport.render(context)) ?? "(de pagina kon niet worden gemaakt)"
    }

    func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The text between `start` and the next `end` after it.
    func slice(from start: String, to end: String, in text: String) throws -> String {
        let from = try #require(text.range(of: start))
        let to = try #require(text.range(of: end, range: from.upperBound..<text.endIndex))
        return String(text[from.upperBound..<to.lowerBound])
    }

    @Test func headerNamesFrameworkDocumentsKindsAndDate() {
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nl\">"))
        #expect(html.contains("<h1>Testkader sociaal-financiële dienstverlening</h1>"))
        #expect(
            html.contains(
                "Kader test-kader, versie 2024-01 · 4 documenten · 3 competenties in 2 clusters · analyse van 02-01-2025 03:04 UTC"
            ))
        #expect(
            html.contains(
                "Soorten documenten: Kwalificatiedossier: 1 · Opleidingsprofiel: 1 · Functiebeschrijving: 1 · Vacature: 1"
            ))
        #expect(
            html.contains(
                "Deze run bevat <strong>4 documenten</strong>: te veel om elk document hier volledig te tonen."))
        #expect(html.contains("<code>--detail-limit</code>"))
    }

    @Test func competencyRowShowsTheTallyOfItsDocuments() throws {
        let tally = OverviewFixtures.overview.competencies[0]
        #expect((tally.covered, tally.partial, tally.gap) == (2, 1, 1))
        let row = try slice(from: "<tr data-competency=\"1.1\">", to: "</tr>", in: html)
        #expect(row.contains("Contact leggen met de cliënt</th><td class=\"num\">4</td>"))
        #expect(
            row.contains(
                "<td class=\"num\">2 (50%)</td><td class=\"num\">1 (25%)</td><td class=\"num\">1 (25%)</td><td class=\"num\">55%</td>"
            ))
        #expect(
            row.contains(
                "<span class=\"s-covered\" style=\"width:50.00%\"></span><span class=\"s-partial\" style=\"width:25.00%\"></span>"
            ))
        #expect(occurrences(of: "<tr data-competency=", in: html) == 3)
    }

    @Test func indicatorRowsCountOnlyDocumentsAtTheirLevel() throws {
        let tally = OverviewFixtures.overview.indicators[3]  // 1.2-mbo-1 in framework order
        #expect((tally.covered, tally.partial, tally.gap) == (0, 1, 3))
        let row = try slice(from: "<tr data-indicator=\"1.2-mbo-1\">", to: "</tr>", in: html)
        #expect(
            row.contains(
                "<abbr class=\"level\" title=\"mbo\">mbo</abbr> Brengt schulden en betalingsachterstanden in kaart.</th><td class=\"num\">4</td>"
            ))
        #expect(
            row.contains(
                "<td class=\"num\">0 (0%)</td><td class=\"num\">1 (25%)</td><td class=\"num\">3 (75%)</td><td class=\"num\">14%</td>"
            ))
        // A rejected match counts as a gap: 2.1-mbo-1 is covered in three of four documents.
        #expect(
            try slice(from: "<tr data-indicator=\"2.1-mbo-1\">", to: "</tr>", in: html).contains(
                "<td class=\"num\">3 (75%)</td><td class=\"num\">0 (0%)</td><td class=\"num\">1 (25%)</td>"))
        // No document was matched at hbo: nothing to share out.
        #expect(
            try slice(from: "<tr data-indicator=\"1.1-hbo-1\">", to: "</tr>", in: html).contains(
                "<td class=\"num\">0</td><td><span class=\"tbar\" aria-hidden=\"true\"></span></td><td class=\"num\">0 (–)</td>"
            ))
        #expect(occurrences(of: "<tr data-indicator=", in: html) == OverviewFixtures.framework.indicators.count)
        #expect(occurrences(of: "<details><summary>Indicatoren van ", in: html) == 3)
    }

    @Test func documentsTableHasOneCompactRowPerDocument() throws {
        let body = try slice(from: "<table class=\"plain\" id=\"documenten\">", to: "</tbody>", in: html)
        #expect(occurrences(of: "<tr><th scope=\"row\">", in: body) == 4)
        #expect(
            body.contains(
                "<tr><th scope=\"row\">op-hogeschool-veldhoven</th><td>Opleidingsprofiel Sociaal Werk, Hogeschool Veldhoven</td>"
                    + "<td>Opleidingsprofiel</td><td>mbo</td><td>1</td><td>0</td><td>2</td><td>70%</td></tr>"))
        #expect(!html.contains("data-doc="))
    }

    @Test func noEvidenceOrNoteOfTheInputsAppears() {
        let texts = OverviewFixtures.documents.flatMap { document in
            document.competencies.flatMap(\.indicators).flatMap {
                $0.evidence.map(\.text) + [$0.overrideNote].compactMap { $0 }
            }
                + (document.startbekwaam ?? []).flatMap(\.statements).flatMap(\.evidence).map(\.text)
        }
        #expect(texts.count >= 6)
        for text in texts {
            #expect(!html.contains(text) && !html.contains(HTML.escape(text)), "\(text)")
        }
    }

    @Test func startbekwaamStatementsOnlyWithProfileDocuments() throws {
        let row = try slice(from: "<tr data-statement=\"1-1\">", to: "</tr>", in: html)
        #expect(row.contains("Legt contact met cliënten.</th><td class=\"num\">2</td>"))
        #expect(
            row.contains("<td class=\"num\">1 (50%)</td><td class=\"num\">1 (50%)</td><td class=\"num\">0 (0%)</td>"))
        #expect(html.contains("2 documenten zijn met deze profielen vergeleken"))
        var withoutProfiles = RunOverview(framework: OverviewFixtures.framework)
        for var document in OverviewFixtures.documents {
            document.startbekwaam = nil
            withoutProfiles.add(document)
        }
        let page = Self.page(withoutProfiles)
        #expect(!page.contains("id=\"startbekwaam\"") && !page.contains("data-statement="))
        #expect(page.contains("id=\"competenties\""))
    }

    @Test func aHostileTitleIsEscapedAndNothingIsLoaded() {
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("<td>Functie Budgetcoach &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(occurrences(of: "<script", in: html) == 1)
        let lower = html.lowercased()
        for forbidden in [" src=", "<link", "@import", "url(", "http://", "https://"] {
            #expect(!lower.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("default-src 'none'"))
    }

    @Test func sameInputGivesTheSameText() {
        var again = RunOverview(framework: OverviewFixtures.framework)
        for document in OverviewFixtures.documents { again.add(document) }
        #expect(Self.page(again) == html)
    }

    @Test func runMetadataListsUnreadInputsAndFindings() {
        #expect(html.contains("5 invoerbestanden, samen 3.600 bytes; 1 kon niet worden gelezen."))
        #expect(html.contains("<code>Inputs/kapot.pdf</code>"))
        #expect(html.contains("<code>Mappings/thresholds.yaml</code>"))
        #expect(html.contains("bestand kan niet worden gelezen"))
        #expect(html.contains("vanaf 55% <em>gedekt</em>, vanaf 30% <em>deels</em>"))
    }

    /// 2,000 documents (and as many input files in the manifest) against the shipped framework stay
    /// far below what a browser chokes on, and each further document adds a small, fixed amount.
    @Test func pageSizeIsSmallAndLinearInDocuments() throws {
        let framework = try FrameworkLoader.require(contentsOf: TestPaths.frameworkFile)
        func size(_ count: Int) throws -> Int {
            let overview = OverviewFixtures.synthetic(count, framework: framework)
            var manifest = OverviewFixtures.context.manifest
            manifest.inputs = overview.documents.map {
                .init(
                    path: "Inputs/\($0.id).pdf", sha256: String(repeating: "d", count: 64), bytes: 5_000,
                    document: $0.id, kind: $0.kind, level: "mbo")
            }
            let context = ReportContext(
                result: CoverageResult(
                    framework: .init(id: framework.id, version: framework.version, title: framework.title),
                    documents: []),
                framework: framework, manifest: manifest, overview: overview)
            return try HTMLReport.render(context).utf8.count
        }
        let small = try size(2_000)
        let large = try size(4_000)
        #expect(small < 1_000_000, "\(small) bytes for 2,000 documents")
        #expect((large - small) / 2_000 < 250, "\((large - small) / 2_000) bytes per document")
    }

    @Test func snapshot() {
        assertSnapshot(html, named: "overview-report.html")
    }
}
