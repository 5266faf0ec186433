import DekkingTestSupport
import Foundation
import Testing

/// `dekking analyze` with a named pipe (FIFO) among its inputs: the run ends with a message naming
/// the file, never waiting for a writer that does not come.
@Suite(.serialized) struct SpecialFileRunTests {
    /// The outcome of a run, or `nil` when it had not ended after `seconds` (it is then killed).
    private static func runDekking(_ arguments: [String], in directory: URL, within seconds: TimeInterval) throws
        -> (status: Int32, stdout: String, stderr: String)?
    {
        let out = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return (
            process.terminationStatus, try String(contentsOf: out, encoding: .utf8),
            try String(contentsOf: err, encoding: .utf8)
        )
    }

    @Test func aFIFOAmongTheInputsAndMappingsEndsTheRunWithAFinding() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart en informeert over toeslagen.", to: "docs/goed.txt")
        let pipe = dir.url.appendingPathComponent("wachtrij.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // A FIFO inside an input folder is passed over by the walk; one in the mappings is hashed.
        #expect(mkfifo(dir.url.appendingPathComponent("docs/pijp.txt").path, 0o600) == 0)
        let mappings = dir.url.appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: mappings)
        let mappingPipe = mappings.appendingPathComponent("analysis/wachtrij").path
        #expect(mkfifo(mappingPipe, 0o600) == 0)

        let runs = dir.url.appendingPathComponent("runs").path
        let cache = dir.url.appendingPathComponent("cache").path
        var coverages: [Data] = []
        for name in ["koud", "warm"] {
            let result = try #require(
                try Self.runDekking(
                    [
                        "analyze", dir.url.appendingPathComponent("docs").path, pipe, "--mappings", mappings.path,
                        "--out", runs, "--name", name, "--cache", cache,
                    ], in: dir.url, within: 120),
                "the run with a FIFO among its inputs did not end")
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("wachtrij.txt"), "\(result.stderr)")
            #expect(result.stderr.contains("geen gewoon bestand"), "\(result.stderr)")

            let manifest = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: "\(runs)/\(name)/run.json")))
                    as? [String: Any])
            let inputs = try #require(manifest["inputs"] as? [[String: Any]])
            let refused = try #require(inputs.first { ($0["path"] as? String) == pipe })
            #expect(refused["sha256"] as? String == "-")
            #expect(refused["bytes"] as? Int == 0)
            let files = try #require(manifest["mappings"] as? [[String: Any]])
            #expect(files.first { ($0["path"] as? String) == mappingPipe }?["sha256"] as? String == "-")
            let findings = try #require(manifest["findings"] as? [[String: Any]])
            #expect(findings.contains { "\($0)".contains("wachtrij.txt") && "\($0)".contains("geen gewoon bestand") })

            let coverage = try Data(contentsOf: URL(fileURLWithPath: "\(runs)/\(name)/coverage.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: coverage) as? [String: Any])
            #expect((json["documents"] as? [[String: Any]])?.map { $0["id"] as? String } == ["goed"])
            coverages.append(coverage)
        }
        // The second run takes the regular document from the cache and gives the same report.
        #expect(coverages[0] == coverages[1])
    }

    /// `--files-from <(find …)` hands the list over as a pipe: it is read to its end, giving the
    /// report of the same list in a file. A folder or an endless device is refused with a reason.
    @Test func aListFromAPipeIsRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let first = try dir.write("Je brengt de schulden van de cliënt in kaart.", to: "eerste.txt").path
        let second = try dir.write("Je stelt met de cliënt een plan van aanpak op.", to: "tweede.txt").path
        let list = "\(first)\n\(second)\n"
        let file = try dir.write(list, to: "lijst.txt")
        let pipe = dir.url.appendingPathComponent("lijst-pijp").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // The writer, as a shell's process substitution: it opens the pipe once the run reads it.
        let writer = Thread {
            let descriptor = open(pipe, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return }
            _ = list.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
        }
        writer.start()
        let fromPipe = try #require(
            try Self.runDekking(
                ["analyze", "--files-from", pipe, "--json", "-", "--quiet"], in: dir.url, within: 120),
            "reading the list from a pipe did not end")
        #expect(fromPipe.status == 0, "\(fromPipe.stderr)")
        let fromFile = try #require(
            try Self.runDekking(
                ["analyze", "--files-from", file.path, "--json", "-", "--quiet"], in: dir.url, within: 120))
        #expect(fromFile.status == 0)
        #expect(!fromPipe.stdout.isEmpty && fromPipe.stdout == fromFile.stdout)

        let folder = try #require(
            try Self.runDekking(["analyze", "--files-from", dir.url.path, "--json", "-"], in: dir.url, within: 60))
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("lijst kan niet worden gelezen (dit is een map)"), "\(folder.stderr)")
        let endless = try #require(
            try Self.runDekking(["analyze", "--files-from", "/dev/zero", "--json", "-"], in: dir.url, within: 60),
            "reading /dev/zero as a list did not end")
        #expect(endless.status == 64)
        #expect(endless.stderr.contains("lijst kan niet worden gelezen (groter dan 64 MB)"), "\(endless.stderr)")
    }
}
