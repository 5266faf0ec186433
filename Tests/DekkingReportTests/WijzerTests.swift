import DekkingCore
import DekkingFramework
import DekkingModel
import Foundation
import Testing

@testable import DekkingReport

/// The competentiewijzer: the answer reader (JSON, CSV, bad files), the profile, the team view,
/// the ontwikkelplan and the pages.
@Suite struct WijzerTests {
    static let framework = Framework(
        id: "test-kader", title: "Testkader sociaal-financiële dienstverlening", version: "2000-01",
        levels: [Level(id: "mbo", title: "mbo"), Level(id: "hbo", title: "hbo")],
        comparison: [
            ComparisonAspect(
                aspect: "Mate van ervaring",
                rows: [.init(startbekwaam: "Enige werkervaring.", vakvolwassen: "Veel werkervaring.")])
        ],
        clusters: [
            Cluster(
                id: "1", title: "Contact maken", startbekwaam: ["Je luistert vooral en toont interesse."],
                competencies: [
                    Competency(
                        id: "1.1", title: "Is zichtbaar en benaderbaar",
                        indicators: [
                            Indicator(id: "1.1-mbo-1", competencyID: "1.1", level: "mbo", text: "Maakt contact."),
                            Indicator(
                                id: "1.1-mbo-2", competencyID: "1.1", level: "mbo", text: "Reageert op <weerstand>."),
                            Indicator(id: "1.1-hbo-1", competencyID: "1.1", level: "hbo", text: "Legt verbinding."),
                        ]),
                    Competency(
                        id: "1.2", title: "Bouwt vertrouwen op",
                        indicators: [
                            Indicator(id: "1.2-mbo-1", competencyID: "1.2", level: "mbo", text: "Is betrouwbaar.")
                        ]),
                ]),
            Cluster(
                id: "2", title: "Vraag verhelderen",
                competencies: [
                    Competency(
                        id: "2.1", title: "Brengt de situatie in kaart",
                        indicators: [
                            Indicator(
                                id: "2.1-mbo-1", competencyID: "2.1", level: "mbo", text: "Maakt een overzicht."),
                            Indicator(id: "2.1-mbo-2", competencyID: "2.1", level: "mbo", text: "Stelt vragen."),
                        ])
                ]),
        ])

    static func answers(_ ratings: [String: WijzerRating], name: String = "Sam de Vries") -> WijzerAnswers {
        WijzerAnswers(
            framework: "test-kader", frameworkVersion: "2000-01", level: "mbo", profile: .startbekwaam, name: name,
            date: "2026-12-01", answers: ratings.mapValues { .init(rating: $0) })
    }

    static let sam = answers([
        "1.1-mbo-1": .mastered, "1.1-mbo-2": .teaches, "1.2-mbo-1": .developing, "2.1-mbo-1": .notYet,
    ])

    func read(_ text: String, name: String = "antwoorden.json") -> (WijzerAnswers?, [Finding]) {
        WijzerAnswerReader.parse(text, display: name, framework: Self.framework)
    }

    // MARK: reader

    @Test func readsTheJSONExportBackIntoTheSameAnswers() throws {
        var withExample = Self.sam
        withExample.answers["1.2-mbo-1"]?.example = "Afspraken met Stichting Voorbeeldhulp nagekomen."
        let json = String(decoding: try WijzerJSON.encode(withExample), as: UTF8.self)
        let (answers, findings) = read(json)
        #expect(findings.isEmpty)
        #expect(answers == withExample)
    }

