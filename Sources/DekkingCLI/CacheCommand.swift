import ArgumentParser
import DekkingPipeline
import Foundation

/// `dekking cache …`: what a `--cache` folder holds, and clearing out what no run uses any more.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Bekijk of ruim een cache-map van analyze --cache op.",
        discussion: """
            Een run met --cache markeert elk document dat hij uit de cache haalt of erin zet als \
            gebruikt. Na een wijziging van kader, thesaurus, drempels of versie worden oude items \
            niet meer gebruikt; prune verwijdert items die een aantal dagen niet zijn gebruikt. \
            Alleen bestanden die de cache zelf schrijft worden aangeraakt.
            """,
        subcommands: [Info.self, Prune.self]
    )

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Toon hoeveel items en megabytes de cache heeft, en wanneer ze zijn gebruikt.")

        @Argument(help: ArgumentHelp("De cache-map.", valueName: "map"))
        var directory: String

        func validate() throws { try CacheCommand.requireFolder(directory) }

        func run() throws {
            let survey = DocumentCacheMaintenance.survey(URL(fileURLWithPath: directory))
            var lines = ["\(directory): \(survey.entries) items, \(CacheCommand.megabytes(survey.bytes))"]
            if let oldest = survey.oldestUse, let newest = survey.newestUse {
                lines.append("laatst gebruikt: tussen \(CacheCommand.day(oldest)) en \(CacheCommand.day(newest))")
            }
            if survey.foreign > 0 {
                lines.append("\(survey.foreign) andere bestanden of mappen (niet van de cache; blijven staan)")
            }
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verwijder items die een aantal dagen door geen enkele run zijn gebruikt.")

        @Argument(help: ArgumentHelp("De cache-map.", valueName: "map"))
        var directory: String

        @Option(
            help: ArgumentHelp(
                "Verwijder items die zo veel dagen niet zijn gebruikt (0: alle items).", valueName: "dagen"))
        var unusedDays: Double

        @Flag(help: "Toon alleen wat er verwijderd zou worden.")
        var dryRun = false

        func validate() throws {
            try CacheCommand.requireFolder(directory)
            guard unusedDays >= 0, unusedDays.isFinite else {
                throw ValidationError("--unused-days verwacht 0 of meer dagen")
            }
        }

        func run() throws {
            let result = DocumentCacheMaintenance.prune(
                URL(fileURLWithPath: directory), unusedFor: unusedDays * 86_400, dryRun: dryRun)
            let verb = dryRun ? "zou verwijderen" : "verwijderd"
            var text =
                "\(verb): \(result.removedEntries) items (\(CacheCommand.megabytes(result.removedBytes))); over: \(result.keptEntries) items"
            if result.removedTemporaries > 0 {
                text += "; \(result.removedTemporaries) achtergebleven tijdelijke bestanden"
            }
            Terminal.write(text + "\n")
        }
    }

    static func requireFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(path): geen map")
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000).replacingOccurrences(of: ".", with: ",")
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
