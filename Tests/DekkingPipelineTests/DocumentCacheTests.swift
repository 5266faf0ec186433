import DekkingCore
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// Incremental re-runs: the cache gives the same bytes as a fresh run and re-analyses only what
/// changed.
@Suite struct DocumentCacheTests {
    static func lines(_ request: CoverageRun.Request, _ mappings: LoadedMappings, cache: DocumentCache?) async -> (Data, CoverageRun) {
        var output = Data()
        let run = await CoverageRun.stream(request, mappings: mappings, retain: .none, cache: cache) { line, _ in
            output.append(line)
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
            directory: directory.url.appendingPathComponent("cache"), mappings: mappings, request: request, toolVersion: "test")

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

    @Test func otherSettingsUseOtherEntries() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        try directory.write("Je brengt met de cliënt de schulden in kaart.", to: "docs/a.txt")
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let strict = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings", settings: ["partial": 0.9]))
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let folder = directory.url.appendingPathComponent("cache")
        _ = await Self.lines(request, mappings, cache: DocumentCache(directory: folder, mappings: mappings, request: request, toolVersion: "t"))
        let (_, run) = await Self.lines(request, strict, cache: DocumentCache(directory: folder, mappings: strict, request: request, toolVersion: "t"))
        #expect(run.cacheHits == 0)
        var hbo = request
        hbo.level = .level("hbo")
        let (_, levelRun) = await Self.lines(hbo, mappings, cache: DocumentCache(directory: folder, mappings: mappings, request: hbo, toolVersion: "t"))
        #expect(levelRun.cacheHits == 0)
    }
}
