import ArgumentParser

/// The tree of `dekking`'s commands, for messages that name a command or a mistyped one.
enum CommandTree {
    /// A word where a subcommand was expected that names none.
    struct UnknownSubcommand {
        /// The command the word was given to.
        let command: ParsableCommand.Type
        let word: String
        /// The usage error, in Dutch, with the nearest names when any is near.
        var message: String {
            let names = command.configuration.subcommands.flatMap(CommandTree.names(of:))
            let question = Suggestions.question(for: word, among: names).map { " \($0)" } ?? ""
            return "onbekend subcommando '\(word)' van '\(CommandTree.name(of: command))'.\(question)"
        }
    }

    /// The commands from ``Dekking`` down to `command`; just ``Dekking`` when it is not in the tree.
    static func path(to command: ParsableCommand.Type) -> [ParsableCommand.Type] {
        func search(_ node: ParsableCommand.Type) -> [ParsableCommand.Type]? {
            if ObjectIdentifier(node) == ObjectIdentifier(command) { return [node] }
            for child in node.configuration.subcommands {
                if let below = search(child) { return [node] + below }
            }
            return nil
        }
        return search(Dekking.self) ?? [Dekking.self]
    }

    /// The words that call `command`, e.g. `dekking framework show`.
    static func name(of command: ParsableCommand.Type) -> String {
        path(to: command).map { $0._commandName }.joined(separator: " ")
    }

    /// The names a subcommand answers to: its name and its aliases.
    static func names(of command: ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    /// The first of `arguments` that stands where a subcommand is expected (after `dekking`,
    /// `dekking help` or a command with subcommands) and names none; `nil` when there is none,
    /// or an option comes first (the parser then judges the arguments).
    static func unknownSubcommand(in arguments: [String]) -> UnknownSubcommand? {
        var command: ParsableCommand.Type = Dekking.self
        var words = arguments[...]
        if words.first == "help" { words = words.dropFirst() }
        while let word = words.first, !command.configuration.subcommands.isEmpty, !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { names(of: $0).contains(word) }) else {
                return UnknownSubcommand(command: command, word: word)
            }
            command = next
            words = words.dropFirst()
        }
        return nil
    }
}
