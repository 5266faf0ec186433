"""Content of the fictitious CAO functieboek "Sociaal-financiële dienstverlening" of Stichting
Voorbeeldhulp: an introduction, then five functions in two function families at mbo and hbo level.
Every page carries the running header and the footer "Functieboek 2026 | <page>"."""

TITLE = "Functieboek Sociaal-financiële dienstverlening 2026"
HEADER = "Cao Sociaal-financiële dienstverlening (fictief) – Stichting Voorbeeldhulp"
COUNTER = "Functieboek 2026 | {n}"

INTRODUCTION = [
    ("title", TITLE),
    ("p", "Stichting Voorbeeldhulp (fictief) – cao Sociaal-financiële dienstverlening 2026-2027. Vastgesteld door "
          "de cao-partijen op 1 januari 2026. Dit functieboek is een fictief voorbeeld, opgesteld voor het testen "
          "van software."),
    ("h1", "Inleiding"),
    ("p", "Dit functieboek beschrijft de functies binnen de sociaal-financiële dienstverlening van Stichting "
          "Voorbeeldhulp. De functies zijn geordend in twee functiefamilies: Schuldhulp en budgetbeheer, en "
          "Klantcontact en ondersteuning. Binnen een familie lopen de functies op in zwaarte, van uitvoerend op "
          "mbo-niveau tot regisserend en leidinggevend op hbo-niveau."),
    ("p", "Elke functie heeft een functieniveau en een schaal volgens het loongebouw van de cao, een doel, de "
          "resultaatgebieden met de werkzaamheden die daarbij horen, en de kennis en vaardigheden die de functie "
          "vraagt. De functiebeschrijvingen zijn de basis voor de inschaling, het werving- en selectiebeleid en de "
          "gesprekken over ontwikkeling."),
]

