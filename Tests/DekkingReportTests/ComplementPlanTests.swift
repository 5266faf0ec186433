import DekkingCore
import DekkingModel
import Testing

@testable import DekkingReport

/// The greedy weighted cover of `dekking complement` on hand-made coverages: weights by the
/// competency's status in the target, overlap counted once, ties by id, candidates of another level.
@Suite struct ComplementPlanTests {
    static let weights = ComplementWeights(gap: 1, partial: 0.5, covered: 0.25)

    /// A coverage at `level` whose competencies have the given status and indicators (id, status).
    static func coverage(
        _ id: String, level: LevelID? = "mbo", _ competencies: [(String, CoverageStatus, [(String, CoverageStatus)])]
    ) -> DocumentCoverage {
        DocumentCoverage(
            id: id, path: "\(id).txt", title: id, kind: .overig, level: level, matchedLevels: [level ?? "mbo"],
            fieldRelevance: 1, wordCount: 100, clusters: [],
            competencies: competencies.map { competency, status, indicators in
                CompetencyCoverage(
                    id: competency, clusterID: String(competency.prefix(1)), score: 0.5, status: status,
                    indicators: indicators.map { indicator, status in
                        IndicatorCoverage(
                            id: indicator, level: level ?? "mbo", score: status == .covered ? 0.8 : 0.1,
                            status: status,
                            evidence: [
                                Evidence(
                                    segment: 0, text: "Passage van \(id) over \(indicator).", code: nil,
                                    headingPath: [], page: nil, score: 0.7, matchedTerms: [])
                            ])
                    }, keywords: [])
            })
    }

    /// A candidate that covers exactly `indicators` (each in competency "<first two characters>").
    static func candidate(_ id: String, covering indicators: [String], ownLevel: LevelID? = "mbo")
        -> ComplementPlan.Candidate
    {
        var byCompetency: [String: [(String, CoverageStatus)]] = [:]
        for indicator in indicators {
            byCompetency[String(indicator.prefix(3)), default: []].append((indicator, .covered))
        }
        let competencies = byCompetency.keys.sorted().map { ($0, CoverageStatus.covered, byCompetency[$0] ?? []) }
        return .init(coverage: coverage(id, competencies), ownLevel: ownLevel)
    }

    /// The target: 6.1 missing (three indicators), 7.1 partial (one of two indicators covered),
    /// 1.1 covered (one of three indicators still a gap).
    static let target = coverage(
        "doel",
        [
            ("1.1", .covered, [("1.1-a", .covered), ("1.1-b", .covered), ("1.1-c", .partial)]),
            ("6.1", .gap, [("6.1-a", .gap), ("6.1-b", .gap), ("6.1-c", .partial)]),
            ("7.1", .partial, [("7.1-a", .covered), ("7.1-b", .gap)]),
        ])

    @Test func gapsAreTheUncoveredIndicatorsWeighedByTheirCompetencysStatus() {
        let plan = ComplementPlan(target: Self.target, candidates: [], weights: Self.weights)
        #expect(plan.gaps.map(\.indicatorID) == ["1.1-c", "6.1-a", "6.1-b", "6.1-c", "7.1-b"])
        #expect(plan.gaps.map(\.weight) == [0.25, 1, 1, 1, 0.5])
        #expect(plan.totalWeight == 3.75)
        // A weight of 0 leaves that status's indicators out.
        let without = ComplementPlan(
            target: Self.target, candidates: [], weights: ComplementWeights(gap: 1, partial: 0.5, covered: 0))
        #expect(without.gaps.map(\.indicatorID) == ["6.1-a", "6.1-b", "6.1-c", "7.1-b"])
        #expect(ComplementWording.summary(plan, top: 3) == "Geen van de kandidaten dicht een hiaat van het doel.")
    }

    @Test func theMostRemainingWeightIsChosenFirstAndOverlapCountsOnce() {
        let candidates = [
            Self.candidate("a-breed", covering: ["6.1-a", "6.1-b", "7.1-b"]),  // 2.5
            Self.candidate("b-deel", covering: ["6.1-a", "6.1-b"]),  // 2, all already closed by a-breed
            Self.candidate("c-rest", covering: ["6.1-b", "6.1-c", "1.1-c"]),  // 2.25, 1.25 after a-breed
        ]
        let plan = ComplementPlan(target: Self.target, candidates: candidates, weights: Self.weights)
        #expect(plan.chosen.map(\.candidate.coverage.id) == ["a-breed", "c-rest"])
        #expect(plan.chosen.map(\.weight) == [2.5, 1.25])
        #expect(plan.chosen[1].additions.map(\.gap.indicatorID) == ["1.1-c", "6.1-c"])
        #expect(plan.chosen.map(\.closedSoFar) == [3, 5])
        #expect(plan.unused.map(\.coverage.id) == ["b-deel"])
        #expect(plan.closed(byFirst: 1) == 3)
        #expect(plan.closed(byFirst: 3) == 5)
        #expect(ComplementWording.summary(plan, top: 3) == "De beste 2 samen dichten 5 van de 5 hiaten.")
        #expect(ComplementWording.summary(plan, top: 1) == "De beste kandidaat dicht 3 van de 5 hiaten.")
        // The evidence is the candidate's own passage.
        #expect(plan.chosen[0].additions[0].evidence?.text == "Passage van a-breed over 6.1-a.")
        #expect(plan.chosen[0].competencies.map(\.id) == ["6.1", "7.1"])
    }

