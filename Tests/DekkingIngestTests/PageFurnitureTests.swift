import DekkingTestSupport
import Testing

@testable import DekkingIngest

/// Running headers and footers recognised by their repetition across pages (``PageFurniture``).
@Suite struct PageFurnitureTests {
    private func cleanedText(_ raw: String) -> [String] {
        PDFTextCleaner.clean(raw).map { $0.map(\.text).joined(separator: "\n") }
    }

    @Test func dropsAHeaderThatCombinesATitleAndACounter() {
        let bodies = [
            "Functie 1: Budgetcoach\nDe budgetcoach begeleidt klanten.",
            "Functie 2: Schuldhulpverlener\nDe schuldhulpverlener stelt een plan op.",
            "Functie 3: Medewerker receptie\nDe medewerker ontvangt bezoekers.",
        ]
        let pages = bodies.enumerated().map { offset, body in
            "Kwalificatiedossier Sociaal werk (fictief)   Pagina \(offset + 1) van 3\n\(body)\nFunctieboek 2026 | \(offset + 12)"
        }
        #expect(cleanedText(pages.joined(separator: "\u{0C}")) == bodies)
    }

    @Test func dropsHeadersThatAlternateBetweenOddAndEvenPages() {
        let bodies = [
            "De eerste functie.\nZij helpt klanten.", "De tweede functie.\nHij plant afspraken.",
            "De derde functie.\nZij voert gesprekken.", "De vierde functie.\nHij leidt het team.",
        ]
        let pages = bodies.enumerated().map { offset, body in
            let number = offset + 1
            let header = number.isMultiple(of: 2) ? "\(number) | Functieboek 2026" : "Functieboek 2026 | \(number)"
            return "\(header)\n\(body)"
        }
        #expect(cleanedText(pages.joined(separator: "\u{0C}")) == bodies)
    }

    @Test func keepsAHeadingThatAlsoStandsInThePageBody() {
        // "Resultaatgebieden" opens every page under the header, but it is a real heading: it also
        // stands in the middle of the first page.
        let pages = [
            "Functieboek 2026 | 1\nInleiding\nDit functieboek beschrijft de functies.\nResultaatgebieden\nTekst van de inleiding.\nMeer tekst.\nNog meer tekst.\nSlot een.",
            "Functieboek 2026 | 2\nResultaatgebieden\nDe eerste functie.\nMeer tekst.\nSlot twee.",
            "Functieboek 2026 | 3\nResultaatgebieden\nDe tweede functie.\nMeer tekst.\nSlot drie.",
        ]
        let cleaned = cleanedText(pages.joined(separator: "\u{0C}"))
        #expect(cleaned.allSatisfy { !$0.contains("Functieboek 2026") })
        #expect(cleaned.allSatisfy { $0.contains("Resultaatgebieden") })
    }

    @Test func keepsARepeatedHeadingInTheMiddleOfPages() {
        let pages = (1...4).map { number in
            "Stichting Voorbeeldhulp\nTekst \(number).\nMeer tekst.\nKennis en vaardigheden\nNog meer tekst.\nSlot.\n\(number)"
        }
        let cleaned = cleanedText(pages.joined(separator: "\u{0C}"))
        #expect(cleaned.allSatisfy { $0.contains("Kennis en vaardigheden") && !$0.contains("Stichting") })
    }

    @Test func keepsALineOnTooFewPages() {
        // Six pages: a line at the top of two of them is not furniture (three are needed).
        let pages = (1...6).map { number in
            (number <= 2 ? "Bijlage\n" : "") + "Tekst \(number).\nMeer tekst.\nSlot."
        }
        let cleaned = cleanedText(pages.joined(separator: "\u{0C}"))
        #expect(cleaned.filter { $0.hasPrefix("Bijlage") }.count == 2)
    }

    @Test func normalisesDigitsCaseAndSpaces() {
        #expect(PageFurniture.normalised("Functieboek  2026 | 12") == "functieboek # | #")
        #expect(PageFurniture.normalised("Pagina 1 van 3") == PageFurniture.normalised("pagina 12 van 30"))
    }

    @Test func readsTextWithFormFeedsPageByPage() throws {
        let bodies = [
            ["Module 1: Oriëntatie", "Je verkent het werkveld."],
            ["Module 2: Gespreksvoering", "Je oefent gesprekken."],
            ["Module 3: Budgetteren", "Je maakt een budgetplan."],
        ]
        let text = bodies.enumerated().map {
            "Studiegids 2026 – pagina \($0.offset + 1)\n" + $0.element.joined(separator: "\n")
        }
        .joined(separator: "\u{0C}")
        let lines = try #require(TextReader.pagedLines(text))
        #expect(lines.map(\.text) == bodies.flatMap { $0 })
        #expect(lines.map(\.page) == [1, 1, 2, 2, 3, 3])
        #expect(lines.first?.number == 2)
        #expect(TextReader.pagedLines("Geen pagina's.\nTekst.") == nil)
    }

    @Test func aTextFileWithFormFeedsKeepsItsPagesAndLosesItsFooter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let pages = [
            ("Inleiding", "Dit functieboek beschrijft twee functies."),
            ("Functie 1: Budgetcoach", "De budgetcoach begeleidt klanten."),
            ("Functie 2: Schuldhulpverlener", "De schuldhulpverlener stelt een plan op."),
        ].enumerated().map { "\($0.element.0)\n\n\($0.element.1)\n\nFunctieboek 2026 | \($0.offset + 1)" }
        let file = try dir.write(pages.joined(separator: "\u{0C}"), to: "functieboek.txt")
        let blocks = try TextReader().read(contentsOf: file, displayPath: "functieboek.txt").blocks
        #expect(!blocks.contains { $0.text.contains("Functieboek 2026") })
        #expect(blocks.filter { $0.kind == .heading(level: 2) }.map(\.page) == [1, 2, 3])
    }
}
