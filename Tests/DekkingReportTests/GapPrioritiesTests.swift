import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// "Eerst aanpakken": which competencies and indicators come first, and how a proposal is phrased.
@Suite struct GapPrioritiesTests {
    static func indicator(_ id: String, _ score: Double, _ status: CoverageStatus) -> IndicatorCoverage {
        IndicatorCoverage(
            id: id, level: id.contains("-mbo-") ? "mbo" : "hbo", score: score, status: status, evidence: [])
    }

    static func competency(_ id: String, _ score: Double, _ status: CoverageStatus, _ indicators: [IndicatorCoverage])
        -> CompetencyCoverage
    {
        CompetencyCoverage(
            id: id, clusterID: String(id.prefix(1)), score: score, status: status, indicators: indicators,
            keywords: [])
    }

    /// A framework of two clusters; 1.1's mbo and hbo indicator say nearly the same.
    static let framework = Framework(
        id: "test", title: "Testkader", version: "1",
        levels: [.init(id: "hbo", title: "Hbo"), .init(id: "mbo", title: "Mbo")],
        clusters: [
            Cluster(
                id: "1", title: "Aansluiting vinden en contact aangaan",
                competencies: [
                    Competency(
                        id: "1.1", title: "Is initiatiefrijk in het aangaan van contact",
                        indicators: [
                            Indicator(
                                id: "1.1-hbo-1", competencyID: "1.1", level: "hbo",
                                text: "Maakt en houdt (online) contact, ook als het moeizaam gaat."),
                            Indicator(
                                id: "1.1-hbo-2", competencyID: "1.1", level: "hbo",
                                text: "Maakt en houdt contact, ook als de communicatie moeizaam gaat."),
                            Indicator(
                                id: "1.1-hbo-3", competencyID: "1.1", level: "hbo",
                                text: "Benadert de ander met begrip. Luistert aandachtig."),
                            Indicator(
                                id: "1.1-mbo-1", competencyID: "1.1", level: "mbo",
                                text: "Benadert de ander met begrip."),
                        ]),
                    Competency(
                        id: "1.2", title: "Handelt in lijn met de eigen opdracht",
                        indicators: [
                            Indicator(
                                id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                text: "Verstrekt informatie over de eigen rol.")
                        ]),
                ]),
            Cluster(
                id: "2", title: "Signaleren, inventariseren en analyseren",
                competencies: [
                    Competency(
                        id: "2.1", title: "Signaleert systematisch risicofactoren",
                        indicators: [
                            Indicator(
                                id: "2.1-hbo-1", competencyID: "2.1", level: "hbo",
                                text: "Signaleert risicofactoren. Let daarbij op nieuwe regels.")
                        ]),
                    Competency(
                        id: "2.2", title: "Brengt de situatie in kaart",
                        indicators: [
                            Indicator(id: "2.2-hbo-1", competencyID: "2.2", level: "hbo", text: "Verzamelt gegevens.")
                        ]),
                ]),
        ])

    static func document(kind: DocumentKind = .functiebeschrijving, level: LevelID? = "hbo") -> DocumentCoverage {
        DocumentCoverage(
            id: "functie", path: "functie.txt", title: "Functie", kind: kind, level: level,
            matchedLevels: level.map { [$0] } ?? ["hbo", "mbo"], fieldRelevance: 0.9, fieldHits: [:], wordCount: 500,
            clusters: [],
            competencies: [
                competency(
                    "1.1", 0.10, .gap,
                    [
                        indicator("1.1-hbo-1", 0.02, .gap), indicator("1.1-hbo-2", 0.01, .gap),
                        indicator("1.1-hbo-3", 0.30, .partial), indicator("1.1-mbo-1", 0.0, .gap),
                    ]),
                competency("1.2", 0.80, .covered, [indicator("1.2-hbo-1", 0.8, .covered)]),
                competency("2.1", 0.104, .gap, [indicator("2.1-hbo-1", 0.1, .gap)]),
                competency("2.2", 0.40, .partial, [indicator("2.2-hbo-1", 0.4, .covered)]),
            ], findings: [])
    }

    static func priorities(_ document: DocumentCoverage, competencies: Int = 6, indicators: Int = 2)
        -> GapPriorities
    {
        GapPriorities(
            document, lookup: ReportLookup(framework: framework, documents: [document]),
            limits: .init(competencies: competencies, indicators: indicators, duplicateOverlap: 0.6))
    }

    @Test func theWeakestCompetenciesComeFirstShownPerClusterInFrameworkOrder() {
        let first = Self.priorities(Self.document(), competencies: 2)
        // 1.1 (10%) and 2.1 (10% once rounded: framework order decides) are chosen before 2.2 (40%);
        // 1.2 is gedekt and never chosen.
        #expect(first.groups.map(\.clusterID) == ["1", "2"])
        #expect(first.groups.flatMap(\.items).map(\.competency.id) == ["1.1", "2.1"])
        #expect(first.openCount == 3)
        #expect(first.chosenCount == 2)
        let all = Self.priorities(Self.document())
        #expect(all.groups.flatMap(\.items).map(\.competency.id) == ["1.1", "2.1", "2.2"])
        #expect(Self.priorities(Self.document(), competencies: 0).groups.isEmpty)
    }