    @Test func weightBeatsNumber() {
        // Three gaps of a covered competency and a partial one (0.25 + 0.5) against two of a
        // missing competency (2): the fewer, heavier gaps win.
        let many = Self.candidate("a-veel", covering: ["1.1-c", "7.1-b"])
        let heavy = Self.candidate("z-zwaar", covering: ["6.1-a", "6.1-b"])
        let plan = ComplementPlan(target: Self.target, candidates: [many, heavy], weights: Self.weights)
        #expect(plan.chosen.map(\.candidate.coverage.id) == ["z-zwaar", "a-veel"])
    }

    @Test func equalWeightGoesToTheSmallerIdWhateverTheInputOrder() {
        let first = Self.candidate("keuzedeel-b", covering: ["6.1-a"])
        let second = Self.candidate("keuzedeel-a", covering: ["6.1-a"])
        for candidates in [[first, second], [second, first]] {
            let plan = ComplementPlan(target: Self.target, candidates: candidates, weights: Self.weights)
            #expect(plan.chosen.map(\.candidate.coverage.id) == ["keuzedeel-a"])
            #expect(plan.unused.map(\.coverage.id) == ["keuzedeel-b"])
        }
    }

    @Test func aPartialMatchOfACandidateClosesNothing() {
        let partial = ComplementPlan.Candidate(
            coverage: Self.coverage("deels", [("6.1", .partial, [("6.1-a", .partial), ("6.1-b", .gap)])]),
            ownLevel: "mbo")
        let plan = ComplementPlan(target: Self.target, candidates: [partial], weights: Self.weights)
        #expect(plan.chosen.isEmpty)
        #expect(plan.unused.map(\.coverage.id) == ["deels"])
    }

    @Test func aCandidateOfAnotherLevelIsListedApartWithWhatItAloneWouldClose() {
        let minor = Self.candidate("minor-hbo", covering: ["6.1-a", "6.1-b", "6.1-c"], ownLevel: "hbo")
        let keuzedeel = Self.candidate("keuzedeel-mbo", covering: ["6.1-a"])
        let unknown = Self.candidate("cursus", covering: ["7.1-b"], ownLevel: nil)
        let plan = ComplementPlan(target: Self.target, candidates: [minor, keuzedeel, unknown], weights: Self.weights)
        #expect(plan.chosen.map(\.candidate.coverage.id) == ["keuzedeel-mbo", "cursus"])
        #expect(plan.otherLevel.map(\.candidate.coverage.id) == ["minor-hbo"])
        // Its gain is counted against every gap, not what the cover left open.
        #expect(plan.otherLevel.first?.additions.count == 3)
        #expect(ComplementWording.levelNote(unknown) != nil)
        #expect(ComplementWording.levelNote(keuzedeel) == nil)
        // A target matched at every level (level unknown) takes every candidate.
        var open = Self.target
        open.level = nil
        let all = ComplementPlan(target: open, candidates: [minor, keuzedeel], weights: Self.weights)
        #expect(all.chosen.map(\.candidate.coverage.id) == ["minor-hbo"])
        #expect(all.otherLevel.isEmpty)
    }

    @Test func theOutputsAreTheSameForTheSameInputs() {
        let candidates = [
            Self.candidate("a-breed", covering: ["6.1-a", "6.1-b", "7.1-b"]),
            Self.candidate("minor-hbo", covering: ["6.1-c"], ownLevel: "hbo"),
        ]
        let one = ComplementPlan(target: Self.target, candidates: candidates, weights: Self.weights)
        let two = ComplementPlan(target: Self.target, candidates: candidates.reversed(), weights: Self.weights)
        #expect(one == two)
        #expect(ComplementJSON.render(one, top: 3) == ComplementJSON.render(two, top: 3))
        #expect(
            ComplementJSON.render(one, top: 3).contains(
                "\"chosen\":[{\"closedSoFar\":3,\"id\":\"a-breed\",\"indicators\":[\"6.1-a\",\"6.1-b\",\"7.1-b\"],\"level\":\"mbo\",\"rank\":1,\"title\":\"a-breed\",\"weight\":2.5}]"
            ))
    }
}
