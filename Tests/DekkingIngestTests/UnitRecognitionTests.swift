import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Units: the functions of a functieboek, the modules of a study guide, the kerntaken of a
/// dossier, each with its heading path, group and attributes.
@Suite struct UnitRecognitionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/units")

    static func read(_ name: String, options: Ingestor.Options = .init()) throws -> Document {
        let url = fixtures.appendingPathComponent(name)
        return try Ingestor(options: options).read(url, displayPath: name).0
    }

    @Test func theFunctionsOfAFunctieboekAreUnitsWithTheirFamilyLevelAndScale() throws {
        let document = try Self.read("functieboek-drie-functies.txt")
        #expect(document.units.map(\.id) == ["functie-1", "functie-2", "functie-3"])
        #expect(document.units.map(\.title) == ["Schuldhulpverlener", "Medewerker receptie", "Teamleider wijkteam"])
        #expect(document.units.map(\.kind) == [.functie, .functie, .functie])
        #expect(
            document.units.map(\.group) == [
                "Functiefamilie: Schuldhulp", "Functiefamilie: Schuldhulp", "Functiefamilie: Leiding",
            ])
        #expect(document.units.map(\.scale) == ["schaal 9", "schaal 4", nil])
        #expect(document.units.map(\.level) == ["hbo", "mbo", nil])
        // The resultaatgebieden of function 2 lie under function 2, and in its unit.
        let receptie = document.units[1]
        let activities = document.segments[receptie.segments].filter { $0.role == .activiteit }
        #expect(activities.count == 2)
        #expect(
            activities.allSatisfy {
                $0.headingPath == ["Functiefamilie: Schuldhulp", "Functie 2: Medewerker receptie", "Resultaatgebieden"]
            })
        #expect(!document.segments[receptie.segments].contains { $0.text.contains("schuldenoverzicht") })
    }

    @Test func unitsDoNotOverlapAndStartAtTheirHeading() throws {
        let document = try Self.read("functieboek-drie-functies.txt")
        for (unit, next) in zip(document.units, document.units.dropFirst()) {
            #expect(unit.segments.upperBound <= next.segments.lowerBound)
        }
        for unit in document.units {
            #expect(document.segments[unit.segments.lowerBound].role == .heading)
            #expect(document.segments[unit.segments.lowerBound].text.hasSuffix(unit.title))
        }
    }

    @Test func theModulesOfAStudyGuideHaveTheirYearSemesterAndEC() throws {
        let document = try Self.read("studiegids.txt", options: .init(kind: .opleidingsprofiel))
        #expect(document.units.map(\.id) == ["module-1", "module-2", "module-3", "module-4", "module-5"])
        #expect(document.units.map(\.title).first == "Oriëntatie op het sociaal domein")
        #expect(document.units.map(\.ec) == [5, 7.5, 5, 10, 5])
        #expect(document.units.map(\.year) == [1, 1, 1, 2, 2])
        #expect(document.units.map(\.semester) == [1, 1, 2, nil, nil])
        #expect(document.units.map(\.group) == ["Jaar 1", "Jaar 1", "Jaar 1", "Jaar 2", "Jaar 2"])
        // The appendix ends the last module.
        let last = try #require(document.units.last)
        #expect(!document.segments[last.segments].contains { $0.text.contains("toetsen") })
    }

    /// A functieboek of 30 functions in three families, headed the HR21 way: the function's name,
    /// then its sections.
    @Test func thirtyFunctionsTitledAboveTheirSectionsAreThirtyUnits() throws {
        var text = "Functieboek Gemeente Denkbeeld 2026\n\nInleiding\n\nDit boek beschrijft dertig functies.\n\n"
        for family in 1...3 {
            text += "Functiefamilie \(["Schuldhulp", "Klantcontact", "Leiding"][family - 1])\n\n"
            for number in 1...10 {
                let index = (family - 1) * 10 + number
                text += "Adviseur \(index)\n\nSchaal \(4 + number % 7)\n\nDoel van de functie\n\n"
                text += "De adviseur \(index) helpt inwoners met hun geldzaken.\n\n"
                text += "Resultaatgebieden\n\n- Voert gesprekken met inwoners.\n- Stelt een budgetplan op.\n\n"
            }
        }
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(text, to: "dertig.txt")
        let document = try Ingestor().read(file, displayPath: "dertig.txt").0
        #expect(document.units.count == 30)
        #expect(document.units.map(\.id) == (1...30).map { "functie-\($0)" })
        #expect(document.units.map(\.title) == (1...30).map { "Adviseur \($0)" })
        #expect(document.units.map(\.scale) == (1...30).map { "schaal \(4 + (($0 - 1) % 10 + 1) % 7)" })
        #expect(document.units[10].group == "Functiefamilie Klantcontact")
        // The name, the scale, Doel van de functie and its text, Resultaatgebieden and two activities.
        #expect(document.units.allSatisfy { document.segments[$0.segments].count == 7 })
    }

    @Test func theKerntakenOfTheSampleDossierAreUnitsInTheirPart() throws {
        let url = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Inputs/kd-medewerker-schuldhulpverlening.pdf")
        let document = try Ingestor().read(url, displayPath: "kd.pdf").0
        #expect(document.units.map(\.id) == ["B1-K1", "B1-K2", "P1-K1"])
        #expect(document.units.map(\.kind) == [.kerntaak, .kerntaak, .kerntaak])
        #expect(document.units.map(\.group) == ["Basisdeel", "Basisdeel", "Profieldeel"])
        // Every werkproces lies in the kerntaak its code names.
        for unit in document.units {
            let codes = document.segments[unit.segments].compactMap(\.code)
            #expect(codes.allSatisfy { $0.hasPrefix(unit.id) })
        }
    }

    @Test func theSampleFunctieboekHasFiveFunctionsInTwoFamilies() throws {
        let url = TestPaths.inputs.appendingPathComponent("functieboek-welzijn-en-schuldhulp.pdf")
        let document = try Ingestor().read(url, displayPath: "functieboek.pdf").0
        #expect(document.units.map(\.id) == (1...5).map { "functie-\($0)" })
        #expect(
            document.units.map(\.title) == [
                "Medewerker budgetbeheer", "Budgetcoach", "Schuldhulpverlener", "Medewerker receptie",
                "Teamleider wijkteam",
            ])
        #expect(document.units.map(\.level) == ["mbo", "mbo", "hbo", "mbo", "hbo"])
        #expect(document.units.map(\.scale) == ["schaal 6", "schaal 7", "schaal 9", "schaal 4", "schaal 11"])
        #expect(Set(document.units.compactMap(\.group)).count == 2)
        #expect(document.units.prefix(3).allSatisfy { $0.group?.contains("Schuldhulp en budgetbeheer") == true })
        // The running header "Functieboek 2026 | n" breaks no unit and is no passage.
        #expect(!document.segments.contains { $0.text.hasPrefix("Functieboek 2026 |") })
    }

    @Test func theSampleStudyGuideHasEightModulesOverTwoYears() throws {
        let url = TestPaths.inputs.appendingPathComponent("studiegids-sociaal-financiele-dienstverlening.docx")
        let document = try Ingestor().read(url, displayPath: "studiegids.docx").0
        #expect(document.units.map(\.id) == (1...8).map { "module-\($0)" })
        #expect(document.units.first?.title == "Oriëntatie op het sociaal-financiële werkveld")
        #expect(document.units.map(\.ec) == Array(repeating: 5, count: 8))
        #expect(document.units.map(\.year) == [1, 1, 1, 1, 2, 2, 2, 2])
        #expect(document.units.map(\.semester) == [1, 1, 2, 2, 1, 1, 2, 2])
        #expect(document.units.allSatisfy { $0.kind == .module })
    }

    @Test func aSingleFunctionIsOneUnitAndKeepsItsHeadingPaths() throws {
        let text =
            "Functiebeschrijving Budgetcoach\n\nDoel van de functie\n\nDe budgetcoach helpt inwoners.\n\nResultaatgebieden\n\n- Stelt een budgetplan op.\n"
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(text, to: "een.txt")
        let document = try Ingestor().read(file, displayPath: "een.txt").0
        #expect(document.units.isEmpty)
        let unitless = try Ingestor(options: .init(units: UnitChoice.none)).read(file, displayPath: "een.txt").0
        #expect(document.segments == unitless.segments)
    }

    @Test func noUnitsWhenTheUserSaysSo() throws {
        let document = try Self.read("functieboek-drie-functies.txt", options: .init(units: UnitChoice.none))
        #expect(document.units.isEmpty)
        #expect(
            document.segments.allSatisfy {
                !$0.headingPath.contains("Functie 1: Schuldhulpverlener") || $0.headingPath.count == 1
            })
    }

    @Test func everyTopHeadingIsAFunctionWhenTheUserSaysItIsAFunctieboek() throws {
        // Headings that do not say they are functions, and no Doel van de functie.
        let text = """
            # Medewerker budgetbeheer

            Beheert het budget van cliënten en betaalt de vaste lasten.

            # Budgetcoach

            Coacht inwoners bij het op orde brengen van hun financiën.
            """
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(text, to: "boek.md")
        #expect(try Ingestor().read(file, displayPath: "boek.md").0.units.isEmpty)
        let reading = try #require(DocumentKind.reading("functieboek"))
        let options = Ingestor.Options(kind: reading.kind, units: reading.units)
        let document = try Ingestor(options: options).read(file, displayPath: "boek.md").0
        #expect(document.units.map(\.title) == ["Medewerker budgetbeheer", "Budgetcoach"])
        #expect(document.kind == .functiebeschrijving)
    }

    @Test(arguments: [
        ("Functie 2: Medewerker receptie", UnitKind.functie, "2" as String?, "Medewerker receptie"),
        ("Functie: Budgetcoach", .functie, nil, "Budgetcoach"),
        ("Functiebeschrijving Schuldhulpverlener", .functie, nil, "Schuldhulpverlener"),
        ("Module 3 – Schuldhulp (5 EC)", .module, "3", "Schuldhulp"),
        ("Onderwijseenheid SFD12: Wetgeving", .module, "SFD12", "Wetgeving"),
        ("Uitstroomprofiel: Schuldhulpverlening", .uitstroomprofiel, nil, "Schuldhulpverlening"),
    ])
    func headingsThatOpenAUnit(heading: String, kind: UnitKind, number: String?, title: String) {
        let documentKind: DocumentKind = kind == .functie ? .functiebeschrijving : .opleidingsprofiel
        let opening = UnitHeading.opening(heading, kind: documentKind)
        #expect(opening?.kind == kind)
        #expect(opening?.number == number)
        #expect(opening?.title == title)
    }

    @Test(arguments: ["Functie-eisen", "Functieniveau", "Functie en organisatie", "Doel van de functie", "Functies"])
    func headingsThatDoNotOpenAFunction(heading: String) {
        #expect(UnitHeading.opening(heading, kind: .functiebeschrijving) == nil)
    }

    @Test func attributesComeFromLabelledPhrasesNotFromProse() {
        #expect(UnitAttributes.ec(in: "Studiepunten: 7,5") == 7.5)
        #expect(UnitAttributes.ec(in: "Deze module (5 EC) gaat over schulden.") == 5)
        #expect(UnitAttributes.ec(in: "Zij heeft 5 jaar ervaring.") == nil)
        #expect(UnitAttributes.scale(in: "Functieniveau: schaal 8") == "schaal 8")
        #expect(UnitAttributes.scale(in: "FWG 45") == "FWG 45")
        #expect(UnitAttributes.semester(in: "Jaar 1, semester 2") == 2)
        var unit = DocumentUnit(id: "m", kind: .module, title: "m", segments: 0..<1)
        UnitAttributes.fill(&unit, from: ["Drie jaar ervaring is gewenst.", "Leerjaar: 2"])
        #expect(unit.year == 2)
    }

    @Test func aManifestSaysAFileIsAFunctieboek() {
        let (manifest, findings) = Manifest.parse(
            "file,kind,units\nboek.pdf,functieboek,\ngids.docx,,module\nx.txt,,allerlei\n", displayPath: "manifest.csv",
            knownLevels: ["mbo", "hbo"])
        #expect(manifest.entries["boek.pdf"]?.kind == .functiebeschrijving)
        #expect(manifest.entries["boek.pdf"]?.units == .every(.functie))
        #expect(manifest.entries["gids.docx"]?.units == .every(.module))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("allerlei") == true)
    }
}
