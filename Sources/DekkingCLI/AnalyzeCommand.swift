import ArgumentParser
import DekkingCore
import DekkingMatching
import DekkingPipeline
import DekkingReport
import Foundation

/// Options shared by the commands that read and match documents.
struct RunOptions: ParsableArguments {
    @OptionGroup var mappings: MappingOptions

    @Option(
        help: ArgumentHelp(
            "Niveau: auto (van het document), of een niveau van het kader (mbo, hbo).", valueName: "niveau"))
    var level: String = "auto"

    @Option(
        help: ArgumentHelp(
            "Soort voor alle documenten: \(DocumentKind.userWords).",
            valueName: "soort"))
    var kind: String?

    @Option(
        help: ArgumentHelp(
            "Eenheden in elk document: \(UnitChoice.words) (standaard auto: zoals de koppen ze tonen); elke functie, module of kerntaak wordt ook apart gemeten.",
            valueName: "eenheden"))
    var units: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Eén instelling van thresholds.yaml voor deze run, bijv. partial=0.3; namen: \(MatchingConfiguration.names.joined(separator: ", ")).",
            valueName: "naam=waarde"))
    var settings: [String] = []

    @Flag(help: "Geen voortgang en samenvatting op stderr.")
    var quiet = false

    @Flag(
        help:
            "Vergelijk ook met het startbekwame profiel per cluster (standaard alleen voor kwalificatiedossiers en opleidingsprofielen)."
    )
    var startbekwaam = false

    @Option(
        name: .customLong("semantic-limit"),
        help: ArgumentHelp(
            "Vergelijk ook op betekenis (zinsencoder) bij runs van hooguit zoveel bestanden; grotere runs alleen op woorden (0: altijd alleen op woorden).",
            valueName: "N"))
    var semanticLimit: Int = CoverageRun.defaultSemanticLimit

    func validate() throws {
        if let kind, DocumentKind.reading(kind) == nil {
            throw ValidationError("onbekende soort '\(kind)'; kies uit: \(DocumentKind.userWords)")
        }
        if let units, UnitChoice(word: units) == nil {
            throw ValidationError("onbekende eenheden '\(units)'; kies uit: \(UnitChoice.words)")
        }
        if semanticLimit < 0 {
            throw ValidationError("--semantic-limit verwacht een aantal van 0 of meer, niet \(semanticLimit)")
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
            // The same check as for a value of thresholds.yaml, so a bad value is a usage error.
            do {
                result[parts[0]] = try MatchingConfiguration.checked(parts[0], value)
            } catch {
                throw ValidationError("--set: \(error.description)")
            }
        }
        return result
    }

    /// Loads the mappings, printing their warnings; exits with status 1 on errors.
    func loadMappings() throws -> LoadedMappings {
        let request = LoadedMappings.Request(
            folder: URL(fileURLWithPath: mappings.mappings), displayFolder: mappings.mappings,
            frameworkFile: mappings.framework.map { URL(fileURLWithPath: $0) },
            displayFrameworkFile: mappings.framework,
            settings: try parsedSettings())
        do {
            let loaded = try LoadedMappings.load(request)
            for finding in loaded.findings where finding.severity != .note || !quiet {
                Terminal.report(finding)
            }
            if level != "auto", !loaded.framework.declares(LevelID(level)) {
                throw ValidationError(
                    "onbekend niveau '\(level)'; kies auto of: \(loaded.framework.levels.map(\.id.rawValue).joined(separator: ", "))"
                )
            }
            ProcessLifetime.keep(loaded)
            return loaded
        } catch let error as MappingError {
            for finding in error.findings { Terminal.report(finding) }
            throw ExitCode.failure
        }
    }

    func runRequest(paths: [String], mappings loaded: LoadedMappings) -> CoverageRun.Request {
        var request = CoverageRun.Request(
            paths: paths, level: level == "auto" ? .auto : .level(LevelID(level)),
            kind: kind.flatMap(DocumentKind.reading)?.kind)
        request.units = units.flatMap(UnitChoice.init(word:)) ?? kind.flatMap(DocumentKind.reading)?.units
        if startbekwaam { request.profile = .always }
        request.semanticLimit = semanticLimit
        let folder = URL(fileURLWithPath: mappings.mappings)
        let display = mappings.mappings
        request.semantic = { @Sendable in
            let outcome = SemanticSetup.layer(for: loaded, folder: folder, displayFolder: display)
            ProcessLifetime.keep(outcome)  // the encoder lives as long as the command
            return outcome
        }
        return request
    }
}

