import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingReport

/// A small fictitious framework and two documents for HTML and comparison tests: an override,
/// evidence with page and code, Dutch diacritics and a text that tries to break out of a script.
enum HTMLFixtures {
    static let hostile = "</script><script>alert(1)</script>"

    static let framework = Framework(
        id: "test-kader", title: "Testkader sociaal-financiële dienstverlening", version: "2024-01",
        levels: [Level(id: "mbo", title: "mbo"), Level(id: "hbo", title: "hbo")],
        clusters: [
            Cluster(
                id: "1", title: "Cliënt centraal",
                competencies: [
                    Competency(
                        id: "1.1", title: "Contact leggen met de cliënt",
                        indicators: [
                            Indicator(
                                id: "1.1-mbo-1", competencyID: "1.1", level: "mbo",
                                text: "Legt contact met de cliënt en luistert actief."),
                            Indicator(
                                id: "1.1-mbo-2", competencyID: "1.1", level: "mbo",
                                text: "Bespreekt de financiële situatie, ook \(hostile)."),
                            Indicator(
                                id: "1.1-hbo-1", competencyID: "1.1", level: "hbo",
                                text: "Voert regie over het contact."),
                        ]),
                    Competency(
                        id: "1.2", title: "Schulden in kaart brengen, \"volledig\"",
                        indicators: [
                            Indicator(
                                id: "1.2-mbo-1", competencyID: "1.2", level: "mbo",
                                text: "Brengt schulden en betalingsachterstanden in kaart."),
                            Indicator(
                                id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                text: "Analyseert de schuldenpositie."),
                        ]),
                ]),
            Cluster(
                id: "2", title: "Netwerk",
                competencies: [
                    Competency(
                        id: "2.1", title: "Samenwerken in de keten",
                        indicators: [
                            Indicator(
                                id: "2.1-mbo-1", competencyID: "2.1", level: "mbo",
                                text: "Werkt samen met ketenpartners."),
                            Indicator(
                                id: "2.1-hbo-1", competencyID: "2.1", level: "hbo", text: "Bouwt een netwerk op."),
                        ])
                ]),
        ])

    static func indicator(
        _ id: String, _ score: Double, _ status: CoverageStatus, override: OverrideDecision? = nil, note: String? = nil,
        evidence: [Evidence] = []
    ) -> IndicatorCoverage {
        IndicatorCoverage(
            id: id, level: "mbo", score: score, status: status, override: override, overrideNote: note,
            evidence: evidence)
    }

    static let kd = DocumentCoverage(
        id: "kd-schuldhulp", path: "Inputs/kd-schuldhulp.pdf", title: "Kwalificatiedossier Schuldhulp – cliënt & geld",
        kind: .kwalificatiedossier, level: "mbo", matchedLevels: ["mbo"], fieldRelevance: 0.8, wordCount: 1200,
        clusters: [
            ClusterCoverage(id: "1", score: 0.6, status: .covered, covered: 1, partial: 1, gaps: 0),
            ClusterCoverage(id: "2", score: 0.1, status: .gap, covered: 0, partial: 0, gaps: 1),
        ],
        competencies: [
            CompetencyCoverage(
                id: "1.1", clusterID: "1", score: 0.72, status: .covered,
                indicators: [
                    indicator(
                        "1.1-mbo-1", 0.8, .covered,
                        evidence: [
                            Evidence(
                                segment: 3,
                                text: "De medewerker legt contact met de cliënt en luistert actief naar zijn verhaal.",
                                code: "B1-K1-W2", headingPath: ["Basisdeel", "B1-K1 Ondersteunt cliënten"], page: 4,
                                score: 0.8,
                                matchedTerms: ["contact", "cliënt", "luistert"])
                        ]),
                    indicator(
                        "1.1-mbo-2", 0.3, .partial, override: .confirmed, note: "Besproken in de werkgroep, \(hostile)",
                        evidence: [
                            Evidence(
                                segment: 7, text: "Bespreekt geldzaken. \(hostile)", code: nil,
                                headingPath: ["Profieldeel"], page: 6,
                                score: 0.3, matchedTerms: ["geldzaken"])
                        ]),
                ], keywords: ["cliënt"]),
            CompetencyCoverage(
                id: "1.2", clusterID: "1", score: 0.35, status: .partial,
                indicators: [
                    indicator("1.2-mbo-1", 0.35, .partial)
                ], keywords: []),
            CompetencyCoverage(
                id: "2.1", clusterID: "2", score: 0.1, status: .gap,
                indicators: [
                    indicator("2.1-mbo-1", 0.1, .gap, override: .rejected, note: "Geen ketensamenwerking")
                ], keywords: []),
        ])

    static let function = DocumentCoverage(
        id: "functie-budgetcoach", path: "Inputs/functie budgetcoach.odt", title: "Functie Budgetcoach \(hostile)",
        kind: .functiebeschrijving, level: "mbo", matchedLevels: ["mbo"], fieldRelevance: 0.1, wordCount: 400,
        clusters: [
            ClusterCoverage(id: "1", score: 0.3, status: .partial, covered: 0, partial: 1, gaps: 1),
            ClusterCoverage(id: "2", score: 0.6, status: .covered, covered: 1, partial: 0, gaps: 0),
        ],
        competencies: [
            CompetencyCoverage(
                id: "1.1", clusterID: "1", score: 0.4, status: .partial,
                indicators: [
                    indicator("1.1-mbo-1", 0.4, .partial), indicator("1.1-mbo-2", 0.0, .gap),
                ], keywords: []),
            CompetencyCoverage(
                id: "1.2", clusterID: "1", score: 0.05, status: .gap,
                indicators: [
                    indicator("1.2-mbo-1", 0.05, .gap)
                ], keywords: []),
            CompetencyCoverage(
                id: "2.1", clusterID: "2", score: 0.6, status: .covered,
                indicators: [
                    indicator(
                        "2.1-mbo-1", 0.6, .covered,
                        evidence: [
                            Evidence(
                                segment: 1, text: "Je werkt samen met ketenpartners zoals de Kredietbank.",
                                code: "Resultaatgebied 2",
                                headingPath: ["Taken"], page: nil, score: 0.6, matchedTerms: ["samen", "ketenpartners"])
                        ])
                ], keywords: []),
        ])

    static let context = ReportContext(
        result: CoverageResult(
            framework: .init(id: framework.id, version: framework.version, title: framework.title),
            documents: [kd, function]),
        framework: framework,
        manifest: RunManifest(
            name: "test-run", toolVersion: "9.9.9", startedAt: "2025-01-02T03:04:05Z", framework: framework.id,
            frameworkVersion: framework.version,
            inputs: [
                .init(
                    path: "Inputs/kd-schuldhulp.pdf", sha256: String(repeating: "a", count: 64), bytes: 1000,
                    document: "kd-schuldhulp",
                    kind: .kwalificatiedossier, level: "mbo"),
                .init(
                    path: "Inputs/functie budgetcoach.odt", sha256: String(repeating: "b", count: 64), bytes: 500,
                    document: "functie-budgetcoach", kind: .functiebeschrijving, level: "mbo"),
            ],
            mappings: [.init(path: "Mappings/thresholds.yaml", sha256: String(repeating: "c", count: 64))],
            settings: ["covered": 0.55, "partial": 0.3, "fieldWarning": 0.2],
            findings: [
                Finding(
                    .warning, SourceLocation(file: "Mappings/overrides/test.csv", line: 3),
                    "override voor onbekende indicator")
            ]))
}
