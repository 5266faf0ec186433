import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingTestSupport
import Testing

@testable import DekkingReport

/// A large run in miniature for the overview tests: the small framework of ``HTMLFixtures`` with a
/// startbekwaam profile per cluster, and four fictitious documents (two from ``HTMLFixtures``, with
/// evidence, overrides and a hostile title), two of them matched against the profiles.
enum OverviewFixtures {
    static let framework: Framework = {
        var framework = HTMLFixtures.framework
        framework.clusters[0].startbekwaam = ["Legt contact met cliënten.", "Werkt methodisch."]
        framework.clusters[1].startbekwaam = ["Kent de sociale kaart."]
        return framework
    }()

    /// A document at mbo whose competencies 1.1, 1.2 and 2.1 have `statuses` (status, score); each
    /// indicator has its competency's, with a passage where it is not a gap.
    static func document(
        _ id: String, _ title: String, _ kind: DocumentKind, statuses: [(CoverageStatus, Double)],
        clusters: [(CoverageStatus, Double)] = [(.partial, 0.5), (.partial, 0.5)], relevance: Double = 0.5
    ) -> DocumentCoverage {
        let competencies = zip(framework.competencies, statuses).map { competency, status in
            CompetencyCoverage(
                id: competency.id, clusterID: framework.cluster(containing: competency.id)?.id ?? "", score: status.1,
                status: status.0,
                indicators: competency.indicators(for: "mbo").map { indicator in
                    IndicatorCoverage(
                        id: indicator.id, level: "mbo", score: status.1, status: status.0,
                        evidence: status.0 == .gap
                            ? []
                            : [
                                Evidence(
                                    segment: 1, text: "Passage uit \(title) bij \(indicator.id).", code: nil,
                                    headingPath: [], page: nil,
                                    score: status.1, matchedTerms: [])
                            ])
                }, keywords: [])
        }
        return DocumentCoverage(
            id: id, path: "Inputs/\(id).pdf", title: title, kind: kind, level: "mbo", matchedLevels: ["mbo"],
            fieldRelevance: relevance, wordCount: 100,
            clusters: zip(framework.clusters, clusters).map {
                ClusterCoverage(id: $0.id, score: $1.1, status: $1.0, covered: 0, partial: 0, gaps: 0)
            },
            competencies: competencies)
    }

    static let documents: [DocumentCoverage] = {
        var kd = HTMLFixtures.kd
        kd.startbekwaam = [
            ProfileCoverage(
                clusterID: "1", score: 0.3, status: .partial,
                statements: [
                    StatementCoverage(
                        text: "Legt contact met cliënten.", score: 0.4, status: .partial,
                        evidence: [
                            Evidence(
                                segment: 2, text: "De student oefent gesprekken met cliënten in de praktijkroute.",
                                code: "B1-K1",
                                headingPath: [], page: 3, score: 0.4, matchedTerms: ["cliënten"])
                        ]),
                    StatementCoverage(text: "Werkt methodisch.", score: 0, status: .gap, evidence: []),
                ]),
            ProfileCoverage(
                clusterID: "2", score: 0, status: .gap,
                statements: [
                    StatementCoverage(text: "Kent de sociale kaart.", score: 0, status: .gap, evidence: [])
                ]),
        ]
        let vacature = document(
            "vacature-kredietbank", "Vacature Budgetcoach, Kredietbank Noorderkwartier", .vacature,
            statuses: [(.covered, 0.88), (.gap, 0), (.covered, 0.7)], clusters: [(.partial, 0.44), (.covered, 0.7)],
            relevance: 0.9)
        var profile = document(
            "op-hogeschool-veldhoven", "Opleidingsprofiel Sociaal Werk, Hogeschool Veldhoven", .opleidingsprofiel,
            statuses: [(.gap, 0.2), (.gap, 0.17), (.covered, 0.92)], clusters: [(.gap, 0.19), (.covered, 0.92)],
            relevance: 0.7)
        profile.startbekwaam = [
            ProfileCoverage(
                clusterID: "1", score: 0.5, status: .partial,
                statements: [
                    StatementCoverage(
                        text: "Legt contact met cliënten.", score: 0.8, status: .covered,
                        evidence: [
                            Evidence(
                                segment: 5,
                                text: "Afgestudeerden bouwen een werkrelatie op met cliënten van de wijkteams.",
                                code: nil,
                                headingPath: ["Leeruitkomsten"], page: 9, score: 0.8, matchedTerms: ["cliënten"])
                        ]),
                    StatementCoverage(text: "Werkt methodisch.", score: 0.1, status: .gap, evidence: []),
                ]),
            ProfileCoverage(
                clusterID: "2", score: 0.7, status: .covered,
                statements: [
                    StatementCoverage(text: "Kent de sociale kaart.", score: 0.7, status: .covered, evidence: [])
                ]),
        ]
        return [kd, HTMLFixtures.function, vacature, profile]
    }()

