import Testing

@testable import DekkingIngest

@Suite struct PlainTextParserTests {
    private func kinds(_ text: String, markdown: Bool = false) -> [String] {
        PlainTextParser(markdown: markdown).parse(text).map { block in
            switch block.kind {
            case .heading(let level): "h\(level):\(block.text)"
            case .paragraph: "p:\(block.text)"
            case .listItem(let depth, let ordered): "\(ordered ? "ol" : "ul")\(depth):\(block.text)"
            case .tableCell: "td:\(block.text)"
            }
        }
    }

    static let headingCases: [(input: String, expected: [String])] = [
        ("TYPERING VAN HET BEROEP\nDe medewerker werkt met klanten.", ["h1:TYPERING VAN HET BEROEP", "p:De medewerker werkt met klanten."]),
        ("2.3 Beroepsvereisten\nEr zijn geen eisen.", ["h2:2.3 Beroepsvereisten", "p:Er zijn geen eisen."]),
        ("Typering van het beroep\nDe medewerker werkt met klanten.", ["h2:Typering van het beroep", "p:De medewerker werkt met klanten."]),
        ("Doel van de functie\n\nDe functie bestaat om te helpen.", ["h2:Doel van de functie", "p:De functie bestaat om te helpen."]),
        ("B1-K1-W2 Brengt de situatie in kaart\nDe medewerker verzamelt gegevens.",
            ["h3:B1-K1-W2 Brengt de situatie in kaart", "p:De medewerker verzamelt gegevens."]),
        ("B1-K1-W2\nBrengt de situatie in kaart\nDe medewerker verzamelt gegevens.",
            ["h3:B1-K1-W2 Brengt de situatie in kaart", "p:De medewerker verzamelt gegevens."]),
    ]

    @Test(arguments: headingCases.indices)
    func recognisesHeadings(_ index: Int) {
        #expect(kinds(Self.headingCases[index].input) == Self.headingCases[index].expected)
    }

    @Test func joinsWrappedLinesAndSplitsOnBlankLines() {
        let text = "De medewerker legt contact met de klant\nen maakt duidelijke afspraken.\n\nTweede alinea hier."
        #expect(kinds(text) == ["p:De medewerker legt contact met de klant en maakt duidelijke afspraken.", "p:Tweede alinea hier."])
    }

    @Test func recognisesListsWithDepthAndOrder() {
        let text = "- eerste punt\n  * genest punt\n1. genummerd punt\n2) tweede genummerd"
        #expect(kinds(text, markdown: true) == ["ul1:eerste punt", "ul2:genest punt", "ol1:genummerd punt", "ol1:tweede genummerd"])
    }

    @Test func doesNotTakeAWrappedShortLineForAHeading() {
        // The first line is short but continues in lower case on the next line.
        let text = "De linkerkolom wordt eerst gelezen. Zij\nbeschrijft het gesprek met de klant."
        #expect(kinds(text) == ["p:De linkerkolom wordt eerst gelezen. Zij beschrijft het gesprek met de klant."])
    }

    @Test func recognisesMarkdownHeadings() {
        #expect(kinds("# Titel\n\nTekst van de alinea.\n\n### Derde niveau #", markdown: true)
            == ["h1:Titel", "p:Tekst van de alinea.", "h3:Derde niveau"])
        #expect(kinds("#geen kop", markdown: true) == ["p:#geen kop"])
    }

    @Test func markdownSwitchesOffCapitalsAndShortLineRules() {
        #expect(kinds("KORTE REGEL\nNog een regel.", markdown: true) == ["p:KORTE REGEL Nog een regel."])
    }

    @Test func labelledLinesStartNewParagraphs() {
        let text = "De metselaar mengt de specie.\nResultaat: Het metselwerk is haaks.\nGedrag: Werkt vakkundig."
        #expect(kinds(text) == ["p:De metselaar mengt de specie.", "p:Resultaat: Het metselwerk is haaks.", "p:Gedrag: Werkt vakkundig."])
    }

    @Test func recordsLineNumbers() {
        let blocks = PlainTextParser().parse("Kop van het stuk\nEerste alinea loopt door.\n\n\nTweede alinea.")
        #expect(blocks.map(\.line) == [1, 2, 5])
    }

    @Test(arguments: [
        ("B1-K1", "B1-K1", StructuralCode.Kind.kerntaak), ("P2-K1-W3: Voert uit", "P2-K1-W3", .werkproces),
        ("K0125 Voorbereiding hbo", "K0125", .keuzedeel), ("Resultaatgebied 2: Intake", "Resultaatgebied 2", .resultaatgebied),
        ("R3 Advies", "R3", .resultaatgebied), ("LU2.1 De student", "LU2.1", .leeruitkomst), ("B1–K1–W1 Met streepjes", "B1-K1-W1", .werkproces),
    ])
    func recognisesStructuralCodes(_ line: String, _ code: String, _ kind: StructuralCode.Kind) throws {
        let found = try #require(StructuralCode.leading(in: line))
        #expect(found.code == code)
        #expect(found.kind == kind)
    }

    @Test(arguments: ["Regelgeving is belangrijk", "B1 K1", "K123 kort", "Rapport 2024", "2024 was een goed jaar"])
    func ignoresTextThatOnlyLooksLikeACode(_ line: String) {
        #expect(StructuralCode.leading(in: line) == nil)
    }
}
