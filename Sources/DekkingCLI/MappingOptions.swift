import ArgumentParser
import DekkingFramework
import Foundation

/// Where the framework and the other mappings come from; shared by every command that needs them.
struct MappingOptions: ParsableArguments {
    @Option(help: "De map met kader, thesaurus, drempels en overrides.")
    var mappings: String = "Mappings"

    @Option(help: "Het kaderbestand (standaard: <mappings>/frameworks/sfd-2021.yaml).")
    var framework: String?

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
