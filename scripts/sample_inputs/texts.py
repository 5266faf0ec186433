"""Texts of the fictitious opleidingsprofiel, functiebeschrijving, vacature and metselaar dossier."""

OPLEIDINGSPROFIEL = [
    ("title", "Opleidingsprofiel Bachelor Sociaal-Financiële Dienstverlening"),
    ("p", "Hogeschool Voorbeeldstad (fictief) – Academie Sociaal Werk en Financiën – hbo-bachelor, 240 studiepunten, voltijd en deeltijd. Vastgesteld door de opleidingscommissie, studiejaar 2025-2026."),
    ("h1", "1 Inleiding"),
    ("p", "Dit opleidingsprofiel beschrijft wat afgestudeerden van de bachelor Sociaal-Financiële Dienstverlening kunnen. Het is gebaseerd op het landelijke beroepsbeeld en is uitgewerkt in beroepstaken, competenties met gedragsindicatoren, een body of knowledge en de onderwijseenheden van de OER."),
    ("h1", "2 Beroepstaken"),
    ("p", "De sociaal-financieel professional op hbo-niveau voert de volgende beroepstaken uit."),
    ("h2", "Beroepstaak 1: Vroegsignalering en outreachend werken"),
    ("p", "De professional signaleert vroegtijdig betalingsachterstanden, zoekt burgers actief op in hun eigen omgeving en legt contact met mensen die zelf geen hulp vragen."),
    ("h2", "Beroepstaak 2: Financiële analyse en diagnose"),
    ("p", "De professional analyseert de financiële situatie en de achterliggende oorzaken van schulden, zoals stress, ziekte of verlies van werk, en stelt een integrale diagnose."),
    ("h2", "Beroepstaak 3: Begeleiding en regie"),
    ("p", "De professional stelt samen met de burger een plan op, voert regie over het traject en werkt samen met ketenpartners in het sociaal domein."),
    ("h1", "3 Competenties"),
    ("h2", "Competentie 1 – Contact en vertrouwen"),
    ("p", "De professional gaat op een gelijkwaardige manier contact aan met burgers in kwetsbare financiële situaties."),
    ("h3", "Gedragsindicatoren"),
    ("ol", "neemt zelf het initiatief tot contact en is zichtbaar in de wijk"),
    ("ol", "stemt communicatie af op taalniveau en cultuur van de burger"),
    ("ol", "bouwt een vertrouwensrelatie op en benoemt eigen rol en bevoegdheden"),
    ("h2", "Competentie 2 – Analyseren en adviseren"),
    ("p", "De professional brengt de financiële en sociale situatie in samenhang in kaart en geeft passend advies."),
    ("h3", "Gedragsindicatoren"),
    ("ol", "verzamelt en controleert financiële gegevens systematisch"),
    ("ol", "herkent de invloed van schaarste en stress op gedrag en besluitvorming"),
    ("ol", "adviseert over voorzieningen, toeslagen en wettelijke regelingen"),
    ("h3", "Leeruitkomsten"),
    ("ul", "LU2.1 De student stelt een onderbouwde financiële diagnose op voor een burger met problematische schulden."),
    ("ul", "LU2.2 De student adviseert een burger over passende voorzieningen en legt het advies vast."),
    ("h2", "Competentie 3 – Samenwerken en regie voeren"),
    ("p", "De professional werkt samen met ketenpartners en voert regie over integrale trajecten."),
    ("h3", "Gedragsindicatoren"),
    ("ol", "maakt afspraken met ketenpartners over taken en verantwoordelijkheden"),
    ("ol", "bewaakt de voortgang en evalueert het traject met de burger"),
    ("h1", "4 Body of knowledge"),
    ("ul", "Wet gemeentelijke schuldhulpverlening, Wsnp, Participatiewet en beslagvrije voet"),
    ("ul", "Psychologie van schaarste, motiverende gespreksvoering en oplossingsgericht werken"),
    ("ul", "Budgettering, inkomensondersteuning en toeslagen"),
    ("ul", "Privacy, AVG en beroepsethiek"),
    ("h1", "5 Onderwijseenheden"),
    ("p", "De competenties worden ontwikkeld in de volgende onderwijseenheden (zie de OER voor toetsing)."),
    ("table", [
        ["Code", "Onderwijseenheid", "Studiepunten"],
        ["OE1", "Introductie sociaal-financiële dienstverlening", "15"],
        ["OE2", "Gespreksvoering en contact met burgers", "15"],
        ["OE3", "Financiële analyse en schuldhulpverlening", "30"],
        ["OE4", "Stage en beroepsproduct", "30"],
    ]),
]

