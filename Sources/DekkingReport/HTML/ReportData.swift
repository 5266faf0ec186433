import DekkingCore
import DekkingFramework
import DekkingModel

/// The data embedded in an HTML page as JSON, read by its script to build evidence panels.
///
/// The framework part carries only what the page shows (titles and indicator texts); document
/// coverage is embedded as in `coverage.json`.
struct ReportData: Encodable {
    struct FrameworkData: Encodable {
        var id: String
        var title: String
        var version: String
        var levels: [LevelData]
        var clusters: [ClusterData]
    }

    struct LevelData: Encodable {
        var id: String
        var title: String
    }

    struct ClusterData: Encodable {
        var id: String
        var title: String
        var competencies: [CompetencyData]
    }

    struct CompetencyData: Encodable {
        var id: String
        var title: String
        var indicators: [IndicatorData]
    }

    struct IndicatorData: Encodable {
        var id: String
        var level: String
        var text: String
        var lead: String?
        var parts: [String]
    }

    var framework: FrameworkData
    var documents: [DocumentCoverage]

    init(framework: Framework, documents: [DocumentCoverage]) {
        self.framework = FrameworkData(
            id: framework.id, title: framework.title, version: framework.version,
            levels: framework.levels.map { LevelData(id: $0.id.rawValue, title: $0.title) },
            clusters: framework.clusters.map { cluster in
                ClusterData(
                    id: cluster.id, title: cluster.title,
                    competencies: cluster.competencies.map { competency in
                        CompetencyData(
                            id: competency.id, title: competency.title,
                            indicators: competency.indicators.map {
                                IndicatorData(
                                    id: $0.id, level: $0.level.rawValue, text: $0.text, lead: $0.lead, parts: $0.parts)
                            })
                    })
            })
        self.documents = documents
    }
}

extension DocumentKind {
    /// Where in a document of this kind a missing competency would be written down.
    var placeForAdditions: String {
        switch self {
        case .kwalificatiedossier: "een werkproces of kerntaak"
        case .opleidingsprofiel: "een leeruitkomst of beroepstaak"
        case .functiebeschrijving: "een resultaatgebied of taak"
        case .vacature: "de taken of functie-eisen"
        case .overig: "de beschrijving"
        }
    }
}

extension DocumentCoverage {
    /// The level(s) the document was matched at, for people: `mbo`, or `hbo + mbo`.
    var levelsText: String {
        if let level { return level.rawValue }
        return matchedLevels.map(\.rawValue).joined(separator: " + ")
    }
}
