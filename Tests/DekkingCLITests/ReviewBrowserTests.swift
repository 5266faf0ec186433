import DekkingTestSupport
import Foundation
import Testing

/// Decisions made in headless Chromium by `Tests/Browser/review_browser_test.py`: in a report
/// served by `dekking review` (they reach the reviewer's file) and in a report opened as a file
/// (they stay in the browser for the export). Skipped without chromium and chromedriver, except
/// under `CI=true`, where missing browsers fail.
@Suite(.serialized) struct ReviewBrowserTests {
    static let chromedriver = which("chromedriver")
    static let chromium = which("chromium") ?? which("chromium-browser") ?? which("google-chrome")
    static let python = which("python3")
    static let available = chromedriver != nil && chromium != nil && python != nil
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The first competency of the run's first document that has indicators (kd-metselaar has
    /// only gaps: the reviewer adds one and rejects another).
    static func target(_ run: URL) throws -> (document: String, competency: String, indicator: String) {
        let data = try Data(contentsOf: run.appendingPathComponent("coverage.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let document = try #require((object?["documents"] as? [[String: Any]])?.first)
        let competency = try #require(
            (document["competencies"] as? [[String: Any]])?.first {
                !(($0["indicators"] as? [[String: Any]]) ?? []).isEmpty
            })
        let indicator = try #require((competency["indicators"] as? [[String: Any]])?.first?["id"] as? String)
        return (try #require(document["id"] as? String), try #require(competency["id"] as? String), indicator)
    }

    func script(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = try #require(Self.python)
        process.arguments =
            [TestPaths.root.appendingPathComponent("Tests/Browser/review_browser_test.py").path] + arguments + [
                "--chromedriver", try #require(Self.chromedriver).path, "--chromium", try #require(Self.chromium).path,
            ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, log)
    }

    @Test(.enabled(if: available || required, "chromium and chromedriver are not installed"))
    func decisionsInTheServedReportReachTheReviewersFile() throws {
        #expect(Self.available, "CI=true but chromium, chromedriver or python3 is missing")
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, _) = try ReviewServerTests.makeRun(in: dir)
        let (document, competency, indicator) = try Self.target(run)
        let review = try ReviewServerTests.start(run: run, mappings: mappings, in: dir)
        defer { _ = review.stop() }
        let (status, log) = try script([
            "http://127.0.0.1:\(review.port)/?token=\(review.token)", "--server", "--file", review.file.path,
            "--doc", document, "--competency", competency, "--indicator", indicator,
        ])
        #expect(status == 0, "\(log)")
        #expect(log.contains("geslaagd: 3 beslissing(en) opgeslagen door de server"), "\(log)")
    }

    @Test(.enabled(if: available || required, "chromium and chromedriver are not installed"))
    func decisionsInAReportOpenedAsAFileAreKeptForTheExport() throws {
        #expect(Self.available, "CI=true but chromium, chromedriver or python3 is missing")
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, _, _) = try ReviewServerTests.makeRun(in: dir)
        let (document, competency, indicator) = try Self.target(run)
        let (status, log) = try script([
            run.appendingPathComponent("report.html").absoluteString, "--doc", document, "--competency", competency,
            "--indicator", indicator,
        ])
        #expect(status == 0, "\(log)")
        #expect(log.contains("geslaagd: 3 beslissing(en) bewaard in de browser"), "\(log)")
    }
}