    @Test func readsTheCSVExportWithQuotesAndLabels() throws {
        let csv = #"""
            naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld
            Sam de Vries,2026-12-01,test-kader,2000-01,mbo,startbekwaam,1.1-mbo-1,beheers ik,"Gesprek bij Gemeente Denkbeeld, ""lastig"""
            Sam de Vries,2026-12-01,test-kader,2000-01,mbo,startbekwaam,2.1-mbo-1,nog niet,

            """#
        let (answers, findings) = read(csv, name: "sam.csv")
        #expect(findings.isEmpty)
        let read = try #require(answers)
        #expect(read.name == "Sam de Vries" && read.level == "mbo" && read.profile == .startbekwaam)
        #expect(
            read.answers["1.1-mbo-1"] == .init(rating: .mastered, example: "Gesprek bij Gemeente Denkbeeld, \"lastig\"")
        )
        #expect(read.answers["2.1-mbo-1"] == .init(rating: .notYet))
        #expect(read.answers.count == 2)
    }

    @Test func aFormulaGuardOfTheCSVExportIsTakenOffAndOtherQuotesStay() {
        #expect(WijzerAnswerReader.revived("'=SOM(A1)") == "=SOM(A1)")
        #expect(WijzerAnswerReader.revived("'-2 dagen") == "-2 dagen")
        #expect(WijzerAnswerReader.revived("'t Gooi") == "'t Gooi")
        #expect(WijzerAnswerReader.revived("gewoon") == "gewoon")
    }

    @Test(arguments: [
        ("leeg.json", "{}", "geen antwoorden van de competentiewijzer"),
        (
            "ander.json",
            #"{"schema":"iets/9","framework":"x","frameworkVersion":"1","level":"mbo","profile":"startbekwaam","name":"","date":"","answers":{}}"#,
            "onbekend schema 'iets/9'"
        ),
        ("lijst.csv", "document,indicator\nx,y\n", "geen antwoorden van de competentiewijzer (CSV"),
        (
            "cijfer.csv",
            "naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld\nA,2026-12-01,test-kader,2000-01,mbo,startbekwaam,1.1-mbo-1,prima,\n",
            "onbekende beoordeling 'prima'"
        ),
        (
            "niveau.csv",
            "naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld\nA,2026-12-01,test-kader,2000-01,wo,startbekwaam,1.1-mbo-1,2,\n",
            "onbekend niveau 'wo'"
        ),
        (
            "team.csv",
            "naam,datum,kader,kaderversie,niveau,profiel,indicator,beoordeling,voorbeeld\nA,2026-12-01,test-kader,2000-01,mbo,startbekwaam,1.1-mbo-1,2,\nB,2026-12-01,test-kader,2000-01,mbo,startbekwaam,1.1-mbo-1,3,\n",
            "andere naam, datum, kader, niveau of profiel dan op regel 2; zet elke ingevulde wijzer in een eigen bestand"
        ),
    ])
    func aBadFileIsADutchErrorWithItsName(_ name: String, _ text: String, _ message: String) {
        let (answers, findings) = read(text, name: name)
        #expect(answers == nil)
        let finding = findings.first { $0.severity == .error }
        #expect(finding?.location.file == name)
        #expect(finding?.message.contains(message) == true, "\(findings)")
    }

    @Test func unknownIndicatorsAndAnotherVersionAreWarningsAndTheRestIsRead() throws {
        var other = Self.sam
        other.frameworkVersion = "1999-01"
        other.answers["9.9-mbo-1"] = .init(rating: .mastered)
        other.answers["1.1-hbo-1"] = .init(rating: .mastered)
        let (answers, findings) = read(String(decoding: try WijzerJSON.encode(other), as: UTF8.self))
        #expect(findings.count == 2 && findings.allSatisfy { $0.severity == .warning })
        #expect(findings.contains { $0.message.contains("versie 1999-01") })
        #expect(
            findings.contains { $0.message.contains("2 onbekende indicator(en) overgeslagen: 1.1-hbo-1, 9.9-mbo-1") })
        #expect(answers?.answers.count == 4)
    }

    @Test func readingAMissingFileIsAFinding() {
        let (answers, findings) = WijzerAnswerReader.read(
            path: "/nonexistent/sam.json", display: "sam.json", framework: Self.framework)
        #expect(answers == nil)
        #expect(findings.first?.description == "sam.json: fout: het bestand kan niet worden gelezen")
    }

    // MARK: profile

    @Test func masteryPerCompetencyFollowsTheRules() throws {
        let profile = WijzerProfile([("sam", Self.sam)], framework: Self.framework)
        let member = try #require(profile.members.first)
        #expect(member.name == "Sam de Vries")
        #expect(member.competencies.map(\.competency) == ["1.1", "1.2", "2.1"])
        #expect(member.competencies.map(\.status) == [.covered, .partial, .gap])
        // 1.1: (2 + 3) / 6; 1.2: 1 / 3; 2.1: one answered "nog niet", one unanswered.
        #expect(abs((member.mastery("1.1")?.score ?? 0) - 5.0 / 6.0) < 1e-9)
        #expect(abs((member.mastery("1.2")?.score ?? 0) - 1.0 / 3.0) < 1e-9)
        #expect(member.mastery("2.1")?.answered == 1 && member.mastery("2.1")?.indicators == 2)
        #expect(member.strengths == ["1.1"])
        #expect(member.developmentPoints == ["2.1", "1.2"])
        #expect(profile.team.isEmpty)
    }

    @Test func anUnansweredIndicatorKeepsACompetencyFromBeingMastered() throws {
        let profile = WijzerProfile(
            [("a", Self.answers(["2.1-mbo-1": .teaches]))], framework: Self.framework)
        #expect(profile.members.first?.mastery("2.1")?.status == .partial)
        // Competencies without any answer are "niet ingevuld", not development points.
        #expect(profile.members.first?.developmentPoints == ["2.1"])
        #expect(profile.members.first?.countsText == "0 beheerst, 1 in ontwikkeling, 0 nog niet, 2 niet ingevuld")
        let html = WijzerProfileHTML.render(profile, framework: Self.framework, toolVersion: "0.0.0-test")
        #expect(html.components(separatedBy: "title=\"niet ingevuld\">niet ingevuld</span>").count - 1 == 2)
    }

    @Test func aTeamIsThinWhereFewerThanHalfMasterACompetency() throws {
        let kim = Self.answers(
            ["1.1-mbo-1": .mastered, "1.1-mbo-2": .mastered, "1.2-mbo-1": .mastered, "2.1-mbo-1": .developing],
            name: "Kim Jansen")
        let lou = Self.answers(["1.1-mbo-1": .developing], name: "")
        let profile = WijzerProfile([("sam", Self.sam), ("kim", kim), ("lou", lou)], framework: Self.framework)
        #expect(profile.members.map(\.name) == ["Sam de Vries", "Kim Jansen", "lou"])
        #expect(profile.team.map(\.mastered) == [2, 1, 0])
        #expect(profile.team.map(\.thin) == [false, true, true])
        let text = WijzerProfileText.render(profile, framework: Self.framework)
        #expect(text.contains("Minder dan de helft van de 3 leden beheerst 2 van de 3 competenties:"))
        #expect(text.contains("  1.2 Bouwt vertrouwen op: 1 van 3"))
        let html = WijzerProfileHTML.render(profile, framework: Self.framework, toolVersion: "0.0.0-test")
        #expect(html.contains("<tr data-competency=\"1.2\" class=\"thin\">"))
        #expect(html.contains("<td class=\"num team-count\">2 van 3</td>"))
    }

    @Test func theProfilePageUsesTheReportsColoursAndEscapesText() throws {
        let profile = WijzerProfile(
            [("sam", Self.answers(["1.1-mbo-1": .mastered], name: "<Sam>"))], framework: Self.framework)
        let html = WijzerProfileHTML.render(profile, framework: Self.framework, toolVersion: "0.0.0-test")
        #expect(html.contains(StatusColours.cssVariables))
        #expect(html.contains(HTMLReport.offlinePolicy))
        #expect(html.contains("&lt;Sam&gt;") && !html.contains("<Sam>"))
        #expect(html.contains("<span class=\"cell s-partial\" data-status=\"partial\""))
        let markdown = WijzerProfileText.render(profile, framework: Self.framework, markdown: true)
        #expect(markdown.hasPrefix("# Competentieprofiel\n\n## \\<Sam\\> (mbo, startbekwaam, 2026-12-01)"))
    }

    // MARK: ontwikkelplan

    static let function = DocumentCoverage(
        id: "functie", path: "Inputs/functie.odt", title: "Schuldhulpverlener Gemeente Denkbeeld",
        kind: .functiebeschrijving, level: "mbo", matchedLevels: ["mbo"], fieldRelevance: 1, wordCount: 500,
        clusters: [],
        competencies: [
            CompetencyCoverage(
                id: "1.1", clusterID: "1", score: 0.4, status: .partial,
                indicators: [
                    IndicatorCoverage(id: "1.1-mbo-1", level: "mbo", score: 0.5, status: .partial, evidence: []),
                    IndicatorCoverage(id: "1.1-mbo-2", level: "mbo", score: 0.1, status: .gap, evidence: []),
                ], keywords: []),
            CompetencyCoverage(
                id: "1.2", clusterID: "1", score: 0.2, status: .gap,
                indicators: [IndicatorCoverage(id: "1.2-mbo-1", level: "mbo", score: 0.2, status: .gap, evidence: [])],
                keywords: []),
            CompetencyCoverage(
                id: "2.1", clusterID: "2", score: 0.8, status: .covered,
                indicators: [
                    IndicatorCoverage(id: "2.1-mbo-1", level: "mbo", score: 0.9, status: .covered, evidence: []),
                    IndicatorCoverage(id: "2.1-mbo-2", level: "mbo", score: 0.6, status: .partial, evidence: []),
                ], keywords: []),
        ])

    @Test func thePlanListsWhatTheFunctionAsksAndIsNotMasteredByEmphasis() throws {
        let plan = WijzerPlan(name: "Sam", answers: Self.sam, function: Self.function, framework: Self.framework)
        // 2.1 (0.8) before 1.1 (0.4); 1.2 is not asked; in 1.1 only 1.1-mbo-1 is asked, and mastered.
        #expect(plan.items.map(\.competency) == ["2.1"])
        #expect(plan.mastered == ["1.1"])
        let steps = try #require(plan.items.first?.steps)
        #expect(steps.map(\.indicator) == ["2.1-mbo-1", "2.1-mbo-2"])
        #expect(steps.map(\.rating) == [.notYet, nil])
        #expect(steps.map(\.target) == [.developing, .mastered])
        let text = WijzerPlanText.render(plan)
        #expect(
            text.contains(
                "De functie Schuldhulpverlener Gemeente Denkbeeld vraagt 2 competenties; Sam beheerst er 1 en heeft bij 1 nog 2 indicatoren te ontwikkelen."
            ))
        #expect(text.contains("   - 2.1-mbo-2: nu niet ingevuld, volgende stap beheers ik"))
    }

    @Test func aFunctionOfAnotherLevelAsksEveryIndicatorOfTheAnswersLevel() throws {
        var hbo = Self.function
        for k in hbo.competencies.indices {
            for i in hbo.competencies[k].indicators.indices {
                hbo.competencies[k].indicators[i].id = hbo.competencies[k].indicators[i].id.replacingOccurrences(
                    of: "mbo", with: "hbo")
            }
        }
        let plan = WijzerPlan(name: "Sam", answers: Self.sam, function: hbo, framework: Self.framework)
        #expect(plan.items.map(\.competency) == ["2.1"])
        #expect(plan.mastered == ["1.1"])
        #expect(plan.items.first?.steps.count == 2)
    }

    @Test func thePlanPageShowsTheStepsInOrder() throws {
        let plan = WijzerPlan(name: "Sam", answers: Self.sam, function: Self.function, framework: Self.framework)
        let html = WijzerPlanHTML.render(plan, framework: Self.framework, toolVersion: "0.0.0-test")
        let first = try #require(html.range(of: "data-indicator=\"2.1-mbo-1\""))
        let second = try #require(html.range(of: "data-indicator=\"2.1-mbo-2\""))
        #expect(first.lowerBound < second.lowerBound)
        #expect(html.contains("Ontwikkelplan van Sam voor Schuldhulpverlener Gemeente Denkbeeld"))
        let json = String(decoding: try WijzerJSON.encode(plan), as: UTF8.self)
        #expect(json == String(decoding: try WijzerJSON.encode(plan), as: UTF8.self))
        #expect(try JSONDecoder().decode(WijzerPlan.self, from: Data(json.utf8)) == plan)
    }

    // MARK: the page

    @Test func thePageHasAFieldsetWithFourLabelledRadiosPerIndicatorOfTheLevel() throws {
        let html = try WijzerPage.render(
            framework: Self.framework, level: "mbo", profile: .startbekwaam, toolVersion: "0.0.0-test")
        #expect(html.components(separatedBy: "<fieldset class=\"indicator\"").count - 1 == 5)
        #expect(html.components(separatedBy: "<input type=\"radio\" name=\"r-1.1-mbo-2\"").count - 1 == 4)
        #expect(!html.contains("1.1-hbo-1"))
        #expect(html.contains("<legend><span class=\"iid\">1.1-mbo-2</span>Reageert op &lt;weerstand&gt;.</legend>"))
        #expect(
            html.contains(
                "<label><input type=\"radio\" name=\"r-1.1-mbo-1\" value=\"kan-anderen-leren\"> kan ik anderen leren</label>"
            ))
        #expect(html.contains("Je luistert vooral en toont interesse."))
        #expect(html.contains("<li><strong>Mate van ervaring:</strong> Enige werkervaring.</li>"))
        #expect(html.contains(HTMLReport.offlinePolicy))
        #expect(html.contains("0 van 5 indicatoren beoordeeld"))
        let vakvolwassen = try WijzerPage.render(
            framework: Self.framework, level: "mbo", profile: .vakvolwassen, toolVersion: "0.0.0-test")
        #expect(vakvolwassen.contains("Veel werkervaring.") && !vakvolwassen.contains("Je luistert vooral"))
        #expect(
            html
                == (try WijzerPage.render(
                    framework: Self.framework, level: "mbo", profile: .startbekwaam, toolVersion: "0.0.0-test")))
    }
}
