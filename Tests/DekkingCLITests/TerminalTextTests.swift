import DekkingTestSupport
import Foundation
import Testing

/// What `dekking` prints never carries a control character raw: a file name with escape
/// sequences or a newline is shown escaped, one finding stays one line, and the reports written
/// to files keep the real name.
@Suite(.serialized) struct TerminalTextTests {
    static let escape = "\u{1B}"
    static let red = "\u{1B}[31mrood"

    @Test func anEscapeSequenceInAFileNameIsShownEscaped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let docs = dir.url.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.inputs.appendingPathComponent("kd-metselaar.txt"),
            to: docs.appendingPathComponent("\(Self.red).txt"))
        try dir.write("", to: "docs/\(Self.escape)]0;titel\u{07}leeg.txt")
        let run = try runDekking(
            ["analyze", "docs", "--out", "out", "--name", "proef", "--mappings", TestPaths.mappings.path], in: dir.url)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains(Self.escape) && !run.stderr.contains("\u{07}"), "\(run.stderr)")
        #expect(run.stderr.contains("docs/\\e]0;titel\\u{7}leeg.txt: fout: het bestand is leeg"), "\(run.stderr)")
        #expect(run.stderr.contains("  \\e[31mrood ("), "\(run.stderr)")
        #expect(run.stderr.contains("Mislukt: docs/\\e]0;titel\\u{7}leeg.txt"), "\(run.stderr)")
        // The report keeps the real name.
        let data = try Data(contentsOf: dir.url.appendingPathComponent("out/proef/coverage.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let ids = (report["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == [Self.red])
    }

    @Test func aNewlineInAFileNameKeepsTheFindingOnOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("", to: "docs/regel\nbreuk.txt")
        let run = try runDekking(
            ["analyze", "docs", "--json", "-", "--quiet", "--mappings", TestPaths.mappings.path], in: dir.url)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.contains("docs/regel\\nbreuk.txt: fout: het bestand is leeg"), "\(run.stderr)")
        #expect(!lines.contains { $0.hasPrefix("breuk.txt") }, "\(run.stderr)")
    }

    /// ArgumentParser's own messages quote the argument; they pass the same escaping.
    @Test func aUsageErrorQuotingAnArgumentIsEscaped() throws {
        let run = try runDekking(["analyze", "Inputs", "--set", "\(Self.escape)[2Jwissen"])
        #expect(run.status == 64)
        #expect(!run.stderr.contains(Self.escape), "\(run.stderr)")
        #expect(run.stderr.contains("--set verwacht naam=getal, niet '\\e[2Jwissen'"), "\(run.stderr)")
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let run = try runDekking(["analyze", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--files-from") && run.stderr.isEmpty, "\(run.stderr)")
    }
}
