/// The fixed English phrases of swift-argument-parser's help, usage and error messages, in Dutch.
///
/// The library builds its messages from these phrases around our own Dutch texts and the option
/// names; ``translate(_:)`` replaces each phrase in a text the library made, so `dekking` speaks
/// one language. This table is the one place that knows them. Phrases that a line wrap may split
/// are matched without their trailing space. A phrase a later version of the library adds stays
/// English until it is added here (the help tests name the phrases that must not appear).
enum LibraryPhrases {
    /// English → Dutch, applied in this order.
    static let table: [(english: String, dutch: String)] = [
        // Help screens.
        ("OVERVIEW:", "OVERZICHT:"),
        ("USAGE:", "GEBRUIK:"),
        ("Usage:", "Gebruik:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "SUBCOMMANDO'S:"),
        ("(default:", "(standaard:"),
        ("; default:", "; standaard:"),
        ("(values:", "(waarden:"),
        ("Show subcommand help information.", "Toon de hulp bij een subcommando."),
        ("Show help information.", "Toon deze hulp."),
        ("Show the version.", "Toon de versie."),
        ("<subcommand>", "<subcommando>"),
        ("[<options>]", "[<opties>]"),
        ("  See '", "  Zie '"),
        ("' for detailed help.", "' voor de hulp bij één subcommando."),
        ("' for more information.", "' voor meer informatie."),
        // Errors.
        ("Error: ", "fout: "),
        ("Help:  ", "Hulp:  "),
        ("Missing expected argument '", "ontbrekend argument '"),
        ("Missing one of: '", "er ontbreekt een van: '"),
        ("Missing value for '", "ontbrekende waarde voor '"),
        ("Missing required subcommand.", "er ontbreekt een subcommando."),
        ("Unknown option '", "onbekende optie '"),
        ("'. Did you mean '", "'. Bedoelt u '"),
        ("Unexpected argument '", "onverwacht argument '"),
        (" unexpected arguments: '", " onverwachte argumenten: '"),
        ("The value '", "de waarde '"),
        ("' is invalid for '", "' is ongeldig voor '"),
        ("' is invalid.", "' is ongeldig."),
        ("The option '", "de optie '"),
        ("' does not take any value, but '", "' krijgt geen waarde, maar '"),
        ("' was specified.", "' is gegeven."),
        ("\n   or: ", "\n   of: "),
        ("Invalid option: ", "ongeldige optie: "),
    ]

    /// `text` with every phrase of ``table`` in Dutch.
    static func translate(_ text: String) -> String {
        table.reduce(text) { text, phrase in text.replacingOccurrences(of: phrase.english, with: phrase.dutch) }
    }
}
