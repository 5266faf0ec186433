import DekkingTestSupport
import Foundation
import Testing

/// Decisions made in headless Chromium by `Tests/Browser/review_browser_test.py` on the sample
/// run, as a reviewer would: reject an indicator the engine found, confirm one, add one it missed
/// with a note. In a report served by `dekking review` they reach the reviewer's file; in a report
/// opened as a file they are exported. Either way the next `analyze` shows all three in
/// coverage.json, coverage.csv and report.html. Skipped without chromium and chromedriver, except
/// under `CI=true`, where missing browsers fail.
@Suite(.serialized) struct ReviewBrowserTests {
    static let chromedriver = which("chromedriver")
    static let chromium = which("chromium") ?? which("chromium-browser") ?? which("google-chrome")
    static let python = which("python3")
    static let available = chromedriver != nil && chromium != nil && python != nil
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    static func which(_ name: String) -> URL? { executableOnPath(name) }

    struct Decision {
        var document: String
        var item: String
        var decision: String
        var note: String
        var argument: String { "\(document):\(item):\(decision):\(note)" }
    }

    /// In the first document that has them: a covered indicator to reject, a partial (or another
    /// covered) one to confirm, and a missed one to add with a note.
    static func decisions(_ run: URL) throws -> [Decision] {
        let object = try JSONSerialization.jsonObject(
            with: Data(contentsOf: run.appendingPathComponent("coverage.json")))
        for document in ((object as? [String: Any])?["documents"] as? [[String: Any]]) ?? [] {
            let id = document["id"] as? String ?? ""
            let indicators = ((document["competencies"] as? [[String: Any]]) ?? []).flatMap {
                ($0["indicators"] as? [[String: Any]]) ?? []
            }.map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "") }
            guard let covered = indicators.first(where: { $0.1 == "covered" })?.0,
                let other =
                    (indicators.first { $0.1 == "partial" } ?? indicators.first { $0.1 == "covered" && $0.0 != covered })?
                    .0,
                let missed = indicators.first(where: { $0.1 == "gap" })?.0
            else { continue }
            return [
                Decision(document: id, item: covered, decision: "rejected", note: "alleen genoemd in de inleiding"),
                Decision(document: id, item: other, decision: "confirmed", note: ""),
                Decision(document: id, item: missed, decision: "confirmed", note: "staat in bijlage 2, p. 14"),
            ]
        }
        throw CocoaError(.featureUnsupported)
    }

    func script(_ arguments: [String]) throws -> (Int32, String) {
        try runProgram(
            try #require(Self.python),
            [TestPaths.root.appendingPathComponent("Tests/Browser/review_browser_test.py").path] + arguments + [
                "--chromedriver", try #require(Self.chromedriver).path, "--chromium", try #require(Self.chromium).path,
            ])
    }

    /// The next run with `mappings` shows every decision in coverage.json, coverage.csv and
    /// report.html.
    func expectInTheNextRun(_ decisions: [Decision], mappings: URL, in dir: TemporaryDirectory) throws {
        let out = dir.url.appendingPathComponent("na")
        let next = try runDekking([
            "analyze", "Inputs", "--out", out.path, "--name", "na", "--quiet", "--mappings", mappings.path,
        ])
        #expect(next.status == 0, "\(next.stderr)")
        let folder = out.appendingPathComponent("na")
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("coverage.json")))
        let report = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let marker = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(report.range(of: marker)).upperBound
        let end = try #require(report.range(of: "</script>", range: start..<report.endIndex)).lowerBound
        let embedded = try JSONSerialization.jsonObject(with: Data(report[start..<end].utf8))
        let csv = try String(contentsOf: folder.appendingPathComponent("coverage.csv"), encoding: .utf8)
        for decision in decisions {
            for (name, data) in [("coverage.json", json), ("report.html", embedded)] {
                let indicator = Self.indicator(decision, in: data)
                #expect(indicator?["override"] as? String == decision.decision, "\(name): \(decision.item)")
                #expect((indicator?["overrideNote"] as? String ?? "") == decision.note, "\(name): \(decision.item)")
                #expect(indicator?["status"] as? String == (decision.decision == "confirmed" ? "covered" : "gap"))
            }
            let row = csv.split(whereSeparator: \.isNewline).first {
                $0.hasPrefix("\(decision.document),") && $0.contains(",\(decision.item),")
            }
            #expect(row?.contains(",\(decision.decision),") == true, "coverage.csv: \(row ?? "geen regel")")
        }
    }

    static func indicator(_ decision: Decision, in data: Any) -> [String: Any]? {
        let documents = (data as? [String: Any])?["documents"] as? [[String: Any]] ?? []
        let document = documents.first { $0["id"] as? String == decision.document }
        return ((document?["competencies"] as? [[String: Any]]) ?? []).flatMap {
            ($0["indicators"] as? [[String: Any]]) ?? []
        }.first { $0["id"] as? String == decision.item }
    }

    @Test(.enabled(if: available || required, "chromium and chromedriver are not installed"))
    func decisionsInTheServedReportReachTheReviewersFileAndTheNextRun() throws {
        #expect(Self.available, "CI=true but chromium, chromedriver or python3 is missing")
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, _) = try ReviewServerTests.makeRun(in: dir, paths: ["Inputs"])
        let decisions = try Self.decisions(run)
        let review = try ReviewServerTests.start(run: run, mappings: mappings, in: dir)
        let (status, log) = try script(
            ["http://127.0.0.1:\(review.port)/?token=\(review.token)", "--server", "--file", review.file.path]
                + decisions.flatMap { ["--decide", $0.argument] })
        _ = review.stop()
        #expect(status == 0, "\(log)")
        #expect(log.contains("geslaagd: 3 beslissing(en) opgeslagen door de server"), "\(log)")
        try expectInTheNextRun(decisions, mappings: mappings, in: dir)
    }

    @Test(.enabled(if: available || required, "chromium and chromedriver are not installed"))
    func decisionsInAReportOpenedAsAFileAreExportedAndApplyInTheNextRun() throws {
        #expect(Self.available, "CI=true but chromium, chromedriver or python3 is missing")
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, _) = try ReviewServerTests.makeRun(in: dir, paths: ["Inputs"])
        let decisions = try Self.decisions(run)
        let downloads = dir.url.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let (status, log) = try script(
            [run.appendingPathComponent("report.html").absoluteString, "--downloads", downloads.path]
                + decisions.flatMap { ["--decide", $0.argument] })
        #expect(status == 0, "\(log)")
        #expect(log.contains("geslaagd: 3 beslissing(en) bewaard in de browser en geëxporteerd"), "\(log)")
        // The reviewer puts the downloaded file into the overrides folder.
        try FileManager.default.copyItem(
            at: downloads.appendingPathComponent("beslissingen.csv"),
            to: mappings.appendingPathComponent("overrides/beslissingen.csv"))
        try expectInTheNextRun(decisions, mappings: mappings, in: dir)
    }
}
