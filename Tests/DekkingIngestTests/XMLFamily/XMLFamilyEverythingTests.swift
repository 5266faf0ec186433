import DekkingIngest
import DekkingTestSupport
import Foundation
import Testing

/// Each "everything" fixture holds every structure its reader extracts; the exact block sequence
/// is the contract.
@Suite struct XMLFamilyEverythingTests {
    @Test func docx() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try ArchiveBuilder.zip(
            folder: ArchiveBuilder.fixture("everything-docx"), to: directory.url.appendingPathComponent("alles.docx"))
        let result = try DOCXReader().read(contentsOf: file, displayPath: "alles.docx")
        #expect(result.format == "docx")
        #expect(result.title == "Opleidingsprofiel Sociaal Werk – Hogeschool Zuiderkwartier")
        #expect(
            summary(result.blocks) == [
                "h1 Opleidingsprofiel Sociaal Werk",
                "h1 1 Inleiding",
                "p Hogeschool Zuiderkwartier leidt op tot de sociaal werker die de cliënt centraal stelt.",
                "p Eerste regel\ntweede regel na tab",
                "p Veldresultaat",
                "h2 1.1 Kerntaken",
                "li1o Signaleren en beïnvloeden",
                "li2o Analyseert de vraag van de cliënt",
                "li1u Werkt samen met Gemeente Veldhoven-Noord",
                "li2u en met het wijkteam",
                "p Geen lijst meer",
                "h1 Kerntaak 2 Organiseren",
                "td0.0.0 Competentie",
                "td0.0.1 Niveau",
                "td0.1.0 Samenwerken\nmet ketenpartners",
                "td0.1.1 Voor de tabel",
                "td1.0.0 Binnencel",
                "td0.1.1 Na de tabel",
                "h3 Slotbepaling",
            ])
        let all = result.blocks.map(\.text).joined(separator: " ")
        #expect(!all.contains("verwijderd"))
        #expect(!all.contains("PAGE"))
        #expect(!all.contains("Inhoud 1"))
        #expect(result.blocks[0].style == "Titel")
        #expect(result.blocks[1].element == "word/document.xml p[3]")
    }

    @Test func odt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try ArchiveBuilder.zip(
            folder: ArchiveBuilder.fixture("everything-odt"), to: directory.url.appendingPathComponent("alles.odt"))
        let result = try ODTReader().read(contentsOf: file, displayPath: "alles.odt")
        #expect(result.format == "odt")
        #expect(result.title == "Functiebeschrijving Consulent Schuldhulp – Gemeente Veldhoven-Noord")
        #expect(
            summary(result.blocks) == [
                "h1 Consulent schuldhulpverlening",
                "p De consulent begeleidt de cliënt bij het stap voor stap beïnvloeden van zijn financiële situatie.",
                "p Eerste regel\ntweede regel met opmaak",
                "h1 Taken en verantwoordelijkheden",
                "h2 Werkzaamheden",
                "li1o Voert intakegesprekken",
                "li2u met cliënten van Gemeente Veldhoven-Noord",
                "li1o Stelt een budgetplan op",
                "li1u Losse opsomming",
                "h3 Resultaatgebied 1",
                "td0.0.0 Resultaat",
                "td0.0.1 Norm",
                "td0.1.0 Tijdige\nafhandeling",
                "td0.4.0 Voor",
                "td1.0.0 Binnencel",
                "td0.4.0 Na",
            ])
        let all = result.blocks.map(\.text).joined(separator: " ")
        #expect(!all.contains("Geschrapte"))
        #expect(!all.contains("Voetnoot"))
        #expect(!all.contains("Inhoudsopgave"))
    }

    @Test func html() throws {
        let result = try HTMLReader().read(
            contentsOf: ArchiveBuilder.fixture("everything.html"), displayPath: "everything.html")
        #expect(result.format == "html")
        #expect(result.encoding == "UTF-8")
        #expect(result.title == "Studiegids Sociaal Werk | Hogeschool Zuiderkwartier")
        #expect(
            summary(result.blocks) == [
                "h1 Studiegids Sociaal Werk",
                "p De opleiding leert de cliënt centraal te stellen en het beleid te beïnvloeden.",
                "p Eerste regel\ntweede regel",
                "h2 Kerntaken",
                "li1u Signaleren",
                "li2u vroegtijdig",
                "li1u Ondersteunen",
                "h3 Toetsing",
                "li1o Portfolio",
                "p Losse tekst in een div",
                "td0.0.0 Onderdeel",
                "td0.0.1 Studiepunten",
                "td0.1.0 Stage bij Gemeente Veldhoven-Noord",
                "td0.2.0 Minor",
                "td0.2.1 30",
            ])
        #expect(!result.blocks.contains { $0.text.contains("ruis") })
        #expect(result.blocks.first { $0.text == "vroegtijdig" }?.element == "body/main/section[1]/ul/li[1]/ul/li")
        #expect(result.blocks.first { $0.text == "Ondersteunen" }?.element == "body/main/section[1]/ul/li[2]")
    }

    @Test func xml() throws {
        let result = try XMLReader().read(
            contentsOf: ArchiveBuilder.fixture("everything.xml"), displayPath: "everything.xml")
        #expect(result.format == "xml")
        #expect(
            summary(result.blocks) == [
                "h1 kwalificatiedossier",
                "p Medewerker schuldhulpverlening (Gemeente Veldhoven-Noord)",
                "h2 kwalificatiedossier/kerntaak",
                "p Ondersteunt de cliënt",
                "h3 kwalificatiedossier/kerntaak/werkproces",
                "p Voert een intakegesprek",
                "p De medewerker brengt de situatie in kaart en kan het gedrag beïnvloeden.",
                "p Stelt een plan op",
                "h2 kwalificatiedossier/kerntaak",
                "p Werkt samen",
            ])
        let intake = result.blocks.first { $0.text == "Voert een intakegesprek" }
        #expect(intake?.element == "kwalificatiedossier/kerntaak[1]/werkproces[1]/titel")
        #expect(intake?.line == 7)
    }
}