FUNCTIE = [
    ("title", "Functiebeschrijving Schuldhulpverlener"),
    ("p", "Functieboek cao Sociaal Werk Voorbeeldland (fictief) – functiefamilie Dienstverlening – referentiefunctie 14.3."),
    ("h1", "Doel van de functie"),
    ("p", "De schuldhulpverlener ondersteunt inwoners met financiële problemen bij het verkrijgen van financiële stabiliteit, zodat zij hun zelfredzaamheid vergroten en verdere schulden worden voorkomen."),
    ("h1", "Resultaatgebieden"),
    ("h2", "Resultaatgebied 1: Intake en analyse"),
    ("ul", [
        "voert intakegesprekken met inwoners die zich melden met geldzorgen;",
        "brengt inkomsten, uitgaven en schulden in kaart en stelt een budgetplan op;",
        "stelt vast welke vorm van hulpverlening passend is.",
    ]),
    ("h2", "Resultaatgebied 2: Begeleiding en schuldregeling"),
    ("ul", [
        "stelt samen met de inwoner een plan van aanpak op en bewaakt de uitvoering;",
        "onderhandelt met schuldeisers over betalingsregelingen en een minnelijke schuldregeling;",
        "motiveert inwoners om afspraken na te komen en zelf regie te nemen.",
    ]),
    ("h2", "Resultaatgebied 3: Samenwerking in de keten"),
    ("ul", [
        "werkt samen met het wijkteam, de woningcorporatie, energieleveranciers en de Belastingdienst;",
        "verwijst door naar andere hulpverlening en zorgt voor een warme overdracht.",
    ]),
    ("h2", "Resultaatgebied 4: Registratie en kwaliteit"),
    ("ul", [
        "legt gegevens en afspraken vast in het cliëntvolgsysteem volgens de AVG;",
        "signaleert knelpunten in regelgeving en beleid en meldt deze aan de leidinggevende.",
    ]),
    ("h1", "Kennis en vaardigheden"),
    ("ul", [
        "hbo-werk- en denkniveau, bij voorkeur een opleiding Sociaal Werk of Sociaal Juridische Dienstverlening;",
        "kennis van de Wet gemeentelijke schuldhulpverlening, de Wsnp en de beslagvrije voet;",
        "vaardigheid in gespreksvoering, onderhandelen en rapporteren.",
    ]),
    ("h1", "Gedragscompetenties"),
    ("ul", ["Klantgerichtheid", "Samenwerken", "Integriteit", "Stressbestendigheid"]),
    ("h1", "Contacten"),
    ("p", "Intern met collega’s van het wijkteam en de leidinggevende over de voortgang van trajecten; extern met inwoners, schuldeisers, deurwaarders en instanties over betalingsregelingen en voorzieningen."),
    ("h1", "Functieniveau"),
    ("p", "Ingedeeld in functieschaal 8 van de cao Sociaal Werk Voorbeeldland."),
]

