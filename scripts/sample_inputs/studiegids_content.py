"""Content of the fictitious study guide of the Associate degree Sociaal-Financiële Dienstverlening of
Hogeschool Denkbeeld: eight modules over two years, each with its credits, semester, description,
leeruitkomsten and toetsing."""

TITLE = "Studiegids Associate degree Sociaal-Financiële Dienstverlening 2026-2027"

# (year, [(number, title, credits, semester, description, [leeruitkomsten], toetsing)])
YEARS = [
    (1, [
        (1, "Oriëntatie op het sociaal-financiële werkveld", 5, 1,
         "Je maakt kennis met de organisaties en professionals in de sociaal-financiële dienstverlening: gemeenten, "
         "sociaalwerkorganisaties, kredietbanken en bewindvoerders. Je onderzoekt welke rol zij spelen bij het "
         "voorkomen en oplossen van schulden en hoe de eigen opdracht van een organisatie het handelen bepaalt.",
         ["De student beschrijft de opdracht en werkwijze van drie organisaties in het werkveld.",
          "De student legt uit welke wet- en regelgeving de schuldhulpverlening bepaalt."],
         "Portfolio met een werkveldverkenning en een reflectieverslag."),
        (2, "Contact maken en gespreksvoering", 5, 1,
         "Je oefent het leggen van contact met burgers in kwetsbare financiële situaties. Je leert actief luisteren, "
         "doorvragen en je taal afstemmen op het taalniveau en de cultuur van de burger, zodat een gelijkwaardige "
         "vertrouwensrelatie ontstaat.",
         ["De student voert een kennismakingsgesprek waarin hij aansluit bij de leefwereld van de burger.",
          "De student benoemt in het gesprek zijn eigen rol en wat de burger van hem kan verwachten."],
         "Gefilmd gesprek met een acteur en een beoordelingsgesprek."),
        (3, "Financiële basisvaardigheden en budgetteren", 5, 2,
         "Je leert een volledig overzicht maken van inkomsten, uitgaven en schulden. Je werkt met budgetplannen, "
         "toeslagen, de beslagvrije voet en voorzieningen voor minima, en je legt een klant uit hoe zijn budget in "
         "elkaar zit.",
         ["De student brengt de financiële situatie van een huishouden volledig en nauwkeurig in kaart.",
          "De student stelt met de klant een haalbaar budgetplan op."],
         "Casustoets met een budgetplan en een schriftelijke toelichting."),
        (4, "Signaleren en analyseren", 5, 2,
         "Je leert signalen van financiële problemen vroeg herkennen en in samenhang zien met problemen op andere "
         "leefgebieden, zoals wonen, werk en gezondheid. Je oefent met het analyseren van oorzaken en de invloed "
         "van stress en schaarste op gedrag.",
         ["De student herkent signalen van geldzorgen en bespreekt ze met de burger.",
          "De student analyseert een casus op oorzaken, risico's en beschermende factoren."],
         "Schriftelijke analyse van een casus uit de praktijk."),
    ]),
    (2, [
        (5, "Schuldhulpverlening en schuldregeling", 5, 1,
         "Je verdiept je in het traject van schuldhulpverlening: van aanmelding en stabilisatie tot een minnelijke "
         "schuldregeling of de Wsnp. Je berekent de afloscapaciteit en oefent het onderhandelen met schuldeisers.",
         ["De student stelt een schuldregelingsvoorstel op en onderbouwt dat naar de schuldeisers.",
          "De student weegt de belangen van de burger en van de schuldeisers tegen elkaar af."],
         "Beroepsproduct: een uitgewerkt schuldregelingsdossier met een onderhandelingsgesprek."),
        (6, "Coachen naar financiële zelfredzaamheid", 5, 1,
         "Je leert burgers te coachen en te motiveren om hun financiën weer zelf te regelen. Je werkt met motiverende "
         "gespreksvoering en oplossingsgericht werken en sluit aan bij wat de burger zelf kan en wil.",
         ["De student begeleidt een burger bij het opstellen en uitvoeren van eigen leerdoelen.",
          "De student versterkt de eigen regie van de burger en bespreekt terugval en nazorg."],
         "Coachingsverslag van een traject in de stage en een criteriumgericht interview."),
        (7, "Samenwerken in de keten en in de wijk", 5, 2,
         "Je onderzoekt hoe professionals in het sociaal domein samenwerken rond een huishouden met schulden. Je "
         "maakt afspraken met ketenpartners, voert regie over een integrale aanpak en leert omgaan met "
         "tegenstrijdige belangen.",
         ["De student maakt met ketenpartners afspraken over taken en verantwoordelijkheden.",
          "De student bewaakt de voortgang van een integraal plan en evalueert het met de burger."],
         "Groepsopdracht: een samenwerkingsplan voor een wijk, met een presentatie aan partners."),
        (8, "Beroepsidentiteit en beroepsethiek", 5, 2,
         "Je reflecteert op je eigen handelen en je ontwikkeling als professional. Je bespreekt ethische dilemma's, "
         "zoals privacy en de grenzen van je opdracht, in intervisie en je maakt een plan voor je verdere "
         "professionalisering.",
         ["De student verantwoordt zijn handelen met de beroepscode en de privacyregels.",
          "De student stelt een persoonlijk ontwikkelplan op na reflectie en intervisie."],
         "Reflectieverslag en een eindgesprek over het ontwikkelplan."),
    ]),
]


def items():
    """The study guide as items for office.docx."""
    result = [
        ("title", TITLE),
        ("p", "Hogeschool Denkbeeld (fictief) – Academie Sociaal Domein – Associate degree, hbo, 120 studiepunten, "
              "deeltijd. Deze studiegids is een fictief voorbeeld, opgesteld voor het testen van software."),
        ("h1", "Inleiding"),
        ("p", "In deze studiegids lees je welke modules je volgt in de twee jaren van de Associate degree "
              "Sociaal-Financiële Dienstverlening. Per module staan het aantal studiepunten, het semester, de "
              "inhoud, de leeruitkomsten en de toetsing. Naast de modules loop je in beide jaren stage."),
    ]
    for year, modules in YEARS:
        result.append(("h1", f"Jaar {year}"))
        for number, title, credits, semester, description, outcomes, assessment in modules:
            result.append(("h2", f"Module {number}: {title} ({credits} EC)"))
            result.append(("table", [["Studiepunten", str(credits)], ["Semester", str(semester)]]))
            result.append(("p", description))
            result.append(("h3", "Leeruitkomsten"))
            result.extend(("ul", outcome) for outcome in outcomes)
            result.append(("h3", "Toetsing"))
            result.append(("p", assessment))
    return result
