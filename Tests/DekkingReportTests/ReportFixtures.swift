import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation

/// The contexts the report tests write: a small synthetic one, stable whatever the engine does, and
/// the real sample inputs run through the pipeline, which change when the engine is recalibrated.
enum ReportFixtures {
    /// A fixed start time, so that nothing in a report depends on when the test ran.
    static let startedAt = "2000-01-01T00:00:00Z"
    static let fixedHash = String(repeating: "0", count: 64)

    // MARK: - Synthetic

    static let framework = Framework(
        id: "test-kader", title: "Testkader sociaal-financiële dienstverlening", version: "2000-01",
        levels: [Level(id: "hbo", title: "hbo"), Level(id: "mbo", title: "mbo")],
        clusters: [
            Cluster(
                id: "1", title: "Contact maken",
                competencies: [
                    Competency(
                        id: "1.1", title: "Is zichtbaar en benaderbaar",
                        indicators: [
                            Indicator(
                                id: "1.1-mbo-1", competencyID: "1.1", level: "mbo",
                                text: "Maakt en houdt (online) contact, ook als de communicatie moeizaam verloopt."),
                            Indicator(
                                id: "1.1-mbo-2", competencyID: "1.1", level: "mbo",
                                text:
                                    "Biedt ruimte aan gevoelens van onmacht; reageert op \"weerstand\", boosheid en agressie."
                            ),
                            Indicator(
                                id: "1.1-hbo-1", competencyID: "1.1", level: "hbo",
                                text: "Legt verbinding met de leefwereld van burgers."),
                        ]),
                    Competency(
                        id: "1.2", title: "Communiceert passend, helder en transparant",
                        indicators: [
                            Indicator(
                                id: "1.2-mbo-1", competencyID: "1.2", level: "mbo",
                                text:
                                    "Varieert de manier van communiceren, afgestemd op (verbale, cognitieve, digitale) vermogens."
                            ),
                            Indicator(
                                id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                text: "Communiceert duidelijk, helder en consequent."),
                        ]),
                ]),
            Cluster(
                id: "2", title: "Financiële situatie in kaart brengen",
                competencies: [
                    Competency(
                        id: "2.1", title: "Brengt de financiële situatie in kaart",
                        indicators: [
                            Indicator(
                                id: "2.1-mbo-1", competencyID: "2.1", level: "mbo",
                                text: "Brengt samen met de cliënt inkomsten, uitgaven en schulden in kaart."),
                            Indicator(
                                id: "2.1-hbo-1", competencyID: "2.1", level: "hbo",
                                text: "Analyseert de financiële situatie en de oorzaken van problematische schulden."),
                        ])
                ]),
        ])

    static let result = CoverageResult(
        framework: .init(id: framework.id, version: framework.version, title: framework.title),
        documents: [kwalificatiedossier, functiebeschrijving])

    /// An mbo kwalificatiedossier with an override and evidence on pages.
    static let kwalificatiedossier = DocumentCoverage(
        id: "kd-financiële-dienstverlening", path: "Inputs/kd-financiële-dienstverlening.pdf",
        title: "Kwalificatiedossier Medewerker financiële dienstverlening", kind: .kwalificatiedossier, level: "mbo",
        matchedLevels: ["mbo"], fieldRelevance: 0.8125, wordCount: 4210,
        clusters: [
            ClusterCoverage(id: "1", score: 0.4125, status: .partial, covered: 0, partial: 1, gaps: 1),
            ClusterCoverage(id: "2", score: 0.91, status: .covered, covered: 1, partial: 0, gaps: 0),
        ],
        competencies: [
            CompetencyCoverage(
                id: "1.1", clusterID: "1", score: 0.6, status: .partial,
                indicators: [
                    IndicatorCoverage(
                        id: "1.1-mbo-1", level: "mbo", score: 0.72, status: .covered, override: .confirmed,
                        overrideNote: "Bevestigd door team, zie werkproces \"B1-K1-W1\", p. 12",
                        evidence: [
                            Evidence(
                                segment: 14, text: "De medewerker legt contact met de klant, ook als dat lastig is.",
                                code: "B1-K1-W1", headingPath: ["Kerntaak 1", "Werkproces 1: Legt contact"], page: 12,
                                score: 0.72, matchedTerms: ["contact"])
                        ]),
                    IndicatorCoverage(
                        id: "1.1-mbo-2", level: "mbo", score: 0.18, status: .partial,
                        evidence: [
                            Evidence(
                                segment: 20,
                                text: String(
                                    repeating: "Gaat professioneel om met emoties, weerstand en agressie. ", count: 8),
                                code: nil, headingPath: ["Kerntaak 1", "Vakkennis en vaardigheden"], page: 14,
                                score: 0.18,
                                matchedTerms: ["weerstand"])
                        ]),
                ], keywords: ["contact"]),
            CompetencyCoverage(
                id: "1.2", clusterID: "1", score: 0.225, status: .gap,
                indicators: [
                    IndicatorCoverage(id: "1.2-mbo-1", level: "mbo", score: 0.04999, status: .gap, evidence: [])
                ], keywords: []),
            CompetencyCoverage(
                id: "2.1", clusterID: "2", score: 0.91, status: .covered,
                indicators: [
                    IndicatorCoverage(
                        id: "2.1-mbo-1", level: "mbo", score: 0.91, status: .covered,
                        evidence: [
                            Evidence(
                                segment: 30,
                                text: "Brengt samen met de klant de inkomsten,\nuitgaven en schulden in kaart.",
                                code: "B1-K2-W1", headingPath: ["Kerntaak 2"], page: 15, score: 0.91,
                                matchedTerms: ["inkomsten"])
                        ])
                ], keywords: ["schulden"]),
        ])

