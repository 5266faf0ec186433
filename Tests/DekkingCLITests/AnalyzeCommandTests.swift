import DekkingTestSupport
import Foundation
import Testing

/// `dekking analyze` as users and scripts run it.
@Suite(.serialized) struct AnalyzeCommandTests {
    @Test func twoProcessesWriteByteIdenticalJSON() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let first = dir.url.appendingPathComponent("a.json").path
        let second = dir.url.appendingPathComponent("b.json").path
        let a = try runDekking(["analyze", "Inputs", "--json", first, "--quiet"])
        let b = try runDekking(["analyze", "Inputs", "--json", second, "--quiet"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect((json["documents"] as? [Any])?.count == 7)
        #expect(!FileManager.default.fileExists(atPath: "Output/Inputs-\(ProcessInfo.processInfo.processIdentifier)"))
    }

    /// `--jobs 1` reads and matches one document after another; any other number gives the same
    /// bytes in every report that has no time stamp.
    @Test func oneJobAndManyJobsWriteTheSameReports() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.path
        let sequential = try runDekking(["analyze", "Inputs", "--out", out, "--name", "een", "--jobs", "1", "--quiet"])
        let parallel = try runDekking(["analyze", "Inputs", "--out", out, "--name", "acht", "-j", "8", "--quiet"])
        #expect(sequential.status == 0 && parallel.status == 0, "\(sequential.stderr)\(parallel.stderr)")
        for file in ["coverage.json", "coverage.csv", "matrix.csv", "gaps.md"] {
            let one = try Data(contentsOf: URL(fileURLWithPath: "\(out)/een/\(file)"))
            let many = try Data(contentsOf: URL(fileURLWithPath: "\(out)/acht/\(file)"))
            #expect(!one.isEmpty && one == many, "\(file) differs between --jobs 1 and --jobs 8")
        }
        let refused = try runDekking(["analyze", "Inputs", "--json", "\(out)/nul.json", "--jobs", "0"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--jobs verwacht een aantal van 1 of meer"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/nul.json"))
    }

