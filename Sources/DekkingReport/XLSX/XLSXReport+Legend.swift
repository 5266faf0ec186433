import DekkingModel

extension XLSXReport {
    /// The name of the sheet that explains the workbook.
    public static let legendSheet = "Uitleg"

    /// The column titles of the Uitleg sheet's table of columns.
    static let legendColumns = ["Blad", "Kolom", "Betekenis"]
    static let legendWidths = [24.0, 36, 100]

    /// What each column of each sheet means, in the order of the sheets and their columns. A
    /// column title that repeats (per document, per competency) is explained once.
    static func columnMeanings(_ context: ReportContext) -> [(sheet: String, columns: [(String, String)])] {
        var sheets: [(String, [(String, String)])] = []
        if context.isDetailed {
            sheets.append((matrixSheet, matrixMeanings))
            sheets.append((gapsSheet, gapsMeanings))
        }
        if hasRunSheets(context) {
            sheets.append((documentsSheet, overviewDocumentMeanings))
            sheets.append((overviewSheet, overviewTableMeanings))
        }
        if context.isDetailed {
            if context.result.documents.contains(where: { $0.startbekwaam != nil }) {
                sheets.append((profileSheet, profileMeanings))
            }
            sheets.append(("elk documentblad", documentMeanings))
        } else if context.overview.profileDocuments > 0 {
            sheets.append((profileSheet, overviewProfileMeanings))
        }
        sheets.append((runSheet, runMeanings))
        return sheets
    }

    static let scoreMeaning =
        "De score van 0% tot 100%: de geschatte kans dat het document dit beschrijft (zie Statussen en kleuren)."
    static let statusMeaning = "gedekt, deels of ontbreekt (zie Statussen en kleuren)."
    static let kindMeaning =
        "Het soort document, zoals kwalificatiedossier, opleidingsprofiel, functiebeschrijving of vacature."
    static let levelMeaning = "Het niveau (mbo of hbo) waarop het document is vergeleken, of alle niveaus."
    static let documentMeaning = "De document-id: het pad van het bestand onder de map van de analyse, zonder extensie."

    static let matrixMeanings: [(String, String)] = [
        ("Cluster", "Het nummer van het cluster van het kader."),
        (
            "Competentie",
            "Het nummer van de competentie; leeg in een clusterrij (vet, met de knoppen + en − in de linkermarge klapt u een cluster open of dicht)."
        ),
        ("Omschrijving", "De titel van de competentie, of in een clusterrij van het cluster."),
        (
            "dekking",
            "Per document (de titel en de document-id staan in de kopregels erboven): " + scoreMeaning
                + " Een cluster is zo sterk als zijn beste competentie."
        ),
        ("status", "Per document: " + statusMeaning),
    ]

    static let gapsMeanings: [(String, String)] = [
        ("Document", documentMeaning), ("Soort", kindMeaning), ("Niveau", levelMeaning),
        ("Cluster", "Het cluster van de competentie, met nummer en titel."),
        ("Competentie", "Het nummer van de competentie die deels gedekt is of ontbreekt."),
        ("Omschrijving", "De titel van de competentie."),
        ("Dekking", scoreMeaning), ("Status", "deels of ontbreekt (gedekte competenties staan niet op dit blad)."),
        (
            "Zwakke of ontbrekende indicatoren",
            "De indicatoren van de competentie die niet gedekt zijn, met hun status en score."
        ),
        ("Voorstel", "Een voorstel voor tekst die het document kan toevoegen om de competentie te dekken."),
        (
            "Eerst aanpakken",
            "ja bij de zwakst gedekte competenties, waar gaps.md en het rapport mee beginnen (Eerst aanpakken)."
        ),
        (
            "Voorbeeldtekst",
            "Bij die competenties: een voorbeeld in de vorm van het document (resultaatgebied, leeruitkomst of werkproces), gemaakt uit de tekst van de indicatoren die het meest opleveren."
        ),
    ]

    static let overviewDocumentMeanings: [(String, String)] = [
        ("Document", documentMeaning), ("Titel", "De titel van het document."), ("Soort", kindMeaning),
        ("Niveau", levelMeaning),
        (
            "Relevantie",
            "Hoe duidelijk het document over het vakgebied van het kader gaat, van 0% tot 100%; een lage waarde betekent dat het document over een ander vakgebied lijkt te gaan."
        ),
        ("Gedekt", "Het aantal competenties dat het document dekt."),
        ("Deels", "Het aantal competenties dat het document deels dekt."),
        ("Ontbreekt", "Het aantal competenties waarover niets is gevonden."),
        ("1.1, 1.2, …", "Eén kolom per competentie (de titel staat in de bovenste kopregel): " + scoreMeaning),
    ]

