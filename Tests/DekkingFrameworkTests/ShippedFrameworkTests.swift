import DekkingCore
import DekkingFramework
import DekkingTestSupport
import Foundation
import Testing

/// Pins the transcription of the Beroepscompetentieset sociaal-financiële dienstverlening (2021):
/// counts per competency and level, and the exact first and last indicator of every list, where
/// the PDF conversion broke pages, moved items and copied headings.
@Suite struct ShippedFrameworkTests {
    static let framework: Framework = {
        let result = FrameworkLoader.load(contentsOf: TestPaths.frameworkFile)
        return result.framework ?? Framework(id: "", title: "", version: "", levels: [], clusters: [])
    }()

    @Test func loadsWithoutFindings() {
        let result = FrameworkLoader.load(contentsOf: TestPaths.frameworkFile)
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.framework?.id == "sfd-2021")
        #expect(result.framework?.version == "2021-11")
        #expect(
            result.framework?.owners == ["Divosa", "Landelijke Cliëntenraad", "NVVK", "Sociaal Werk Nederland", "VNG"])
    }

    @Test func totals() {
        let f = Self.framework
        #expect(f.clusters.count == 8)
        #expect(f.competencies.count == 30)
        #expect(f.levels.map(\.id) == ["hbo", "mbo"])
        #expect(f.indicators.filter { $0.level == "hbo" }.count == 159)
        #expect(f.indicators.filter { $0.level == "mbo" }.count == 145)
    }

    @Test func clusterTitlesAndTexts() {
        let f = Self.framework
        #expect(
            f.clusters.map(\.title) == [
                "Aansluiting vinden en contact aangaan", "Signaleren, inventariseren en analyseren",
                "Samenwerken en opereren in een belangenveld", "Informeren en adviseren",
                "Coachen, ondersteunen en motiveren", "Sturen en beïnvloeden", "Planmatig en systematisch werken",
                "Staan voor de eigen professie",
            ])
        // Cluster 2's typering is split by a page break in the source.
        #expect(
            f.clusters[1].typering?.contains(
                "Speelt sociale druk misschien een rol? Of mist iemand basale vaardigheden?") == true)
        // The source has no typering for cluster 8, only the role text.
        #expect(f.clusters[7].typering == nil)
        #expect(f.clusters[7].rol?.hasPrefix("Op sociaal-financieel gebied ben jij een onmisbare schakel") == true)
        #expect(f.clusters.allSatisfy { !($0.rol ?? "").isEmpty && !$0.startbekwaam.isEmpty })
        #expect(f.clusters[3].startbekwaam.count == 3)
        #expect(
            f.comparison.map(\.aspect) == [
                "Mate van ervaring", "Centraal in beroepsuitoefening",
                "Kenmerken van gevoel, kunde, zienswijze en kracht",
            ])
        #expect(f.comparison[2].rows.count == 6)
    }

    /// Titles come from the overview, not from the (partly copied) headings of section 4.2.
    @Test(arguments: [
        ("1.3", "Handelt in lijn met de eigen opdracht, op een voor burgers duidelijke manier"),
        (
            "3.2",
            "Is actief en ondernemend in het opbouwen en onderhouden van duurzame samenwerkingsrelaties gericht op wederzijds vertrouwen"
        ),
        (
            "4.3",
            "Bereidt cliënten voor op het verloop van het traject door heldere en begrijpelijke informatie te verstrekken over wat zij kunnen verwachten"
        ),
        ("6.3", "Komt op voor de rechten en financiële belangen van cliënten"),
        ("8.2", "Herkent beroepsethische dilemma's en weet deze te benoemen en bespreekbaar te maken"),
    ])
    func competencyTitle(id: String, title: String) {
        #expect(Self.framework.competency(id)?.title == title)
    }

    @Test(arguments: Self.counts)
    func indicatorCount(id: String, hbo: Int, mbo: Int) throws {
        let competency = try #require(Self.framework.competency(id))
        #expect(competency.indicators(for: "hbo").count == hbo, "hbo \(id)")
        #expect(competency.indicators(for: "mbo").count == mbo, "mbo \(id)")
    }

    @Test(arguments: Self.boundaries)
    func boundaryIndicatorText(id: String, text: String) throws {
        let indicator = try #require(Self.framework.indicators.first { $0.id == id }, "missing \(id)")
        #expect(indicator.text == text)
    }

    @Test func multiPartIndicatorKeepsItsParts() throws {
        let indicator = try #require(Self.framework.indicators.first { $0.id == "7.1-hbo-1" })
        #expect(indicator.lead?.hasSuffix("een gezamenlijk plan uit dat:") == true)
        #expect(indicator.parts.count == 4)
        #expect(indicator.parts.last == "recht doet aan de diversiteit van mensen.")
        #expect(indicator.text.contains("plan uit dat: de mogelijkheden en vermogens"))
    }

    @Test func everyIndicatorIdFollowsThePattern() {
        for indicator in Self.framework.indicators {
            let prefix = "\(indicator.competencyID)-\(indicator.level)-"
            #expect(indicator.id.hasPrefix(prefix))
            #expect(Int(indicator.id.dropFirst(prefix.count)) != nil)
            #expect(!indicator.text.contains("  "), "double space in \(indicator.id)")
        }
    }

    static let counts: [(String, Int, Int)] = [
        ("1.1", 5, 5),
        ("1.2", 4, 4),
        ("1.3", 4, 4),
        ("2.1", 3, 2),
        ("2.2", 5, 5),
        ("2.3", 5, 5),
        ("3.1", 6, 4),
        ("3.2", 8, 7),
        ("3.3", 6, 5),
        ("3.4", 5, 5),
        ("3.5", 5, 5),
        ("4.1", 6, 3),
        ("4.2", 5, 5),
        ("4.3", 4, 4),
        ("4.4", 5, 5),
        ("5.1", 5, 5),
        ("5.2", 8, 8),
        ("5.3", 6, 6),
        ("6.1", 4, 3),
        ("6.2", 7, 7),
        ("6.3", 3, 3),
        ("7.1", 3, 3),
        ("7.2", 6, 6),
        ("7.3", 8, 8),
        ("7.4", 5, 5),
        ("8.1", 4, 4),
        ("8.2", 5, 4),
        ("8.3", 5, 5),
        ("8.4", 9, 7),
        ("8.5", 5, 3),
    ]

    static let boundaries: [(String, String)] = [
        (
            "1.1-hbo-1",
            "Is zichtbaar, bereikbaar en beschikbaar voor mensen in hun directe leefomgeving en/of op plaatsen waar zij zich bevinden. Wacht niet af maar is initiatief- en vindingrijk in het zoeken van (online) contact."
        ),
        (
            "1.1-hbo-5",
            "Biedt ruimte aan gevoelens van onmacht, frustratie en boosheid. Reageert integer en functioneel op weerstand, ongewenst en agressief gedrag."
        ),
        (
            "1.1-mbo-1",
            "Is zichtbaar, bereikbaar en beschikbaar voor mensen in hun directe leefomgeving en/of op plaatsen waar zij zich bevinden. Wacht niet af maar is initiatief- en vindingrijk in het zoeken van (online) contact."
        ),
        (
            "1.1-mbo-5",
            "Biedt ruimte aan gevoelens van onmacht, frustratie en boosheid. Reageert integer en functioneel op weerstand, ongewenst en agressief gedrag."
        ),
        (
            "1.2-hbo-1",
            "Varieert de manier van communiceren, zodat deze afgestemd is op personen met diverse achtergronden en (verbale, cognitieve, digitale) vermogens."
        ),
        (
            "1.2-hbo-4",
            "Is zich in contact met anderen bewust van zijn eigen normen, waarden en referentiekader en gaat respectvol om met die van anderen. Durft ook een cliënt over te dragen aan een collega als het contact onvoldoende constructief blijft."
        ),
        (
            "1.2-mbo-1",
            "Varieert de manier van communiceren, zodat deze afgestemd is op personen met diverse achtergronden en (verbale, cognitieve, digitale) vermogens."
        ),
        (
            "1.2-mbo-4",
            "Is zich in contact met anderen bewust van zijn eigen normen, waarden en referentiekader en gaat respectvol om met die van anderen. Durft ook een cliënt over te dragen aan een collega als het contact onvoldoende constructief blijft."
        ),
        (
            "1.3-hbo-1",
            "Verstrekt informatie over eigen rol en bevoegdheden en zet eigen positie en opdracht helder neer."
        ),
        (
            "1.3-hbo-4",
            "Kan een afweging maken van de risico's die het leggen van contact met zich mee kan brengen, bijvoorbeeld in situaties van agressiviteit en onveiligheid."
        ),
        ("1.3-mbo-1", "Verstrekt informatie over de eigen rol en bevoegdheden."),
        (
            "1.3-mbo-4",
            "Kan een afweging maken van de risico's die het leggen van contact met zich mee kan brengen, bijvoorbeeld in situaties van agressiviteit en onveiligheid."
        ),
        (
            "2.1-hbo-1",
            "Gaat actief op zoek naar en herkent risicofactoren voor het sociaal-financieel functioneren van burgers."
        ),
        (
            "2.1-hbo-3",
            "Herkent de wisselwerking tussen problemen en knelpunten op financieel gebied en andere leefgebieden. Is alert op mogelijke beperkingen, op de invloed van de leefomgeving en het overerven van gedrag."
        ),
        (
            "2.1-mbo-1",
            "Gaat actief op zoek naar en herkent risicofactoren voor het sociaal-financieel functioneren van burgers."
        ),
        (
            "2.1-mbo-2",
            "Herkent de wisselwerking tussen problemen en knelpunten op financieel gebied en andere leefgebieden. Is alert op mogelijke beperkingen en de invloed van de leefomgeving."
        ),
        (
            "2.2-hbo-1",
            "Neemt de situatie van mensen als uitgangspunt, biedt tijd en ruimte voor hun verhaal en emoties en luistert goed. Onderzoekt en verheldert hun vragen en behoeftes en de invloed die leefgebieden op elkaar hebben. Blijft daarbij alert op veranderingen."
        ),
        (
            "2.2-hbo-5",
            "Typeert en interpreteert gegevens t.b.v. het vervolg en bepaalt welke actuele wet- en regelgeving een rol spelen. Analyseert welke eventuele rechtsgevolgen de gegevens hebben."
        ),
        (
            "2.2-mbo-1",
            "Neemt de situatie van mensen als uitgangspunt, biedt tijd en ruimte voor hun verhaal en emoties en luistert goed. Onderzoekt en verheldert hun vragen en behoeftes en de invloed die leefgebieden op elkaar hebben. Blijft daarbij alert op veranderingen."
        ),
        (
            "2.2-mbo-5",
            "Typeert en interpreteert gegevens t.b.v. het vervolg en bepaalt welke actuele wet- en regelgeving een rol spelen. Analyseert welke eventuele rechtsgevolgen de gegevens hebben."
        ),
        (
            "2.3-hbo-1",
            "Helpt cliënten bij het ontrafelen van het probleem, verkent wat kan helpen, vraagt aan hen wat zij belangrijk vinden en wat hen motiveert en stimuleert en zet hen aan tot het zoeken naar oplossingen. Heeft aandacht voor de wisselwerking tussen systeem- en leefwereld en de stress die iemand ervaart."
        ),
        (
            "2.3-hbo-5",
            "Laat bij de verkenning van mogelijke oplossingen in houding en gedrag zien open te staan voor de eigenheid en opvattingen van mensen, en deze te respecteren, ook als ze afwijken van wat 'gangbaar' is."
        ),
        (
            "2.3-mbo-1",
            "Helpt cliënten bij het ontrafelen van het probleem, verkent wat kan helpen, vraagt aan hen wat zij belangrijk vinden en wat hen motiveert en stimuleert en zet hen aan tot het zoeken naar oplossingen. Heeft aandacht voor de wisselwerking tussen systeem- en leefwereld en de stress die iemand ervaart."
        ),
        (
            "2.3-mbo-5",
            "Laat bij de verkenning van mogelijke oplossingen in houding en gedrag zien open te staan voor de eigenheid en opvattingen van mensen, en deze te respecteren, ook als ze afwijken van wat 'gangbaar' is."
        ),
        (
            "3.1-hbo-1",
            "Kan makkelijk van perspectief wisselen en vormt zich een beeld van de beweegredenen, verschillen, belangen, loyaliteitsconflicten en motivatie van de betrokken partijen."
        ),
        (
            "3.1-hbo-6",
            "Signaleert onrechtvaardigheden, lacunes en onduidelijkheden in wet- en regelgeving of de uitvoering ervan en agendeert dit op de juiste plek."
        ),
        (
            "3.1-mbo-1",
            "Vormt zich een beeld van de beweegredenen, verschillen, belangen, loyaliteitsconflicten en motivatie van de betrokken partijen."
        ),
        (
            "3.1-mbo-4",
            "Signaleert onrechtvaardigheden, lacunes en onduidelijkheden in wet- en regelgeving of de uitvoering ervan en legt dit neer bij leidinggevende."
        ),
        (
            "3.2-hbo-1",
            "Zoekt andere professionals, vrijwilligers en ervaringsdeskundigen actief op om tot duurzame samenwerkingsrelaties te komen binnen en buiten de eigen organisatie."
        ),
        (
            "3.2-hbo-8",
            "Reflecteert regelmatig met betrokkenen op bereikte outcome, kwaliteit, effectiviteit van de aanpak en de samenwerkingsrelatie."
        ),
        (
            "3.2-mbo-1",
            "Zoekt andere professionals, vrijwilligers en ervaringsdeskundigen actief op om tot duurzame samenwerkingsrelaties te komen binnen en buiten de eigen organisatie."
        ),
        (
            "3.2-mbo-7",
            "Reflecteert regelmatig met betrokkenen op bereikte outcome, kwaliteit, effectiviteit van de aanpak en de samenwerkingsrelatie."
        ),
        (
            "3.3-hbo-1",
            "Komt binnen wettelijke termijnen of afgesproken tijd tot resultaat, werkt nauwkeurig en gericht op een soepele samenwerking."
        ),
        (
            "3.3-hbo-6",
            "Motiveert en enthousiasmeert anderen om bijdragen te leveren. Toont openlijk waardering voor de bijdragen van anderen."
        ),
        (
            "3.3-mbo-1",
            "Komt binnen wettelijke termijnen of afgesproken tijd tot resultaat, werkt nauwkeurig en gericht op een soepele samenwerking."
        ),
        (
            "3.3-mbo-5",
            "Motiveert en enthousiasmeert anderen om bijdragen te leveren. Toont openlijk waardering voor de bijdragen van anderen."
        ),
        (
            "3.4-hbo-1",
            "Overlegt, stemt werkzaamheden af en informeert betrokkenen tijdig. Benadert partijen integer, met begrip en gelijkwaardigheid. Past gesprekstechnieken toe, durft in gesprekken te confronteren, veert mee waar mogelijk en blijft standvastig waar nodig."
        ),
        (
            "3.4-hbo-5",
            "Kan verschillende rollen/posities in een samenwerkingsrelatie innemen afhankelijk van opdracht en situatie."
        ),
        (
            "3.4-mbo-1",
            "Overlegt, stemt werkzaamheden af en informeert betrokkenen tijdig. Benadert partijen integer, met begrip en gelijkwaardigheid. Past gesprekstechnieken toe, stelt zich meewerkend en meedenkend op en blijft standvastig waar nodig."
        ),
        (
            "3.4-mbo-5",
            "Kan verschillende rollen/posities in een samenwerkingsrelatie innemen afhankelijk van opdracht en situatie."
        ),
        (
            "3.5-hbo-1",
            "Is ondernemend en creatief in het leggen van contacten, initieert en brengt het gesprek tussen partijen op gang en ondersteunt bij contacten, spanningen en/of tegenstellingen."
        ),
        (
            "3.5-hbo-5",
            "Zet in op kleine verbeteringen op de korte termijn die het (wederzijds) vertrouwen op de lange termijn versterken."
        ),
        (
            "3.5-mbo-1",
            "Is ondernemend en creatief in het leggen van contacten, initieert en brengt het gesprek tussen partijen op gang en ondersteunt bij contacten, spanningen en/of tegenstellingen."
        ),
        (
            "3.5-mbo-5",
            "Zet in op kleine verbeteringen op de korte termijn die het (wederzijds) vertrouwen op de lange termijn versterken."
        ),
        (
            "4.1-hbo-1",
            "Achterhaalt en verstrekt (op maat) actuele informatie over relevante wetten. Informeert mensen zo nodig over gevolgen van sociaal-financieel risicovol gedrag, over hun rechten en mogelijke verplichtingen."
        ),
        (
            "4.1-hbo-6",
            "Zet mensen aan het denken over eigen gedrag en dringt tot hen door/bereikt hen door een neutrale en autonome houding ten aanzien van belangen en motivaties van partijen."
        ),
        (
            "4.1-mbo-1",
            "Achterhaalt en verstrekt (op maat) actuele informatie over relevante wetten. Informeert mensen zo nodig over gevolgen van sociaal-financieel risicovol gedrag, over hun rechten en mogelijke verplichtingen."
        ),
        (
            "4.1-mbo-3",
            "Sluit aan bij de communicatiewijze van (groepen) burgers en dat wat hen bezighoudt, prikkelt en motiveert. Maakt gebruik van schriftelijke, mondelinge en beeldcommunicatie om iets inzichtelijk te maken."
        ),
        (
            "4.2-hbo-1",
            "Baseert informatie en advies op actuele kennis over voorzieningen, beleid en wet- en regelgeving. Kent de wegen om informatie te vergaren."
        ),
        ("4.2-hbo-5", "Geeft kostenbesparende en andere tips om het uitgavenpatroon te veranderen."),
        (
            "4.2-mbo-1",
            "Baseert informatie en advies op actuele kennis over voorzieningen, beleid en wet- en regelgeving. Kent de wegen om informatie te vergaren."
        ),
        ("4.2-mbo-5", "Geeft kostenbesparende en andere tips om het uitgavenpatroon te veranderen."),
        ("4.3-hbo-1", "Geeft vooraf informatie over het verloop van een traject en de te nemen stappen."),
        (
            "4.3-hbo-4",
            "Legt in begrijpelijke taal uit wat de stappen zijn in het traject, herhaalt dit geduldig wanneer dat nodig is en komt zo nodig met aangepaste adviezen."
        ),
        ("4.3-mbo-1", "Geeft vooraf informatie over het verloop van een traject en de te nemen stappen."),
        (
            "4.3-mbo-4",
            "Legt in begrijpelijke taal uit wat de stappen zijn in het traject, herhaalt dit geduldig wanneer dat nodig is en komt zo nodig met aangepaste adviezen."
        ),
        (
            "4.4-hbo-1",
            "Schetst de mogelijkheden binnen wet- en regelgeving, legt uit wat daarbij belangrijk is en wat consequenties zijn waar men rekening mee moet houden. Geeft informatie over een schuldsaneringstraject als dat aan de orde is."
        ),
        (
            "4.4-hbo-5",
            "Betrekt, met medeweten van betrokkenen, tijdig samenwerkingspartners als de situatie erom vraagt."
        ),
        (
            "4.4-mbo-1",
            "Schetst de mogelijkheden binnen wet- en regelgeving, legt uit wat daarbij belangrijk is en wat consequenties zijn waar men rekening mee moet houden. Geeft informatie over een schuldsaneringstraject als dat aan de orde is."
        ),
        (
            "4.4-mbo-5",
            "Betrekt, met medeweten van betrokkenen, tijdig samenwerkingspartners als de situatie erom vraagt."
        ),
        (
            "5.1-hbo-1",
            "Verplaatst zich in de ander, geeft ruimte aan emoties, behoeften en belangen en begrijpt welke impact de financiële situatie kan hebben op de persoon. Vindt daarbij de balans tussen afstand en nabijheid."
        ),
        (
            "5.1-hbo-5",
            "Houdt focus op de sociaal-financiële situatie. Voorkomt onnodige afhankelijkheid in de ondersteuningsrelatie, en bij zichzelf te veel of te weinig betrokkenheid. Kent en respecteert professionele grenzen."
        ),
        (
            "5.1-mbo-1",
            "Toont verbaal en non-verbaal interesse in en begrip voor de situatie van burgers en vindt daarbij de balans tussen afstand en nabijheid."
        ),
        (
            "5.1-mbo-5",
            "Houdt focus op de sociaal-financiële situatie. Voorkomt onnodige afhankelijkheid in de ondersteuningsrelatie, en bij zichzelf te veel of te weinig betrokkenheid. Kent en respecteert professionele grenzen."
        ),
        (
            "5.2-hbo-1",
            "Onderzoekt samen met mensen wat de mogelijkheden zijn voor het duurzaam aanpakken van hun financiële problemen en het voorkomen van terugval. Geeft hen de ruimte die er is om er een eigen invulling aan te geven."
        ),
        (
            "5.2-hbo-8",
            "Weegt met cliënten en betrokkenen steeds af welke mate van eigen regie, gezien de aanwezige draagkracht en draaglast, haalbaar is en past de ondersteuning daarop aan."
        ),
        (
            "5.2-mbo-1",
            "Onderzoekt samen met mensen wat de mogelijkheden zijn voor het duurzaam aanpakken van hun financiële problemen en het voorkomen van terugval. Geeft hen de ruimte die er is om er een eigen invulling aan te geven."
        ),
        (
            "5.2-mbo-8",
            "Weegt met cliënten en betrokkenen steeds af welke mate van eigen regie, gezien de aanwezige draagkracht en draaglast, haalbaar is en past de ondersteuning daarop aan."
        ),
        (
            "5.3-hbo-1",
            "Gaat uit van de kracht en kwaliteiten van mensen en haalt deze naar boven. Moedigt hen aan hun persoonlijke kwaliteiten, talenten en vaardigheden te ontdekken, te gebruiken en te versterken. Houdt hierbij oog voor belemmerende en stimulerende omstandigheden, ook als die niet uitgesproken worden."
        ),
        (
            "5.3-hbo-6",
            "Leert cliënten vaardigheden aan om financieel zelfredzaam te worden, zoals een administratie opzetten en het eigen budget beheren."
        ),
        (
            "5.3-mbo-1",
            "Gaat uit van de kracht en kwaliteiten van mensen en haalt deze naar boven. Moedigt hen aan hun persoonlijke kwaliteiten, talenten en vaardigheden te ontdekken, te gebruiken en te versterken."
        ),
        (
            "5.3-mbo-6",
            "Leert cliënten vaardigheden aan om financieel zelfredzaam te worden, zoals een administratie opzetten en het eigen budget beheren."
        ),
        (
            "6.1-hbo-1",
            "Weet wie in te schakelen om op verschillende niveaus invloed uit te oefenen, legt knelpunten neer en werkt gezamenlijk aan het realiseren van oplossingen."
        ),
        (
            "6.1-hbo-4",
            "Houdt focus, gaat weerstanden en confrontaties niet uit de weg en blijft doelgericht handelen, ook in crisissituaties."
        ),
        (
            "6.1-mbo-1",
            "Weet wie in te schakelen om op verschillende niveaus invloed uit te oefenen, legt knelpunten neer en werkt gezamenlijk aan het realiseren van oplossingen. Komt met argumenten en is transparant in afwegingen."
        ),
        (
            "6.1-mbo-3",
            "Houdt focus, gaat weerstanden en confrontaties niet uit de weg en blijft doelgericht handelen, ook in crisissituaties."
        ),
        (
            "6.2-hbo-1",
            "Regelt zaken en initieert activiteiten besluitvaardig, daadkrachtig en doortastend en komt met betrokkenen tot afspraken."
        ),
        ("6.2-hbo-7", "Grijpt in acute (crisis)situaties in en treedt handelend op."),
        (
            "6.2-mbo-1",
            "Regelt zaken en initieert activiteiten besluitvaardig, daadkrachtig en doortastend en komt met betrokkenen tot afspraken."
        ),
        ("6.2-mbo-7", "Grijpt in acute (crisis)situaties in en treedt handelend op."),
        (
            "6.3-hbo-1",
            "Maakt betrokkenen duidelijk op te komen voor de rechten en positie van cliënten en toont een stevige en weerbare houding."
        ),
        (
            "6.3-hbo-3",
            "Treedt op voor cliënten die zelf tijdelijk of blijvend niet in staat zijn de eigen (financiële) belangen te behartigen."
        ),
        (
            "6.3-mbo-1",
            "Maakt betrokkenen duidelijk op te komen voor de rechten en positie van cliënten en toont een stevige en weerbare houding."
        ),
        (
            "6.3-mbo-3",
            "Treedt op voor cliënten die zelf tijdelijk of blijvend niet in staat zijn de eigen (financiële) belangen te behartigen."
        ),
        (
            "7.1-hbo-1",
            "Gaat in gesprek en werkt op basis van een berekening en analyse, en de daaruit voortkomende oplossingsrichtingen, een gezamenlijk plan uit dat: de mogelijkheden en vermogens van cliënt en netwerk als uitgangspunt neemt; participatie en regie van cliënt en netwerk bevordert; gericht is op de kennis en vaardigheden die nodig zijn voor een financieel gezonde situatie; recht doet aan de diversiteit van mensen."
        ),
        (
            "7.1-hbo-3",
            "Houdt in het plan rekening met de werkwijzen in de eigen en andere organisaties en met wettelijke termijnen."
        ),
        (
            "7.1-mbo-1",
            "Gaat in gesprek, werkt op basis van een analyse en de daaruit voortkomende oplossingsrichtingen een plan uit dat: de mogelijkheden en vermogens van cliënt en netwerk als uitgangspunt neemt; participatie van cliënt en netwerk bevordert; gericht is op de kennis en vaardigheden die nodig zijn voor een financieel gezonde situatie; recht doet aan de diversiteit van mensen."
        ),
        (
            "7.1-mbo-3",
            "Houdt in het plan rekening met de werkwijzen in de eigen en andere organisaties en met wettelijke termijnen."
        ),
        (
            "7.2-hbo-1",
            "Heeft gedegen kennis van de gehele procedure, ook als hij of zij zelf belast is met de uitvoering van een deel ervan."
        ),
        (
            "7.2-hbo-6",
            "Bereidt werkzaamheden ordelijk en zorgvuldig voor, met inachtneming van wettelijke kaders en voorgenomen planning. Voorziet mogelijke knelpunten of tegenslagen, is daarop voorbereid en handelt ernaar."
        ),
        (
            "7.2-mbo-1",
            "Heeft gedegen kennis van de gehele procedure, ook als hij of zij zelf belast is met de uitvoering van een deel ervan."
        ),
        (
            "7.2-mbo-6",
            "Bereidt werkzaamheden ordelijk en zorgvuldig voor. Onderneemt actie als er knelpunten of tegenslagen optreden."
        ),
        (
            "7.3-hbo-1",
            "Voert de werkzaamheden consequent uit conform voorgeschreven (wettelijke en interne) procedures en termijnen."
        ),
        (
            "7.3-hbo-8",
            "Biedt inzicht in de eigen werkwijze en zorgt voor een overdracht waar anderen mee verder kunnen. Verplaatst zich in het perspectief van anderen bij het vermelden van relevante informatie. Maakt keuzes inzichtelijk en gaat in op dat wat wel en niet gewerkt heeft."
        ),
        (
            "7.3-mbo-1",
            "Voert de werkzaamheden consequent uit conform voorgeschreven (wettelijke en interne) procedures en termijnen."
        ),
        (
            "7.3-mbo-8",
            "Biedt inzicht in de eigen werkwijze en zorgt voor een overdracht waar anderen mee verder kunnen."
        ),
        ("7.4-hbo-1", "Houdt de voortgang in de gaten en is steeds op de hoogte van de actuele stand van zaken."),
        ("7.4-hbo-5", "Investeert tijdig in overdracht en afstemming en bereidt cliënten hierop voor."),
        ("7.4-mbo-1", "Houdt de voortgang in de gaten en is steeds op de hoogte van de actuele stand van zaken."),
        ("7.4-mbo-5", "Investeert tijdig in overdracht en afstemming en bereidt cliënten hierop voor."),
        (
            "8.1-hbo-1",
            "Onderbouwt en verantwoordt het eigen handelen vanuit kernwaarden, beroepsidentiteit en praktijktheoretische inzichten. Zoals stress-sensitief werken, multiculturele en psychodynamische benaderingen."
        ),
        ("8.1-hbo-4", "Gaat afgewogen risico's niet uit de weg, durft fouten te maken en leert hiervan."),
        (
            "8.1-mbo-1",
            "Onderbouwt en verantwoordt het eigen handelen vanuit kernwaarden, beroepsidentiteit, methoden en inzichten."
        ),
        ("8.1-mbo-4", "Gaat afgewogen risico's niet uit de weg, durft fouten te maken en leert hiervan."),
        (
            "8.2-hbo-1",
            "Is zich bewust van eigen normen en waarden en de invloed daarvan op het eigen professioneel handelen."
        ),
        ("8.2-hbo-5", "Signaleert als ethische standaarden van het werk in gevaar komen en kaart dit aan."),
        (
            "8.2-mbo-1",
            "Is zich bewust van eigen normen en waarden en de invloed daarvan op het eigen professioneel handelen."
        ),
        ("8.2-mbo-4", "Signaleert als ethische standaarden van het werk in gevaar komen en kaart dit aan."),
        (
            "8.3-hbo-1",
            "Voelt aan als persoonlijke of professionele grenzen worden overschreden en onderneemt tijdig actie."
        ),
        (
            "8.3-hbo-5",
            "Kent de eigen arbeidsvoorwaarden en kaart het aan, zo nodig met hulp van collega's, als die niet nagekomen worden."
        ),
        (
            "8.3-mbo-1",
            "Voelt aan als persoonlijke of professionele grenzen worden overschreden en onderneemt tijdig actie."
        ),
        (
            "8.3-mbo-5",
            "Kent de eigen arbeidsvoorwaarden en kaart het aan, zo nodig met hulp van collega's, als die niet nagekomen worden."
        ),
        ("8.4-hbo-1", "Heeft een visie op de rol van het beroep in relatie tot maatschappelijke ontwikkelingen."),
        (
            "8.4-hbo-9",
            "Signaleert bij de uitvoering van het werk relevante ontwikkelingen en trends, heeft een visie hoe hiermee om te gaan en bespreekt deze met betrokkenen."
        ),
        ("8.4-mbo-1", "Heeft een visie op de rol van het beroep in relatie tot maatschappelijke ontwikkelingen."),
        (
            "8.4-mbo-7",
            "Stelt zich op de hoogte van de voor de uitvoering van het werk relevante ontwikkelingen en trends en actuele visie op het werk."
        ),
        (
            "8.5-hbo-1",
            "Signaleert mogelijke verbeterpunten voor de uitvoering van de dienstverlening. Kaart aan wat er nodig is en doet voorstellen voor concrete acties en/of visie en beleid."
        ),
        (
            "8.5-hbo-5",
            "Deelt actief kennis en expertise met collega's en andere deskundigen en discussieert over beroepstaken en werkzaamheden."
        ),
        (
            "8.5-mbo-1",
            "Signaleert mogelijke verbeterpunten voor de uitvoering van de dienstverlening, grijpt ze aan en doet voorstellen en concrete acties."
        ),
        (
            "8.5-mbo-3",
            "Deelt actief kennis en expertise met collega's en andere deskundigen en discussieert over beroepstaken en werkzaamheden."
        ),
    ]
}