    static let overview: RunOverview = {
        var overview = RunOverview(framework: framework)
        for document in documents { overview.add(document) }
        return overview
    }()

    static let context = ReportContext(
        result: CoverageResult(
            framework: .init(id: framework.id, version: framework.version, title: framework.title), documents: []),
        framework: framework,
        manifest: RunManifest(
            name: "grote-run", toolVersion: "9.9.9", startedAt: "2025-01-02T03:04:05Z", framework: framework.id,
            frameworkVersion: framework.version,
            inputs: zip(documents, [1000, 500, 800, 1200]).map { document, bytes in
                RunManifest.Input(
                    path: document.path, sha256: String(repeating: "a", count: 64), bytes: bytes,
                    document: document.id, kind: document.kind, level: document.level)
            } + [
                .init(
                    path: "Inputs/kapot.pdf", sha256: String(repeating: "b", count: 64), bytes: 100, document: nil,
                    kind: nil, level: nil)
            ],
            mappings: [.init(path: "Mappings/thresholds.yaml", sha256: String(repeating: "c", count: 64))],
            settings: ["covered": 0.55, "partial": 0.3],
            findings: [
                Finding(
                    .warning, DekkingCore.SourceLocation(file: "Inputs/kapot.pdf"), "bestand kan niet worden gelezen")
            ]),
        overview: overview)

    /// `count` documents against `framework` with statuses drawn from a fixed seed, for size checks.
    static func synthetic(_ count: Int, framework: Framework) -> RunOverview {
        var random = SplitMix(seed: 2_000)
        var overview = RunOverview(framework: framework)
        let kinds = DocumentKind.allCases
        for index in 0..<count {
            func cell() -> (CoverageStatus, Double) {
                let score = Double(random.next() % 1_000) / 1_000
                return (score >= 0.55 ? .covered : score >= 0.3 ? .partial : .gap, score)
            }
            let competencies = framework.competencies.map { competency in
                let (status, score) = cell()
                return CompetencyCoverage(
                    id: competency.id, clusterID: "", score: score, status: status,
                    indicators: competency.indicators(for: "mbo").map {
                        IndicatorCoverage(id: $0.id, level: "mbo", score: score, status: status, evidence: [])
                    }, keywords: [])
            }
            let clusters = framework.clusters.map { cluster in
                let (status, score) = cell()
                return ClusterCoverage(id: cluster.id, score: score, status: status, covered: 0, partial: 0, gaps: 0)
            }
            overview.add(
                DocumentCoverage(
                    id: "opleidingsprofiel-\(index)", path: "",
                    title: "Opleidingsprofiel Sociaal Werk, ROC Voorbeeldstad, cohort \(index)",
                    kind: kinds[index % kinds.count], level: "mbo", matchedLevels: ["mbo"], fieldRelevance: cell().1,
                    wordCount: 0,
                    clusters: clusters, competencies: competencies))
        }
        return overview
    }
}
