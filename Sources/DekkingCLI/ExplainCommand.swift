import ArgumentParser
import DekkingCore
import DekkingModel
import DekkingPipeline
import DekkingReport
import Foundation

/// `dekking explain DOCUMENT COMPETENCY`: why a competency got its status in one document: a file
/// analysed now, or with `--run` a document of an earlier run, as that run reported it.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Toon per indicator van één competentie de score, status en bewijsplaatsen in een document.",
        discussion: """
            Zonder --run wordt het document (een bestand) nu geanalyseerd. Met --run is het document het id \
            van een document uit die run (zoals in report.html en coverage.csv) en toont explain wat die run \
            vond, zonder opnieuw te analyseren. Is het document geen bestand en ontbreekt --run, dan is             het een id uit de laatste run in Output/. Bijvoorbeeld:
              dekking explain Inputs/opleidingsprofiel-sjd.docx 2.2
              dekking explain --run Output/Inputs opleidingsprofiel-sjd 2.2
              dekking explain opleidingsprofiel-sjd 2.2
            """)

    @Argument(
        help: ArgumentHelp(
            "Het document: een bestand, of met --run het id van een document uit die run.", valueName: "document"))
    var document: String

    @Argument(help: ArgumentHelp("De competentie, bijv. 2.2.", valueName: "competentie"))
    var competency: String

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(
            "Een run-map van analyze, of het coverage.json van een run: leg een document uit die run uit.",
            valueName: "run"))
    var runReport: String?

    @OptionGroup var options: RunOptions

    /// At most this many ids of a run are listed when a document id is not in it.
    static let listedDocuments = 50

    /// The run to explain from: `--run`, or, when the document is no file, the latest run in
    /// `Output/` (a document id from the last run).
    var chosenRun: String? {
        if let runReport { return runReport }
        guard !FileManager.default.fileExists(atPath: document) else { return nil }
        return LatestRun.find()?.path
    }

    /// The coverage.json of the chosen run: the file itself, or the one in the run folder.
    var reportURL: URL? {
        guard let runReport = chosenRun else { return nil }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: runReport, isDirectory: &isFolder)
        let url = URL(fileURLWithPath: runReport)
        return exists && isFolder.boolValue ? url.appendingPathComponent("coverage.json") : url
    }

    func validate() throws {
        guard let reportURL, let runReport = chosenRun else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: document, isDirectory: &isFolder) else {
                throw ValidationError(
                    "\(document): bestand bestaat niet, en er is geen run in \(LatestRun.defaultFolder)/; een document "
                        + "uit een run kiest u met --run <run-map> <id>")
            }
            if isFolder.boolValue { throw ValidationError("\(document): is een map; explain legt één document uit") }
            return
        }
        guard FileManager.default.fileExists(atPath: reportURL.path) else {
            throw ValidationError("\(runReport): geen run-map met coverage.json en geen coverage.json")
        }
        if options.level != "auto" || options.kind != nil {
            throw ValidationError("--level en --kind gelden alleen zonder --run: een run heeft zijn niveau en soort al")
        }
    }

    func run() async throws {
        let mappings = try options.loadMappings()
        guard let definition = mappings.framework.competency(competency) else {
            let ids = mappings.framework.competencies.map(\.id)
            throw ValidationError(
                "onbekende competentie '\(competency)'."
                    + Suggestions.miss(competency, among: ids, listedAs: "Het kader kent"))
        }
        let coverage: DocumentCoverage
        if chosenRun == nil {
            coverage = try await analysed(mappings)
        } else {
            if runReport == nil, let latest = chosenRun {
                Terminal.error(
                    "opmerking: '\(document)' is geen bestand; uitgelegd uit de laatste run \(latest) (een andere: --run)"
                )
            }
            coverage = try reported(mappings)
        }
        Terminal.write(ExplainText.render(coverage, definition, mappings: mappings))
    }

    /// The document analysed now.
    private func analysed(_ mappings: LoadedMappings) async throws -> DocumentCoverage {
        let run = await CoverageRun.run(options.runRequest(paths: [document], mappings: mappings), mappings: mappings)
        for finding in run.findings { Terminal.report(finding) }
        guard let coverage = run.result.documents.first else { throw ExitCode.failure }
        return coverage
    }

    /// The document as the run of `--run` reported it.
    private func reported(_ mappings: LoadedMappings) throws -> DocumentCoverage {
        guard let reportURL, let runReport = chosenRun else { throw ExitCode.failure }
        let report: CoverageJSONFile
        let found: DocumentCoverage?
        do {
            report = try CoverageJSONFile(contentsOf: reportURL)
            found = try report.document(id: document)
        } catch {
            Terminal.error("fout: \(reportURL.path): geen leesbaar coverage.json van Dekking (\(error))")
            throw ExitCode.failure
        }
        guard let found else {
            throw ValidationError(
                "document '\(document)' staat niet in de run \(runReport)."
                    + Suggestions.miss(
                        document, among: report.documentIDs, listedAs: "De run heeft", limit: Self.listedDocuments))
        }
        let framework = mappings.framework
        if report.framework.id != framework.id || report.framework.version != framework.version {
            Terminal.error(
                "opmerking: de run is gemaakt met kader \(report.framework.id) versie \(report.framework.version), de mappings hebben \(framework.id) versie \(framework.version); de teksten komen uit de mappings"
            )
        }
        return found
    }
}
