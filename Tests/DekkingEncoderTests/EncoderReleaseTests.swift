import DekkingEncoder
import DekkingTestSupport
import Foundation
import Testing

/// Releasing the last encoder of a process must not unmap the engine's OpenMP library while its
/// threads still run (which crashed the process before the library was opened `RTLD_NODELETE`).
/// The other tests keep an encoder alive, so the test runner runs the check in a child process
/// of its own that runs nothing else.
@Suite struct EncoderReleaseTests {
    static let childVariable = "DEKKING_ENCODER_RELEASE_CHILD"

    @Test func releasingTheLastEncoderOfAProcessDoesNotCrashIt() throws {
        let runner = try #require(Bundle.main.executableURL)
        let process = Process()
        process.executableURL = runner
        process.arguments = [
            "--testing-library", "swift-testing", "--filter", "EncoderReleaseTests/loadEmbedAndRelease",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging([Self.childVariable: "1"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(text.suffix(2_000))")
        #expect(text.contains("loadEmbedAndRelease() passed"), "\(text.suffix(2_000))")
    }

    /// Run only in the child process: encoders loaded, used and released one after another, then a
    /// pause in which the OpenMP threads of the last call run on.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
    func loadEmbedAndRelease() throws {
        let location = try #require(
            SentenceEncoder.locate(environment: [:], currentDirectory: TestPaths.root, executable: nil))
        for _ in 0..<8 {
            let encoder = try SentenceEncoder(location: location)
            #expect(try encoder.embed(Sentences.passages, role: .passage).count == Sentences.passages.count)
        }
        Thread.sleep(forTimeInterval: 0.3)
    }
}
