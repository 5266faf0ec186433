import ArgumentParser
import Foundation

/// The `dekking` command: how well documents cover a competency framework. It is started, and its
/// messages printed, by ``EntryPoint``.
struct Dekking: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dekking",
        abstract: "Hoe goed dekt een document de beroepscompetenties sociaal-financiële dienstverlening?",
        discussion: """
            Exitcodes:
              0   gelukt, zonder fouten
              1   klaar, maar minstens één invoerbestand of mapping gaf een fout (zie de meldingen)
              64  verkeerd gebruik (onbekende optie, ontbrekend argument, run-map bestaat al)
              130 afgebroken met Ctrl-C; een onvolledige run-map is verwijderd
            """,
        version: DekkingVersion.current + "\n" + MappingsLocation.resolve(option: nil).description,
        subcommands: [
            FrameworkCommand.self, AnalyzeCommand.self, ExplainCommand.self, InspectCommand.self, CompareCommand.self,
            CacheCommand.self, ReviewCommand.self, AgreementCommand.self,
            ComplementCommand.self, WijzerCommand.self,
        ]
    )
}

/// The tool version, recorded in outputs and cache keys.
enum DekkingVersion {
    static let current = "0.1.0"

    /// What names this build in cache keys: the version plus the running executable's size and
    /// modification time. The version number is not raised for every change to the engine, so
    /// without this an upgraded or rebuilt tool would reuse results an earlier build cached.
    /// Falls back to the version alone when the executable cannot be found.
    static let cacheIdentity: String = {
        let files = FileManager.default
        let path = (try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath
        guard let path, let attributes = try? files.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return current }
        return "\(current) build \(size.int64Value)-\(Int64((modified.timeIntervalSince1970 * 1_000).rounded()))"
    }()
}
