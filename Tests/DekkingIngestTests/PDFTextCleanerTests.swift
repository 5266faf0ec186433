import Testing

@testable import DekkingIngest

/// The post-processing of `pdftotext` output, on crafted text (no subprocess).
@Suite struct PDFTextCleanerTests {
    private func cleanedText(_ raw: String) -> [String] {
        PDFTextCleaner.clean(raw).map { $0.map(\.text).joined(separator: "\n") }
    }

    static let hyphenCases: [(raw: String, expected: String)] = [
        ("De medewerker schuld-\nhulpverlening werkt.", "De medewerker schuldhulpverlening werkt."),
        ("Kennis van wet-\nen regelgeving.", "Kennis van wet- en regelgeving."),
        ("Kennis van in-\nof externe regels.", "Kennis van in- of externe regels."),
        ("Hij heeft sociaal-\nfinanciële kennis.", "Hij heeft sociaal-financiële kennis."),
        ("Werkt in Noord-\nHolland.", "Werkt in Noord-Holland."),
        ("Hulp bij budget\u{AD}\nbeheer.", "Hulp bij budgetbeheer."),
        ("Een streep -\nlosse tekst.", "Een streep -\nlosse tekst."),
        // The hyphenated form occurs elsewhere in the document, the joined form does not: keep it.
        ("Een klant-\ngericht plan. Zij is klant-gericht.", "Een klant-gericht plan. Zij is klant-gericht."),
    ]

    @Test(arguments: hyphenCases.indices)
    func rejoinsOnlyHyphenatedWords(_ index: Int) {
        let testCase = Self.hyphenCases[index]
        #expect(cleanedText(testCase.raw) == [testCase.expected])
    }

    @Test(arguments: ["7", "- 7 -", "-7-", "Pagina 7", "pagina 7 van 18", "7 van 18", "7/18", "blz. 3"])
    func recognisesPageCounters(_ line: String) {
        #expect(PDFTextCleaner.isPageCounter(line))
    }

    @Test(arguments: ["2.3 Beroepsvereisten", "7 werkprocessen", "Pagina", "12345"])
    func keepsLinesThatAreNotPageCounters(_ line: String) {
        #expect(!PDFTextCleaner.isPageCounter(line))
    }

    @Test func removesRunningHeadersFootersAndCounters() {
        let bodies = [
            "De klant meldt zich.\nHij heeft schulden.", "Het gesprek begint.\nDe situatie wordt duidelijk.",
            "Er komt een plan.\nDe klant stemt in.", "Het traject eindigt.\nNazorg volgt.",
        ]
        let pages = bodies.enumerated().map { offset, body in
            "Kwalificatiedossier Voorbeeld – versie 2025\n\(body)\nStichting Voorbeeld\nPagina \(offset + 1) van 4"
        }
        let cleaned = cleanedText(pages.joined(separator: "\u{0C}") + "\u{0C}")
        #expect(cleaned == bodies)
    }

    @Test func keepsALineThatRecursAtDifferentPlaces() {
        // "Omschrijving" is near the bottom of every page, but each time at another distance.
        let pages = [
            "Tekst een.\nA.\nB.\nC.\nOmschrijving", "Tekst twee.\nD.\nE.\nOmschrijving\nF.",
            "Tekst drie.\nG.\nOmschrijving\nH.\nI.",
        ]
        let cleaned = cleanedText(pages.joined(separator: "\u{0C}"))
        #expect(cleaned.allSatisfy { $0.contains("Omschrijving") })
    }

    @Test func doesNotTreatATwoPageDocumentsUniqueLinesAsRunning() {
        let cleaned = cleanedText("Titel\nEerste pagina.\u{0C}Tweede pagina.\nSlot")
        #expect(cleaned == ["Titel\nEerste pagina.", "Tweede pagina.\nSlot"])
    }
}
