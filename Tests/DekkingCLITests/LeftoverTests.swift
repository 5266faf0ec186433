import DekkingTestSupport
import Foundation
import Testing

/// What interrupted runs leave behind: SIGINT removes it at once; after SIGKILL the next run on
/// the same target removes it.
@Suite(.serialized) struct LeftoverTests {
    /// Starts `dekking` on a batch large enough to be interrupted, waits until `appears` lists an
    /// entry of `folder`, then sends `signal`; returns the exit status and what the folder held.
    static func interrupt(_ arguments: [String], in dir: TemporaryDirectory, folder: URL, signal: Int32) throws -> (
        Int32, [String]
    ) {
        let paragraph =
            "De consulent van Stichting Geldzorg Oost brengt met de inwoner de schulden in kaart en stelt een plan van aanpak op. "
        for i in 0..<600
        where !FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("batch/doc\(i).txt").path) {
            try dir.write(String(repeating: paragraph, count: 20 + i % 7), to: "batch/doc\(i).txt")
        }
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments =
            ["analyze", dir.url.appendingPathComponent("batch").path, "--quiet", "--jobs", "1"] + arguments
        process.currentDirectoryURL = TestPaths.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var seen: [String] = []
        while Date() < deadline, process.isRunning {
            seen = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                $0.hasPrefix(".")
            }
            if !seen.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Thread.sleep(forTimeInterval: 0.2)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (process.terminationStatus, seen)
    }

    @Test func aKilledRunFolderIsCleanedUpByTheNextRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let (_, seen) = try Self.interrupt(
            ["--out", out.path, "--name", "groot"], in: dir, folder: out, signal: SIGKILL)
        #expect(seen.count == 1 && seen[0].hasPrefix(".groot.partial-"), "\(seen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == seen)
        // A staging folder of a gone process that holds a foreign file is not provably ours.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let foreign = ".groot.partial-\(finished.processIdentifier)"
        try dir.write("van iemand anders", to: "out/\(foreign)/notitie.txt")
        let next = try runDekking([
            "analyze", "Inputs/kd-metselaar.txt", "--out", out.path, "--name", "groot", "--quiet",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [foreign, "groot"])
    }

    @Test func aKilledJSONReportIsCleanedUpByTheNextRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let report = out.appendingPathComponent("x.json")
        let (_, seen) = try Self.interrupt(["--json", report.path], in: dir, folder: out, signal: SIGKILL)
        #expect(seen.count == 1 && seen[0].hasPrefix(".x.json.") && seen[0].hasSuffix(".tmp"), "\(seen)")
        let next = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", report.path, "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["x.json"])
    }

    @Test func anEmptyTemporaryFileOfAGoneRunIsRemovedAndAForeignOneKept() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        func gonePID() throws -> pid_t {
            let finished = Process()
            finished.executableURL = URL(fileURLWithPath: "/bin/true")
            try finished.run()
            finished.waitUntilExit()
            return finished.processIdentifier
        }
        let (empty, foreign) = (try gonePID(), try gonePID())
        // Killed before its first byte: an empty file under the report's temporary name.
        try dir.write("", to: "out/.x.json.\(empty).tmp")
        // The same kind of name holding something else is not provably Dekking's.
        try dir.write("van iemand anders", to: "out/.x.json.\(foreign).tmp")
        let out = dir.url.appendingPathComponent("out")
        let next = try runDekking([
            "analyze", "Inputs/kd-metselaar.txt", "--json", out.appendingPathComponent("x.json").path, "--quiet",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                ".x.json.\(foreign).tmp", "x.json",
            ])
    }

    @Test func anInterruptedJSONReportLeavesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let (status, seen) = try Self.interrupt(
            ["--json", out.appendingPathComponent("x.json").path], in: dir, folder: out, signal: SIGINT)
        #expect(status == 130)
        #expect(!seen.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
