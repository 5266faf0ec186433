import DekkingCore
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// Incremental re-runs: the cache gives the same bytes as a fresh run and re-analyses only what
/// changed.
@Suite struct DocumentCacheTests {
    static func lines(_ request: CoverageRun.Request, _ mappings: LoadedMappings, cache: DocumentCache?) async -> (
        Data, CoverageRun
    ) {
        var output = Data()
        let run = await CoverageRun.stream(request, mappings: mappings, retain: .none, cache: cache) { document in
            output.append(document.line)
            output.append(0x0A)
        }
        return (output, run)
    }

    @Test func aReRunReadsOnlyTheChangedDocument() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for i in 0..<15 {
            try directory.write(
                "Je brengt met de cliënt de schulden in kaart (\(i)). Je informeert over toeslagen en stelt een plan op.",
                to: "docs/doc\(i).txt")
        }
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let cache = DocumentCache(
            directory: directory.url.appendingPathComponent("cache"), mappings: mappings, request: request,
            toolVersion: "test")

        let (fresh, _) = await Self.lines(request, mappings, cache: nil)
        let (cold, coldRun) = await Self.lines(request, mappings, cache: cache)
        #expect(coldRun.cacheHits == 0)
        #expect(cold == fresh)
        let (warm, warmRun) = await Self.lines(request, mappings, cache: cache)
        #expect(warmRun.cacheHits == 15)
        #expect(warm == fresh)
        #expect(warmRun.clusterTotals == coldRun.clusterTotals)

