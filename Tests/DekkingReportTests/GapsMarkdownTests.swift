import DekkingCore
import DekkingModel
import Testing

@testable import DekkingReport

/// The Dutch gap report: summary, grouping and suggestions phrased for the document kind.
@Suite struct GapsMarkdownTests {
    static let markdown = GapsMarkdown.render(ReportFixtures.synthetic)

    @Test func everyDocumentHasAHeadingKindLevelAndSummary() {
        let text = Self.markdown
        #expect(text.contains("## Kwalificatiedossier Medewerker financiële dienstverlening\n"))
        #expect(text.contains("Kwalificatiedossier · niveau mbo · bestand `kd-financiële-dienstverlening`"))
        #expect(text.contains("**Samenvatting:** 1 gedekt, 1 deels, 1 ontbreekt (van 3 competenties)."))
        #expect(text.contains("Functiebeschrijving · niveau alle niveaus"))
        #expect(text.contains("**Samenvatting:** 0 gedekt, 1 deels, 2 ontbreekt (van 3 competenties)."))
    }

    @Test func onlyMissingAndPartialCompetenciesAreListedUnderTheirCluster() throws {
        let text = Self.markdown
        let kd = try #require(text.range(of: "## Kwalificatiedossier")).upperBound
        let function = try #require(text.range(of: "## Functieboek")).lowerBound
        let kdSection = String(text[kd..<function])
        let all = try #require(kdSection.range(of: "### Alle hiaten")).upperBound
        let list = String(kdSection[all...])
        #expect(list.contains("#### Cluster 1: Contact maken"))
        #expect(list.contains("**1.1 Is zichtbaar en benaderbaar** — deels (60%)"))
        #expect(list.contains("**1.2 Communiceert passend, helder en transparant** — ontbreekt (23%)"))
        // One line per open indicator: code, score, the start of its text, where it is partly found.
        #expect(
            list.contains(
                "- 1.1-mbo-2 · 18% · Biedt ruimte aan gevoelens van onmacht; reageert op \"weerstand\", boosheid en "
                    + "agressie. — deels, bij „Vakkennis en vaardigheden”, pagina 14"))
        #expect(
            list.contains(
                "- 1.2-mbo-1 · 5% · Varieert de manier van communiceren, afgestemd op (verbale, cognitieve, digitale)…\n"
            ))
        // 2.1 is covered: neither its cluster nor its indicator is listed.
        #expect(!kdSection.contains("Cluster 2"))
        #expect(!kdSection.contains("2.1-mbo-1"))
        // A covered indicator of a partial competency is not a gap.
        #expect(!kdSection.contains("1.1-mbo-1"))
    }

    /// "Eerst aanpakken" leads each document, before the full list, with a passage in the genre
    /// of the document built from the indicator's own text.
    @Test func eachDocumentStartsWithWhatToTakeOnFirstInItsOwnGenre() throws {
        let text = Self.markdown
        let first = try #require(text.range(of: "### Eerst aanpakken")).lowerBound
        let list = try #require(text.range(of: "### Alle hiaten")).lowerBound
        #expect(first < list)
        #expect(
            text.contains(
                "- Werk uit bij „Vakkennis en vaardigheden”, pagina 14 (1.1-mbo-2, nu 18%)\n\n> B1-K?-W?: Is zichtbaar en "
                    + "benaderbaar. De beginnend beroepsbeoefenaar biedt ruimte aan gevoelens van onmacht; reageert op "
                    + "\"weerstand\", boosheid en agressie.\n"))
        #expect(
            text.contains(
                "- Voeg toe (1.2-hbo-1, nu 0%)\n\n> Resultaatgebied: Contact maken. De medewerker communiceert duidelijk, "
                    + "helder en consequent.\n"))
        // Two coordinated verbs both go before the subject.
        #expect(
            text.contains(
                "Verder maakt en houdt de medewerker (online) contact, ook als de communicatie moeizaam verloopt."))
        #expect(
            text.contains(
                "- 1.1-hbo-1 · 0% · Legt verbinding met de leefwereld van burgers. — door u afgewezen: Gaat over collega's, niet over burgers"
            ))
        #expect(!text.contains("0.2"))  // no raw scores, only percentages
    }

    @Test(arguments: [
        (DocumentKind.kwalificatiedossier, "Voeg een werkproces toe waarin de student: "),
        (.opleidingsprofiel, "Voeg een leeruitkomst of gedragsindicator toe waarin de student: "),
        (.functiebeschrijving, "Voeg een resultaatgebied of activiteit toe waarin de medewerker: "),
        (.vacature, "Voeg een taak toe waarin de medewerker: "),
        (.overig, "Voeg een passage toe waarin de student of medewerker: "),
    ])
    func eachKindHasItsOwnUnit(kind: DocumentKind, opening: String) {
        let gap = IndicatorCoverage(id: "4.2-mbo-3", level: "mbo", score: 0, status: .gap, evidence: [])
        let sentence = GapSuggestion(kind: kind).sentence(for: gap, text: "Stelt een plan van aanpak op.")
        #expect(sentence == opening + "stelt een plan van aanpak op (indicator 4.2-mbo-3)")
    }

    @Test func aPartialIndicatorWithoutAPlaceStillGetsASuggestion() {
        let partial = IndicatorCoverage(id: "2.1-hbo-1", level: "hbo", score: 0.3, status: .partial, evidence: [])
        #expect(
            GapSuggestion(kind: .vacature).sentence(for: partial, text: "Analyseert schulden.")
                == "Werk dit verder uit in een taak waarin de medewerker: analyseert schulden — nu deels gevonden, 30% overeenkomst (indicator 2.1-hbo-1)"
        )
    }

    @Test func abbreviationsKeepTheirCapitals() {
        #expect(GapSuggestion.predicate("AVG-regels kent hij.") == "AVG-regels kent hij")
        #expect(GapSuggestion.predicate("Werkt samen.") == "werkt samen")
    }

    @Test func aDocumentWithoutGapsSaysSo() {
        var context = ReportFixtures.synthetic
        context.result.documents = [ReportFixtures.kwalificatiedossier]
        for index in context.result.documents[0].competencies.indices {
            context.result.documents[0].competencies[index].status = .covered
        }
        let text = GapsMarkdown.render(context)
        #expect(text.contains("Geen hiaten: alle competenties van het kader komen in dit document aan bod."))
        #expect(!text.contains("###"))
    }

    /// One writer for small and large runs: a small run of several documents ends with exactly
    /// what a large run of the same documents shows (its headings one level deeper, under
    /// "Alle documenten samen"); a large run only leaves out the documents in full.
    @Test func aSmallRunEndsWithWhatALargeRunShows() throws {
        let detailed = ReportFixtures.synthetic
        let large = ReportContext(
            result: .init(framework: detailed.result.framework, documents: []), framework: detailed.framework,
            manifest: detailed.manifest, overview: detailed.overview)
        let small = GapsMarkdown.render(detailed).components(separatedBy: "\n")
        let whole = GapsMarkdown.render(large).components(separatedBy: "\n")
        let together = try #require(small.firstIndex(of: "## Alle documenten samen"))
        let firstCluster = try #require(whole.firstIndex { $0.hasPrefix("## Cluster ") })
        let deeper = whole[firstCluster...].map { $0.hasPrefix("#") ? "#" + $0 : $0 }
        #expect(Array(small[(together + 4)...]) == deeper)
        #expect(small[together + 2] == GapsMarkdown.runExplanation)
        #expect(!whole.contains { $0.hasPrefix("## Kwalificatiedossier") })
        #expect(small.contains("## Kwalificatiedossier Medewerker financiële dienstverlening"))
    }

    @Test func aRunOfOneDocumentHasNoRunWidePart() {
        var context = ReportFixtures.synthetic
        context.result.documents = [ReportFixtures.kwalificatiedossier]
        let text = GapsMarkdown.render(context)
        #expect(!text.contains("Alle documenten samen"))
        #expect(!text.contains("Documenten met de meeste hiaten"))
    }

    @Test func theSameContextGivesTheSameText() {
        #expect(GapsMarkdown.render(ReportFixtures.synthetic) == Self.markdown)
    }
}

/// Document and framework text cannot turn into Markdown markup.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("gewoon", "gewoon"), ("*nadruk*", "\\*nadruk\\*"), ("a_b", "a\\_b"), ("[link](x)", "\\[link\\](x)"),
        ("<script>", "\\<script\\>"), ("regel\nregel", "regel regel"), ("`code`", "\\`code\\`"),
        ("a | b", "a \\| b"), ("# Kop", "\\# Kop"), ("  # kop", "  \\# kop"), ("- punt", "\\- punt"),
        ("+ punt", "\\+ punt"), ("2. Werkt", "2\\. Werkt"), ("1) Werkt", "1\\) Werkt"), ("3.", "3\\."),
        ("4.2", "4.2"), ("2024", "2024"), ("1234567890. Werkt", "1234567890. Werkt"), ("C# en F#", "C# en F#"),
        ("kd-metselaar", "kd-metselaar"),
    ])
    func markupIsEscaped(text: String, expected: String) {
        #expect(MarkdownText.escape(text) == expected)
    }
}