    @Test func indicatorsOfTheDocumentsLevelWithTheLowestScoreFirstWithoutNearDuplicates() throws {
        let item = try #require(Self.priorities(Self.document()).groups.first?.items.first)
        // 1.1-hbo-2 (1%) first; 1.1-hbo-1 (2%) nearly repeats it and is skipped; 1.1-mbo-1 (0%) is
        // of another level than the document's.
        #expect(item.proposals.map(\.indicator.id) == ["1.1-hbo-2", "1.1-hbo-3"])
        #expect(
            GapPriorities.overlap(GapPriorities.words("Maakt en houdt contact"), GapPriorities.words("Maakt contact"))
                == 2.0 / 3.0)
        // A document of unknown level was matched at every level: the mbo indicator (0%) leads.
        let unknown = try #require(Self.priorities(Self.document(level: nil)).groups.first?.items.first)
        #expect(unknown.proposals.map(\.indicator.id) == ["1.1-mbo-1", "1.1-hbo-2"])
        let one = try #require(Self.priorities(Self.document(), indicators: 1).groups.first?.items.first)
        #expect(one.proposals.map(\.indicator.id) == ["1.1-hbo-2"])
    }

    @Test func aCompetencyWhoseIndicatorsAreAllFoundGetsAdviceInsteadOfAProposal() throws {
        let item = try #require(Self.priorities(Self.document()).groups.last?.items.last)
        #expect(item.competency.id == "2.2")
        #expect(item.proposals.isEmpty && item.phrasing.isEmpty)
        let markdown = GapsMarkdown.priorityLines(
            Self.priorities(Self.document()), kind: .functiebeschrijving, outsideField: false
        ).joined(separator: "\n")
        #expect(
            markdown.contains(
                "**2.2 Brengt de situatie in kaart** — deels (40%)\n\n- " + GapPriorities.combinationAdvice))
    }

    @Test(arguments: [
        (
            DocumentKind.functiebeschrijving,
            "Resultaatgebied: Aansluiting vinden en contact aangaan. De medewerker maakt en houdt contact, ook als de "
                + "communicatie moeizaam gaat. Ook benadert de medewerker de ander met begrip. Verder luistert de "
                + "medewerker aandachtig."
        ),
        (
            .opleidingsprofiel,
            "Leeruitkomst: De student maakt en houdt contact, ook als de communicatie moeizaam gaat. Ook benadert de "
                + "student de ander met begrip. Verder luistert de student aandachtig."
        ),
        (
            .kwalificatiedossier,
            "B1-K?-W?: Is initiatiefrijk in het aangaan van contact. De beginnend beroepsbeoefenaar maakt en houdt "
                + "contact, ook als de communicatie moeizaam gaat. Ook benadert de beginnend beroepsbeoefenaar de "
                + "ander met begrip. Verder luistert de beginnend beroepsbeoefenaar aandachtig."
        ),
    ])
    func theProposalIsPhrasedInTheDocumentsGenre(kind: DocumentKind, expected: String) throws {
        let item = try #require(Self.priorities(Self.document(kind: kind)).groups.first?.items.first)
        #expect(item.phrasing == expected)
    }

    @Test func furtherSentencesPutTheActorAfterTheirVerbs() {
        let suggestion = GapSuggestion(kind: .vacature)
        #expect(
            GapSuggestion.sentences(
                of: [
                    "Signaleert risico's. Let daarbij op regels.", "Betrekt, met medeweten van betrokkenen, partners.",
                ],
                actor: "de medewerker")
                == "De medewerker signaleert risico's. Ook let de medewerker daarbij op regels. Verder betrekt de "
                + "medewerker, met medeweten van betrokkenen, partners.")
        #expect(
            GapSuggestion.sentences(of: ["Kent de methoden. Zoals motiverende gespreksvoering."], actor: "de student")
                == "De student kent de methoden, zoals motiverende gespreksvoering.")
        // A sentence holding "ook" gets the next linking word.
        #expect(
            GapSuggestion.sentences(of: ["Luistert. Durft ook te zwijgen."], actor: "de medewerker")
                == "De medewerker luistert. Verder durft de medewerker ook te zwijgen.")
        #expect(
            suggestion.phrasing(of: ["Typeert gegevens t.b.v. het vervolg."], competency: "", cluster: "")
                == "Resultaatgebied: De medewerker typeert gegevens t.b.v. het vervolg.")
    }

    /// Every indicator of the shipped framework, in every genre: each sentence after the first
    /// starts with a linking word, the verbs and then the actor; no doubled spaces or stops.
    @Test func everyIndicatorOfTheFrameworkGetsAWellFormedPhrasing() throws {
        let framework = try FrameworkLoader.require(contentsOf: TestPaths.frameworkFile)
        for kind in [DocumentKind.functiebeschrijving, .opleidingsprofiel, .kwalificatiedossier] {
            let suggestion = GapSuggestion(kind: kind)
            for indicator in framework.indicators {
                let body = GapSuggestion.sentences(of: [indicator.text], actor: suggestion.subject)
                #expect(body.hasPrefix(DutchLabels.capitalised(suggestion.subject) + " "), "\(indicator.id)")
                #expect(
                    !body.contains("  ") && !body.contains("..") && !body.contains(" ,"), "\(indicator.id): \(body)")
                #expect(body.hasSuffix("."), "\(indicator.id)")
                // Sentences end at a full stop before a capital ("t.b.v. het" does not end one).
                let further = body.split(separator: /\. (?=\p{Lu})/).dropFirst()
                for sentence in further {
                    let words = sentence.split(separator: " ").map(String.init)
                    #expect(GapSuggestion.linkingWords.contains(words[0]), "\(indicator.id): \(sentence)")
                    #expect(sentence.contains(" \(suggestion.subject)"), "\(indicator.id): \(sentence)")
                }
            }
        }
    }
}
