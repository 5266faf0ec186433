"""Content of the fictitious kwalificatiedossier "Medewerker schuldhulpverlening" (SBB layout)."""

TITLE = "Kwalificatiedossier Medewerker schuldhulpverlening"
HEADER = "Kwalificatiedossier Medewerker schuldhulpverlening – crebo 25991 – fictief voorbeeld"
FOOTER = "Stichting Samenwerking Beroepsonderwijs Voorbeeldland – versie 2025"

WERKPROCESSEN = {
    "B1-K1-W1": "Legt contact en voert het kennismakingsgesprek",
    "B1-K1-W2": "Brengt de financiële situatie in kaart",
    "B1-K1-W3": "Informeert over voorzieningen en regelingen",
    "B1-K1-W4": "Stelt samen met de klant een plan van aanpak op",
    "B1-K2-W1": "Legt het dossier vast en bewaakt de voortgang",
    "B1-K2-W2": "Werkt samen met ketenpartners",
    "B1-K2-W3": "Evalueert de dienstverlening en sluit af",
    "P1-K1-W1": "Begeleidt de klant bij het budgetbeheer",
    "P1-K1-W2": "Bereidt een minnelijk schuldregelingstraject voor",
    "P1-K1-W3": "Signaleert terugval en zorgt voor nazorg",
}

KERNTAKEN = {
    "B1-K1": "Ondersteunt klanten bij het op orde brengen van hun financiën",
    "B1-K2": "Organiseert en bewaakt de dienstverlening",
    "P1-K1": "Voert schuldhulpverleningstrajecten uit",
}


