import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingPipeline
import DekkingReport

/// The short summary printed at the end of a run: documents, coverage per cluster, failures.
/// Each file name is one line's part: a newline or control in it is shown as an escape.
enum Summary {
    static func text(_ run: CoverageRun, framework: Framework) -> String {
        var lines: [String] = []
        let documents = run.result.documents
        lines.append("\(run.documentCount) document(en) geanalyseerd, \(run.failedFiles.count) bestand(en) mislukt.")
        lines.append(
            run.semantic
                ? "Vergeleken op woorden en op betekenis (zinsencoder)."
                : "Vergeleken op woorden (de zinsencoder doet mee met --semantic-limit N, voor runs tot N bestanden).")
        for document in documents.prefix(20) {
            let covered = document.competencies.filter { $0.status == .covered }.count
            let partial = document.competencies.filter { $0.status == .partial }.count
            let level = document.level?.rawValue ?? document.matchedLevels.map(\.rawValue).joined(separator: "+")
            lines.append(
                "  \(TerminalText.safe(document.id)) (\(document.kind.rawValue), \(level)): \(covered) gedekt, \(partial) deels, \(document.competencies.count - covered - partial) ontbreekt"
            )
        }
        if documents.count > 20 { lines.append("  … en \(documents.count - 20) meer (zie de rapporten)") }
        if run.documentCount > 0 {
            lines.append("Per cluster (gemiddelde score; documenten waarin het cluster deels of geheel gedekt is):")
            for cluster in framework.clusters {
                let total = run.clusterTotals[cluster.id] ?? StatusTally()
                lines.append(
                    "  \(cluster.id) \(cluster.title): \(Int((total.meanScore * 100).rounded()))%, \(total.covered + total.partial)/\(total.documents)"
                )
            }
        }
        if !run.failedFiles.isEmpty {
            lines.append("Mislukt: " + run.failedFiles.map(TerminalText.safe).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