        try directory.write("De metselaar legt stenen in halfsteens verband.", to: "docs/doc7.txt")
        let (changedFresh, _) = await Self.lines(request, mappings, cache: nil)
        let (changed, changedRun) = await Self.lines(request, mappings, cache: cache)
        #expect(changedRun.cacheHits == 14)
        #expect(changed == changedFresh)
        #expect(changed != fresh)
    }

    /// A run that hands coverages on (a run folder) reads a document again when its entry's
    /// coverage no longer decodes, instead of leaving it out of the reports.
    @Test func anEntryThatDoesNotDecodeIsReadAgain() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for i in 0..<3 {
            try directory.write("Je stelt met de cliënt een plan van aanpak op (\(i)).", to: "docs/doc\(i).txt")
        }
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let folder = directory.url.appendingPathComponent("cache")
        let cache = DocumentCache(directory: folder, mappings: mappings, request: request, toolVersion: "test")
        _ = await Self.lines(request, mappings, cache: cache)
        // Break the coverage line (the third) of every entry, keeping the first two intact.
        let entries =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { !$0.hasDirectoryPath && $0.lastPathComponent.count > 20 } ?? []
        #expect(entries.count == 3)
        for entry in entries {
            let lines = try Data(contentsOf: entry).split(
                separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
            try (lines[0] + [0x0A] + lines[1] + [0x0A] + Data("{kapot".utf8)).write(to: entry)
        }
        var handed: [String] = []
        let run = await CoverageRun.stream(request, mappings: mappings, retain: .streamed, cache: cache) { document in
            if let coverage = document.coverage { handed.append(coverage.id) }
        }
        #expect(handed == ["doc0", "doc1", "doc2"])
        #expect(run.cacheHits == 0)
    }

    @Test func otherSettingsUseOtherEntries() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        try directory.write("Je brengt met de cliënt de schulden in kaart.", to: "docs/a.txt")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let strict = try LoadedMappings.load(
            .init(folder: TestPaths.mappings, displayFolder: "Mappings", settings: ["partial": 0.5]))
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let folder = directory.url.appendingPathComponent("cache")
        _ = await Self.lines(
            request, mappings,
            cache: DocumentCache(directory: folder, mappings: mappings, request: request, toolVersion: "t"))
        let (_, run) = await Self.lines(
            request, strict,
            cache: DocumentCache(directory: folder, mappings: strict, request: request, toolVersion: "t"))
        #expect(run.cacheHits == 0)
        var hbo = request
        hbo.level = .level("hbo")
        let (_, levelRun) = await Self.lines(
            hbo, mappings, cache: DocumentCache(directory: folder, mappings: mappings, request: hbo, toolVersion: "t"))
        #expect(levelRun.cacheHits == 0)
    }

    /// Sets the modification time of every file below `folder` to `date`.
    static func age(_ folder: URL, to date: Date) throws {
        let files = try #require(FileManager.default.enumerator(atPath: folder.path))
        for case let name as String in files {
            let path = folder.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
    }

    @Test func pruningRemovesOnlyEntriesNoRunHasUsedLately() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for i in 0..<4 {
            try directory.write("Je brengt met de cliënt de schulden in kaart (\(i)).", to: "docs/doc\(i).txt")
        }
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let all = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let folder = directory.url.appendingPathComponent("cache")
        let cache = DocumentCache(directory: folder, mappings: mappings, request: all, toolVersion: "t")
        _ = await Self.lines(all, mappings, cache: cache)
        #expect(DocumentCacheMaintenance.survey(folder).entries == 4)

        // Forty days later, two documents are analysed again: a hit marks their entries as used.
        let now = Date()
        try Self.age(folder, to: now.addingTimeInterval(-40 * 86_400))
        let two = CoverageRun.Request(
            paths: ["doc0.txt", "doc1.txt"].map { directory.url.appendingPathComponent("docs/\($0)").path })
        let (_, twoRun) = await Self.lines(
            two, mappings, cache: DocumentCache(directory: folder, mappings: mappings, request: two, toolVersion: "t"))
        #expect(twoRun.cacheHits == 2)
        // Things that are not the cache's own, and a temporary file left by an interrupted write.
        try directory.write("aantekening", to: "cache/notities.txt")
        try directory.write("x", to: "cache/ab/niet-van-de-cache")
        let temporary = try directory.write("half", to: "cache/ab/.\(String(repeating: "ab", count: 32)).123.tmp")
        try FileManager.default.setAttributes(
            [.modificationDate: now.addingTimeInterval(-7200)], ofItemAtPath: temporary.path)

        let survey = DocumentCacheMaintenance.survey(folder)
        #expect(survey.entries == 4 && survey.foreign == 2)
        #expect(try #require(survey.oldestUse) < now.addingTimeInterval(-39 * 86_400))
        #expect(try #require(survey.newestUse) > now.addingTimeInterval(-3600))

        let dry = DocumentCacheMaintenance.prune(folder, unusedFor: 30 * 86_400, dryRun: true)
        #expect(dry.removedEntries == 2 && dry.keptEntries == 2 && dry.removedTemporaries == 1)
        #expect(DocumentCacheMaintenance.survey(folder).entries == 4)
        let pruned = DocumentCacheMaintenance.prune(folder, unusedFor: 30 * 86_400)
        #expect(pruned == dry)
        #expect(pruned.removedBytes > 0)
        #expect(DocumentCacheMaintenance.survey(folder).entries == 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notities.txt").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ab/niet-van-de-cache").path))
        #expect(!FileManager.default.fileExists(atPath: temporary.path))

        // The pruned documents are analysed afresh, the others still come from the cache.
        let (_, again) = await Self.lines(all, mappings, cache: cache)
        #expect(again.cacheHits == 2)
    }
}

extension DocumentCacheTests {
    /// A temporary file whose writer is gone is stale at once; one of a live process stays.
    @Test func pruningRemovesTemporaryFilesOfProcessesThatAreGone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let key = String(repeating: "cd", count: 32)
        let gone = try directory.write("half", to: "cache/cd/.\(key).\(finished.processIdentifier).tmp")
        let live = try directory.write("half", to: "cache/cd/.\(key).\(getpid()).tmp")
        let pruned = DocumentCacheMaintenance.prune(directory.url.appendingPathComponent("cache"), unusedFor: 86_400)
        #expect(pruned.removedTemporaries == 1)
        #expect(!FileManager.default.fileExists(atPath: gone.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }
}
