import DekkingTestSupport
import Foundation
import Testing

/// The command line speaks Dutch: the built binary's help of every command and its usage errors
/// show none of the argument parser's English phrases, every usage error exits 64 with the usage
/// of the command that was given, and a near miss gets "Bedoelt u …?".
@Suite struct CommandLanguageTests {
    /// The parser's fixed English phrases, as a user saw them beside the Dutch texts.
    static let english = [
        "Error:", "OVERVIEW:", "USAGE:", "Usage:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "(default:",
        "Missing expected argument", "Missing value", "Unknown option", "Unexpected argument", "is invalid for",
        "Did you mean", "See '", "for more information", "for detailed help", "Show help information",
        "Show the version", "<subcommand>", "<options>",
    ]

    /// Every command of the tree, as the words that call it.
    static let commands: [[String]] = [
        [], ["analyze"], ["explain"], ["inspect"], ["compare"], ["framework"], ["framework", "show"],
        ["framework", "validate"], ["cache"], ["cache", "info"], ["cache", "prune"], ["review"], ["agreement"],
        ["complement"], ["wijzer"], ["wijzer", "report"], ["wijzer", "compare"],
    ]

    static func englishIn(_ text: String) -> [String] { english.filter { text.contains($0) } }

    @Test(arguments: commands)
    func helpIsDutch(_ command: [String]) throws {
        let result = try runDekking(command + ["--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("GEBRUIK: dekking \(command.joined(separator: " "))"), "\(result.stdout)")
        #expect(result.stdout.contains("Toon deze hulp."))
        #expect(Self.englishIn(result.stdout).isEmpty, "\(command): \(Self.englishIn(result.stdout))")
    }

    @Test func helpOfTheRootListsSubcommandsAndTheHelpCommandIsDutchToo() throws {
        let root = try runDekking(["--help"])
        #expect(root.stdout.contains("SUBCOMMANDO'S:"))
        #expect(root.stdout.contains("Zie 'dekking help <subcommando>'"))
        let helped = try runDekking(["help", "compare"])
        #expect(helped.status == 0)
        #expect(helped.stdout.contains("GEBRUIK: dekking compare"))
        #expect(Self.englishIn(helped.stdout).isEmpty, "\(Self.englishIn(helped.stdout))")
        // Default values are stated once, in Dutch.
        let analyze = try runDekking(["analyze", "--help"])
        #expect(analyze.stdout.contains("(standaard: auto)"))
        #expect(!analyze.stdout.contains("(standaard 60"))
    }

    /// A usage error: its arguments, a phrase the message must hold, and the command whose usage follows.
    struct UsageCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        let usage: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usageCases: [UsageCase] = [
        UsageCase(
            arguments: ["analyse", "Inputs"],
            message: "onbekend subcommando 'analyse' van 'dekking'. Bedoelt u 'analyze'?",
            usage: "dekking <subcommando>"),
        UsageCase(
            arguments: ["help", "analyse"], message: "Bedoelt u 'analyze'?", usage: "dekking <subcommando>"),
        UsageCase(
            arguments: ["framework", "shwo"],
            message: "onbekend subcommando 'shwo' van 'dekking framework'. Bedoelt u 'show'?",
            usage: "dekking framework <subcommando>"),
        UsageCase(
            arguments: ["analyze", "--levle", "mbo", "Inputs"],
            message: "onbekende optie '--levle'. Bedoelt u '--level'?",
            usage: "dekking analyze"),
        UsageCase(
            arguments: ["analyze", "--set", "partiall=0.3", "Inputs/kd-metselaar.txt"],
            message: "--set: onbekende instelling 'partiall'", usage: "dekking analyze"),
        UsageCase(
            arguments: ["analyze", "--jobs", "veel", "Inputs"], message: "de waarde 'veel' is ongeldig voor '--jobs",
            usage: "dekking analyze"),
        UsageCase(arguments: ["explain"], message: "ontbrekend argument '<document>'", usage: "dekking explain"),
        UsageCase(
            arguments: ["cache", "prune", "Inputs"], message: "ontbrekend argument '--unused-days <dagen>'",
            usage: "dekking cache prune"),
        UsageCase(
            arguments: ["framework", "show", "--level", "vmbo"], message: "onbekend niveau 'vmbo'",
            usage: "dekking framework show"),
        UsageCase(
            arguments: ["compare", "Inputs/kd-metselaar.txt"], message: "ontbrekend argument '<b>'",
            usage: "dekking compare"),
    ]

    @Test(arguments: usageCases)
    func usageErrorsExit64InDutchWithTheCommandsUsage(_ usage: UsageCase) throws {
        let result = try runDekking(usage.arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("fout: "), "\(result.stderr)")
        #expect(result.stderr.contains(usage.message), "\(result.stderr)")
        #expect(result.stderr.contains("Gebruik: \(usage.usage)"), "\(result.stderr)")
        let named = usage.usage.replacingOccurrences(of: " <subcommando>", with: "")
        #expect(result.stderr.contains("Zie '\(named) --help' voor meer informatie."), "\(result.stderr)")
        #expect(Self.englishIn(result.stderr).isEmpty, "\(Self.englishIn(result.stderr))")
        #expect(result.stdout.isEmpty)
    }

    /// A level the framework does not have is found only once the framework is read, while the
    /// command runs: still a usage error, with the usage of the command that was given.
    @Test func aLevelTheFrameworkDoesNotHaveShowsTheSubcommandsUsage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let document = try directory.write(
            "Kerntaak 1. De medewerker van Stichting Geldwijzer Oostmeer brengt de schulden van de cliënt in kaart.\n",
            to: "profiel.txt")
        let out = directory.url.appendingPathComponent("uit")
        let result = try runDekking(["analyze", document.path, "--level", "vmbo", "--out", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("fout: onbekend niveau 'vmbo'; kies auto of: hbo, mbo"), "\(result.stderr)")
        #expect(result.stderr.contains("Gebruik: dekking analyze [<opties>]"), "\(result.stderr)")
        #expect(!result.stderr.contains("dekking <subcommando>"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// The help dump the manual page is made from is Dutch too, and still JSON.
    @Test func theHelpDumpForTheManualPageIsDutchJSON() throws {
        let dump = try runDekking(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        #expect(json?["command"] != nil)
        #expect(dump.stdout.contains("Toon deze hulp."))
        #expect(Self.englishIn(dump.stdout).isEmpty, "\(Self.englishIn(dump.stdout))")
    }

    /// The completion scripts are code and keep the parser's own text.
    @Test func completionScriptsAreNotTranslated() throws {
        let bash = try runDekking(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("analyze"))
        #expect(bash.stdout.contains("--help"))
        #expect(!bash.stdout.contains("GEBRUIK"))
    }
}
