import ArgumentParser
import Foundation

/// Where `dekking` starts: parses the arguments into a command of ``Dekking``, runs it, and
/// speaks Dutch throughout.
///
/// - Help and version go to standard output, messages to standard error, both through
///   ``Terminal``, so a control character in an argument is shown as an escape.
/// - The library's own phrases are translated (``LibraryPhrases``), also in the help dump the
///   manual page is made from (JSON; no phrase holds a quote or backslash), but not in the shell
///   completion scripts and completions, which are code.
/// - Every usage error exits with 64 (EX_USAGE) and shows the usage of the command that was given,
///   also when the command finds it only while running (a level or competency that the framework
///   does not have); a word that names no subcommand gets the nearest names (``CommandTree``).
@main
enum EntryPoint {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = CommandTree.unknownSubcommand(in: arguments) {
            exit(usageError: unknown.message, of: unknown.command)
        }
        let parsed: ParsableCommand
        do {
            parsed = try await Dekking.asyncParseAsRoot(arguments)
        } catch {
            exit(with: error, machineOutput: isMachineOutput(arguments))
        }
        do {
            if var command = parsed as? AsyncParsableCommand {
                try await command.run()
            } else {
                var command = parsed
                try command.run()
            }
        } catch let error as ValidationError {
            exit(usageError: error.message, of: type(of: parsed))
        } catch {
            exit(with: error, machineOutput: false)
        }
        Foundation.exit(ExitCode.success.rawValue)
    }

    /// Prints what the library makes of `error` (help, a usage error, nothing for an exit code) and exits with its code.
    static func exit(with error: Error, machineOutput: Bool) -> Never {
        let code = Dekking.exitCode(for: error)
        let full = Dekking.fullMessage(for: error)
        let text = machineOutput ? full : LibraryPhrases.translate(full)
        if !text.isEmpty {
            if code == .success { Terminal.write(text + "\n") } else { Terminal.error(text) }
        }
        Foundation.exit(code.rawValue)
    }

    /// Prints the usage error `message` with the usage of `command`, as the library shows one
    /// it finds while parsing, and exits with 64.
    static func exit(usageError message: String, of command: ParsableCommand.Type) -> Never {
        let usage = Dekking.usageString(for: command)
        let text =
            "Error: \(message)\nUsage: \(usage)\n  See '\(CommandTree.name(of: command)) --help' for more information."
        Terminal.error(LibraryPhrases.translate(text))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }

    /// Whether the arguments ask for a completion script or a completion.
    static func isMachineOutput(_ arguments: [String]) -> Bool {
        arguments.contains { argument in
            ["--generate-completion-script", "---completion"].contains {
                argument == $0 || argument.hasPrefix($0 + "=")
            }
        }
    }
}
