import DekkingCore
import DekkingIngest
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingPipeline

/// Inputs that are not regular files are refused before a byte is read, so hashing them for
/// `run.json` or a cache key never blocks.
@Suite struct SpecialFileInputTests {
    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("leerplan.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        guard case .failure(let refusal) = RegularFile.openForReading(pipe) else {
            Issue.record("a FIFO was opened as a regular file")
            return
        }
        #expect(refusal == .notRegular("een FIFO (named pipe)"))
        #expect(refusal.message == "geen gewoon bestand maar een FIFO (named pipe); niet gelezen")
        let (hash, bytes) = ManifestBuilder.sha256(ofFileAt: pipe)
        #expect(hash == "-")
        #expect(bytes == 0)
    }

    @Test func aDeviceIsNotHashed() {
        let (hash, bytes) = ManifestBuilder.sha256(ofFileAt: "/dev/zero")
        #expect(hash == "-")
        #expect(bytes == 0)
        guard case .failure(let refusal) = RegularFile.openForReading("/dev/zero") else {
            Issue.record("a device was opened as a regular file")
            return
        }
        #expect(refusal == .notRegular("een apparaat (character device)"))
    }

    @Test func aMissingFileIsUnopenable() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("geen-\(UUID().uuidString).txt").path
        guard case .failure(.unopenable(let reason)) = RegularFile.openForReading(path) else {
            Issue.record("a missing file was not refused as unopenable")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test func aRegularFileIsStillHashed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gewoon-\(UUID().uuidString).txt")
        try Data("abc".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let (hash, bytes) = ManifestBuilder.sha256(ofFileAt: file.path)
        #expect(hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(bytes == 3)
    }

    /// A file of several chunks hashes to the SHA-256 of its whole content, so a cache key made
    /// by streaming is the key made before from the file read whole: existing entries stay hits.
    @Test func aStreamedHashIsTheHashOfTheWholeFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        var generator = SplitMix(seed: 2_500_000)
        var text = ""
        let words = ["de", "cliënt", "schulden", "toeslagen", "plan", "van", "aanpak", "voortgang", "gemeente"]
        while text.utf8.count < 2_621_440 { text += words[Int(generator.next() % UInt64(words.count))] + " " }
        let file = try directory.write(text, to: "docs/leerplan.txt")
        let whole = try Data(contentsOf: file)
        #expect(whole.count > 2 << 20)

        let (hash, bytes) = ManifestBuilder.sha256(ofFileAt: file.path)
        #expect(bytes == whole.count)
        #expect(hash == DocumentCache.hash(whole))

        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let cache = DocumentCache(
            directory: directory.url.appendingPathComponent("cache"), mappings: mappings, request: request,
            toolVersion: "test")
        let item = try #require(Ingestor().plan(request.paths).items.first)
        // The key as it was made from the whole content.
        let before = DocumentCache.hash(
            Data("\(cache.runKey)\nlexical\n\(item.id)\n\(item.displayPath)\n-\n\(DocumentCache.hash(whole))".utf8))
        #expect(cache.key(for: item) == before)
    }

    /// A FIFO named as a document has no cache key (it is not read to make one), so the run
    /// hands it to the ingest step, which refuses it.
    @Test func aFIFOHasNoCacheKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let folder = directory.url.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pipe = folder.appendingPathComponent("leerplan.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let request = CoverageRun.Request(paths: [pipe])
        let cache = DocumentCache(
            directory: directory.url.appendingPathComponent("cache"), mappings: mappings, request: request,
            toolVersion: "test")
        let item = try #require(Ingestor().plan(request.paths).items.first)
        #expect(item.id == "leerplan")
        #expect(cache.key(for: item) == nil)
    }
}
