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

    @Test func setOverridesOneValue() throws {
        var configuration = MatchingConfiguration()
        try configuration.set("partial", to: 0.4)
        #expect(configuration.value("partial") == 0.4)
        #expect(throws: MatchingConfiguration.Refusal.unknown("nonsense")) { try configuration.set("nonsense", to: 1) }
        try configuration.set("semanticWindows", to: 2.6)
        #expect(configuration.semanticWindows == 3)
    }

    @Test func hugeOrUndefinedWholeNumbersAreRefusedNotCrashes() {
        for value in [1e308, -1e19, Double.nan, Double.infinity] {
            var configuration = MatchingConfiguration()
            #expect(throws: MatchingConfiguration.Refusal.self) { try configuration.set("windowSentences", to: value) }
            #expect(throws: MatchingConfiguration.Refusal.self) {
                try configuration.set("evidencePerIndicator", to: value)
            }
            #expect(configuration == MatchingConfiguration(), "a refused value changes nothing")
        }
    }

    /// The shipped thresholds.yaml names every setting of the table, each with the field's default,
    /// so a missing key in a user's file means the shipped value.
    @Test func theShippedFileHoldsEverySettingAtItsDefault() throws {
        let file = TestPaths.mappings.appendingPathComponent("thresholds.yaml")
        let (configuration, findings) = MatchingConfiguration.load(contentsOf: file, displayPath: "thresholds.yaml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(configuration == MatchingConfiguration())
        let text = try String(contentsOf: file, encoding: .utf8)
        let keys = Set(
            text.split(separator: "\n").compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("#"), !line.hasPrefix(" ") else {
                    return nil
                }
                return String(line[..<colon])
            })
        #expect(keys == Set(MatchingConfiguration.names + ["schema"]))
    }

    /// Each name of the table reaches its own field: setting one changes that value and no other.
    @Test func eachSettingWritesItsOwnField() throws {
        let defaults = MatchingConfiguration()
        for setting in MatchingConfiguration.all {
            var configuration = defaults
            let value: Double =
                switch setting.allowed {
                case .whole(let range):
                    Double(
                        range.lowerBound == defaults.value(setting.name).map(Int.init)
                            ? range.lowerBound + 1 : range.lowerBound)
                case .number(let range):
                    range.lowerBound == defaults.value(setting.name) ? range.upperBound : range.lowerBound
                case .atLeast(let bound), .above(let bound): bound + 1.25
                case .below(let lower, _): lower
                }
            try configuration.set(setting.name, to: value)
            #expect(configuration.value(setting.name) == value, "\(setting.name)")
            let changed = configuration.settings.filter { defaults.value($0.name) != $0.value }.map(\.name)
            #expect(changed == [setting.name], "\(setting.name) changed \(changed)")
        }
    }

    /// Every real-valued setting refuses NaN and infinities; every shipped value is allowed.
    @Test func everySettingHasARangeThatRefusesNaNAndInfinities() throws {
        #expect(MatchingConfiguration.names.count == 30)
        #expect(MatchingConfiguration.names == MatchingConfiguration.names.sorted())
        let defaults = MatchingConfiguration()
        for name in MatchingConfiguration.names {
            let value = try #require(defaults.value(name))
            #expect(try MatchingConfiguration.checked(name, value) == value, "\(name)")
            for bad in [Double.nan, .infinity, -.infinity] {
                #expect(throws: MatchingConfiguration.Refusal.self, "\(name) = \(bad)") {
                    try MatchingConfiguration.checked(name, bad)
                }
            }
        }
    }

    /// The message names the setting, the value and what it may be.
    @Test(arguments: [
        ("covered", Double.nan, "'covered' moet een getal van 0 tot en met 1 zijn, niet nan"),
        ("partial", -5, "'partial' moet een getal van 0 tot en met 1 zijn, niet -5"),
        ("windowSentences", -1, "'windowSentences' moet een geheel getal van 1 tot en met 100000 zijn, niet -1"),
        ("bm25Saturation", 0, "'bm25Saturation' moet een getal groter dan 0 zijn, niet 0"),
        ("fieldMinimumWords", 0.5, "'fieldMinimumWords' moet een getal van 1 of meer zijn, niet 0.5"),
        ("restatedShare", 1, "'restatedShare' moet een getal van 0 tot 1 (1 niet) zijn, niet 1"),
        ("bm25K1", .infinity, "'bm25K1' moet een getal van 0 of meer zijn, niet inf"),
    ])
    func aRefusedValueIsDescribedInDutch(_ name: String, _ value: Double, _ message: String) {
        #expect(throws: MatchingConfiguration.Refusal.self) { try MatchingConfiguration.checked(name, value) }
        do {
            _ = try MatchingConfiguration.checked(name, value)
        } catch {
            #expect(error.description == message)
        }
    }

    /// A value of thresholds.yaml outside its range is an error on its line with the same words as
    /// for `--set`, and the default is kept.
    @Test func anOutOfRangeValueInTheFileIsAnErrorOnItsLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("schema: 1\npartial: -5\ncovered: .nan\nwindowSentences: -1\n", to: "thresholds.yaml")
        let (configuration, findings) = MatchingConfiguration.load(contentsOf: file, displayPath: "thresholds.yaml")
        let errors = findings.filter { $0.severity == .error }.map { "\($0.location.line ?? 0) \($0.message)" }
        #expect(errors.contains("2 'partial' moet een getal van 0 tot en met 1 zijn, niet -5"), "\(errors)")
        #expect(errors.contains("3 'covered' moet een getal van 0 tot en met 1 zijn, niet nan"), "\(errors)")
        #expect(
            errors.contains("4 'windowSentences' moet een geheel getal van 1 tot en met 100000 zijn, niet -1"),
            "\(errors)")
        #expect(configuration == MatchingConfiguration())
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
            findings.contains {
                $0.severity == .warning && $0.location.line == 3 && $0.message.contains("misschien")
                    && $0.message.contains("bevestigd") && $0.message.contains("afgewezen")
            })
        #expect(!findings.contains { $0.severity == .error })
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

