import DekkingTestSupport
import Foundation
import Testing

/// Notices about the mappings and the cache: a junk line is a warning with its file and line and
/// is kept beside an error of the same run, and a cache that cannot be used is said, not ignored.
@Suite(.serialized) struct MappingNoticeTests {
    /// A copy of the shipped mappings in `dir`, with `edit` applied to the file at `relative`.
    static func mappings(in dir: TemporaryDirectory, editing relative: String, _ edit: (String) -> String) throws
        -> URL
    {
        let copy = dir.url.appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: copy)
        let file = copy.appendingPathComponent(relative)
        try Data(edit(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
        return copy
    }

    @Test func aWarningIsKeptBesideAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let copy = try Self.mappings(in: dir, editing: "analysis/stem-overrides.tsv") { $0 + "losse rommel\n" }
        let thresholds = copy.appendingPathComponent("thresholds.yaml")
        let text = try String(contentsOf: thresholds, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "covered: 0.6", with: "covered: 7").utf8).write(to: thresholds)
        let run = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", "-", "--mappings", copy.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("thresholds.yaml:"), "\(run.stderr)")
        #expect(
            run.stderr.contains("/analysis/stem-overrides.tsv:") && run.stderr.contains("'losse rommel'"),
            "\(run.stderr)")
    }

    @Test func aCacheThatIsAFileIsSaidAndTheRunGoesOn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("geen map", to: "cache")
        let run = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", "-", "--cache", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "\(file.path): waarschuwing: de cache is niet bruikbaar: het is een bestand, geen map; de run gaat door zonder cache"
            ), "\(run.stderr)")
        #expect(run.stdout.contains("\"documents\""))
    }

    /// A typo in a reviewer's overrides file must not stop every run: the row is a warning with
    /// its file and line, the file's other rows apply, and the run ends normally.
    @Test func aTypoInAnOverridesFileIsAWarningAndTheRunGoesOn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let copy = try Self.mappings(in: dir, editing: "thresholds.yaml") { $0 }
        try Data(
            "document,indicator,decision,note\nkd-metselaar,1.1,afgekeurd,\nkd-metselaar,2.1,bevestigd,staat in de inleiding\n"
                .utf8
        ).write(to: copy.appendingPathComponent("overrides/team.csv"))
        let run = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", "-", "--mappings", copy.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("/overrides/team.csv:2:") && run.stderr.contains("'afgekeurd'"), "\(run.stderr)")
        #expect(
            run.stdout.contains(#""override":"confirmed","overrideNote":"staat in de inleiding""#),
            "\(run.stdout.prefix(300))")
    }

    /// `dekking agreement` reads the decisions and compares them with the engine's own reading.
    @Test func agreementComparesTheEngineWithTheDecisions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let copy = try Self.mappings(in: dir, editing: "thresholds.yaml") { $0 }
        // kd-metselaar is about masonry: every competency is a gap for the engine.
        try Data(
            "document,indicator,decision\nkd-metselaar,1.1,rejected\nkd-metselaar,2.1,rejected\nkd-metselaar,3.1,confirmed\n"
                .utf8
        ).write(to: copy.appendingPathComponent("overrides/team.csv"))
        let run = try runDekking(["agreement", "Inputs/kd-metselaar.txt", "--json", "--mappings", copy.path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["decisions"] as? Int == 3 && object["confirmed"] as? Int == 1)
        #expect((object["agreement"] as? Double).map { abs($0 - 0.6667) < 0.001 } == true, "\(object)")
        #expect(object["recall"] as? Double == 0)
        let text = try runDekking(["agreement", "Inputs/kd-metselaar.txt", "--mappings", copy.path])
        #expect(text.stdout.contains("Overeenstemming: 67 %"), "\(text.stdout)")
        #expect(text.stdout.contains("kd-metselaar 3.1: bevestigd, Dekking ontbreekt"), "\(text.stdout)")
    }
}
