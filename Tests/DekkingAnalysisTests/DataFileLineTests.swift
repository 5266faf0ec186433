import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

/// Lines of `stem-overrides.tsv` and `decompound.txt` that are not used are findings with their
/// line, never dropped without a word.
@Suite struct DataFileLineTests {
    @Test func junkInStemOverridesIsNamedWithItsLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(
            "# kop\nschulden\tschuld\nzomaar wat tekst\n-heden\theid\nwoord\tmet spatie\n-ingen\t-ing\n", to: "stem.tsv"
        )
        let overrides = try StemOverrides(contentsOf: file)
        #expect(overrides.words == ["schulden": "schuld"])
        #expect(overrides.suffixes.map(\.suffix) == ["ingen"])
        #expect(overrides.skippedLines.map(\.number) == [3, 4, 5])
        #expect(
            overrides.skippedLines.first?.finding(file: "analysis/stem-overrides.tsv").description
                == "analysis/stem-overrides.tsv:3: waarschuwing: regel niet gebruikt: 'zomaar wat tekst'; verwacht woord<TAB>stam of -achtervoegsel<TAB>-vervanging"
        )
    }

    @Test func junkInDecompoundRulesIsNamedWithItsLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(
            "voor de kop\n[heads]\nver\ntwee woorden\n[koppen]\nonder\n[keep]\nbudgetcoach\n", to: "decompound.txt")
        let rules = try Decompounder.Rules(contentsOf: file)
        #expect(rules.blockedHeads == ["ver"])
        #expect(rules.keepWhole == ["budgetcoach"])
        #expect(rules.skippedLines.map(\.number) == [1, 4, 5])
        #expect(rules.skippedLines.map(\.text) == ["voor de kop", "twee woorden", "[koppen]"])
    }

    @Test func theShippedFilesHaveNoJunk() throws {
        let analysis = TestPaths.mappings.appendingPathComponent("analysis")
        #expect(
            try StemOverrides(contentsOf: analysis.appendingPathComponent("stem-overrides.tsv")).skippedLines.isEmpty)
        #expect(
            try Decompounder.Rules(contentsOf: analysis.appendingPathComponent("decompound.txt")).skippedLines.isEmpty)
    }
}
