import DekkingCore
import DekkingFramework
import DekkingTestSupport
import Testing

@testable import DekkingReport

/// The gap list of a large run (`gaps.md` above the detail limit): counts per competency, weak
/// indicators, the documents with the most gaps, escaping and determinism.
@Suite struct GapsOverviewTests {
    let markdown = GapsMarkdown.render(OverviewFixtures.context)

    /// gaps.md of a large run summarised as `overview`.
    static func render(_ overview: RunOverview) -> String {
        let context = OverviewFixtures.context
        return GapsMarkdown.render(
            ReportContext(
                result: context.result, framework: context.framework, manifest: context.manifest, overview: overview))
    }

    @Test func startsWithTitleAndExplanation() {
        #expect(
            markdown.hasPrefix(
                "# Hiaten in de hele run\n\nKader: Testkader sociaal-financiële dienstverlening (versie 2024-01).\n"))
        #expect(
            markdown.contains(
                "Deze run bevat 4 documenten. Bij zoveel documenten laat dit bestand geen hiatenlijst per document zien."
            ))
        #expect(markdown.contains("coverage.csv, coverage.json en matrix.csv in dezelfde map"))
        #expect(markdown.hasSuffix("gedekt\n") && !markdown.hasSuffix("\n\n"))
    }

    @Test func everyCompetencyHasItsCountsInFrameworkOrder() throws {
        #expect(
            markdown.contains(
                "### 1.1 Contact leggen met de cliënt\n\nGedekt in 2 van 4 documenten (50%), deels in 1 (25%), ontbreekt in 1 (25%); gemiddelde score 55%."
            ))
        #expect(
            markdown.contains(
                "## Cluster 1: Cliënt centraal\n\nHet cluster als geheel: gedekt in 1 van 4 documenten (25%), deels in 2 (50%), ontbreekt in 1 (25%)."
            ))
        let positions = ["### 1.1 ", "### 1.2 ", "## Cluster 2", "### 2.1 ", "## Documenten met de meeste hiaten"].map {
            markdown.range(of: $0)?.lowerBound
        }
        #expect(
            positions.allSatisfy { $0 != nil } && positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func listsOnlyIndicatorsThatFewerThanHalfOfTheirDocumentsCover() throws {
        #expect(
            markdown.contains(
                "- 1.2-mbo-1 (mbo): Brengt schulden en betalingsachterstanden in kaart. — gedekt in 0 van 4, deels 1, ontbreekt 3"
            ))
        #expect(markdown.contains("- 1.1-mbo-2 (mbo): "))
        // Exactly half is not fewer than half; 2.1-mbo-1 is covered in three of four (a rejection counts as a gap).
        #expect(!markdown.contains("- 1.1-mbo-1 "))
        #expect(!markdown.contains("- 2.1-mbo-1 "))
        #expect(
            markdown.contains(
                "### 2.1 Samenwerken in de keten\n\nGedekt in 3 van 4 documenten (75%), deels in 0 (0%), ontbreekt in 1 (25%); gemiddelde score 58%.\n\nGeen indicator is in minder"
            ))
        // No document was matched at hbo: its indicators are not "uncovered".
        #expect(!markdown.contains("-hbo-"))
        // The hostile indicator text is escaped.
        #expect(markdown.contains("ook \\</script\\>\\<script\\>alert(1)\\</script\\>."))
    }

    @Test func listsTheStartbekwaamStatementsFewerThanHalfOfTheProfileDocumentsDescribe() throws {
        #expect(
            markdown.contains("## Startbekwaam profiel\n\n2 documenten zijn vergeleken met het startbekwame profiel"))
        #expect(
            markdown.contains(
                "### Cluster 1: Cliënt centraal\n\n- Werkt methodisch. — beschreven in 0 van 2 documenten (0%), deels in 0 (0%), ontbreekt in 2 (100%)"
            ))
        // Described in one of two documents: exactly half, so not listed.
        #expect(!markdown.contains("- Legt contact met cliënten.") && !markdown.contains("- Kent de sociale kaart."))
        let section = try #require(markdown.range(of: "## Startbekwaam profiel")?.lowerBound)
        let documents = try #require(markdown.range(of: "## Documenten met de meeste hiaten")?.lowerBound)
        #expect(section < documents)
        // Without documents matched against the profiles there is no such section.
        var overview = RunOverview(framework: OverviewFixtures.framework)
        for var document in OverviewFixtures.documents {
            document.startbekwaam = nil
            overview.add(document)
        }
        #expect(!Self.render(overview).contains("Startbekwaam"))
    }

    @Test func documentsWithTheMostGapsComeFirstTiesInRunOrder() {
        #expect(
            markdown.contains(
                "1. Opleidingsprofiel Sociaal Werk, Hogeschool Veldhoven (op-hogeschool-veldhoven; Opleidingsprofiel, mbo) — 2 ontbreekt, 0 deels, 1 gedekt\n"
                    + "2. Kwalificatiedossier Schuldhulp – cliënt & geld (kd-schuldhulp; Kwalificatiedossier, mbo) — 1 ontbreekt, 1 deels, 1 gedekt\n"
                    + "3. Functie Budgetcoach \\</script\\>\\<script\\>alert(1)\\</script\\> (functie-budgetcoach; Functiebeschrijving, mbo) — 1 ontbreekt, 1 deels, 1 gedekt\n"
                    + "4. Vacature Budgetcoach, Kredietbank Noorderkwartier (vacature-kredietbank; Vacature, mbo) — 1 ontbreekt, 0 deels, 2 gedekt\n"
            ))
        #expect(!markdown.contains("<script>"))
    }

    @Test func atMostTwentyFiveDocumentsAreListed() {
        var overview = RunOverview(framework: OverviewFixtures.framework)
        for index in 0..<40 {
            let gaps = index % 3 == 0 ? ["1.1", "1.2", "2.1"] : index % 3 == 1 ? ["1.2"] : []
            overview.add(
                OverviewFixtures.document(
                    "doc-\(index)", "Document \(index)", .vacature,
                    statuses: ["1.1", "1.2", "2.1"].map { (gaps.contains($0) ? .gap : .covered, 0.5) }))
        }
        let text = Self.render(overview)
        let listed = text.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(listed.count == GapsMarkdown.overviewDocumentLimit)
        // 14 documents miss all three, then those missing one in run order: 1, 4, 7, …
        #expect(listed.first?.hasPrefix("1. Document 0 (doc-0;") == true)
        #expect(listed[13].hasPrefix("14. Document 39 (doc-39;"))
        #expect(listed[14].hasPrefix("15. Document 1 (doc-1;"))
        #expect(listed[24].hasPrefix("25. Document 31 (doc-31;"))
    }

    @Test func sizeDoesNotGrowWithTheDocuments() {
        func size(_ count: Int) -> Int {
            Self.render(OverviewFixtures.synthetic(count, framework: OverviewFixtures.framework)).utf8.count
        }
        let small = size(1_000)
        #expect(abs(size(3_000) - small) < 200, "\(small) bytes")
    }

    @Test func sameInputGivesTheSameText() {
        var again = RunOverview(framework: OverviewFixtures.framework)
        for document in OverviewFixtures.documents { again.add(document) }
        #expect(Self.render(again) == markdown)
    }

    @Test func snapshot() {
        assertSnapshot(markdown, named: "overview-gaps.md")
    }
}
