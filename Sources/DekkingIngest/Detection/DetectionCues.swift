import DekkingCore

/// The vocabulary that signals each document kind.
enum KindCues {
    typealias Cue = CueCounter.Cue

    static let table: [(DocumentKind, [Cue])] = [
        (
            .kwalificatiedossier,
            [
                Cue("kwalificatiedossier", 3), Cue("kerntaak", 2), Cue("kerntaken", 1), Cue("werkproces", 2),
                Cue("crebo", 3),
                Cue("basisdeel", 2), Cue("profieldeel", 2), Cue("keuzedeel", 1), Cue("beroepsvereisten", 1),
                Cue("typering van het beroep", 2), Cue("vakkennis en vaardigheden", 1), Cue("sbb", 1),
            ]
        ),
        (
            .opleidingsprofiel,
            [
                Cue("opleidingsprofiel", 3), Cue("leeruitkomst", 2), Cue("beroepstaak", 2), Cue("body of knowledge", 3),
                Cue("onderwijseenheid", 2), Cue("oer", 2), Cue("onderwijs- en examenregeling", 3),
                Cue("studiepunten", 1),
                Cue("curriculum", 1), Cue("gedragsindicator", 2), Cue("opleiding", 0.5), Cue("propedeuse", 1),
            ]
        ),
        (
            .functiebeschrijving,
            [
                Cue("functiebeschrijving", 3), Cue("doel van de functie", 3), Cue("resultaatgebied", 2),
                Cue("functieschaal", 2),
                Cue("functieniveau", 1), Cue("functieboek", 2), Cue("cao", 1), Cue("inschaling", 1),
                Cue("functiewaardering", 2),
            ]
        ),
        (
            .vacature,
            [
                Cue("vacature", 3), Cue("wij zoeken", 2), Cue("we zoeken", 2), Cue("solliciteer", 3),
                Cue("wat bieden wij", 3),
                Cue("wat bieden we", 3), Cue("wat ga je doen", 2), Cue("wie ben jij", 2), Cue("sollicitatie", 2),
                Cue("solliciteren", 2), Cue("reageer voor", 2), Cue("reageer dan", 2), Cue("wij bieden", 2),
                Cue("we bieden", 2), Cue("wat vragen wij", 2), Cue("wat vragen we", 2), Cue("arbeidsvoorwaarden", 2),
                Cue("uur per week", 2), Cue("fte", 1), Cue("bruto per maand", 2), Cue("per maand bruto", 2),
                Cue("dienstverband", 1), Cue("motivatiebrief", 2), Cue("sluitingsdatum", 1), Cue("jouw profiel", 2),
                Cue("herken jij jezelf", 1),
            ]
        ),
    ]
}

/// The vocabulary that signals each level.
enum LevelCues {
    typealias Cue = CueCounter.Cue

    static let table: [(LevelID, [Cue])] = [
        (
            "mbo",
            [
                Cue("mbo", 3), Cue("niveau 2", 2), Cue("niveau 3", 2), Cue("niveau 4", 2),
                Cue("kwalificatiedossier", 2),
                Cue("crebo", 3), Cue("roc", 1), Cue("beroepsopleidende leerweg", 2),
                Cue("beroepsbegeleidende leerweg", 2),
            ]
        ),
        (
            "hbo",
            [
                Cue("hbo", 3), Cue("bachelor", 3), Cue("hogeschool", 3), Cue("associate degree", 3),
                Cue("propedeuse", 2),
                Cue("hbo-werk- en denkniveau", 2), Cue("hbo-niveau", 2), Cue("master", 1),
            ]
        ),
    ]
}