def body():
    """The document as a list of (style, text) items; "~" marks a forced line-end hyphenation,
    "\\n" a forced line break."""
    items = [
        ("title", TITLE),
        ("p", "Crebo 25991 – niveau 4 – mbo. Dit kwalificatiedossier is een fictief voorbeeld, opgesteld voor het testen van software. Het volgt de indeling van de kwalificatiedossiers in het mbo."),
        ("h1", "Typering van het beroep"),
        ("p", "De medewerker schuld~hulpverlening werkt bij een gemeente, een kredietbank of een welzijnsorganisatie. Hij ondersteunt burgers met geldzorgen en schulden. Hij is voor hen het eerste aanspreekpunt, legt laagdrempelig contact en zorgt dat de klant zich gehoord voelt. Hij brengt samen met de klant inkomsten, uitgaven en schulden in kaart en helpt bij het aanvragen van voorzieningen."),
        ("p", "Hij werkt binnen de kaders van wet-\nen regelgeving zoals de Wet gemeentelijke schuldhulpverlening en houdt rekening met de privacy van de klant. De beroepsbeoefenaar werkt vaak samen met ketenpartners zoals de woningcorporatie, het wijkteam en de energieleverancier, en overlegt met de schuldhulpverlener op hbo-niveau."),
        ("h1", "Beroepsvereisten"),
        ("p", "Voor het beroep zijn geen wettelijke beroepsvereisten van toepassing. Werkgevers vragen vaak een Verklaring Omtrent het Gedrag."),
        ("h1", "Basisdeel"),
        ("h2", "B1-K1: " + KERNTAKEN["B1-K1"]),
        ("label", "Complexiteit"),
        ("p", "De medewerker heeft te maken met klanten in uiteenlopende, soms stressvolle situaties. Hij moet snel schakelen tussen het praktisch regelen van zaken en het bieden van een luisterend oor."),
    ]
    wp = {
        "B1-K1-W1": (
            "De medewerker legt actief contact met de klant, ook met klanten die zelf niet om hulp vragen. Hij stelt de klant op zijn gemak, legt uit wat hij kan bieden en wat zijn rol en bevoegdheden zijn, en maakt duidelijke afspraken.",
            "Er is een vertrouwensrelatie met de klant; de klant weet wat hij van de medewerker kan verwachten.",
            ["toont oprechte interesse en luistert actief naar het verhaal van de klant;", "past zijn taalgebruik aan aan het niveau van de klant;", "komt gemaakte afspraken na."],
        ),
        "B1-K1-W2": (
            "De medewerker verzamelt samen met de klant gegevens over inkomsten, vaste lasten, uitgaven en schulden. Hij controleert de gegevens op volledigheid, maakt een overzicht van de sociaal-\nfinanciële situatie en bespreekt dit met de klant.",
            "Er is een volledig en actueel overzicht van de financiële situatie van de klant.",
            ["werkt nauwkeurig en vraagt door bij ontbrekende gegevens;", "bespreekt de financiële situatie open en zonder oordeel;"],
        ),
        "B1-K1-W3": (
            "De medewerker informeert de klant over voorzieningen, toeslagen en regelingen waar hij mogelijk recht op heeft, zoals bijzondere bijstand en kwijtschelding van gemeentelijke belastingen. Hij helpt de klant bij het aanvragen ervan.",
            "De klant is op de hoogte van passende voorzieningen en heeft deze waar mogelijk aangevraagd.",
            ["geeft informatie op een begrijpelijke manier;", "controleert of de klant de informatie heeft begrepen."],
        ),
        "B1-K1-W4": (
            "De medewerker stelt samen met de klant een plan van aanpak op met haalbare doelen en acties. Hij houdt rekening met de wensen en mogelijkheden van de klant en zijn netwerk.",
            "Er is een plan van aanpak dat de klant onderschrijft.",
            ["betrekt de klant actief bij het opstellen van het plan;", "motiveert de klant om zelf stappen te zetten."],
        ),
    }
    for code in ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4"]:
        items += werkproces(code, *wp[code])
    items += [
        ("h3", "Vakkennis en vaardigheden"),
        ("li", "heeft kennis van de Wet gemeentelijke schuldhulpverlening"),
        ("li", "heeft kennis van toeslagen, bijzondere bijstand en kwijtschelding"),
        ("li", "kan een budgetoverzicht opstellen"),
        ("li", "kan gespreks~technieken toepassen, zoals motiverende gespreksvoering"),
        ("h2", "B1-K2: " + KERNTAKEN["B1-K2"]),
    ]
    wp2 = {
        "B1-K2-W1": (
            "De medewerker legt gegevens, afspraken en voortgang vast in het klantdossier volgens de privacyregels van de organisatie.",
            "Het dossier is volledig, actueel en voldoet aan de AVG.",
            ["werkt zorgvuldig en volgens procedures;", "gaat vertrouwelijk om met gegevens van de klant."],
        ),
        "B1-K2-W2": (
            "De medewerker stemt af met ketenpartners zoals het wijkteam, de woningcorporatie en schuldeisers. Hij verwijst de klant zo nodig door en zorgt voor een warme overdracht.",
            "De hulp aan de klant is afgestemd met de betrokken ketenpartners.",
            ["deelt informatie tijdig en alleen met toestemming van de klant;", "bewaakt de grenzen van zijn eigen rol."],
        ),
        "B1-K2-W3": (
            "De medewerker bespreekt met de klant en zijn leidinggevende of de doelen zijn bereikt en sluit het traject af of draagt het over.",
            "Het traject is geëvalueerd en afgesloten of overgedragen.",
            ["reflecteert op zijn eigen handelen en vraagt feedback."],
        ),
    }
    for code in ["B1-K2-W1", "B1-K2-W2", "B1-K2-W3"]:
        items += werkproces(code, *wp2[code])
    items += [
        ("h1", "Profieldeel"),
        ("h2", "P1-K1: " + KERNTAKEN["P1-K1"]),
    ]
    wp3 = {
        "P1-K1-W1": (
            "De medewerker begeleidt de klant bij het maken van een begroting en het beheren van zijn budget. Hij helpt de klant overzicht te houden over post en rekeningen.",
            "De klant kan zelfstandig of met ondersteuning zijn budget beheren.",
            ["sluit aan bij de mogelijkheden van de klant;", "stimuleert de zelfredzaamheid van de klant."],
        ),
        "P1-K1-W2": (
            "De medewerker verzamelt de gegevens die nodig zijn voor een minnelijk traject, neemt contact op met schuldeisers en bereidt het voorstel voor aan de schuldhulpverlener.",
            "Er is een volledig dossier voor het minnelijk traject.",
            ["onderhandelt zakelijk en respectvol met schuldeisers."],
        ),
        "P1-K1-W3": (
            "De medewerker houdt na afloop contact met de klant, signaleert nieuwe betalingsachterstanden en schakelt zo nodig hulp in.",
            "Terugval wordt vroeg gesignaleerd en de klant weet waar hij terecht kan.",
            ["is alert op signalen van nieuwe problemen."],
        ),
    }
    for code in ["P1-K1-W1", "P1-K1-W2", "P1-K1-W3"]:
        items += werkproces(code, *wp3[code])
    items += [
        ("h3", "Vakkennis en vaardigheden"),
        ("li", "heeft kennis van het minnelijk traject en de Wet schuldsanering natuurlijke personen"),
        ("li", "kan een beslagvrije voet controleren"),
        ("h1", "Keuzedelen"),
        ("p", "Bij dit dossier wordt onder meer het keuzedeel K0912 Omgaan met agressie aanbevolen."),
        ("li", "K0912 Omgaan met agressie"),
        ("li", "K0788 Budgetcoaching"),
    ]
    return items


def werkproces(code, omschrijving, resultaat, gedrag):
    items = [
        ("h3", f"{code} {WERKPROCESSEN[code]}"),
        ("label", "Omschrijving"),
        ("p", omschrijving),
        ("label", "Resultaat"),
        ("p", resultaat),
        ("label", "Gedrag"),
        ("p", "De medewerker schuldhulpverlening:"),
    ]
    items += [("li", line) for line in gedrag]
    return items
