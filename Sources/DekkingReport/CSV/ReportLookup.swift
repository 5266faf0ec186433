import DekkingFramework
import DekkingMatching

/// Framework texts by id, and the rows every tabular report walks, built once per report from a
/// ``ReportContext``.
///
/// The framework decides the order (clusters, then competencies, then indicators as in the YAML
/// file); the result supplies the scores. A competency or indicator in the result that the framework
/// does not know keeps its id and gets an empty title or text.
struct ReportLookup {
    let context: ReportContext
    private let clustersByID: [String: Cluster]
    private let clusterOfCompetency: [String: Cluster]
    private let competenciesByID: [String: Competency]
    private let indicatorsByID: [String: Indicator]

    init(_ context: ReportContext) {
        self.context = context
        let framework = context.framework
        var clustersByID: [String: Cluster] = [:]
        var clusterOfCompetency: [String: Cluster] = [:]
        var competenciesByID: [String: Competency] = [:]
        var indicatorsByID: [String: Indicator] = [:]
        for cluster in framework.clusters {
            clustersByID[cluster.id] = clustersByID[cluster.id] ?? cluster
            for competency in cluster.competencies {
                clusterOfCompetency[competency.id] = clusterOfCompetency[competency.id] ?? cluster
                competenciesByID[competency.id] = competenciesByID[competency.id] ?? competency
                for indicator in competency.indicators {
                    indicatorsByID[indicator.id] = indicatorsByID[indicator.id] ?? indicator
                }
            }
        }
        self.clustersByID = clustersByID
        self.clusterOfCompetency = clusterOfCompetency
        self.competenciesByID = competenciesByID
        self.indicatorsByID = indicatorsByID
    }

    var documents: [DocumentCoverage] { context.result.documents }

    func clusterTitle(_ id: String) -> String { clustersByID[id]?.title ?? "" }
    func competencyTitle(_ id: String) -> String { competenciesByID[id]?.title ?? "" }
    func indicatorText(_ id: String) -> String { indicatorsByID[id]?.text ?? "" }

    /// The cluster id of `competency`: the framework's, else the one the result recorded.
    func clusterID(of competency: CompetencyCoverage) -> String {
        clusterOfCompetency[competency.id]?.id ?? competency.clusterID
    }

    /// Every cluster with its competency ids, in framework order, followed by any cluster or
    /// competency that only the result has (in result order), so no score is ever left out.
    var outline: [(clusterID: String, competencyIDs: [String])] {
        var outline = context.framework.clusters.map { ($0.id, $0.competencies.map(\.id)) }
        var known = Set(outline.flatMap(\.1))
        for document in documents {
            for competency in document.competencies where !known.contains(competency.id) {
                known.insert(competency.id)
                let cluster = clusterID(of: competency)
                if let index = outline.firstIndex(where: { $0.0 == cluster }) {
                    outline[index].1.append(competency.id)
                } else {
                    outline.append((cluster, [competency.id]))
                }
            }
        }
        return outline.map { (clusterID: $0.0, competencyIDs: $0.1) }
    }

    /// The competencies of `document` in framework order (see ``outline``).
    func competencies(of document: DocumentCoverage) -> [CompetencyCoverage] {
        let byID = Dictionary(document.competencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return outline.flatMap(\.competencyIDs).compactMap { byID[$0] }
    }
}
