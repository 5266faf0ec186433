import ArgumentParser
import DekkingCore
import DekkingModel
import DekkingPipeline
import DekkingReport
import Foundation

/// `dekking wijzer compare ANSWERS FUNCTION-OR-RUN`: the ontwikkelplan, what a function asks that
/// the professional does not yet master.
struct WijzerCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Zet ingevulde antwoorden naast een functie: het ontwikkelplan.",
        discussion: """
            FUNCTIE is een functiebeschrijving of vacature (die wordt geanalyseerd zoals 'dekking analyze' het doet, \
            op het niveau van de antwoorden tenzij --level iets anders zegt), een run-map of een coverage.json \
            (met --document kiest u het document; standaard de eerste functiebeschrijving of vacature). \
            Het ontwikkelplan noemt per competentie die de functie vraagt de indicatoren die lager dan \
            'beheers ik' beoordeeld zijn, in de volgorde van de nadruk in de functie.
            """)

    @Argument(help: ArgumentHelp("Geëxporteerde antwoorden (.json of .csv).", valueName: "antwoorden"))
    var answers: String

    @Argument(help: ArgumentHelp("Een functiebeschrijving of een run-map.", valueName: "functie"))
    var function: String

    @Option(help: ArgumentHelp("Het document van de run-map (zijn id uit coverage.json).", valueName: "id"))
    var document: String?

    @Option(help: ArgumentHelp("Het HTML-bestand (standaard: Output/ontwikkelplan.html).", valueName: "bestand"))
    var out = "Output/ontwikkelplan.html"

    @Flag(help: "Schrijf het ontwikkelplan als JSON naar standaarduitvoer.")
    var json = false

    @OptionGroup var options: RunOptions

    func validate() throws {
        guard FileManager.default.fileExists(atPath: function) else {
            throw ValidationError("\(function): bestand of map bestaat niet")
        }
        try WijzerOutput.check(out, inputs: [answers, function], mappings: options.mappings)
    }

    func run() async throws {
        let framework = try options.mappings.loadFramework()
        let (files, failed) = WijzerOutput.read([answers], framework: framework)
        guard let first = files.first else { throw ExitCode.failure }
        let (file, answers) = (first.file, first.answers)
        let (coverage, runFailed) = try await functionCoverage(level: answers.level)
        let plan = WijzerPlan(
            name: answers.displayName(fallback: file), answers: answers, function: coverage, framework: framework)
        if json {
            Terminal.write(try WijzerJSON.encode(plan) + Data("\n".utf8))
        } else {
            Terminal.write(WijzerPlanText.render(plan))
        }
        try AtomicFile.write(
            WijzerPlanHTML.render(plan, framework: framework, toolVersion: DekkingVersion.current),
            to: URL(fileURLWithPath: out))
        Terminal.error("Geschreven: \(out)")
        if failed || runFailed { throw ExitCode.failure }
    }

    /// The function's coverage: from the run folder's coverage.json, from a coverage.json file, or
    /// by analysing the file; `true` beside it when the analysis gave an error.
    func functionCoverage(level: LevelID) async throws -> (DocumentCoverage, Bool) {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: function, isDirectory: &isFolder)
        if isFolder.boolValue {
            let (_, result) = try ReviewCommand.readRun(URL(fileURLWithPath: function))
            return (try chosen(from: result), false)
        }
        // A coverage.json written by `dekking analyze --json FILE` is read as it is.
        if function.hasSuffix(".json"), let data = FileManager.default.contents(atPath: function),
            let result = try? CoverageJSON.decode(data)
        {
            return (try chosen(from: result), false)
        }
        var options = options
        if options.level == "auto" { options.level = level.rawValue }
        let mappings = try options.loadMappings()
        let run = await CoverageRun.run(options.runRequest(paths: [function], mappings: mappings), mappings: mappings)
        for finding in run.findings where finding.severity != .note || !options.quiet { Terminal.report(finding) }
        guard let coverage = run.result.documents.first else {
            Terminal.error("fout: \(function): de functiebeschrijving kon niet worden geanalyseerd")
            throw ExitCode.failure
        }
        return (coverage, run.findings.containsError || !run.failedFiles.isEmpty)
    }

    /// The document of `result` named by `--document`, or its first function description or
    /// vacancy, or its first document.
    func chosen(from result: CoverageResult) throws -> DocumentCoverage {
        let chosen =
            document.map { id in result.documents.first { $0.id == id } }
            ?? result.documents.first { $0.kind == .functiebeschrijving || $0.kind == .vacature }
            ?? result.documents.first
        guard let chosen else {
            Terminal.error(
                "fout: \(function): "
                    + (document.map { "geen document '\($0)' in coverage.json" }
                        ?? "coverage.json heeft geen documenten"))
            throw ExitCode.failure
        }
        return chosen
    }
}
