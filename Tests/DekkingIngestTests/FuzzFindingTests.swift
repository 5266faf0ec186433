import DekkingIngest
import DekkingTestSupport
import Foundation
import Testing

/// Inputs the fuzz targets (Fuzz/, docs/fuzzing.md) found to crash a reader, kept under
/// `Tests/Fixtures/fuzz/<target>/`: each must now be read to an error in Dutch, not a crash.
@Suite struct FuzzFindingTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("fuzz")

    /// A mutated ODT whose deflated part ends early: ZIPFoundation told zlib its short last input
    /// chunk was a full buffer, and inflating read past the chunk's end.
    @Test func anODTWhosePartEndsEarlyIsCorruptNotACrash() throws {
        let file = Self.folder.appendingPathComponent("odt/inflate-short-chunk.odt")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(throws: IngestError.self) {
            try ODTReader().read(contentsOf: file, displayPath: "inflate-short-chunk.odt")
        }
    }

    /// A 54-byte ODT whose ZIP64 records give an offset past Int64.max: seeking there trapped
    /// (SIGILL) instead of failing. Found by `make fuzz` (the odt target) after 852,556 runs.
    @Test func anArchiveRecordPointingPastAnyFileIsCorruptNotACrash() throws {
        let file = Self.folder.appendingPathComponent("odt/zip64-offset-past-int64.odt")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(throws: IngestError.self) {
            try ODTReader().read(contentsOf: file, displayPath: "zip64-offset-past-int64.odt")
        }
        #expect(throws: IngestError.self) {
            try DOCXReader().read(contentsOf: file, displayPath: "zip64-offset-past-int64.docx")
        }
    }
}
