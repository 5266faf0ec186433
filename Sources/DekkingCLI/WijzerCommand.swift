import ArgumentParser
import DekkingCore
import DekkingFramework
import DekkingReport
import Foundation

/// `dekking wijzer`: the competentiewijzer, a self-assessment page for professionals, and the
/// profile and ontwikkelplan made from its exported answers.
struct WijzerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijzer",
        abstract: "Competentiewijzer: een zelfbeoordeling voor professionals, en het profiel en ontwikkelplan daaruit.",
        discussion: """
            'dekking wijzer' schrijft de zelfbeoordeling als één HTML-bestand (werkt zonder internet); \
            'dekking wijzer report' maakt uit ingevulde antwoorden een profiel (of teamprofiel); \
            'dekking wijzer compare' zet de antwoorden naast een functie: het ontwikkelplan.
            """,
        subcommands: [WijzerPageCommand.self, WijzerReportCommand.self, WijzerCompareCommand.self],
        defaultSubcommand: WijzerPageCommand.self)
}

/// `dekking wijzer [page] [--level] [--profile] [--out]`: writes the self-assessment page.
struct WijzerPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Schrijf de competentiewijzer als één HTML-bestand, voor één niveau en profiel.")

    @Option(help: ArgumentHelp("Niveau van de indicatoren: een niveau van het kader (mbo, hbo).", valueName: "niveau"))
    var level = "hbo"

    @Option(help: ArgumentHelp("Profiel uit deel 5 van het kader: startbekwaam of vakvolwassen.", valueName: "profiel"))
    var profile = "vakvolwassen"

    @Option(
        help: ArgumentHelp(
            "Het HTML-bestand (standaard: Output/competentiewijzer-<niveau>-<profiel>.html).", valueName: "bestand"))
    var out: String?

    @OptionGroup var mappings: MappingOptions

    var outputFile: String { out ?? "Output/competentiewijzer-\(level.lowercased())-\(profile.lowercased()).html" }

    func validate() throws {
        guard WijzerProfileKind(rawValue: profile.lowercased()) != nil else {
            throw ValidationError("onbekend profiel '\(profile)'; kies startbekwaam of vakvolwassen")
        }
        try WijzerOutput.check(outputFile, inputs: [], mappings: mappings)
    }

    func run() throws {
        let framework = try mappings.loadFramework()
        let level = LevelID(level)
        guard framework.declares(level) else {
            throw ValidationError(
                "onbekend niveau '\(level)'; het kader kent \(framework.levels.map(\.id.rawValue).joined(separator: ", "))"
            )
        }
        let kind = WijzerProfileKind(rawValue: profile.lowercased()) ?? .vakvolwassen
        let html = try WijzerPage.render(
            framework: framework, level: level, profile: kind, toolVersion: DekkingVersion.current)
        try AtomicFile.write(html, to: URL(fileURLWithPath: outputFile))
        Terminal.error("Geschreven: \(outputFile)")
    }
}

/// `dekking wijzer report ANSWERS...`: the profile of one professional or a team.
struct WijzerReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Maak uit een of meer ingevulde competentiewijzers (JSON of CSV) een profiel; met meer bestanden een teamprofiel.",
        discussion: """
            Schrijft het profiel als HTML (--out) en toont het in de terminal, als Markdown (--format markdown) \
            of als JSON (--format json). Een onleesbaar bestand wordt gemeld en overgeslagen; de exitcode is dan 1.
            """)

    @Argument(help: ArgumentHelp("Geëxporteerde antwoorden (.json of .csv).", valueName: "antwoorden"))
    var answers: [String]

    @Option(help: ArgumentHelp("Het HTML-bestand (standaard: Output/competentieprofiel.html).", valueName: "bestand"))
    var out = "Output/competentieprofiel.html"

    @Option(help: ArgumentHelp("Uitvoer op standaarduitvoer: tekst, markdown of json.", valueName: "vorm"))
    var format = "tekst"

    @OptionGroup var mappings: MappingOptions

    func validate() throws {
        guard ["tekst", "markdown", "json"].contains(format) else {
            throw ValidationError("onbekende vorm '\(format)'; kies tekst, markdown of json")
        }
        try WijzerOutput.check(out, inputs: answers, mappings: mappings)
    }

    func run() throws {
        let framework = try mappings.loadFramework()
        let (files, failed) = WijzerOutput.read(answers, framework: framework)
        guard !files.isEmpty else {
            Terminal.error("fout: geen enkel antwoordbestand kon worden gelezen")
            throw ExitCode.failure
        }
        let profile = WijzerProfile(files, framework: framework)
        switch format {
        case "json": Terminal.write(try WijzerJSON.encode(profile) + Data("\n".utf8))
        case "markdown": Terminal.write(WijzerProfileText.render(profile, framework: framework, markdown: true))
        default: Terminal.write(WijzerProfileText.render(profile, framework: framework))
        }
        try AtomicFile.write(
            WijzerProfileHTML.render(profile, framework: framework, toolVersion: DekkingVersion.current),
            to: URL(fileURLWithPath: out))
        Terminal.error("Geschreven: \(out)")
        if failed { throw ExitCode.failure }
    }
}

/// Reading answer files and checking output paths, shared by the wijzer's commands.
enum WijzerOutput {
    /// Refuses `path` as an output that would overwrite an input or a mapping.
    static func check(_ path: String, inputs: [String], mappings: MappingOptions) throws {
        let safety = OutputSafety(inputs: inputs, mappings: [mappings.mappings, mappings.frameworkPath])
        do { try safety.checkFile(path) } catch { throw ValidationError(error.description) }
    }

    /// The answers of every readable file of `paths`, in order, with each file's findings
    /// reported; `failed` when a file gave an error.
    static func read(_ paths: [String], framework: Framework) -> (
        files: [(file: String, answers: WijzerAnswers)], failed: Bool
    ) {
        var files: [(file: String, answers: WijzerAnswers)] = []
        var failed = false
        for path in paths {
            let (answers, findings) = WijzerAnswerReader.read(path: path, framework: framework)
            for finding in findings { Terminal.report(finding) }
            if findings.containsError { failed = true }
            if let answers {
                files.append((URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, answers))
            }
        }
        return (files, failed)
    }
}
