import DekkingTestSupport
import Foundation
import Testing

/// Faults on every write of `dekking analyze`: a full disk, a read-only disk, and SIGKILL at random
/// moments. Whatever happens, no file looks complete that is not, an earlier run folder replaced
/// with `--force` stays whole until the new one is, and the cache serves no broken entry.
///
/// The disks are small tmpfs mounts (``SmallDisk``), so these tests need root, as `make test` has.
@Suite(.serialized) struct WriteFaultTests {
    static func analyze(_ batch: URL, _ arguments: [String]) throws -> CommandResult {
        try runDekking(["analyze", batch.path, "--quiet"] + arguments)
    }

    static func disk(_ bytes: Int) throws -> SmallDisk {
        try #require(SmallDisk.canMount, "a tmpfs cannot be mounted here: these tests need root")
        return try SmallDisk(bytes: bytes)
    }

    @Test func aFullDiskKeepsTheEarlierRunFolderWholeAndLeavesNoHalfFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let batch = try writeBatch(in: dir, count: 3)
        let disk = try Self.disk(16 << 20)
        defer { disk.unmount() }
        let out = disk.url.appendingPathComponent("out")
        let run = out.appendingPathComponent("run")
        let first = try Self.analyze(batch, ["--out", out.path, "--name", "run"])
        try #require(first.status == 0, "\(first.stderr)")
        let earlier = WriteInvariants.snapshot(run)
        let size = earlier.values.map(\.count).reduce(0, +)
        // Space for none, some or nearly all of a second run beside the first: every file can be the
        // one that does not fit.
        for share in [0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95] {
            try disk.fill(leaving: Int(Double(size) * share))
            defer { disk.empty() }
            let replaced = try Self.analyze(batch, ["--out", out.path, "--name", "run", "--force"])
            #expect(replaced.status != 0, "share \(share): \(replaced.stderr)")
            #expect(replaced.stderr.contains("de schijf is vol"), "share \(share): \(replaced.stderr)")
            #expect(replaced.stderr.contains(out.path), "share \(share): \(replaced.stderr)")
            // Only our own Dutch message: libxlsxwriter's English "[ERROR] …" line stays off the terminal.
            #expect(!replaced.stderr.contains("[ERROR]"), "share \(share): \(replaced.stderr)")
            #expect(WriteInvariants.snapshot(run) == earlier, "share \(share): the earlier run changed")
            let fresh = try Self.analyze(batch, ["--out", out.path, "--name", "nieuw"])
            #expect(fresh.status != 0 && fresh.stderr.contains("de schijf is vol"), "share \(share): \(fresh.stderr)")
            // Nothing else: no half folder, no staging folder, no temporary file.
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["run"], "share \(share)")
        }
        let again = try Self.analyze(batch, ["--out", out.path, "--name", "run", "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(WriteInvariants.whyIncomplete(run) == nil)
        #expect(WriteInvariants.snapshot(run)["coverage.json"] == earlier["coverage.json"])
    }

    @Test func aFullDiskKeepsTheEarlierJSONReport() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let batch = try writeBatch(in: dir, count: 12)
        let disk = try Self.disk(8 << 20)
        defer { disk.unmount() }
        let report = disk.url.appendingPathComponent("dekking.json")
        let first = try Self.analyze(batch, ["--json", report.path])
        try #require(first.status == 0, "\(first.stderr)")
        let earlier = try Data(contentsOf: report)
        for share in [0.0, 0.3, 0.7] {
            try disk.fill(leaving: Int(Double(earlier.count) * share))
            defer { disk.empty() }
            let again = try Self.analyze(batch, ["--json", report.path])
            #expect(again.status != 0, "share \(share): \(again.stderr)")
            #expect(
                again.stderr.contains("\(report.path): kan niet worden geschreven: de schijf is vol"),
                "share \(share): \(again.stderr)")
            #expect(try Data(contentsOf: report) == earlier, "share \(share)")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: disk.url.path).sorted() == [
                    "dekking.json", "vulling.bin",
                ], "share \(share)")
        }
    }

    @Test func aFullCacheDiskLosesNoReportAndServesNoBrokenEntry() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let batch = try writeBatch(in: dir, count: 6)
        let clean = dir.url.appendingPathComponent("schoon.json")
        let reference = try Self.analyze(batch, ["--json", clean.path])
        try #require(reference.status == 0, "\(reference.stderr)")
        let expected = try Data(contentsOf: clean)
        let disk = try Self.disk(4 << 20)
        defer { disk.unmount() }
        let cache = disk.url.appendingPathComponent("cache")
        let report = dir.url.appendingPathComponent("dekking.json")
        for share in [0, 4096, 12288] {
            try disk.fill(leaving: share)
            let full = try Self.analyze(batch, ["--json", report.path, "--cache", cache.path])
            disk.empty()
            // The reports are complete: the cache is only an aid, so its failure is a warning.
            #expect(full.status == 0, "free \(share): \(full.stderr)")
            #expect(full.stderr.contains("niet bewaard"), "free \(share): \(full.stderr)")
            #expect(full.stderr.contains("de schijf is vol"), "free \(share): \(full.stderr)")
            #expect(try Data(contentsOf: report) == expected, "free \(share)")
            #expect(WriteInvariants.cacheTemporaries(cache).isEmpty, "free \(share)")
            #expect(WriteInvariants.unrecognisedCacheFiles(cache).isEmpty, "free \(share)")
            // With space again: what the cache holds is whole, and the output is the clean run's.
            let refill = try Self.analyze(batch, ["--json", report.path, "--cache", cache.path])
            #expect(refill.status == 0 && !refill.stderr.contains("niet gebruikt"), "\(refill.stderr)")
            #expect(try Data(contentsOf: report) == expected, "free \(share)")
            let hits = try runDekking([
                "analyze", batch.path, "--json", report.path, "--cache", cache.path, "--out",
                dir.url.appendingPathComponent("out").path, "--name", "run", "--force",
            ])
            #expect(hits.stderr.contains("Uit de cache: 6 van 6 documenten."), "\(hits.stderr)")
            #expect(try Data(contentsOf: report) == expected, "free \(share)")
            try FileManager.default.removeItem(at: cache)
        }
    }

    @Test func aReadOnlyDiskIsNamedAndLosesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let batch = try writeBatch(in: dir, count: 3)
        let disk = try Self.disk(16 << 20)
        defer { disk.unmount() }
        let out = disk.url.appendingPathComponent("out")
        let run = out.appendingPathComponent("run")
        let report = disk.url.appendingPathComponent("dekking.json")
        let cache = disk.url.appendingPathComponent("cache")
        let first = try Self.analyze(batch, ["--out", out.path, "--name", "run", "--json", report.path])
        try #require(first.status == 0, "\(first.stderr)")
        let earlier = WriteInvariants.snapshot(run)
        let earlierReport = try Data(contentsOf: report)
        try disk.setReadOnly(true)
        defer { try? disk.setReadOnly(false) }

        let replaced = try Self.analyze(batch, ["--out", out.path, "--name", "run", "--force"])
        #expect(replaced.status != 0, "\(replaced.stderr)")
        #expect(replaced.stderr.contains("alleen-lezen") && replaced.stderr.contains(out.path), "\(replaced.stderr)")
        #expect(WriteInvariants.snapshot(run) == earlier)

        let json = try Self.analyze(batch, ["--json", report.path])
        #expect(json.status != 0, "\(json.stderr)")
        #expect(json.stderr.contains("\(report.path): kan niet worden geschreven"), "\(json.stderr)")
        #expect(json.stderr.contains("alleen-lezen"), "\(json.stderr)")
        #expect(try Data(contentsOf: report) == earlierReport)

        let elsewhere = dir.url.appendingPathComponent("dekking.json")
        let cached = try Self.analyze(batch, ["--json", elsewhere.path, "--cache", cache.path])
        #expect(cached.status == 0, "\(cached.stderr)")
        // The cache folder cannot be made on a read-only disk: said once, and the run goes on.
        #expect(
            cached.stderr.contains("\(cache.path): waarschuwing: de cache is niet bruikbaar")
                && cached.stderr.contains("alleen-lezen") && cached.stderr.contains("de run gaat door zonder cache"),
            "\(cached.stderr)")
        #expect(try Data(contentsOf: elsewhere) == earlierReport)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.url.path).sorted() == ["dekking.json", "out"])
    }

    /// `dekking analyze --out … --force --cache … --json …` killed after a random delay, again and
    /// again: after each kill the run folder and the JSON report are the earlier complete ones or
    /// new complete ones, and the next run with the same cache writes the clean run's
    /// coverage.json. `DEKKING_FAULT_KILLS` sets the number of kills (30 by default; `make faults`
    /// runs 200), `DEKKING_FAULT_SEED` the seed, which is printed so a failure can be repeated.
    @Test func killedRunsLeaveAWholeRunFolderAndAWholeCache() throws {
        let environment = ProcessInfo.processInfo.environment
        let kills = environment["DEKKING_FAULT_KILLS"].flatMap { Int($0) } ?? 30
        let seed = environment["DEKKING_FAULT_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        print("WriteFaultTests: \(kills) kills, DEKKING_FAULT_SEED=\(seed)")
        var random = SplitMix(seed: seed)
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let batch = try writeBatch(in: dir, count: 8)
        let out = dir.url.appendingPathComponent("out")
        let run = out.appendingPathComponent("run")
        let cache = dir.url.appendingPathComponent("cache")
        let report = out.appendingPathComponent("dekking.json")

        let started = Date()
        let clean = try Self.analyze(batch, ["--out", dir.url.appendingPathComponent("schoon").path, "--name", "run"])
        try #require(clean.status == 0, "\(clean.stderr)")
        // The longest delay: a little over a whole run without the cache, so kills fall from the
        // start to after the commit.
        let longest = Date().timeIntervalSince(started) * 1.3
        let expected = try Data(contentsOf: dir.url.appendingPathComponent("schoon/run/coverage.json"))
        let arguments = [
            "analyze", batch.path, "--quiet", "--out", out.path, "--name", "run", "--force", "--cache", cache.path,
            "--json", report.path,
        ]
        let first = try runDekking(arguments)
        try #require(first.status == 0, "\(first.stderr)")

        var finishedBeforeKill = 0
        for kill in 0..<kills {
            let context = "kill \(kill + 1) of \(kills), DEKKING_FAULT_SEED=\(seed)"
            // Every other kill starts with an empty cache, so entries are being written when it falls.
            if random.next() % 2 == 0 { try? FileManager.default.removeItem(at: cache) }
            let delay = Double(random.next() % 1_000_000) / 1_000_000 * longest
            let process = Process()
            process.executableURL = TestPaths.executable
            process.arguments = arguments
            process.currentDirectoryURL = TestPaths.root
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                Foundation.kill(process.processIdentifier, SIGKILL)
            } else {
                finishedBeforeKill += 1
            }
            process.waitUntilExit()

            #expect(WriteInvariants.whyIncomplete(run) == nil, "\(context)")
            #expect(WriteInvariants.snapshot(run)["coverage.json"] == expected, "\(context)")
            #expect((try? Data(contentsOf: report)) == expected, "\(context)")
            #expect(WriteInvariants.unrecognised(in: out, allowed: ["run", "dekking.json"]).isEmpty, "\(context)")
            #expect(WriteInvariants.unrecognisedCacheFiles(cache).isEmpty, "\(context)")

            let next = try runDekking(arguments)
            #expect(next.status == 0, "\(context): \(next.stderr)")
            #expect(!next.stderr.contains("niet gebruikt"), "\(context): \(next.stderr)")
            #expect(WriteInvariants.snapshot(run)["coverage.json"] == expected, "\(context)")
            #expect((try? Data(contentsOf: report)) == expected, "\(context)")
            // The killed run's staging is gone once the next run on the same target has run.
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["dekking.json", "run"],
                "\(context)")
        }
        print("WriteFaultTests: \(kills - finishedBeforeKill) of \(kills) runs killed before they finished")
        // Most kills must hit a running process, or the loop proves little.
        #expect(finishedBeforeKill * 2 < kills, "\(finishedBeforeKill) of \(kills) runs had finished")
    }
}