    static let overviewTableMeanings: [(String, String)] = [
        (
            "Soort rij",
            "cluster, competentie of indicator; met + en − in de linkermarge klapt u de rijen eronder open of dicht."
        ),
        ("Id", "Het nummer van het cluster, de competentie of de indicator."),
        ("Niveau", "Bij een indicator: het niveau (mbo of hbo) waarvoor hij geldt."),
        ("Tekst", "De titel van het cluster of de competentie, of de tekst van de indicator."),
        ("Documenten", "Het aantal documenten dat is geteld (bij een indicator alleen de documenten op zijn niveau)."),
        ("Gedekt", "Hoeveel van die documenten dit dekken."), ("Deels", "Hoeveel van die documenten dit deels dekken."),
        ("Ontbreekt", "Hoeveel van die documenten dit niet beschrijven."),
        ("% gedekt", "Het deel van de getelde documenten met status gedekt."),
        ("% deels of gedekt", "Het deel van de getelde documenten met status gedekt of deels."),
        ("Gemiddelde score", "Het gemiddelde van de scores van de getelde documenten (zie Statussen en kleuren)."),
    ]

    static let profileMeanings: [(String, String)] = [
        ("Document", documentMeaning), ("Soort", kindMeaning), ("Niveau", levelMeaning),
        ("Cluster", "Het cluster van het startbekwaam-profiel, met nummer en titel."),
        ("Cluster dekking", "De score van het hele profiel van het cluster: " + scoreMeaning),
        ("Cluster status", "De status van het hele profiel: " + statusMeaning),
        ("Uitspraak", "Een uitspraak van het startbekwaam-profiel."),
        ("Dekking", "De score van de uitspraak: " + scoreMeaning), ("Status", statusMeaning),
        ("Vindplaats", "Waar in het document de best passende passage staat (code of kopje)."),
        ("Pagina", "De pagina van die passage, als het document pagina's heeft."),
        ("Fragment", "Het begin van die passage."),
    ]

    static let overviewProfileMeanings: [(String, String)] = [
        ("Cluster", "Het nummer van het cluster."), ("Clustertitel", "De titel van het cluster."),
        ("Uitspraak", "Een uitspraak van het startbekwaam-profiel van het cluster."),
        ("Documenten", "Het aantal documenten dat met de profielen is vergeleken."),
        ("Beschreven", "Hoeveel van die documenten de uitspraak beschrijven (status gedekt)."),
        ("Deels", "Hoeveel ze deels beschrijven."),
        ("Niet beschreven", "Hoeveel ze niet beschrijven (status ontbreekt)."),
        ("% beschreven", "Het deel van de documenten dat de uitspraak beschrijft."),
        ("% deels of beschreven", "Het deel dat haar beschrijft of deels beschrijft."),
        ("Gemiddelde score", "Het gemiddelde van de scores van die documenten (zie Statussen en kleuren)."),
    ]

    static let documentMeanings: [(String, String)] = [
        ("Cluster", "Het cluster van de indicator, met nummer en titel."),
        ("Competentie", "De competentie van de indicator, met nummer en titel."),
        ("Indicator", "De indicator-id, zoals 4.2-mbo-3; gebruik hem om een oordeel vast te leggen."),
        ("Niveau", "Het niveau (mbo of hbo) van de indicator."), ("Indicatortekst", "De tekst van de indicator."),
        ("Dekking", scoreMeaning), ("Status", statusMeaning + " Met uw oordeel geldt dat oordeel."),
        (
            "Uw oordeel",
            "Het oordeel dat iemand over deze indicator heeft vastgelegd: bevestigd (telt als gedekt) of afgewezen (telt als ontbreekt); leeg als er nog niets is vastgelegd. Zie Uw oordeel vastleggen hierboven."
        ),
        ("Toelichting", "De toelichting die bij het oordeel is vastgelegd."),
        ("Vindplaats", "De code (zoals B1-K2-W1) van de best passende passage, als het document codes heeft."),
        ("Pagina", "De pagina van die passage, als het document pagina's heeft."),
        ("Kopjes", "De kopjes boven die passage, van buiten naar binnen."),
        ("Fragment", "Het begin van die passage."),
        (
            "Gevonden op",
            "Waarop de passage is gevonden: de gedeelde woorden, of de betekenis (met hoeveel de zinnen op elkaar lijken)."
        ),
    ]

    static let runMeanings: [(String, String)] = [
        (
            "Run, Kader, …",
            "De naam van de run, het kader en de versies van het kader en van Dekking, en wanneer de run begon."
        ),
        (
            "Bestand",
            "Een gelezen bestand (invoer of mapping), met de SHA-256 om later na te gaan of het nog hetzelfde is."
        ),
        ("Document", "De document-id die het bestand kreeg, of niet gelezen."),
        ("Soort", kindMeaning), ("Niveau", levelMeaning), ("Grootte (bytes)", "De grootte van het bestand."),
        ("SHA-256", "Een vingerafdruk van de inhoud van het bestand."),
        ("Instelling", "Een drempel of gewicht van de vergelijking (Mappings/thresholds.yaml of --set)."),
        ("Waarde", "De waarde in deze run; covered en partial zijn de drempels van gedekt en deels."),
        ("Ernst", "Hoe ernstig de melding is, zoals fout of waarschuwing."),
        ("Plaats", "Het bestand (en de regel) waar de melding over gaat."),
        ("Melding", "Wat er is opgevallen bij het lezen of vergelijken."),
    ]
}
