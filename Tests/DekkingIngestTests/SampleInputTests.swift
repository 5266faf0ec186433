import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Structure recognition and detection on each sample document in Inputs/.
@Suite struct SampleInputTests {
    static let result = Ingestor().ingest([TestPaths.inputs.path])

    private func document(_ id: String) throws -> Document {
        try #require(Self.result.documents.first { $0.id == id })
    }

    @Test func readsEverySampleWithoutErrors() {
        #expect(Self.result.documents.count == 7)
        #expect(!Self.result.findings.containsError, "\(Self.result.findings)")
    }

    static let werkprocessen: [(String, String)] = [
        ("B1-K1-W1", "Legt contact en voert het kennismakingsgesprek"),
        ("B1-K1-W2", "Brengt de financiële situatie in kaart"),
        ("B1-K1-W3", "Informeert over voorzieningen en regelingen"),
        ("B1-K1-W4", "Stelt samen met de klant een plan van aanpak op"),
        ("B1-K2-W1", "Legt het dossier vast en bewaakt de voortgang"), ("B1-K2-W2", "Werkt samen met ketenpartners"),
        ("B1-K2-W3", "Evalueert de dienstverlening en sluit af"),
        ("P1-K1-W1", "Begeleidt de klant bij het budgetbeheer"),
        ("P1-K1-W2", "Bereidt een minnelijk schuldregelingstraject voor"),
        ("P1-K1-W3", "Signaleert terugval en zorgt voor nazorg"),
    ]