VACATURE_HTML = """<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Vacature Budgetcoach – Gemeente Voorbeeldstad</title>
  <script>window.dataLayer = [];</script>
  <style>.cookie-banner { position: fixed; }</style>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookiemelding">
    <p>Wij gebruiken cookies om onze website te verbeteren. Accepteer alle cookies of stel je voorkeuren in.</p>
    <button>Alle cookies accepteren</button>
  </div>
  <header>
    <a href="/">Werken bij Gemeente Voorbeeldstad</a>
    <nav aria-label="Hoofdmenu">
      <ul>
        <li><a href="/vacatures">Alle vacatures</a></li>
        <li><a href="/over-ons">Over ons</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>Budgetcoach (32-36 uur)</h1>
      <p>Gemeente Voorbeeldstad (fictief) zoekt een enthousiaste budgetcoach voor het team Geldzaken.</p>
      <h2>Wat ga je doen?</h2>
      <p>Als budgetcoach help je inwoners die moeite hebben om rond te komen. Je komt bij mensen thuis en bouwt een band met ze op.</p>
      <ul>
        <li>Je brengt samen met de inwoner de inkomsten en uitgaven in kaart en maakt een overzichtelijke begroting.</li>
        <li>Je informeert inwoners over toeslagen, kwijtschelding en andere regelingen en helpt bij de aanvraag.</li>
        <li>Je leert inwoners hoe ze hun administratie op orde houden en stimuleert hun zelfredzaamheid.</li>
        <li>Je werkt samen met het wijkteam, de schuldhulpverlener en vrijwilligers van de thuisadministratie.</li>
      </ul>
      <h2>Wie ben jij?</h2>
      <ul>
        <li>Je hebt een afgeronde mbo-opleiding op niveau 4, bijvoorbeeld Sociaal Werk of Juridisch Medewerker.</li>
        <li>Je kunt goed luisteren en legt ingewikkelde zaken eenvoudig uit.</li>
        <li>Je werkt nauwkeurig en houdt je dossiers bij.</li>
      </ul>
      <h2>Wat bieden wij?</h2>
      <p>Een salaris van maximaal € 3.900 bruto per maand (schaal 8), een individueel keuzebudget van 17,05% en ruimte voor opleiding.</p>
      <h2>Solliciteren</h2>
      <p>Solliciteer vóór 1 maart via de knop hieronder. Vragen? Bel met Sanne de Vries, teamleider Geldzaken.</p>
    </article>
  </main>
  <footer>
    <p>© 2025 Gemeente Voorbeeldstad – Privacyverklaring – Toegankelijkheid</p>
    <nav aria-label="Voettekst"><a href="/sitemap">Sitemap</a></nav>
  </footer>
</body>
</html>
"""

METSELAAR = """KWALIFICATIEDOSSIER METSELAAR

Crebo 25999 (fictief voorbeeld) – mbo niveau 2

Typering van het beroep
De metselaar werkt in de woning- en utiliteitsbouw. Hij metselt muren van baksteen en kalkzandsteen,
stelt kozijnen en werkt volgens tekening en bestek. Hij werkt veel buiten en in teamverband op de
bouwplaats.

Beroepsvereisten
Voor het werken op de bouwplaats is een VCA-certificaat vereist.

Basisdeel

B1-K1 Voert metselwerk uit

B1-K1-W1 Bereidt de werkzaamheden voor
De metselaar leest de tekening, zet de maatvoering uit en richt de werkplek veilig in.
Resultaat: De werkplek is veilig ingericht en de maatvoering klopt.
Gedrag: Werkt nauwkeurig en volgens de veiligheidsvoorschriften.

B1-K1-W2 Metselt muren en gevels
De metselaar mengt de specie, metselt in verband en voegt het metselwerk af.
Resultaat: Het metselwerk is haaks, waterpas en in het juiste verband gemetseld.
Gedrag: Werkt vakkundig en controleert zijn eigen werk.

B1-K1-W3 Ruimt de werkplek op
De metselaar ruimt materiaal en gereedschap op en scheidt het bouwafval.
Resultaat: De werkplek is schoon en het afval is gescheiden.
Gedrag: Gaat zorgvuldig om met materialen en gereedschap.

Vakkennis en vaardigheden
- heeft kennis van metselverbanden en specie
- kan een bouwtekening lezen
- kan werken met een waterpas, rei en troffel
"""
