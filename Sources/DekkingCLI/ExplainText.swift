import DekkingFramework
import DekkingMatching
import DekkingModel
import DekkingPipeline
import DekkingReport
import Foundation

/// The text of `dekking explain`: how one competency's probability in one document came about,
/// every indicator with its passages, and the cluster's startbekwaam profile when the document has one.
enum ExplainText {
    /// The text, ending in a newline.
    /// - Parameters:
    ///   - coverage: the document, analysed now or read from a run's coverage.json.
    ///   - definition: the competency, from `mappings.framework`.
    ///   - mappings: the mappings, for the indicators' texts, the calibration and the thresholds.
    static func render(_ coverage: DocumentCoverage, _ definition: Competency, mappings: LoadedMappings) -> String {
        guard let result = coverage.competency(definition.id) else {
            return "\(coverage.id): geen uitkomst voor competentie \(definition.id)\n"
        }
        let indicators = Dictionary(uniqueKeysWithValues: mappings.framework.indicators.map { ($0.id, $0) })
        var lines: [String] = []
        lines.append("\(coverage.id) – competentie \(definition.id) \(definition.title)")
        lines.append(
            "Score \(format(result.score)): \(result.status.label). Niveau: \(coverage.matchedLevels.map(\.rawValue).joined(separator: "+")). Relevantie voor het vakgebied: \(format(coverage.fieldRelevance))."
        )
        if !result.keywords.isEmpty { lines.append("Kernwoorden gevonden: \(result.keywords.joined(separator: ", "))") }
        if let signals = result.signals {
            let model = mappings.engine.prepared.calibration.model(semantic: coverage.semantic == true)
            lines.append(
                "Hoe de kans ontstaat (\(coverage.semantic == true ? "op woorden en betekenis" : "op woorden")): basis \(signed(model.intercept))"
            )
            for part in model.contributions(signals) where part.value != 0 {
                lines.append(
                    "  \(CalibrationModel.labels[part.name] ?? part.name): \(format(part.value)) × \(format(part.weight)) = \(signed(part.part))"
                )
            }
            lines.append(
                "  → kans \(format(result.score)) (gedekt vanaf \(format(mappings.engine.prepared.configuration.covered)), deels vanaf \(format(mappings.engine.prepared.configuration.partial)))"
            )
            lines.append(
                "Een indicator krijgt de kans van de competentie maal zijn kansverhouding tot de beste indicator.")
        }
        for indicator in result.indicators {
            lines.append("")
            var head = "\(indicator.id)  \(format(indicator.score))  \(indicator.status.label)"
            if let decision = indicator.override {
                head += "  [override: \(decision == .confirmed ? "bevestigd" : "afgewezen")]"
            }
            lines.append(head)
            lines.append("  \(indicators[indicator.id]?.text ?? "")")
            for evidence in indicator.evidence {
                lines.append("  ▸ \(format(evidence.score)) \(EvidencePlace(evidence).text)")
                lines.append("    “\(evidence.text.prefix(300))”")
                if evidence.basis == .semantic {
                    lines.append("    op betekenis (gelijkenis \(format(evidence.similarity ?? 0)))")
                } else {
                    lines.append("    woorden: \(evidence.matchedTerms.joined(separator: ", "))")
                }
            }
        }
        if let cluster = mappings.framework.cluster(containing: definition.id),
            let profile = coverage.startbekwaam?.first(where: { $0.clusterID == cluster.id })
        {
            lines.append("")
            lines.append(
                "Startbekwaam profiel van cluster \(cluster.id) (\(cluster.title)): \(format(profile.score)), \(profile.status.label)"
            )
            for statement in profile.statements {
                lines.append("  \(format(statement.score)) \(statement.status.label): \(statement.text)")
                if let best = statement.evidence.first { lines.append("    ▸ “\(best.text.prefix(200))”") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func signed(_ value: Double) -> String { String(format: "%+.2f", value) }
}