# (family, [(number, name, level, scale, purpose, [(result area, [activities])], [knowledge and skills])])
FAMILIES = [
    ("Schuldhulp en budgetbeheer",
     "In deze functiefamilie ondersteunen medewerkers inwoners bij het beheren van hun inkomen en uitgaven en bij "
     "het oplossen van schulden, van de dagelijkse betalingen tot een volledig schuldregelingstraject.",
     [
         (1, "Medewerker budgetbeheer", "mbo (niveau 4)", 6,
          "De medewerker budgetbeheer beheert het inkomen van klanten die hun financiën tijdelijk niet zelf kunnen "
          "regelen, zodat vaste lasten op tijd betaald worden en er geen nieuwe schulden ontstaan.",
          [
              ("Budgetbeheer uitvoeren", [
                  "stelt met de klant een budgetplan op met inkomsten, vaste lasten en leefgeld;",
                  "voert de betalingen van vaste lasten uit en maakt het leefgeld op vaste momenten over;",
                  "controleert afschriften en signaleert afwijkingen, betalingsachterstanden en nieuwe schulden;",
              ]),
              ("Administratie en dossiervorming", [
                  "legt afspraken, betalingen en wijzigingen vast in het klantdossier volgens de privacyregels;",
                  "vraagt toeslagen en voorzieningen aan en houdt wijzigingen in inkomen bij;",
              ]),
              ("Contact met klanten", [
                  "legt de klant in begrijpelijke taal uit welke betalingen zijn gedaan en waarom;",
                  "bespreekt vragen en zorgen van de klant en verwijst door naar de budgetcoach als dat nodig is;",
              ]),
          ],
          ["kennis van budgettering, toeslagen en de beslagvrije voet;",
           "nauwkeurig en systematisch kunnen werken met een financiële administratie;",
           "duidelijk en respectvol kunnen communiceren, ook met klanten die weinig lezen of schrijven."]),
         (2, "Budgetcoach", "mbo (niveau 4)", 7,
          "De budgetcoach begeleidt klanten naar financiële zelfredzaamheid: de klant leert zijn eigen administratie "
          "te voeren, keuzes te maken met zijn geld en terugval te voorkomen.",
          [
              ("Begeleiden en coachen", [
                  "voert huisbezoeken uit en brengt samen met de klant de financiële situatie in kaart;",
                  "stelt met de klant leerdoelen op en oefent met het ordenen van post en het betalen van rekeningen;",
                  "motiveert de klant, sluit aan bij wat hij al kan en versterkt zijn eigen regie;",
              ]),
              ("Signaleren en doorverwijzen", [
                  "herkent signalen van stress, schaamte en problemen op andere leefgebieden en bespreekt die;",
                  "schakelt op tijd de schuldhulpverlener of het wijkteam in en maakt een warme overdracht;",
              ]),
              ("Evalueren en nazorg", [
                  "bespreekt de voortgang met de klant en legt de resultaten vast;",
                  "biedt nazorg na afloop van het traject en spreekt af wat de klant doet bij terugval.",
              ]),
          ],
          ["kennis van methoden voor motiverende gespreksvoering en van de psychologie van schaarste;",
           "kan aansluiten bij mensen met verschillende achtergronden en taalniveaus;",
           "kan een coachingstraject plannen, volgen en afsluiten."]),
         (3, "Schuldhulpverlener", "hbo", 9,
          "De schuldhulpverlener voert de regie over schuldhulpverleningstrajecten, zodat inwoners met "
          "problematische schulden een duurzame oplossing vinden en hun financiële bestaanszekerheid herstellen.",
          [
              ("Analyse en plan van aanpak", [
                  "analyseert de financiële en sociale situatie en de achterliggende oorzaken van de schulden;",
                  "beoordeelt de aanvraag volgens de Wet gemeentelijke schuldhulpverlening en stelt een plan van aanpak op;",
              ]),
              ("Schuldregeling", [
                  "berekent de afloscapaciteit, stelt een minnelijk schuldregelingsvoorstel op en onderhandelt met schuldeisers;",
                  "vraagt zo nodig een moratorium, saneringskrediet of toelating tot de Wsnp aan;",
              ]),
              ("Samenwerking en regie", [
                  "werkt samen met ketenpartners zoals de woningcorporatie, het wijkteam en de kredietbank;",
                  "maakt afspraken over taken en verantwoordelijkheden en bewaakt de voortgang van het traject;",
                  "signaleert knelpunten in beleid en regelgeving en bespreekt die met de gemeente.",
              ]),
          ],
          ["kennis van de Wet gemeentelijke schuldhulpverlening, de Wsnp, de Participatiewet en het beslagrecht;",
           "kan onderhandelen met schuldeisers en afwegen tussen de belangen van klant en schuldeisers;",
           "kan het eigen handelen verantwoorden en reflecteert op de beroepsethiek."]),
     ]),
    ("Klantcontact en ondersteuning",
     "In deze functiefamilie zorgen medewerkers voor een toegankelijke eerste lijn: inwoners met geldzorgen "
     "vinden de weg naar hulp, en de teams in de wijk werken samen aan vroegsignalering en preventie.",
     [
         (4, "Medewerker receptie", "mbo (niveau 2)", 4,
          "De medewerker receptie ontvangt bezoekers en bellers, beantwoordt eenvoudige vragen en zorgt dat "
          "inwoners met geldzorgen snel bij de juiste medewerker terechtkomen.",
          [
              ("Ontvangst en informatie", [
                  "ontvangt bezoekers vriendelijk en neemt telefoon en e-mail aan;",
                  "geeft informatie over het aanbod van de stichting en over de spreekuren;",
              ]),
              ("Aanmelding en planning", [
                  "neemt aanmeldingen op, noteert de gegevens volgens de privacyregels en plant afspraken in;",
                  "herkent een acute situatie, zoals een dreigende huisuitzetting, en meldt die direct bij de teamleider;",
              ]),
          ],
          ["kennis van het aanbod van de stichting en van de sociale kaart van de gemeente;",
           "kan rustig en klantvriendelijk blijven, ook bij boze of verdrietige bezoekers;",
           "kan werken met het registratiesysteem en de agenda."]),
         (5, "Teamleider wijkteam", "hbo", 11,
          "De teamleider wijkteam geeft leiding aan het wijkteam sociaal-financiële dienstverlening en zorgt dat "
          "het team vroeg signaleert, preventief werkt en integrale hulp biedt aan inwoners in de wijk.",
          [
              ("Leidinggeven", [
                  "stuurt het team aan, voert werkoverleg en ontwikkelgesprekken en bewaakt de werkverdeling;",
                  "bevordert intervisie en de deskundigheid van de medewerkers;",
              ]),
              ("Vroegsignalering en preventie", [
                  "organiseert met woningcorporaties, energieleveranciers en zorgverzekeraars de vroegsignalering van betalingsachterstanden;",
                  "zet met partners in de wijk preventieve activiteiten op en evalueert de resultaten;",
              ]),
              ("Beleid en kwaliteit", [
                  "vertaalt het gemeentelijk beleid naar werkafspraken en rapporteert over de resultaten;",
                  "signaleert ontwikkelingen in de wijk en adviseert de gemeente over verbeteringen.",
              ]),
          ],
          ["kennis van het sociaal domein, de wet- en regelgeving rond schulden en de partners in de wijk;",
           "kan een team motiveren en sturen op resultaat en kwaliteit;",
           "kan netwerken, onderhandelen en de belangen van inwoners vertegenwoordigen."]),
     ]),
]


def body():
    """The document as a list of (style, text) items and "page" for a page break."""
    items = list(INTRODUCTION)
    for family_number, (family, description, functions) in enumerate(FAMILIES, start=1):
        items.append("page")
        items.append(("h1", f"Functiefamilie {family_number}: {family}"))
        items.append(("p", description))
        for index, (number, name, level, scale, purpose, areas, knowledge) in enumerate(functions):
            if index > 0:
                items.append("page")
            items.append(("h2", f"Functie {number}: {name}"))
            items.append(("p", f"Functieniveau: {level}. Schaal: {scale}."))
            items.append(("h3", "Doel van de functie"))
            items.append(("p", purpose))
            items.append(("h3", "Resultaatgebieden"))
            for area_number, (area, activities) in enumerate(areas, start=1):
                items.append(("label", f"Resultaatgebied {area_number}: {area}"))
                items.append(("p", f"De {name.lower()}:"))
                items.extend(("li", activity) for activity in activities)
            items.append(("h3", "Kennis en vaardigheden"))
            items.extend(("li", item) for item in knowledge)
    return items
