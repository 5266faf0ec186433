import DekkingCore
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// Guards accuracy on the development set with floors set below measured figures (see
/// docs/accuracy.md), so a change that makes matching worse fails the suite. The figures themselves come
/// from `make eval`.
@Suite struct AccuracyFloorTests {
    /// The development set lives beside the repository (`../shared/eval`, or `DEKKING_EVAL_DIR`).
    static var evalDirectory: URL {
        if let custom = ProcessInfo.processInfo.environment["DEKKING_EVAL_DIR"] { return URL(fileURLWithPath: custom) }
        return TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/eval")
    }

    static var available: Bool {
        FileManager.default.fileExists(atPath: evalDirectory.appendingPathComponent("dev/gold.json").path)
    }

    @Test(.enabled(if: available || ProcessInfo.processInfo.environment["CI"] != nil))
    func devSetStaysAboveTheFloor() async throws {
        let gold = Self.evalDirectory.appendingPathComponent("dev/gold.json")
        try #require(
            FileManager.default.fileExists(atPath: gold.path), "development set missing at \(Self.evalDirectory.path)")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(
            .init(paths: [Self.evalDirectory.appendingPathComponent("dev/docs").path]), mappings: mappings)
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let report = directory.url.appendingPathComponent("coverage.json")
        try AtomicFile.write(CoverageJSON.encode(run.result), to: report)
        let scores = directory.url.appendingPathComponent("score.json")
        #expect(
            try Self.python([
                Self.evalDirectory.appendingPathComponent("score.py").path, gold.path, report.path, "--json",
                scores.path,
            ]) == 0)
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: scores)) as? [String: Any])
        let f1 = try #require(figures["f1"] as? Double)
        let map = try #require(figures["map"] as? Double)
        let negativeFP = try #require(figures["negative_fp_rate"] as? Double)
        let auc = try #require(figures["relevance_auc"] as? Double)
        #expect((figures["missing_in_report"] as? [Any])?.isEmpty == true)
        #expect(f1 >= Floor.f1, "F1 \(f1)")
        #expect(map >= Floor.map, "MAP \(map)")
        #expect(negativeFP <= Floor.negativeFalsePositiveRate, "negative FP rate \(negativeFP)")
        #expect(auc >= Floor.relevanceAUC, "relevance AUC \(auc)")

        // Cross-validated by passage: each passage scored by a fit that did not see it.
        let cvReport = directory.url.appendingPathComponent("coverage-cv.json")
        let fit = try Self.python(
            [
                TestPaths.root.appendingPathComponent("scripts/fit_calibration.py").path, gold.path, report.path,
                "--model", "lexical",
                "--cv-report", cvReport.path, "--scorer", Self.evalDirectory.appendingPathComponent("score.py").path,
            ])
        #expect(fit == 0)
        let cvScores = directory.url.appendingPathComponent("score-cv.json")
        #expect(
            try Self.python([
                Self.evalDirectory.appendingPathComponent("score.py").path, gold.path, cvReport.path, "--json",
                cvScores.path,
            ]) == 0)
        let cv = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cvScores)) as? [String: Any])
        let cvF1 = try #require(cv["f1"] as? Double)
        let cvMAP = try #require(cv["map"] as? Double)
        #expect(cvF1 >= Floor.crossValidatedF1, "cross-validated F1 \(cvF1)")
        #expect(cvMAP >= Floor.crossValidatedMAP, "cross-validated MAP \(cvMAP)")

        // Every key word and evidence word shown as found is in the passage shown.
        let truth = try Self.pythonOutput(
            [
                Self.evalDirectory.appendingPathComponent("evidence_truth.py").path, report.path,
                Self.evalDirectory.appendingPathComponent("dev/docs").path,
            ])
        let shares =
            truth.split(separator: "\n").last.map { line in
                line.split(separator: "=").dropFirst().compactMap {
                    Double($0.split(separator: ";").first?.trimmingCharacters(in: .whitespaces) ?? "")
                }
            } ?? []
        #expect(shares.count == 2, "\(truth)")
        #expect(shares.allSatisfy { $0 >= Floor.evidenceTruth }, "\(truth)")
    }

    /// Runs `python3 arguments`, its output discarded; returns the exit status.
    static func python(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The standard output of `python3 arguments`.
    static func pythonOutput(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Floors at the dev figures measured when these were set (make eval, in-sample and
    /// cross-validated by passage), rounded down; the evidence shares at the 98 %.
    enum Floor {
        static let f1 = 0.553
        static let map = 0.664
        static let negativeFalsePositiveRate = 0.007
        static let relevanceAUC = 0.798
        static let crossValidatedF1 = 0.518
        static let crossValidatedMAP = 0.652
        static let evidenceTruth = 0.98
    }
}