    @Test func findsEveryWerkprocesOfTheKwalificatiedossierWithTitleResultAndBehaviour() throws {
        let kd = try document("kd-medewerker-schuldhulpverlening")
        #expect(kd.kind == .kwalificatiedossier)
        #expect(kd.level == "mbo")
        #expect(kd.format == "pdf")
        let coded = Set(kd.segments.compactMap { $0.role == .werkproces ? $0.code : nil })
        #expect(coded == Set(Self.werkprocessen.map(\.0)))
        for (code, title) in Self.werkprocessen {
            let segments = kd.segments.filter { $0.code == code }
            #expect(segments.first?.text == title, "\(code)")
            #expect(segments.contains { $0.role == .resultaat }, "\(code) resultaat")
            #expect(segments.contains { $0.role == .gedrag }, "\(code) gedrag")
            // The segments of one werkproces are consecutive.
            let indices = segments.map(\.index)
            #expect(indices == Array((indices.first ?? 0)...(indices.last ?? 0)), "\(code)")
        }
        let kerntaken = kd.segments.filter { $0.role == .kerntaak && $0.headingPath.count <= 1 }.compactMap(\.code)
        #expect(kerntaken == ["B1-K1", "B1-K2", "P1-K1"])
        #expect(
            kd.segments.contains {
                $0.role == .typeringBeroep && $0.text.contains("schuldhulpverlening werkt bij een gemeente")
            })
        #expect(kd.segments.contains { $0.role == .beroepsvereisten })
        #expect(kd.segments.contains { $0.role == .vakkennis && $0.code == "B1-K1" })
        #expect(kd.segments.contains { $0.role == .keuzedeel && $0.code == "K0912" })
        #expect(kd.segments.contains { $0.text.contains("wet- en regelgeving") })
        #expect(!kd.segments.contains { $0.text.contains("Pagina") || $0.text.contains("versie 2025") })
        #expect(kd.segments.allSatisfy { $0.page != nil })
    }

    @Test func findsEveryResultaatgebiedOfTheFunctionWithItsActivities() throws {
        let function = try document("functiebeschrijving-schuldhulpverlener")
        #expect(function.kind == .functiebeschrijving)
        let gebieden = function.segments.filter { $0.role == .resultaatgebied }
        #expect(
            gebieden.map(\.code) == [
                "Resultaatgebied 1", "Resultaatgebied 2", "Resultaatgebied 3", "Resultaatgebied 4",
            ])
        #expect(
            gebieden.map(\.text) == [
                "Intake en analyse", "Begeleiding en schuldregeling", "Samenwerking in de keten",
                "Registratie en kwaliteit",
            ])
        for gebied in gebieden {
            #expect(
                function.segments.contains { $0.role == .activiteit && $0.code == gebied.code }, "\(gebied.code ?? "")")
        }
        let roles = Set(function.segments.map(\.role))
        #expect(roles.isSuperset(of: [.doelFunctie, .kennisEnVaardigheden, .competentie, .contacten, .functieniveau]))
        #expect(function.segments.contains { $0.role == .functieniveau && $0.text.contains("functieschaal 8") })
    }

    @Test func recognisesTheOpleidingsprofiel() throws {
        let profile = try document("opleidingsprofiel-sociaal-financiele-dienstverlening")
        #expect(profile.kind == .opleidingsprofiel)
        #expect(profile.level == "hbo")
        #expect(profile.title == "Opleidingsprofiel Bachelor Sociaal-Financiële Dienstverlening")
        let codes = { (role: SegmentRole) in Set(profile.segments.filter { $0.role == role }.compactMap(\.code)) }
        #expect(codes(.beroepstaak) == ["Beroepstaak 1", "Beroepstaak 2", "Beroepstaak 3"])
        #expect(codes(.competentie) == ["Competentie 1", "Competentie 2", "Competentie 3"])
        #expect(codes(.leeruitkomst) == ["LU2.1", "LU2.2"])
        #expect(codes(.onderwijseenheid) == ["OE1", "OE2", "OE3", "OE4"])
        #expect(profile.segments.filter { $0.role == .gedragsindicator }.count == 8)
        #expect(profile.segments.filter { $0.role == .bodyOfKnowledge }.count == 4)
    }

    @Test func readsTheVacancyWithoutNavigationFooterOrCookieBanner() throws {
        let vacancy = try document("vacature-budgetcoach")
        let all = vacancy.segments.map(\.text).joined(separator: "\n")
        for noise in ["cookies", "Alle vacatures", "Hoofdmenu", "Privacyverklaring", "Sitemap", "dataLayer"] {
            #expect(!all.contains(noise), "\(noise)")
        }
        #expect(all.contains("Je brengt samen met de inwoner de inkomsten en uitgaven in kaart"))
        #expect(vacancy.segments.filter { $0.role == .activiteit }.count >= 4)
    }

    @Test func appliesTheManifestOfTheInputFolder() throws {
        let vacancy = try document("vacature-budgetcoach")
        #expect(vacancy.kind == .vacature)
        #expect(vacancy.kindConfidence == 1)
        #expect(vacancy.level == "mbo")
        #expect(vacancy.levelConfidence == 1)
        #expect(vacancy.title == "Vacature Budgetcoach (32-36 uur), Gemeente Voorbeeldstad")
    }

    @Test func readsTheMetselaarControlAsAnUnrelatedKwalificatiedossier() throws {
        let metselaar = try document("kd-metselaar")
        #expect(metselaar.kind == .kwalificatiedossier)
        #expect(metselaar.encoding == "utf-8")
        #expect(
            metselaar.segments.filter { $0.role == .werkproces && $0.code != nil }.map(\.code).reduce(into: [String]())
            {
                if $0.last != $1 { $0.append($1 ?? "") }
            } == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"])
        #expect(
            metselaar.segments.contains {
                $0.role == .resultaat
                    && $0.text == "Het metselwerk is haaks, waterpas en in het juiste verband gemetseld."
            })
        #expect(!metselaar.segments.contains { $0.text.localizedCaseInsensitiveContains("schuld") })
    }

    @Test func readsTheFunctieboekWithEveryFunctionAndWithoutItsRunningHeaderAndFooter() throws {
        let book = try document("functieboek-welzijn-en-schuldhulp")
        #expect(book.kind == .functiebeschrijving)
        let headings = book.segments.filter { $0.role == .heading }.map(\.text)
        #expect(
            headings.filter { $0.hasPrefix("Functie ") } == [
                "Functie 1: Medewerker budgetbeheer", "Functie 2: Budgetcoach", "Functie 3: Schuldhulpverlener",
                "Functie 4: Medewerker receptie", "Functie 5: Teamleider wijkteam",
            ])
        #expect(headings.filter { $0.hasPrefix("Functiefamilie ") }.count == 2)
        #expect(headings.filter { $0 == "Resultaatgebieden" }.count == 5)
        #expect(book.segments.filter { $0.role == .resultaatgebied }.count >= 10)
        #expect(book.segments.contains { $0.role == .activiteit && $0.text.hasPrefix("voert huisbezoeken uit") })
        #expect(!book.segments.contains { $0.text.contains("Functieboek 2026 |") || $0.text.hasPrefix("Cao ") })
        #expect(book.segments.allSatisfy { $0.page != nil })
    }

    @Test func readsTheStudyGuideWithItsModulesOverTwoYears() throws {
        let guide = try document("studiegids-sociaal-financiele-dienstverlening")
        #expect(guide.kind == .opleidingsprofiel)
        #expect(guide.level == "hbo")
        let modules = Set(
            guide.segments.compactMap { segment in segment.headingPath.first { $0.hasPrefix("Module ") } })
        #expect(modules.count == 8)
        #expect(Set(guide.segments.compactMap(\.headingPath.first)).isSuperset(of: ["Jaar 1", "Jaar 2"]))
        #expect(guide.segments.filter { $0.role == .leeruitkomst }.count == 16)
    }
}
