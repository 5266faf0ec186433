import DekkingMatching
import Testing

/// The weights of `dekking complement` in thresholds.yaml: a missing competency's indicator weighs
/// at least as much as a partial one's, and that at least as much as a covered one's.
@Suite struct ComplementWeightTests {
    @Test func theShippedOrderHoldsAndAReversedOneIsAProblem() throws {
        var configuration = MatchingConfiguration()
        #expect(configuration.complementWeightGap == 1)
        #expect(configuration.complementWeightPartial == 0.5)
        #expect(configuration.complementWeightCovered == 0.25)
        #expect(configuration.problems.isEmpty)
        try configuration.set("complementWeightPartial", to: 2)
        #expect(configuration.problems.contains { $0.contains("complementWeightPartial ≤ complementWeightGap") })
        try configuration.set("complementWeightGap", to: 2)
        #expect(configuration.problems.isEmpty)
        #expect(throws: MatchingConfiguration.Refusal.self) { try configuration.set("complementWeightGap", to: -1) }
    }
}
