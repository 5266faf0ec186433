import DekkingCore
import DekkingIngest
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

/// The time limit per document: a document over its budget is skipped with an error finding, the
/// rest of the batch is analysed, and nothing of the skipped document is cached.
@Suite struct DocumentTimeLimitTests {
    /// A budget that ran out a second ago.
    static let spent = WorkBudget(seconds: 0.001, from: .now - .seconds(1))

    /// A text of `paragraphs` short Dutch paragraphs, different enough to be analysed one by one.
    static func longText(paragraphs: Int) -> String {
        (0..<paragraphs).map { i in
            "Je brengt met de cliënt de schulden in kaart en stelt een plan van aanpak op (stap \(i)). "
                + "Je informeert over toeslagen, bewaakt de voortgang en overlegt met de schuldeiser \(i % 97)."
        }.joined(separator: "\n\n")
    }

    @Test func anUnlimitedBudgetNeverRunsOut() throws {
        #expect(WorkBudget.unlimited.isUnlimited)
        #expect(WorkBudget(seconds: 0).isUnlimited)
        #expect(WorkBudget(seconds: -3).isUnlimited)
        try WorkBudget.unlimited.check()
        var meter = WorkMeter(.unlimited, interval: 1)
        for _ in 0..<1000 { try meter.tick() }
        try WorkBudget(seconds: 3600).check()
    }

    @Test func aSpentBudgetThrowsWithItsSeconds() {
        #expect(throws: WorkBudgetExceeded(seconds: 0.001)) { try Self.spent.check() }
        var meter = WorkMeter(Self.spent, interval: 50)
        // The clock is read on the first tick.
        #expect(throws: WorkBudgetExceeded.self) { try meter.tick() }
    }

    /// The meter reads the clock once per `interval` ticks: a budget that runs out between two
    /// readings is noticed at the next reading, not before.
    @Test func theMeterReadsTheClockOncePerInterval() throws {
        let budget = WorkBudget(seconds: 0.05)
        var meter = WorkMeter(budget, interval: 1_000_000)
        try meter.tick()  // the first reading, in time
        Thread.sleep(forTimeInterval: 0.1)
        for _ in 0..<1000 { try meter.tick() }  // no reading: the deadline is not seen
        #expect(throws: WorkBudgetExceeded.self) { try budget.check() }
    }

    @Test func readingAndMatchingStopWhenTheBudgetIsSpent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try directory.write(Self.longText(paragraphs: 20), to: "plan.txt")
        let ingestor = Ingestor()
        #expect(throws: WorkBudgetExceeded.self) {
            _ = try ingestor.read(file, displayPath: "plan.txt", within: Self.spent)
        }
        let (document, _) = try ingestor.read(file, displayPath: "plan.txt", within: WorkBudget(seconds: 600))
        #expect(document.segments.count >= 20)
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        #expect(throws: WorkBudgetExceeded(seconds: 0.001)) {
            _ = try mappings.engine.coverage(of: document, within: Self.spent)
        }
        let bounded = try mappings.engine.coverage(of: document, within: WorkBudget(seconds: 600))
        #expect(bounded == mappings.engine.coverage(of: document))
    }

    /// One document far over a one-second limit is skipped with the finding; the small ones around
    /// it are analysed and reported; a second run takes the small ones from the cache and skips the
    /// large one again, because it was never cached.
    @Test func aDocumentOverTheLimitIsSkippedAndTheBatchGoesOn() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        try directory.write("Je brengt met de cliënt de schulden in kaart.", to: "docs/a-kort.txt")
        try directory.write(Self.longText(paragraphs: 30_000), to: "docs/b-lang.txt")
        try directory.write("Je stelt met de cliënt een plan van aanpak op.", to: "docs/c-kort.txt")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        var request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path], concurrency: 1)
        request.documentTimeLimit = 1
        let cache = DocumentCache(
            directory: directory.url.appendingPathComponent("cache"), mappings: mappings, request: request,
            toolVersion: "test")
        for pass in 0..<2 {
            var ids: [String] = []
            let started = ContinuousClock.now
            let run = await CoverageRun.stream(request, mappings: mappings, retain: .streamed, cache: cache) {
                document in
                if let coverage = document.coverage { ids.append(coverage.id) }
            }
            let elapsed = ContinuousClock.now - started
            #expect(ids == ["a-kort", "c-kort"])
            #expect(run.cacheHits == (pass == 0 ? 0 : 2))
            #expect(run.failedFiles.map { URL(fileURLWithPath: $0).lastPathComponent } == ["b-lang.txt"])
            let skipped = run.findings.filter { $0.severity == .error }
            #expect(skipped.count == 1)
            #expect(
                skipped.first?.message
                    == "te complex, overgeslagen na 1 s (grens: --document-time-limit; verhoog die, of splits het document)"
            )
            #expect(skipped.first?.location.file.hasSuffix("b-lang.txt") == true)
            #expect(run.findings.containsError)
            // Generous: reading the file before the first check is slow in a debug build under load.
            #expect(elapsed < .seconds(300), "the limit did not stop the long document: \(elapsed)")
        }
    }

    /// The default limit skips none of the sample documents.
    @Test func theDefaultLimitSkipsNoSampleDocument() async throws {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let request = CoverageRun.Request(paths: [TestPaths.inputs.path])
        #expect(request.documentTimeLimit == 60)
        let run = await CoverageRun.run(request, mappings: mappings)
        #expect(run.documentCount == 7)
        #expect(run.failedFiles.isEmpty)
        #expect(!run.findings.contains { $0.message.contains("te complex") })
    }
}
