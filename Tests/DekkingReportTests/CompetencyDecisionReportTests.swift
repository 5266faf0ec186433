import DekkingModel
import Testing

@testable import DekkingReport

/// A decision about a competency as a whole shows in gaps.md and in the workbook's Uw oordeel.
@Suite struct CompetencyDecisionReportTests {
    @Test func aRejectedCompetencyIsMarkedInTheGapReport() throws {
        var context = ReportFixtures.synthetic
        let d = try #require(context.result.documents.firstIndex { $0.id == "kd-financiële-dienstverlening" })
        let c = try #require(context.result.documents[d].competencies.firstIndex { $0.id == "1.2" })
        context.result.documents[d].competencies[c].override = .rejected
        context.result.documents[d].competencies[c].overrideNote = "staat er *niet* in"
        let text = GapsMarkdown.render(context)
        #expect(
            text.contains(
                "**1.2 Communiceert passend, helder en transparant** — ontbreekt (23%) — door u afgewezen: staat er \\*niet\\* in\n"
            ), "\(text.prefix(1500))")
        // Both in "Eerst aanpakken" and in "Alle hiaten".
        #expect(text.components(separatedBy: "— ontbreekt (23%) — door u afgewezen").count - 1 == 2)
    }

    @Test func theWorkbookShowsTheCompetencysDecisionBesideUndecidedIndicators() {
        let own = IndicatorCoverage(
            id: "1.2-mbo-1", level: "mbo", score: 0.1, status: .gap, override: .confirmed, evidence: [])
        let undecided = IndicatorCoverage(id: "1.2-mbo-2", level: "mbo", score: 0.1, status: .gap, evidence: [])
        var competency = CompetencyCoverage(
            id: "1.2", clusterID: "1", score: 0, status: .gap, indicators: [own, undecided], keywords: [])
        #expect(XLSXReport.decision(undecided, in: competency) == "")
        competency.override = .rejected
        #expect(XLSXReport.decision(own, in: competency) == "bevestigd")
        #expect(XLSXReport.decision(undecided, in: competency) == "competentie afgewezen")
    }
}
