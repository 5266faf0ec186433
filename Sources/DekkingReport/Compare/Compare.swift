import DekkingCore
import DekkingFramework
import DekkingModel

/// Comparing the coverage of two documents.
public enum Compare {
    /// Compares documents `a` and `b`, both matched against `framework`.
    ///
    /// Every competency of the framework appears once, in framework order; a competency a document
    /// has no result for counts as ontbreekt with score 0. Indicators are compared by id across the
    /// levels either document was matched at; an indicator of a level only one document was matched
    /// at has `nil` on the other side (see ``DocumentComparison/levelsDiffer``).
    /// - Returns: The comparison, with both documents' evidence kept for reports.
    public static func compare(_ a: DocumentCoverage, _ b: DocumentCoverage, framework: Framework) -> DocumentComparison
    {
        let levels = Set(a.matchedLevels).union(b.matchedLevels)
        var competencies: [DocumentComparison.CompetencyComparison] = []
        for cluster in framework.clusters {
            for competency in cluster.competencies {
                let inA = a.competency(competency.id)
                let inB = b.competency(competency.id)
                let indicators = competency.indicators.filter { levels.contains($0.level) }.map { indicator in
                    DocumentComparison.IndicatorComparison(
                        id: indicator.id, level: indicator.level, text: indicator.text,
                        a: side(of: indicator.id, in: inA), b: side(of: indicator.id, in: inB))
                }
                competencies.append(
                    DocumentComparison.CompetencyComparison(
                        id: competency.id, clusterID: cluster.id, clusterTitle: cluster.title, title: competency.title,
                        a: .init(status: inA?.status ?? .gap, score: inA?.score ?? 0),
                        b: .init(status: inB?.status ?? .gap, score: inB?.score ?? 0),
                        indicators: indicators))
            }
        }
        return DocumentComparison(
            framework: .init(id: framework.id, version: framework.version, title: framework.title), a: a, b: b,
            competencies: competencies)
    }

    private static func side(of indicatorID: String, in coverage: CompetencyCoverage?) -> DocumentComparison.Side? {
        guard let indicator = coverage?.indicators.first(where: { $0.id == indicatorID }) else { return nil }
        return .init(status: indicator.status, score: indicator.score)
    }
}
