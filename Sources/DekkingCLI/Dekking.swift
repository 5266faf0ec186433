import ArgumentParser

/// The `dekking` command: how well documents cover a competency framework.
@main
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
        version: DekkingVersion.current,
        subcommands: [FrameworkCommand.self, AnalyzeCommand.self, ExplainCommand.self, InspectCommand.self, CompareCommand.self, CacheCommand.self]
    )
}

/// The tool version, recorded in outputs and cache keys.
enum DekkingVersion {
    static let current = "0.1.0"
}
