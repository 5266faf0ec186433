import ArgumentParser
import DekkingCore
import DekkingFramework
import Foundation

/// `dekking framework …`: show and validate competency framework files.
struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "Toon of controleer een competentiekader.",
        subcommands: [Show.self, Validate.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon het competentiekader, leesbaar of als JSON.")

        @OptionGroup var mappings: MappingOptions

        @Option(
            help: ArgumentHelp("Toon alleen de indicatoren van dit niveau (bijv. hbo of mbo).", valueName: "niveau"))
        var level: String?

        @Option(help: ArgumentHelp("Toon alleen dit cluster (1–8).", valueName: "cluster"))
        var cluster: String?

        @Flag(help: "Schrijf JSON in plaats van tekst.")
        var json = false

        func run() throws {
            var framework = try mappings.loadFramework()
            if let level {
                let id = LevelID(level)
                guard framework.declares(id) else {
                    throw ValidationError(
                        "onbekend niveau '\(level)'; dit kader kent: \(framework.levels.map(\.id.rawValue).joined(separator: ", "))"
                    )
                }
                framework = framework.filtered(levels: [id])
            }
            if let cluster {
                guard framework.clusters.contains(where: { $0.id == cluster }) else {
                    throw ValidationError(
                        "onbekend cluster '\(cluster)'; kies uit: \(framework.clusters.map(\.id).joined(separator: ", "))"
                    )
                }
                framework = framework.filtered(clusters: [cluster])
            }
            if json {
                try Terminal.write(framework.contractJSON())
                Terminal.write("\n")
            } else {
                Terminal.write(framework.renderedText())
                Terminal.write(
                    "\n\(mappings.framework == nil ? mappings.location.description : "kader: \(mappings.frameworkPath)")\n"
                )
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Controleer een kaderbestand en meld elk probleem met zijn plaats.")

        @Argument(help: ArgumentHelp("Het kaderbestand (YAML).", valueName: "bestand"))
        var file: String

        func run() throws {
            let result = FrameworkLoader.load(contentsOf: URL(fileURLWithPath: file), displayPath: file)
            for finding in result.findings { Terminal.report(finding) }
            if let framework = result.framework {
                let counts = framework.levels.map { level in
                    "\(framework.indicators.filter { $0.level == level.id }.count) \(level.id)"
                }
                Terminal.write(
                    "\(file): geldig – \(framework.clusters.count) clusters, \(framework.competencies.count) competenties, indicatoren: \(counts.joined(separator: ", "))\n"
                )
            } else {
                Terminal.error("\(file): ongeldig (\(result.findings.filter { $0.severity == .error }.count) fout(en))")
                throw ExitCode.failure
            }
        }
    }
}
