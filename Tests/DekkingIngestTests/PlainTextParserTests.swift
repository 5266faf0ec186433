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
        (
            "TYPERING VAN HET BEROEP\nDe medewerker werkt met klanten.",
            ["h1:TYPERING VAN HET BEROEP", "p:De medewerker werkt met klanten."]
        ),
        ("2.3 Beroepsvereisten\nEr zijn geen eisen.", ["h2:2.3 Beroepsvereisten", "p:Er zijn geen eisen."]),
        (
            "Typering van het beroep\nDe medewerker werkt met klanten.",
            ["h2:Typering van het beroep", "p:De medewerker werkt met klanten."]
        ),
        (
            "Doel van de functie\n\nDe functie bestaat om te helpen.",
            ["h2:Doel van de functie", "p:De functie bestaat om te helpen."]
        ),
        (
            "B1-K1-W2 Brengt de situatie in kaart\nDe medewerker verzamelt gegevens.",
            ["h3:B1-K1-W2 Brengt de situatie in kaart", "p:De medewerker verzamelt gegevens."]
        ),
        (
            "B1-K1-W2\nBrengt de situatie in kaart\nDe medewerker verzamelt gegevens.",
            ["h3:B1-K1-W2 Brengt de situatie in kaart", "p:De medewerker verzamelt gegevens."]
        ),
    ]

    @Test(arguments: headingCases.indices)
    func recognisesHeadings(_ index: Int) {
        #expect(kinds(Self.headingCases[index].input) == Self.headingCases[index].expected)
    }

    /// Text outside Latin script and whitespace beyond spaces, as the parser has always read them:
    /// rules apply to Characters (a space with a combining mark is whitespace, a prepended mark
    /// joins the space after it), and the Kelvin sign and Greek ano teleia count as `K` and `·`.
    static let exoticCases: [(input: String, expected: [String])] = [
        (
            "Kop\u{A0}van\u{3000}het  stuk\nDe tekst\u{2003}loopt\u{85}door.",
            ["h2:Kop van het stuk", "p:De tekst loopt door."]
        ),
        (
            "eerste regel\r\ntweede regel\rderde\u{2028}regel.\n\u{A0}\n\u{2029}\nNieuwe alinea.",
            ["p:eerste regel tweede regel derde regel.", "p:Nieuwe alinea."]
        ),
        ("De zin \u{301}loopt door.\nen \u{301} verder.", ["p:De zin loopt door. en verder."]),
        (" \u{301}\nNa een lege regel?\n", ["p:Na een lege regel?"]),
        ("\u{600} Kop\nTekst loopt door.", ["p:\u{600} Kop Tekst loopt door."]),
        ("\u{212A}0125 Keuzedeel met Kelvin\nTekst.", ["h2:\u{212A}0125 Keuzedeel met Kelvin", "p:Tekst."]),
        (
            "\u{387} opsomming met ano teleia\n· opsomming met middelpunt",
            ["ul1:opsomming met ano teleia", "ul1:opsomming met middelpunt"]
        ),
        ("ªªª\nTekst.", ["h1:ªªª", "p:Tekst."]),
        ("E\u{301}E\u{301}N KOP\nTekst.", ["h1:E\u{301}E\u{301}N KOP", "p:Tekst."]),
        ("Resultaat\u{301}: iets\nGedrag: Werkt.", ["p:Resultaat\u{301}: iets", "p:Gedrag: Werkt."]),
        ("B1\u{2013}\u{301}K1 Vreemd\nTekst.", ["h2:B1\u{2013}\u{301}K1 Vreemd", "p:Tekst."]),
        ("1\u{301}. genummerd\n2. gewoon", ["ol1:genummerd", "ol1:gewoon"]),
        ("e\u{301}) letter met accent\nb) gewoon", ["ol1:letter met accent", "ol1:gewoon"]),
        ("\u{663} Arabisch-Indisch cijfer\nTekst.", ["h1:\u{663} Arabisch-Indisch cijfer", "p:Tekst."]),
        ("Kop met emoji 👩\u{200D}💻\nTekst.", ["h2:Kop met emoji 👩\u{200D}💻", "p:Tekst."]),
        ("Vlag 🇳🇱 als kop\nTekst.", ["h2:Vlag 🇳🇱 als kop", "p:Tekst."]),
        ("\u{2000}Ingesprongen\u{2001}kop\nTekst.", ["h2:Ingesprongen kop", "p:Tekst."]),
        ("Kop\u{FEFF}\nTekst\u{FEFF}.", ["h2:Kop\u{FEFF}", "p:Tekst\u{FEFF}."]),
    ]

    @Test(arguments: exoticCases.indices)
    func readsExoticTextByCharacters(_ index: Int) {
        let blocks = kinds(Self.exoticCases[index].input)
        // Compared scalar by scalar: `String` equality would not see a dropped or changed mark.
        #expect(
            blocks.map { Array($0.unicodeScalars) } == Self.exoticCases[index].expected.map { Array($0.unicodeScalars) }
        )
    }

    @Test func joinsWrappedLinesAndSplitsOnBlankLines() {
        let text = "De medewerker legt contact met de klant\nen maakt duidelijke afspraken.\n\nTweede alinea hier."
        #expect(
            kinds(text) == [
                "p:De medewerker legt contact met de klant en maakt duidelijke afspraken.", "p:Tweede alinea hier.",
            ])
    }

    @Test func recognisesListsWithDepthAndOrder() {
        let text = "- eerste punt\n  * genest punt\n1. genummerd punt\n2) tweede genummerd"
        #expect(
            kinds(text, markdown: true) == [
                "ul1:eerste punt", "ul2:genest punt", "ol1:genummerd punt", "ol1:tweede genummerd",
            ])
    }

    @Test func doesNotTakeAWrappedShortLineForAHeading() {
        // The first line is short but continues in lower case on the next line.
        let text = "De linkerkolom wordt eerst gelezen. Zij\nbeschrijft het gesprek met de klant."
        #expect(kinds(text) == ["p:De linkerkolom wordt eerst gelezen. Zij beschrijft het gesprek met de klant."])
    }

    @Test func recognisesMarkdownHeadings() {
        #expect(
            kinds("# Titel\n\nTekst van de alinea.\n\n### Derde niveau #", markdown: true)
                == ["h1:Titel", "p:Tekst van de alinea.", "h3:Derde niveau"])
        #expect(kinds("#geen kop", markdown: true) == ["p:#geen kop"])
        #expect(kinds("#\u{301} geen kop", markdown: true) == ["p:#\u{301} geen kop"])
        // A space with a combining mark is one whitespace Character: trimmed, but no indent.
        #expect(kinds("- punt\n \u{301}- ook een punt", markdown: true) == ["ul1:punt", "ul1:ook een punt"])
    }

    @Test func markdownSwitchesOffCapitalsAndShortLineRules() {
        #expect(kinds("KORTE REGEL\nNog een regel.", markdown: true) == ["p:KORTE REGEL Nog een regel."])
    }

    @Test func labelledLinesStartNewParagraphs() {
        let text = "De metselaar mengt de specie.\nResultaat: Het metselwerk is haaks.\nGedrag: Werkt vakkundig."
        #expect(
            kinds(text) == [
                "p:De metselaar mengt de specie.", "p:Resultaat: Het metselwerk is haaks.",
                "p:Gedrag: Werkt vakkundig.",
            ])
    }

    @Test func recordsLineNumbers() {
        let blocks = PlainTextParser().parse("Kop van het stuk\nEerste alinea loopt door.\n\n\nTweede alinea.")
        #expect(blocks.map(\.line) == [1, 2, 5])
    }

    @Test(arguments: [
        ("B1-K1", "B1-K1", StructuralCode.Kind.kerntaak), ("P2-K1-W3: Voert uit", "P2-K1-W3", .werkproces),
        ("K0125 Voorbereiding hbo", "K0125", .keuzedeel),
        ("Resultaatgebied 2: Intake", "Resultaatgebied 2", .resultaatgebied),
        ("R3 Advies", "R3", .resultaatgebied), ("LU2.1 De student", "LU2.1", .leeruitkomst),
        ("B1–K1–W1 Met streepjes", "B1-K1-W1", .werkproces),
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
