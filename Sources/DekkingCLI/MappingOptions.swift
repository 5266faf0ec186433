import ArgumentParser
import DekkingFramework
import Foundation

/// Where the framework and the other mappings come from; shared by every command that needs them.
struct MappingOptions: ParsableArguments {
    @Option(
        name: .customLong("mappings"),
        help: ArgumentHelp(
            "De map met kader, thesaurus, drempels en overrides (standaard: \(MappingsLocation.environmentVariable), dan Mappings in de huidige map, dan de geïnstalleerde mappings).",
            valueName: "map"))
    var folder: String?

    @Option(
        help: ArgumentHelp(
            "Het kaderbestand (standaard: <map>/frameworks/sfd-2021.yaml van --mappings).", valueName: "bestand"))
    var framework: String?

    /// Where the mappings are read from (``MappingsLocation``).
    var location: MappingsLocation { MappingsLocation.resolve(option: folder) }

    /// The mappings folder.
    var mappings: String { location.path }

    func validate() throws {
        if location.source == .none { throw ValidationError(MappingsLocation.missingMessage) }
    }

    var frameworkPath: String { framework ?? "\(mappings)/frameworks/sfd-2021.yaml" }

    /// Loads the framework, or fails with every error in it.
    func loadFramework() throws -> Framework {
        let result = FrameworkLoader.load(contentsOf: URL(fileURLWithPath: frameworkPath), displayPath: frameworkPath)
        for finding in result.findings where finding.severity != .error { Terminal.report(finding) }
        guard let framework = result.framework else {
            for finding in result.findings where finding.severity == .error { Terminal.report(finding) }
            throw ExitCode.failure
        }
        return framework
    }
}