/// Overrides files as people and the review page write them: Dutch headers, who and when, typos.
@Suite struct OverrideFileTests {
    static func load(_ files: [String: String]) throws -> (OverrideSet, [Finding]) {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        for (name, text) in files { try dir.write(text, to: "overrides/\(name)") }
        return OverrideSet.load(directory: dir.url.appendingPathComponent("overrides"), displayPath: "overrides")
    }

    @Test func aTypoIsOneWarningAndTheOtherRowsApply() throws {
        let (set, findings) = try Self.load([
            "team.csv":
                "document,indicator,decision,note\nkd-a,2.2-mbo-1,afgekeurd,\nkd-a,2.3-mbo-1,klopt niet,\nkd-a,6.2,klopt,\n"
        ])
        #expect(set.decision(document: "kd-a", indicator: "2.2-mbo-1") == nil)
        #expect(set.decision(document: "kd-a", indicator: "2.3-mbo-1")?.decision == .rejected)
        #expect(set.decision(document: "kd-a", indicator: "6.2")?.decision == .confirmed)
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning && finding.location.file == "overrides/team.csv")
        #expect(finding.location.line == 2 && finding.message.contains("'afgekeurd'"))
        #expect(finding.message.contains("bevestigd") && finding.message.contains("afgewezen"))
    }

    @Test func aFileWithoutTheHeaderIsOneWarningAndOtherFilesStillApply() throws {
        let (set, findings) = try Self.load([
            "a.csv": "doc;ind;besluit\nkd-a;2.2-mbo-1;bevestigd\n",
            "b.csv":
                "\u{FEFF}Document,Onderdeel,Beslissing,Toelichting,Wie,Datum\nkd-a,2.2-mbo-1,bevestigd,zie p. 3,Anna,2026-11-02\n",
        ])
        #expect(findings.map(\.severity) == [.warning] && findings.first?.location.file == "overrides/a.csv")
        let entry = try #require(set.decision(document: "kd-a", indicator: "2.2-mbo-1"))
        #expect(entry.decision == .confirmed && entry.note == "zie p. 3")
        #expect(entry.reviewer == "Anna" && entry.decided == "2026-11-02")
    }

    @Test func conflictingDecisionsAreShownAndTheLatestApplies() throws {
        let (set, findings) = try Self.load([
            "anna.csv": "document,indicator,decision,reviewer,decided\nkd-a,4.2-mbo-3,rejected,Anna,2026-11-20T10:00\n",
            "piet.csv": "document,indicator,decision,reviewer,decided\nkd-a,4.2-mbo-3,confirmed,Piet,2026-11-05\n",
        ])
        // Piet's row is read later but was decided earlier: Anna's decision applies.
        #expect(set.decision(document: "kd-a", indicator: "4.2-mbo-3")?.reviewer == "Anna")
        #expect(set.decision(document: "kd-a", indicator: "4.2-mbo-3")?.decision == .rejected)
        let conflict = try #require(findings.first)
        #expect(findings.count == 1 && conflict.message.contains("tegenstrijdige beslissingen"))
        #expect(conflict.message.contains("Anna") && conflict.message.contains("Piet"))
        #expect(conflict.message.hasSuffix("de laatste geldt (afgewezen)"))
    }

    @Test func withoutTimesTheLaterRowWinsAndAgreeingRowsAreNoConflict() throws {
        let (set, findings) = try Self.load([
            "team.csv":
                "document,indicator,decision,note\nkd-a,1.1-hbo-1,confirmed,eerst\nkd-a,1.1-hbo-1,confirmed,later\nkd-a,1.2-hbo-1,confirmed,\nkd-a,1.2-hbo-1,rejected,\n"
        ])
        #expect(set.decision(document: "kd-a", indicator: "1.1-hbo-1")?.note == "later")
        #expect(set.decision(document: "kd-a", indicator: "1.2-hbo-1")?.decision == .rejected)
        #expect(findings.count == 1 && findings.first?.location.line == 5, "\(findings)")
    }

    @Test func anOverlongNoteIsCutWithAWarning() throws {
        let note = String(repeating: "lang ", count: 500)
        let (set, findings) = try Self.load([
            "team.csv": "document,indicator,decision,note\nkd-a,1.1,confirmed,\(note)\n"
        ])
        #expect(set.decision(document: "kd-a", indicator: "1.1")?.note?.count == 2_000)
        #expect(findings.count == 1 && findings.first?.message.contains("2000 tekens") == true)
    }
}