    /// For scripts: the paths come from a list (a file, or stdin with `-`) and the report goes to
    /// stdout with `--json -`, the same bytes as the report written to a file.
    @Test func pathsFromAListAndTheReportOnStandardOutput() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(
            "Je brengt de schulden van de cliënt in kaart en informeert over toeslagen.",
            to: "map met spatie/eerste.txt")
        try dir.write("Je stelt met de cliënt een plan van aanpak op en bewaakt de voortgang.", to: "tweede.txt")
        let first = dir.url.appendingPathComponent("map met spatie/eerste.txt").path
        let second = dir.url.appendingPathComponent("tweede.txt").path
        // Windows line ends and empty lines, as lists made by other tools have them.
        let list = try dir.write("\(first)\r\n\r\n\(second)\r\n", to: "lijst.txt")
        let fromFile = try runDekking(["analyze", "--files-from", list.path, "--json", "-", "--quiet"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
        #expect((report["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["eerste", "tweede"])
        #expect(!FileManager.default.fileExists(atPath: TestPaths.root.appendingPathComponent("-").path))

        let file = dir.url.appendingPathComponent("r.json")
        let fromArguments = try runDekking(["analyze", first, second, "--json", file.path, "--quiet"])
        #expect(fromArguments.status == 0)
        #expect(try Data(contentsOf: file) == Data(fromFile.stdout.utf8))

        let fromStdin = try runDekking(
            ["analyze", "--files-from", "-", "--json", "-", "--quiet"], input: Data("\(first)\n\(second)\n".utf8))
        #expect(fromStdin.status == 0 && fromStdin.stdout == fromFile.stdout)

        let missingList = try runDekking([
            "analyze", "--files-from", dir.url.appendingPathComponent("geen.txt").path, "--json", "-",
        ])
        #expect(missingList.status == 64 && missingList.stderr.contains("lijst kan niet worden gelezen (bestaat niet)"))
        let nothing = try runDekking(["analyze", "--json", "-"])
        #expect(nothing.status == 64 && nothing.stderr.contains("geef bestanden of mappen"))
        let emptyList = try runDekking(["analyze", "--files-from", "-", "--json", "-"], input: Data("\n\n".utf8))
        #expect(emptyList.status == 64 && emptyList.stderr.contains("stdin: de lijst noemt geen bestanden of mappen"))

        // A run folder of a list is named after the list.
        let folder = try runDekking([
            "analyze", "--files-from", list.path, "--out", dir.url.appendingPathComponent("runs").path, "--quiet",
        ])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("runs/lijst/coverage.json").path))
    }

    @Test func aRunFolderHoldsEveryReportAndIsNeverOverwrittenSilently() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.path
        let run = try runDekking(["analyze", "Inputs", "--out", out, "--name", "proef"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("report.html"))
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(out)/proef").sorted()
        #expect(
            files == [
                "coverage.csv", "coverage.json", "coverage.xlsx", "gaps.md", "matrix.csv", "report.html", "run.json",
            ])
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/proef/run.json")))
                as? [String: Any])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.count == 7)
        #expect(inputs.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        let again = try runDekking(["analyze", "Inputs", "--out", out, "--name", "proef"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("bestaat al"))
        let forced = try runDekking(["analyze", "Inputs", "--out", out, "--name", "proef", "--force", "--quiet"])
        #expect(forced.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Above `--detail-limit` documents the folder holds the same per-document files, and reports
    /// on the run as a whole instead of every document in full.
    @Test func aRunAboveTheDetailLimitReportsTheRunAsAWhole() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.path
        let full = try runDekking(["analyze", "Inputs", "--out", out, "--name", "vol", "--quiet"])
        let whole = try runDekking(["analyze", "Inputs", "--out", out, "--name", "geheel", "--detail-limit", "4"])
        #expect(full.status == 0 && whole.status == 0, "\(full.stderr)\(whole.stderr)")
        #expect(whole.stderr.contains("Meer dan 4 documenten"))
        for file in ["coverage.json", "coverage.csv", "matrix.csv"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(out)/vol/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(out)/geheel/\(file)"))
            #expect(!a.isEmpty && a == b, "\(file) differs above the detail limit")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(out)/geheel").sorted()
        #expect(
            names == [
                "coverage.csv", "coverage.json", "coverage.xlsx", "gaps.md", "matrix.csv", "report.html", "run.json",
            ])
        // run.json records every document the same way; only the run's name and time differ.
        func inputs(_ name: String) throws -> String {
            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name)/run.json"))) as? [String: Any]
            let data = try JSONSerialization.data(withJSONObject: json?["inputs"] ?? [], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try inputs("vol") == inputs("geheel") && (try inputs("vol")).contains("kwalificatiedossier"))
        // No evidence passage of any document is embedded in the overview page.
        let coverage =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/vol/coverage.json")))
            as? [String: Any]
        let quote = try #require(Self.firstEvidenceText(coverage))
        let page = try String(contentsOfFile: "\(out)/geheel/report.html", encoding: .utf8)
        #expect(page.contains("<html") && !page.contains(quote))
        #expect(try String(contentsOfFile: "\(out)/vol/report.html", encoding: .utf8).contains(quote.prefix(40)))
        let refused = try runDekking(["analyze", "Inputs", "--out", out, "--name", "nee", "--detail-limit", "-1"])
        #expect(refused.status == 64 && refused.stderr.contains("--detail-limit"))
    }

    private static func firstEvidenceText(_ coverage: [String: Any]?) -> String? {
        for document in coverage?["documents"] as? [[String: Any]] ?? [] {
            for competency in document["competencies"] as? [[String: Any]] ?? [] {
                for indicator in competency["indicators"] as? [[String: Any]] ?? [] {
                    if let text = (indicator["evidence"] as? [[String: Any]])?.first?["text"] as? String,
                        text.count > 60
                    {
                        return text
                    }
                }
            }
        }
        return nil
    }

    @Test func aBadFileIsOneMessageAndTheBatchGoesOn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart en informeert over toeslagen.", to: "docs/goed.txt")
        try Data([0, 1, 2, 0, 255, 0, 7]).write(to: dir.url.appendingPathComponent("docs/kapot.txt"))
        let result = try runDekking([
            "analyze", dir.url.appendingPathComponent("docs").path, "--json",
            dir.url.appendingPathComponent("r.json").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "kapot.txt").count - 1 >= 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: dir.url.appendingPathComponent("r.json")))
                as? [String: Any])
        #expect((json["documents"] as? [[String: Any]])?.map { $0["id"] as? String } == ["goed"])
    }

    /// Ctrl-C during a batch: exit status 130 and no run folder, complete-looking or partial.
    @Test func anInterruptedRunLeavesNoReports() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let paragraph =
            "De consulent brengt samen met de inwoner de financiële situatie in kaart, bespreekt toeslagen en stelt een plan van aanpak op. "
        for i in 0..<3000 { try dir.write(String(repeating: paragraph, count: 20 + i % 7), to: "batch/doc\(i).txt") }
        let out = dir.url.appendingPathComponent("out")
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = [
            "analyze", dir.url.appendingPathComponent("batch").path, "--out", out.path, "--name", "groot", "--quiet",
        ]
        process.currentDirectoryURL = TestPaths.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run has started writing its staging folder, then interrupt.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.2)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