/// `dekking analyze`: match documents against the framework and write the coverage.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Bepaal per document welke competenties en indicatoren het dekt.",
        discussion: """
            Leest bestanden of mappen (PDF, DOCX, ODT, HTML, XML, TXT), vergelijkt ze met het kader en \
            schrijft een run-map <out>/<naam>/ met coverage.json, coverage.csv, matrix.csv, coverage.xlsx, \
            report.html, gaps.md en run.json. Met alleen --json (zonder --out) wordt alleen het JSON-rapport \
            geschreven. De uitvoer is dezelfde bij elk aantal --jobs.
            """)

    @Argument(help: ArgumentHelp("Bestanden of mappen.", valueName: "pad"))
    var paths: [String] = []

    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp(
            "Lees (ook) de te analyseren bestanden of mappen uit dit bestand, één per regel; - leest ze van stdin.",
            valueName: "lijst"))
    var filesFrom: String?

    @OptionGroup var options: RunOptions

    @Option(
        help: ArgumentHelp(
            "Schrijf (ook) het JSON-rapport naar dit bestand; - schrijft het naar stdout.", valueName: "bestand"))
    var json: String?

    @Option(help: ArgumentHelp("De map waarin de run-map komt (standaard: Output).", valueName: "map"))
    var out: String?

    @Option(help: ArgumentHelp("Naam van de run-map (standaard: afgeleid van de invoer).", valueName: "naam"))
    var name: String?

    @Flag(
        help:
            "Vervang een bestaande run-map met dezelfde naam (alleen een run-map van Dekking, nooit invoer of mappings)."
    )
    var force = false

    @Flag(
        name: .customLong("write-inside-inputs"),
        help:
            "Sta toe dat run-map, --json of --cache in een invoermap of de mappings-map komen (een volgende run van die map leest de rapporten dan als documenten)."
    )
    var writeInsideInputs = false

    @Flag(help: "Begin de CSV-bestanden met een UTF-8-BOM (voor Excel; excel-nl heeft er altijd een).")
    var bom = false

    @Option(
        name: .customLong("csv-dialect"),
        help: ArgumentHelp(
            "Spelling van coverage.csv en matrix.csv: rfc4180 (komma's, decimale punt; voor R, pandas, scripts) of excel-nl (puntkomma's, decimale komma, BOM: opent goed in Excel met Nederlandse instellingen).",
            valueName: "dialect"))
    var csvDialect = "rfc4180"

    @Option(
        help: ArgumentHelp(
            "Map voor een cache van geanalyseerde documenten: een nieuwe run analyseert alleen gewijzigde documenten opnieuw.",
            valueName: "map"))
    var cache: String?

    @Option(
        name: .customLong("detail-limit"),
        help: ArgumentHelp(
            "Tot dit aantal documenten tonen report.html, coverage.xlsx en gaps.md elk document volledig; bij meer tonen ze de run als geheel (coverage.json en coverage.csv bevatten altijd alles).",
            valueName: "aantal"))
    var detailLimit: Int = AnalyzeCommand.defaultDetailLimit

    @Option(
        name: [.customShort("j"), .long],
        help: ArgumentHelp(
            "Hoeveel documenten tegelijk worden geanalyseerd (standaard: twee per processorkern); 1 analyseert ze na elkaar.",
            valueName: "aantal"))
    var jobs: Int?

    @Option(
        name: .customLong("document-time-limit"),
        help: ArgumentHelp(
            "Seconden die één document mag kosten (lezen, analyseren, vergelijken); een document dat langer duurt wordt overgeslagen met een fout (0: geen grens).",
            valueName: "seconden"))
    var documentTimeLimit: Double = CoverageRun.defaultDocumentTimeLimit

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs verwacht een aantal van 1 of meer, niet \(jobs)") }
        if !documentTimeLimit.isFinite || documentTimeLimit < 0 {
            throw ValidationError(
                "--document-time-limit verwacht een aantal seconden van 0 of meer, niet \(documentTimeLimit)")
        }
        if detailLimit < 0 {
            throw ValidationError("--detail-limit verwacht een aantal van 0 of meer, niet \(detailLimit)")
        }
        if CSVDialect.named(csvDialect) == nil {
            throw ValidationError(
                "onbekend CSV-dialect '\(csvDialect)'; kies uit: \(CSVDialect.named.map(\.key).joined(separator: ", "))"
            )
        }
        if paths.isEmpty && filesFrom == nil {
            throw ValidationError("geef bestanden of mappen, of --files-from met een lijst")
        }
        if let name {
            do {
                try RunFolder.checkName(name)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The paths to analyse: the arguments, then those of the `--files-from` list.
    func inputPaths() throws -> [String] {
        guard let filesFrom else { return paths }
        let listed: [String]
        do {
            listed = try PathList.read(filesFrom)
        } catch {
            Terminal.error("fout: \(error)")
            throw ExitCode.validationFailure
        }
        if paths.isEmpty && listed.isEmpty {
            Terminal.error("fout: \(PathList.displayName(filesFrom)): de lijst noemt geen bestanden of mappen")
            throw ExitCode.validationFailure
        }
        return paths + listed
    }

    /// Above this many documents (by default) the HTML, XLSX and Markdown reports show the run as
    /// a whole (``RunOverview``), so memory and report sizes stay bounded: the full reports take
    /// about 150 KB of report.html and 1 MB of memory per document.
    static let defaultDetailLimit = 100

    func run() async throws {
        let startedAt = Date()
        let inputs = try inputPaths()
        let mappings = try options.loadMappings()
        var request = options.runRequest(paths: inputs, mappings: mappings)
        request.concurrency = jobs
        request.documentTimeLimit = documentTimeLimit
        let job = AnalysisJob(
            request: request, outputs: outputs(inputs: inputs), cache: cache,
            toolIdentity: DekkingVersion.cacheIdentity, toolVersion: DekkingVersion.current, startedAt: startedAt)
        let progress = ProgressBar(enabled: !options.quiet && Terminal.stderrIsTerminal)
        let outcome: AnalysisPipeline.Outcome
        do {
            outcome = try await AnalysisPipeline.run(job, mappings: mappings, progress: progress.update) {
                Interruption.discardOnSignal($0).cancel
            }
        } catch {
            Terminal.error("fout: \(error)")
            if case .refused = error { throw ExitCode.validationFailure }
            throw ExitCode.failure
        }
        progress.finish()
        let run = outcome.run
        for finding in run.findings where finding.severity != .note || !options.quiet {
            Terminal.report(finding)
        }
        if let failure = outcome.failure {
            Terminal.error("fout: \(failure)")
            throw ExitCode.failure
        }
        if !options.quiet {
            Terminal.error(Summary.text(run, framework: mappings.framework))
            if outcome.usedCache {
                Terminal.error("Uit de cache: \(run.cacheHits) van \(run.documentCount) documenten.")
            }
            if run.retained == .streamed {
                Terminal.error(
                    "Meer dan \(detailLimit) documenten: report.html, coverage.xlsx en gaps.md tonen de run als geheel; coverage.json en coverage.csv bevatten elk document volledig."
                )
            }
            if let folder = outcome.folder {
                Terminal.error("Open het rapport: \(folder.appendingPathComponent("report.html").path)")
            }
        }
        if run.findings.containsError || !run.failedFiles.isEmpty { throw ExitCode.failure }
    }

    /// Where this run's reports go: a run folder unless only `--json` was given.
    func outputs(inputs: [String]) -> AnalysisJob.Outputs {
        // A run of a list is named after the list, not after its first file.
        let runName =
            name ?? RunFolder.defaultName(for: paths.isEmpty ? [filesFrom.map(PathList.displayName) ?? "run"] : paths)
        let safety = OutputSafety(
            inputs: inputs + [filesFrom].compactMap { $0 == "-" ? nil : $0 },
            mappings: [options.mappings.mappings, options.mappings.frameworkPath], allowInside: writeInsideInputs)
        return AnalysisJob.Outputs(
            json: json.map { $0 == "-" ? .standardOutput : .file($0) },
            folder: out != nil || json == nil
                ? AnalysisJob.Folder(root: out ?? "Output", name: runName, force: force, detailLimit: detailLimit)
                : nil,
            csvDialect: csvDialectChosen, safety: safety)
    }

    /// The dialect of `--csv-dialect`, with a byte order mark when `--bom` asks for one.
    var csvDialectChosen: CSVDialect {
        let dialect = CSVDialect.named(csvDialect) ?? .rfc4180
        return bom ? dialect.withByteOrderMark : dialect
    }
}