    /// A function description matched against every level, with a rejected match.
    static let functiebeschrijving = DocumentCoverage(
        id: "functie budgetcoach", path: "Inputs/functie budgetcoach.odt",
        title: "Functieboek \"Sociaal werk\", functie Budgetcoach", kind: .functiebeschrijving, level: nil,
        matchedLevels: ["hbo", "mbo"], fieldRelevance: 0.5, wordCount: 880,
        clusters: [
            ClusterCoverage(id: "1", score: 0.05, status: .gap, covered: 0, partial: 0, gaps: 2),
            ClusterCoverage(id: "2", score: 0.33335, status: .partial, covered: 0, partial: 1, gaps: 0),
        ],
        competencies: [
            CompetencyCoverage(
                id: "1.1", clusterID: "1", score: 0.1, status: .gap,
                indicators: [
                    IndicatorCoverage(
                        id: "1.1-hbo-1", level: "hbo", score: 0, status: .gap, override: .rejected,
                        overrideNote: "Gaat over collega's, niet over burgers", evidence: []),
                    IndicatorCoverage(id: "1.1-mbo-1", level: "mbo", score: 0.1, status: .gap, evidence: []),
                ], keywords: []),
            CompetencyCoverage(
                id: "1.2", clusterID: "1", score: 0, status: .gap,
                indicators: [
                    IndicatorCoverage(id: "1.2-hbo-1", level: "hbo", score: 0, status: .gap, evidence: [])
                ], keywords: []),
            CompetencyCoverage(
                id: "2.1", clusterID: "2", score: 0.33335, status: .partial,
                indicators: [
                    IndicatorCoverage(
                        id: "2.1-hbo-1", level: "hbo", score: 0.33335, status: .partial,
                        evidence: [
                            Evidence(
                                segment: 3, text: "Analyseert, samen met de cliënt, de \"financiële\" situatie.",
                                code: nil,
                                headingPath: ["Resultaatgebieden", "Schulden"], page: nil, score: 0.33335,
                                matchedTerms: ["financiële"])
                        ])
                ], keywords: []),
        ])

    static let synthetic = ReportContext(
        result: result, framework: framework,
        manifest: RunManifest(
            name: "synthetisch", toolVersion: "0.0.0-test", startedAt: startedAt, framework: framework.id,
            frameworkVersion: framework.version,
            inputs: [
                .init(
                    path: kwalificatiedossier.path, sha256: fixedHash, bytes: 1234, document: kwalificatiedossier.id,
                    kind: .kwalificatiedossier, level: "mbo"),
                .init(
                    path: functiebeschrijving.path, sha256: fixedHash, bytes: 99, document: functiebeschrijving.id,
                    kind: .functiebeschrijving, level: nil),
                .init(path: "Inputs/kapot.pdf", sha256: fixedHash, bytes: 0, document: nil, kind: nil, level: nil),
            ],
            mappings: [.init(path: "Mappings/frameworks/test-kader.yaml", sha256: fixedHash)],
            settings: ["covered": 0.5, "partial": 0.2],
            findings: [
                Finding(
                    .warning, DekkingCore.SourceLocation(file: "Inputs/kapot.pdf"), "bestand kan niet worden gelezen")
            ]))

    // MARK: - Sample inputs through the pipeline

    /// The sample inputs in `Inputs/` run through the pipeline with the shipped mappings; paths are
    /// made relative to the repository, hashes and the start time fixed, so the reports depend only
    /// on the inputs, the mappings and the engine.
    static func sample() async throws -> ReportContext { try await SampleCache.shared.context() }

    fileprivate static func runSample() async throws -> ReportContext {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(.init(paths: [TestPaths.inputs.path]), mappings: mappings)
        var result = run.result
        for index in result.documents.indices {
            result.documents[index].path = relative(result.documents[index].path)
            for finding in result.documents[index].findings.indices {
                result.documents[index].findings[finding].location.file =
                    relative(result.documents[index].findings[finding].location.file)
            }
        }
        // As the run manifest records each document (``ManifestBuilder``), with fixed hashes.
        let inputs = run.documentPaths.map { path in
            let document = run.identities[path]
            return RunManifest.Input(
                path: relative(path), sha256: fixedHash, bytes: 0, document: document?.id, kind: document?.kind,
                level: document?.level)
        }
        var findings = mappings.findings + run.findings
        for index in findings.indices { findings[index].location.file = relative(findings[index].location.file) }
        let manifest = RunManifest(
            name: "voorbeelden", toolVersion: "0.0.0-test", startedAt: startedAt, framework: mappings.framework.id,
            frameworkVersion: mappings.framework.version, inputs: inputs,
            mappings: mappings.files.map { .init(path: $0, sha256: fixedHash) }, settings: [:], findings: findings)
        return ReportContext(result: result, framework: mappings.framework, manifest: manifest)
    }

    /// `path` relative to the repository root, so no machine's folders end up in a golden file.
    static func relative(_ path: String) -> String {
        let root = TestPaths.root.standardizedFileURL.path + "/"
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        return standard.hasPrefix(root) ? String(standard.dropFirst(root.count)) : path
    }
}

/// Runs the sample pipeline once for all tests of the target.
private actor SampleCache {
    static let shared = SampleCache()
    private var task: Task<ReportContext, any Error>?

    func context() async throws -> ReportContext {
        if let task { return try await task.value }
        let task = Task { try await ReportFixtures.runSample() }
        self.task = task
        return try await task.value
    }
}
