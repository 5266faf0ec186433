import DekkingModel
import Foundation
import Testing

@testable import DekkingReport

/// Golden files of the competentiewijzer's writers: the page, the team profile (HTML, JSON,
/// Markdown) and the ontwikkelplan (HTML, JSON), from the fixtures of ``WijzerTests``.
@Suite struct WijzerSnapshotTests {
    static let team: WijzerProfile = {
        let kim = WijzerTests.answers(
            ["1.1-mbo-1": .mastered, "1.1-mbo-2": .mastered, "1.2-mbo-1": .mastered, "2.1-mbo-1": .developing],
            name: "Kim Jansen")
        return WijzerProfile([("sam", WijzerTests.sam), ("kim", kim)], framework: WijzerTests.framework)
    }()

    static let plan = WijzerPlan(
        name: "Sam de Vries", answers: WijzerTests.sam, function: WijzerTests.function, framework: WijzerTests.framework
    )

    @Test func thePage() throws {
        let html = try WijzerPage.render(
            framework: WijzerTests.framework, level: "mbo", profile: .startbekwaam, toolVersion: "0.0.0-test")
        assertSnapshot(Data(html.utf8), named: "wijzer-page.html")
    }

    @Test func theTeamProfile() throws {
        let framework = WijzerTests.framework
        assertSnapshot(
            Data(WijzerProfileHTML.render(Self.team, framework: framework, toolVersion: "0.0.0-test").utf8),
            named: "wijzer-profile.html")
        assertSnapshot(try WijzerJSON.encode(Self.team), named: "wijzer-profile.json")
        assertSnapshot(
            Data(WijzerProfileText.render(Self.team, framework: framework, markdown: true).utf8),
            named: "wijzer-profile.md")
    }

    @Test func theOntwikkelplan() throws {
        assertSnapshot(
            Data(WijzerPlanHTML.render(Self.plan, framework: WijzerTests.framework, toolVersion: "0.0.0-test").utf8),
            named: "wijzer-plan.html")
        assertSnapshot(try WijzerJSON.encode(Self.plan), named: "wijzer-plan.json")
    }
}
