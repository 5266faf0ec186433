import DekkingTestSupport
import Foundation
import Testing

/// `dekking cache info|prune` on a cache that `analyze --cache` filled.
@Suite(.serialized) struct CacheCommandTests {
    @Test func infoCountsTheEntriesAndPruneRemovesUnusedOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart.", to: "docs/een.txt")
        try dir.write("Je informeert inwoners over toeslagen.", to: "docs/twee.txt")
        let cache = dir.url.appendingPathComponent("cache").path
        let run = try runDekking(["analyze", dir.url.appendingPathComponent("docs").path, "--cache", cache, "--json", "-", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")

        let info = try runDekking(["cache", "info", cache])
        #expect(info.status == 0)
        #expect(info.stdout.contains(": 2 items,"), "\(info.stdout)")
        #expect(info.stdout.contains("laatst gebruikt: tussen"))

        let dry = try runDekking(["cache", "prune", cache, "--unused-days", "0", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.hasPrefix("zou verwijderen: 2 items"), "\(dry.stdout)")
        let kept = try runDekking(["cache", "prune", cache, "--unused-days", "7"])
        #expect(kept.status == 0 && kept.stdout.hasPrefix("verwijderd: 0 items") && kept.stdout.contains("over: 2 items"), "\(kept.stdout)")
        let all = try runDekking(["cache", "prune", cache, "--unused-days", "0"])
        #expect(all.status == 0 && all.stdout.hasPrefix("verwijderd: 2 items"), "\(all.stdout)")
        #expect(try runDekking(["cache", "info", cache]).stdout.contains(": 0 items,"))

        let notAFolder = try runDekking(["cache", "prune", dir.url.appendingPathComponent("docs/een.txt").path, "--unused-days", "1"])
        #expect(notAFolder.status == 64 && notAFolder.stderr.contains("geen map"))
        let negative = try runDekking(["cache", "prune", cache, "--unused-days", "-1"])
        #expect(negative.status == 64)
    }
}
