import ArgumentParser
import DekkingCore
import DekkingModel
import DekkingPipeline
import DekkingReview
import Foundation

/// `dekking agreement PATH...`: how often the engine agrees with the users' decisions in
/// `Mappings/overrides/`.
struct AgreementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Vergelijk de inschatting van Dekking met de beslissingen van gebruikers in Mappings/overrides.",
        discussion: """
            Analyseert de documenten zonder de beslissingen en telt hoe vaak de status van Dekking \
            (gedekt of deels tegenover ontbreekt) overeenkomt met wat gebruikers bevestigden of \
            afwezen: overeenstemming, precisie, terugvinden en AUC van de scores.
            """)

    @Argument(help: ArgumentHelp("De documenten of mappen waarover beslissingen zijn genomen.", valueName: "pad"))
    var paths: [String]

    @Flag(help: "Schrijf de uitkomst als JSON naar standaarduitvoer.")
    var json = false

    @OptionGroup var options: RunOptions

    func run() async throws {
        let mappings = try options.loadMappings()
        let engineOnly = mappings.withoutOverrides()
        let run = await CoverageRun.run(
            options.runRequest(paths: paths, mappings: engineOnly), mappings: engineOnly)
        for finding in run.findings where finding.severity != .note { Terminal.report(finding) }
        let agreement = DecisionAgreement(result: run.result, decisions: mappings.overrides)
        if json {
            Terminal.write(Self.json(agreement) + "\n")
        } else {
            Terminal.write(Self.text(agreement))
        }
        if !run.failedFiles.isEmpty { throw ExitCode.failure }
    }

    static func text(_ a: DecisionAgreement) -> String {
        guard let agreement = a.agreement else {
            return "Geen beslissingen over deze documenten in Mappings/overrides (\(a.unmatched) over andere).\n"
        }
        func pct(_ x: Double?) -> String { x.map { "\(Int(($0 * 100).rounded())) %" } ?? "–" }
        var lines = [
            "\(a.pairs.count) beslissing(en): \(a.confirmed) bevestigd, \(a.rejected) afgewezen"
                + (a.unmatched > 0 ? "; \(a.unmatched) over documenten of onderdelen buiten deze run" : ""),
            "Overeenstemming: \(pct(agreement)) (Dekking zegt gedekt of deels waar bevestigd, ontbreekt waar afgewezen)",
            "Precisie: \(pct(a.precision)) van wat Dekking gedekt of deels noemde, is bevestigd",
            "Terugvinden: \(pct(a.recall)) van wat bevestigd is, vond Dekking",
            "AUC van de scores: \(a.auc.map { String(format: "%.2f", $0) } ?? "– (beide soorten beslissingen nodig)")",
        ]
        let disagreements = a.pairs.filter { !$0.agrees }
        if !disagreements.isEmpty {
            lines.append("Waar Dekking anders oordeelde:")
            for pair in disagreements.prefix(20) {
                lines.append(
                    "  \(pair.document) \(pair.item): \(pair.decision == .confirmed ? "bevestigd" : "afgewezen"), Dekking \(pair.status.label) (\(Int((pair.score * 100).rounded())) %)"
                )
            }
            if disagreements.count > 20 { lines.append("  … en \(disagreements.count - 20) meer") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ a: DecisionAgreement) -> String {
        func number(_ x: Double?) -> Any { x.map { ($0 * 10_000).rounded() / 10_000 } ?? NSNull() }
        let object: [String: Any] = [
            "decisions": a.pairs.count, "confirmed": a.confirmed, "rejected": a.rejected, "unmatched": a.unmatched,
            "agreement": number(a.agreement), "precision": number(a.precision), "recall": number(a.recall),
            "auc": number(a.auc),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
