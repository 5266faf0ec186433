import ArgumentParser
import DekkingCore
import DekkingMatching
import DekkingPipeline
import DekkingReport
import Foundation

/// Options shared by the commands that read and match documents.
struct RunOptions: ParsableArguments {
    @OptionGroup var mappings: MappingOptions

    @Option(help: "Niveau: auto (van het document), of een niveau van het kader (mbo, hbo).")
    var level: String = "auto"

    @Option(help: "Soort voor alle documenten: kwalificatiedossier, opleidingsprofiel, functiebeschrijving, vacature, overig.")
    var kind: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Eén instelling van thresholds.yaml voor deze run, bijv. partial=0.3.", valueName: "naam=waarde"))
    var settings: [String] = []

    @Flag(help: "Geen voortgang en samenvatting op stderr.")
    var quiet = false

    func validate() throws {
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError("onbekende soort '\(kind)'; kies uit: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try parsedSettings()
    }

    func parsedSettings() throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in settings {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw ValidationError("--set verwacht naam=getal, niet '\(item)'")
            }
            result[parts[0]] = value
        }
        return result
    }

    /// Loads the mappings, printing their warnings; exits with status 1 on errors.
    func loadMappings() throws -> LoadedMappings {
        let request = LoadedMappings.Request(
            folder: URL(fileURLWithPath: mappings.mappings), displayFolder: mappings.mappings,
            frameworkFile: mappings.framework.map { URL(fileURLWithPath: $0) }, displayFrameworkFile: mappings.framework,
            settings: try parsedSettings())
        do {
            let loaded = try LoadedMappings.load(request)
            for finding in loaded.findings where finding.severity != .note || !quiet { Terminal.error(finding.description) }
            if level != "auto", !loaded.framework.declares(LevelID(level)) {
                throw ValidationError("onbekend niveau '\(level)'; kies auto of: \(loaded.framework.levels.map(\.id.rawValue).joined(separator: ", "))")
            }
            return loaded
        } catch let error as MappingError {
            for finding in error.findings { Terminal.error(finding.description) }
            throw ExitCode.failure
        }
    }

    func runRequest(paths: [String]) -> CoverageRun.Request {
        CoverageRun.Request(
            paths: paths, level: level == "auto" ? .auto : .level(LevelID(level)), kind: kind.flatMap(DocumentKind.init(rawValue:)))
    }
}

/// `dekking analyze`: match documents against the framework and write the coverage.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Bepaal per document welke competenties en indicatoren het dekt.",
        discussion: "Leest bestanden of mappen (PDF, DOCX, ODT, HTML, XML, TXT), vergelijkt ze met het kader en schrijft de dekking.")

    @Argument(help: "Bestanden of mappen.")
    var paths: [String]

    @OptionGroup var options: RunOptions

    @Option(help: "Schrijf het JSON-rapport naar dit bestand.")
    var json: String?

    @Option(help: "Schrijf de uitvoer (coverage.json) in deze map.")
    var out: String?

    func run() async throws {
        let mappings = try options.loadMappings()
        let run = await CoverageRun.run(options.runRequest(paths: paths), mappings: mappings)
        for finding in run.findings where finding.severity != .note || !options.quiet { Terminal.error(finding.description) }
        let data = try CoverageJSON.encode(run.result)
        if let json { try AtomicFile.write(data, to: URL(fileURLWithPath: json)) }
        if let out { try AtomicFile.write(data, to: URL(fileURLWithPath: out).appendingPathComponent("coverage.json")) }
        if json == nil && out == nil { Terminal.write(data) }
        if !options.quiet { Terminal.error(Summary.text(run, framework: mappings.framework)) }
        if run.findings.containsError || !run.failedFiles.isEmpty { throw ExitCode.failure }
    }
}
