import DekkingCore
import Testing

@testable import DekkingIngest

@Suite struct DetectionTests {
    private func detect(_ text: String, title: String? = nil) -> Detection {
        DocumentDetector.detect(blocks: PlainTextParser().parse(text), declaredTitle: title, fileStem: "bestand")
    }

    static let kindCases: [(text: String, kind: DocumentKind, level: LevelID?)] = [
        (
            "Kwalificatiedossier Kok\n\nCrebo 25180, niveau 2.\n\nB1-K1-W1 Bereidt voor\nDe kok bereidt voor.",
            .kwalificatiedossier, "mbo"
        ),
        (
            "Opleidingsprofiel Social Work\n\nDe bachelor van de hogeschool kent vijf beroepstaken en leeruitkomsten. De body of knowledge staat in de OER.",
            .opleidingsprofiel, "hbo"
        ),
        (
            "Functiebeschrijving Consulent\n\nDoel van de functie\nDe consulent helpt.\n\nResultaatgebied 1: Advies\n- adviseert\n\nFunctieschaal 9",
            .functiebeschrijving, nil
        ),
        (
            "Vacature adviseur\n\nWij zoeken een collega. Wat bieden wij? Een goed salaris. Solliciteer nu! Een afgeronde hbo-opleiding is vereist.",
            .vacature, "hbo"
        ),
        ("Notulen van de vergadering\n\nDe voorzitter opent de vergadering en heet iedereen welkom.", .overig, nil),
    ]

    @Test(arguments: kindCases.indices)
    func detectsKindAndLevel(_ index: Int) {
        let testCase = Self.kindCases[index]
        let detection = detect(testCase.text)
        #expect(detection.kind == testCase.kind)
        #expect(detection.level == testCase.level)
        #expect((0...1).contains(detection.kindConfidence))
        #expect((0...1).contains(detection.levelConfidence))
        if testCase.level == nil { #expect(detection.levelConfidence == 0) }
    }

    @Test func moreEvidenceGivesMoreConfidence() {
        let weak = detect("Vacature\n\nKom bij ons werken.")
        let strong = detect(
            "Vacature\n\nWij zoeken een collega. Wat bieden wij? Veel. Wat ga je doen? Veel. Solliciteer vandaag.")
        #expect(weak.kind == .vacature && strong.kind == .vacature)
        #expect(strong.kindConfidence > weak.kindConfidence)
    }

    @Test func takesTheTitleFromDeclarationThenFirstHeadingThenFileStem() {
        #expect(detect("KOP\nTekst.", title: "Verklaarde titel").title == "Verklaarde titel")
        #expect(detect("KOP VAN HET STUK\nTekst.").title == "KOP VAN HET STUK")
        #expect(detect("alleen tekst zonder kop.").title == "bestand")
    }

    @Test(arguments: [("de boer en de oerknal", 0), ("zie de OER, artikel 3", 1), ("oer-oer", 2)])
    func countsShortCuesOnlyAsWholeWords(_ text: String, _ expected: Int) {
        #expect(CueCounter().occurrences(of: "oer", in: text.lowercased()) == expected)
    }
}
