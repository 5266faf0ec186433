import DekkingFramework
import DekkingModel

/// Framework texts by id, and the rows every tabular report walks, built once per report from a
/// ``ReportContext``.
///
/// The framework decides the order (clusters, then competencies, then indicators as in the YAML
/// file); the result supplies the scores. A competency or indicator in the result that the framework
/// does not know keeps its id and gets an empty title or text.
struct ReportLookup {
    /// The documents reported, in result order.
    let documents: [DocumentCoverage]
    private let clustersByID: [String: Cluster]
    private let clusterOfCompetency: [String: Cluster]
    private let competenciesByID: [String: Competency]
    private let indicatorsByID: [String: Indicator]
    /// Per indicator id, its text as the continuation of a suggestion (``GapSuggestion/predicate(_:)``).
    private let predicatesByID: [String: String]
    /// Every cluster with its competency ids, in framework order, followed by any cluster or
    /// competency that only the result has (in result order), so no score is ever left out.
    let outline: [(clusterID: String, competencyIDs: [String])]
    /// The competency ids of ``outline``, in its order.
    private let outlineIDs: [String]
    private let inOutline: Set<String>

    init(_ context: ReportContext) { self.init(framework: context.framework, documents: context.result.documents) }

    /// The lookup for `documents` (possibly none, for reports written a document at a time).
    init(framework: Framework, documents: [DocumentCoverage]) {
        self.documents = documents
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
        predicatesByID = indicatorsByID.mapValues { GapSuggestion.predicate($0.text) }
        var outline = framework.clusters.map { ($0.id, $0.competencies.map(\.id)) }
        var known = Set(outline.flatMap(\.1))
        for document in documents {
            for competency in document.competencies where !known.contains(competency.id) {
                known.insert(competency.id)
                let cluster = clusterOfCompetency[competency.id]?.id ?? competency.clusterID
                if let index = outline.firstIndex(where: { $0.0 == cluster }) {
                    outline[index].1.append(competency.id)
                } else {
                    outline.append((cluster, [competency.id]))
                }
            }
        }
        self.outline = outline.map { (clusterID: $0.0, competencyIDs: $0.1) }
        outlineIDs = outline.flatMap(\.1)
        inOutline = known
    }

    func clusterTitle(_ id: String) -> String { clustersByID[id]?.title ?? "" }
    func competencyTitle(_ id: String) -> String { competenciesByID[id]?.title ?? "" }
    func indicatorText(_ id: String) -> String { indicatorsByID[id]?.text ?? "" }
    /// ``indicatorText(_:)`` as the continuation of a suggestion, worked out once per report.
    func indicatorPredicate(_ id: String) -> String { predicatesByID[id] ?? GapSuggestion.predicate("") }

    /// The cluster id of `competency`: the framework's, else the one the result recorded.
    func clusterID(of competency: CompetencyCoverage) -> String {
        clusterOfCompetency[competency.id]?.id ?? competency.clusterID
    }

    /// The competencies of `document` in the order of ``outline``; one the outline lacks (a
    /// document that is not in the context) follows, in the document's order.
    func competencies(of document: DocumentCoverage) -> [CompetencyCoverage] { competencies(of: document.competencies) }

    /// `competencies` in the framework's order, any the framework does not know after them.
    func competencies(of competencies: [CompetencyCoverage]) -> [CompetencyCoverage] {
        let byID = Dictionary(competencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        let extra = competencies.filter { !inOutline.contains($0.id) && seen.insert($0.id).inserted }
        return outlineIDs.compactMap { byID[$0] } + extra
    }
}
