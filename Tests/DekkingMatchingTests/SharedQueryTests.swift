import DekkingCore
import DekkingFramework
import DekkingModel
import Testing

@testable import DekkingMatching

/// Indicators with the same text (an mbo and an hbo indicator, a title asked per level) are scored
/// once; each must still get its own result, whichever of them is active or rejected.
@Suite struct SharedQueryTests {
    static let sharedText = "Brengt de schulden en inkomsten van de cliënt methodisch in kaart."

    static func framework(withTwin: Bool) -> Framework {
        var indicators = [Indicator(id: "1.1-hbo-1", competencyID: "1.1", level: "hbo", text: sharedText)]
        if withTwin {
            indicators.append(Indicator(id: "1.1-mbo-1", competencyID: "1.1", level: "mbo", text: sharedText))
        }
        indicators.append(
            Indicator(id: "1.1-mbo-2", competencyID: "1.1", level: "mbo", text: "Maakt een overzicht van inkomsten."))
        return Framework(
            id: "demo", title: "Demo", version: "1",
            levels: [Level(id: "hbo", title: "Hbo"), Level(id: "mbo", title: "Mbo")],
            clusters: [
                Cluster(
                    id: "1", title: "Geld",
                    competencies: [
                        Competency(id: "1.1", title: "Brengt schulden in kaart", indicators: indicators),
                        Competency(
                            id: "1.2", title: "Informeert over toeslagen",
                            indicators: [
                                Indicator(
                                    id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                    text: "Informeert burgers over toeslagen.")
                            ]),
                    ])
            ])
    }

    static func prepared(withTwin: Bool) -> PreparedFramework {
        PreparedFramework(
            framework: framework(withTwin: withTwin), analyzer: SimpleAnalyzer(), configuration: MatchingConfiguration()
        )
    }

    static let document = Document(
        id: "doc", path: "doc.txt", format: "txt", title: "doc",
        segments: [
            Segment(
                index: 0, text: "Je brengt de schulden en inkomsten van de cliënt in kaart. Daarna volgt een plan.",
                headingPath: ["Taken"]),
            Segment(index: 1, text: "Over toeslagen informeer je de burgers.", headingPath: ["Taken"]),
        ])

    @Test func identicalQueriesShareOneScoringQuery() throws {
        let prepared = Self.prepared(withTwin: true)
        let ids = prepared.indicators.map(\.indicator.id)
        let hbo = try #require(ids.firstIndex(of: "1.1-hbo-1"))
        let mbo = try #require(ids.firstIndex(of: "1.1-mbo-1"))
        let other = try #require(ids.firstIndex(of: "1.1-mbo-2"))
        #expect(prepared.scoringQuery[hbo] == prepared.scoringQuery[mbo])
        #expect(prepared.scoringQuery[other] != prepared.scoringQuery[hbo])
        func members(_ d: Int) -> [Int] {
            Array(prepared.scoringMemberList[prepared.scoringMemberStart[d]..<prepared.scoringMemberStart[d + 1]])
        }
        #expect(members(prepared.scoringQuery[hbo]) == [hbo, mbo])
        // Titles are asked once per level, with the same text: one scoring query per competency.
        let titles = prepared.indicators.indices.filter { prepared.indicators[$0].isTitle }
        #expect(titles.count == 4)
        #expect(Set(titles.map { prepared.scoringQuery[$0] }).count == 2)
        #expect(prepared.scoringQueryCount == prepared.indicators.count - 3)
        // Every query is a member of exactly its own scoring query.
        #expect(prepared.scoringMemberStart.count == prepared.scoringQueryCount + 1)
        #expect(prepared.scoringMemberList.sorted() == Array(prepared.indicators.indices))
        for d in 0..<prepared.scoringQueryCount {
            #expect(members(d).allSatisfy { prepared.scoringQuery[$0] == d })
        }
    }

    @Test func twinsGetTheSameResultWhicheverLevelIsActive() throws {
        let engine = MatchingEngine(prepared: Self.prepared(withTwin: true), analyzer: SimpleAnalyzer())
        func indicator(_ id: String, _ level: LevelChoice) throws -> IndicatorCoverage {
            try #require(
                engine.coverage(of: Self.document, level: level).competency("1.1")?.indicators.first { $0.id == id })
        }
        let hbo = try indicator("1.1-hbo-1", .auto)
        let mbo = try indicator("1.1-mbo-1", .auto)
        #expect(hbo.score > 0.5 && !hbo.evidence.isEmpty)
        #expect(mbo.score == hbo.score && mbo.status == hbo.status && mbo.evidence == hbo.evidence)
        // Scored once for both, yet each alone (only its level active) gets what it got together.
        #expect(try indicator("1.1-hbo-1", .level("hbo")) == hbo)
        #expect(try indicator("1.1-mbo-1", .level("mbo")) == mbo)
    }

    @Test func rejectingOneTwinLeavesTheOtherAlone() throws {
        let engine = MatchingEngine(prepared: Self.prepared(withTwin: true), analyzer: SimpleAnalyzer())
        let location = SourceLocation(file: "overrides/demo.csv", line: 2)
        let overrides = OverrideSet(entries: [
            "doc": ["1.1-mbo-1": .init(decision: .rejected, note: nil, location: location)]
        ])
        let plain = engine.coverage(of: Self.document)
        let overridden = engine.coverage(of: Self.document, overrides: overrides)
        let kept = try #require(overridden.competency("1.1")?.indicators.first { $0.id == "1.1-hbo-1" })
        let original = try #require(plain.competency("1.1")?.indicators.first { $0.id == "1.1-hbo-1" })
        #expect(kept == original)
        let rejected = try #require(overridden.competency("1.1")?.indicators.first { $0.id == "1.1-mbo-1" })
        #expect(rejected.status == .gap && rejected.override == .rejected)
        #expect(overridden.competency("1.1")?.score == plain.competency("1.1")?.score)
    }
}
