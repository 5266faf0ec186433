import DekkingCore
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// `AnalysisPipeline.run`: the outputs opened, fed, finished and committed in one place, or
/// refused and discarded as a whole.
@Suite struct AnalysisPipelineTests {
    static func mappings() throws -> LoadedMappings {
        try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
    }

    /// Two documents of Stichting Geldzaken Noord in `docs/`, and a job writing `out/proef/` and
    /// `rapport.json` beside them.
    static func job(in directory: TemporaryDirectory, json: AnalysisJob.JSONDestination? = nil) throws -> AnalysisJob {
        try directory.write("Je brengt met de cliënt de schulden in kaart en stelt een plan op.", to: "docs/a.txt")
        try directory.write("Je informeert de klant over toeslagen en regelingen.", to: "docs/b.txt")
        let docs = directory.url.appendingPathComponent("docs").path
        let outputs = AnalysisJob.Outputs(
            json: json,
            folder: .init(root: directory.url.appendingPathComponent("out").path, name: "proef", detailLimit: 100),
            safety: OutputSafety(inputs: [docs], mappings: [TestPaths.mappings.path], allowInside: false))
        return AnalysisJob(
            request: .init(paths: [docs]), outputs: outputs, toolIdentity: "test", toolVersion: "0.0.0",
            startedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func aRunWritesTheJSONReportAndCommitsEveryFileOfItsFolder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let jsonPath = directory.url.appendingPathComponent("rapport.json").path
        let job = try Self.job(in: directory, json: .file(jsonPath))
        var listened = 0
        let outcome = try await AnalysisPipeline.run(
            job, mappings: Self.mappings(),
            interruptible: { _ in
                listened += 1
                return {}
            })
        #expect(listened == 1)
        #expect(outcome.failure == nil)
        #expect(outcome.run.documentCount == 2)
        let folder = try #require(outcome.folder)
        #expect(folder.lastPathComponent == "proef")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == RunReports.fileNames.sorted())
        // The JSON file and the folder's coverage.json are the same report.
        let standalone = try Data(contentsOf: URL(fileURLWithPath: jsonPath))
        #expect(standalone == (try Data(contentsOf: folder.appendingPathComponent("coverage.json"))))
        let decoded = try CoverageJSON.decode(standalone).documents.map { $0.id }
        #expect(decoded == outcome.run.result.documents.map { $0.id })
        // The reports made from the overview streamed during the run are those of the finished run.
        let manifest = try JSONDecoder().decode(
            RunManifest.self, from: Data(contentsOf: folder.appendingPathComponent("run.json")))
        let mappings = try Self.mappings()
        let context = ReportContext(result: outcome.run.result, framework: mappings.framework, manifest: manifest)
        #expect(context.isDetailed)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("gaps.md"), encoding: .utf8)
                == GapsMarkdown.render(context))
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("matrix.csv"))
                == CoverageCSV.matrix(context, dialect: .rfc4180))
        // Nothing but the committed folder is left in out/.
        let root = directory.url.appendingPathComponent("out").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["proef"])
    }

    @Test func anOutputThatIsAnInputIsRefusedBeforeAnythingIsRead() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let input = directory.url.appendingPathComponent("docs/a.txt").path
        let job = try Self.job(in: directory, json: .file(input))
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        var listened = false
        await #expect {
            _ = try await AnalysisPipeline.run(
                job, mappings: Self.mappings(),
                interruptible: { _ in
                    listened = true
                    return {}
                })
        } throws: { error in
            guard case .refused(let reason) = error as? AnalysisPipeline.Failure else { return false }
            return reason.contains("a.txt") && reason.contains("invoermap")
        }
        #expect(!listened)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out/proef").path))
    }

    /// An output that fails after the documents were analysed leaves nothing behind: not the run
    /// folder, not the JSON report's temporary file; the run's findings are still handed back.
    @Test func aFailureWhileWritingDiscardsEveryOutput() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let reports = directory.url.appendingPathComponent("rapporten")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let job = try Self.job(in: directory, json: .file(reports.appendingPathComponent("coverage.json").path))
        let outcome = try await AnalysisPipeline.run(
            job, mappings: Self.mappings(),
            interruptible: { _ in
                // The JSON report's folder disappears while the run goes on: its final rename fails.
                try? FileManager.default.removeItem(at: reports)
                return {}
            })
        #expect(outcome.run.documentCount == 2)
        #expect(outcome.folder == nil)
        guard case .unwritable = try #require(outcome.failure) else {
            Issue.record("expected .unwritable, got \(String(describing: outcome.failure))")
            return
        }
        let root = directory.url.appendingPathComponent("out").path
        #expect((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] == [])
    }

    @Test func aCacheThatIsAFileIsTheRunsFirstFindingAndTheRunGoesOnWithout() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let cache = try directory.write("geen map", to: "cache")
        var job = try Self.job(in: directory)
        job.cache = cache.path
        let outcome = try await AnalysisPipeline.run(job, mappings: Self.mappings())
        #expect(!outcome.usedCache)
        #expect(outcome.run.documentCount == 2)
        let first = try #require(outcome.run.findings.first)
        #expect(first.severity == .warning)
        #expect(first.message.contains("de cache is niet bruikbaar: het is een bestand, geen map"))
        #expect(try String(contentsOf: cache, encoding: .utf8) == "geen map")
    }

    @Test func aCacheServesTheSecondRun() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        var job = try Self.job(in: directory)
        job.cache = directory.url.appendingPathComponent("cache").path
        job.outputs.folder?.force = true
        let first = try await AnalysisPipeline.run(job, mappings: Self.mappings())
        let second = try await AnalysisPipeline.run(job, mappings: Self.mappings())
        #expect(first.usedCache && second.usedCache)
        #expect(first.run.cacheHits == 0)
        #expect(second.run.cacheHits == 2)
        // What the reports hold is the same (a coverage in memory also carries what no report shows).
        #expect(second.run.result.documents.map(CoverageJSON.line) == first.run.result.documents.map(CoverageJSON.line))
    }
}
