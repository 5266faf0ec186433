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

/// Vacancies recognised by general Dutch vacancy language, not only by the word "vacature".
@Suite struct VacancyDetectionTests {
    private func detect(_ text: String, title: String? = nil) -> Detection {
        DocumentDetector.detect(blocks: PlainTextParser().parse(text), declaredTitle: title, fileStem: "bestand")
    }

    static let vacancies: [(text: String, title: String?)] = [
        // The page's title names the vacancy; the text itself does not.
        (
            "Budgetcoach (24 uur)\n\nJe voert huisbezoeken uit en helpt klanten hun administratie op orde te brengen.\n\nWat bieden wij\n\nEen plek in een betrokken team.",
            "Vacature budgetcoach"
        ),
        (
            "Medewerker klantcontact\n\nStichting Voorbeeldhulp zoekt voor 32 uur per week een medewerker klantcontact. Jij bent het eerste aanspreekpunt voor inwoners met geldvragen en je verwijst hen door.\n\nArbeidsvoorwaarden\n\nWe bieden een salaris van maximaal € 3.400 bruto per maand. Reageer voor 1 maart met je cv en motivatiebrief.",
            nil
        ),
        (
            "Schuldhulpverlener (32-36 uur)\n\nHerken jij jezelf in dit profiel? Bij Gemeente Denkbeeld stel je schuldregelingen op en onderhandel je met schuldeisers. Jouw collega's rekenen op jou.\n\nSolliciteren kan tot en met 15 april.",
            nil
        ),
    ]

    @Test(arguments: vacancies.indices)
    func detectsVacancies(_ index: Int) {
        let vacancy = Self.vacancies[index]
        let detection = detect(vacancy.text, title: vacancy.title)
        #expect(detection.kind == .vacature)
        #expect(detection.kindConfidence > 0.5)
    }

    @Test func aStudyGuideThatAddressesItsReaderStaysAProgrammeText() {
        let text =
            "Module 3: Schuldhulpverlening (5 EC)\n\nIn deze module leer je hoe je een schuldregeling opstelt. Je werkt 4 uur per week aan je opdracht.\n\nLeeruitkomsten\n\nJe stelt met de klant een plan op. Studiepunten: 5. De leeruitkomst wordt getoetst met een casus."
        #expect(detect(text).kind == .opleidingsprofiel)
    }

    @Test(arguments: [
        ("budgetcoach (24 uur)", true), ("coach (32-36 uur)", true), ("(32 tot 36 uur)", true),
        ("de cursus duurt 24 uur", false), ("(zie pagina 24)", false), ("(uur)", false),
    ])
    func findsWorkingHoursInBrackets(_ text: String, _ expected: Bool) {
        #expect(VacancySignals.hasBracketedHours(Array(text.utf8)) == expected)
    }
}

extension VacancyDetectionTests {
    @Test func theAddressOfTheReaderAloneDoesNotMakeAVacancy() {
        let text =
            "Iets voor jou?\n\nHerken jij jezelf in mensen helpen? Kies dan voor de opleiding Sociaal Werk. Je leert in de praktijk en jouw studiecoach staat voor je klaar. Je werkt in kleine groepen."
        #expect(detect(text).kind != .vacature)
    }
}
