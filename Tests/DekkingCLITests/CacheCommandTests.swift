import DekkingTestSupport
import Foundation
import Testing

/// `dekking cache info|prune` on a cache that `analyze --cache` filled.
@Suite(.serialized) struct CacheCommandTests {
    /// The version number stays the same across many builds; a rebuilt (or upgraded) executable
    /// must still not reuse what an earlier build cached.
    @Test func aRebuiltExecutableDoesNotReuseTheCache() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart.", to: "docs/een.txt")
        try dir.write("Je informeert inwoners over toeslagen.", to: "docs/twee.txt")
        let tool = dir.url.appendingPathComponent("bin/dekking")
        try FileManager.default.createDirectory(at: tool.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.executable, to: tool)
        let arguments = [
            "analyze", dir.url.appendingPathComponent("docs").path, "--cache",
            dir.url.appendingPathComponent("cache").path,
            "--json", dir.url.appendingPathComponent("coverage.json").path,
        ]
        func hits() throws -> String {
            let run = try runDekking(arguments, executable: tool)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stderr.split(separator: "\n").first { $0.hasPrefix("Uit de cache:") }.map(String.init)
                ?? "(no cache line)"
        }
        #expect(try hits() == "Uit de cache: 0 van 2 documenten.")
        #expect(try hits() == "Uit de cache: 2 van 2 documenten.")
        // What a rebuild does to the executable: new contents, new modification time.
        let modified = try #require(
            try FileManager.default.attributesOfItem(atPath: tool.path)[.modificationDate] as? Date)
        try FileManager.default.setAttributes(
            [.modificationDate: modified.addingTimeInterval(-3_600)], ofItemAtPath: tool.path)
        #expect(try hits() == "Uit de cache: 0 van 2 documenten.")
        #expect(try hits() == "Uit de cache: 2 van 2 documenten.")
    }

    @Test func infoCountsTheEntriesAndPruneRemovesUnusedOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart.", to: "docs/een.txt")
        try dir.write("Je informeert inwoners over toeslagen.", to: "docs/twee.txt")
        let cache = dir.url.appendingPathComponent("cache").path
        let run = try runDekking([
            "analyze", dir.url.appendingPathComponent("docs").path, "--cache", cache, "--json", "-", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")

        let info = try runDekking(["cache", "info", cache])
        #expect(info.status == 0)
        #expect(info.stdout.contains(": 2 items,"), "\(info.stdout)")
        #expect(info.stdout.contains("laatst gebruikt: tussen"))

        let dry = try runDekking(["cache", "prune", cache, "--unused-days", "0", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.hasPrefix("zou verwijderen: 2 items"), "\(dry.stdout)")
        let kept = try runDekking(["cache", "prune", cache, "--unused-days", "7"])
        #expect(
            kept.status == 0 && kept.stdout.hasPrefix("verwijderd: 0 items") && kept.stdout.contains("over: 2 items"),
            "\(kept.stdout)")
        let all = try runDekking(["cache", "prune", cache, "--unused-days", "0"])
        #expect(all.status == 0 && all.stdout.hasPrefix("verwijderd: 2 items"), "\(all.stdout)")
        #expect(try runDekking(["cache", "info", cache]).stdout.contains(": 0 items,"))

        let notAFolder = try runDekking([
            "cache", "prune", dir.url.appendingPathComponent("docs/een.txt").path, "--unused-days", "1",
        ])
        #expect(notAFolder.status == 64 && notAFolder.stderr.contains("geen map"))
        let negative = try runDekking(["cache", "prune", cache, "--unused-days", "-1"])
        #expect(negative.status == 64)
    }
}
