import DekkingCore
import DekkingMatching
import DekkingTestSupport
import Foundation
import Testing

@Suite struct ConfigurationAndOverrideFileTests {
    @Test func theShippedThresholdsLoadWithoutFindings() {
        let (configuration, findings) = MatchingConfiguration.load(
            contentsOf: TestPaths.mappings.appendingPathComponent("thresholds.yaml"), displayPath: "thresholds.yaml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(configuration.partial <= configuration.covered)
        #expect(configuration.problems.isEmpty)
    }

    @Test func badThresholdValuesAreFindingsWithLines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("covered: 0.2\npartial: 0.5\nbm25K1: veel\ncovred: 0.4\n", to: "thresholds.yaml")
        let (_, findings) = MatchingConfiguration.load(contentsOf: file, displayPath: "thresholds.yaml")
        #expect(findings.contains { $0.severity == .error && $0.message.contains("bm25K1") && $0.location.line == 3 })
        #expect(findings.contains { $0.severity == .warning && $0.message.contains("covred") && $0.location.line == 4 })
        #expect(findings.contains { $0.message.contains("partial ≤ covered") })
    }

    @Test func setOverridesOneValue() {
        var configuration = MatchingConfiguration()
        let known = configuration.set("partial", to: 0.4)
        #expect(known)
        #expect(configuration.value("partial") == 0.4)
        let unknown = configuration.set("nonsense", to: 1)
        #expect(!unknown)
        let rounded = configuration.set("semanticWindows", to: 2.6)
        #expect(rounded)
        #expect(configuration.semanticWindows == 3)
    }

    @Test func hugeOrUndefinedWholeNumbersAreProblemsNotCrashes() {
        for value in [1e308, -1e19, Double.nan, Double.infinity] {
            var configuration = MatchingConfiguration()
            let known =
                configuration.set("windowSentences", to: value) && configuration.set("evidencePerIndicator", to: value)
            #expect(known)
            #expect(!configuration.problems.isEmpty, "\(value)")
        }
    }

    @Test func overrideFilesAreReadWithLinesAndDutchWords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(
            "document,indicator,decision,note\nkd-a,2.2-mbo-1,bevestigd,\"staat in W2, zie p. 4\"\nkd-a,2.3-mbo-1,misschien,\n,,confirmed,\n",
            to: "overrides/a.csv")
        try dir.write("document,indicator,decision\nkd-a,2.2-mbo-1,rejected\n", to: "overrides/b.csv")
        let (set, findings) = OverrideSet.load(
            directory: dir.url.appendingPathComponent("overrides"), displayPath: "overrides")
        // b.csv is read after a.csv and wins.
        #expect(set.decision(document: "kd-a", indicator: "2.2-mbo-1")?.decision == .rejected)
        #expect(set.decision(document: "kd-a", indicator: "2.3-mbo-1") == nil)
        #expect(
            findings.contains { $0.severity == .error && $0.location.line == 3 && $0.message.contains("misschien") })
        #expect(findings.contains { $0.severity == .warning && $0.location.line == 4 })
        let (first, _) = OverrideSet.load(
            directory: dir.url.appendingPathComponent("overrides"), displayPath: "overrides")
        #expect(first == set)
    }

    @Test func aMissingOverrideFolderMeansNoOverrides() {
        let (set, findings) = OverrideSet.load(
            directory: URL(fileURLWithPath: "/nonexistent-dekking"), displayPath: "x")
        #expect(set.entries.isEmpty && findings.isEmpty)
    }
}
