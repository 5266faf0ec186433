import DekkingTestSupport
import Foundation
import Glibc
import Testing

/// Inputs whose memory grows much faster than their size (tens of MB of tiny elements) are
/// refused while they are parsed, with a message, and the process stays far below a gigabyte.
/// The inputs are generated here, into a temporary folder.
@Suite(.serialized) struct LargeInputMemoryTests {
    /// The most resident memory any child process of this test process has had, in MiB.
    static func peakChildMiB() -> Int {
        var usage = rusage()
        _ = getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss / 1024  // kilobytes on Linux
    }

    /// A bound well above what the refused inputs need and far below what they used to take.
    static let boundMiB = 1536

    /// `head`, then `unit` repeated to about `megabytes` MiB, then `tail`.
    static func write(
        _ unit: String, megabytes: Int, head: String, tail: String, to name: String, in dir: TemporaryDirectory
    ) throws -> URL {
        let url = dir.url.appendingPathComponent(name)
        var data = Data(head.utf8)
        let chunk = Data(String(repeating: unit, count: 1_048_576 / unit.utf8.count).utf8)
        for _ in 0..<megabytes { data.append(chunk) }
        data.append(Data(tail.utf8))
        try data.write(to: url)
        return url
    }

    static func analyze(_ file: URL, in dir: TemporaryDirectory) throws -> (CommandResult, Duration) {
        let started = ContinuousClock.now
        let result = try runDekking([
            "analyze", file.path, "--json", dir.url.appendingPathComponent("r.json").path, "--quiet",
        ])
        return (result, ContinuousClock.now - started)
    }

    @Test func fortyEightMegabytesOfEmptyElementsAreRefusedInLittleMemory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try Self.write(
            "<a/>", megabytes: 48, head: "<?xml version=\"1.0\"?>\n<r>", tail: "</r>\n", to: "leeg-elementen.xml",
            in: dir)
        let (result, elapsed) = try Self.analyze(file, in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "leeg-elementen.xml: fout: XML geweigerd: regel 2: het document heeft meer dan 2000000 knopen"
            ), "\(result.stderr)")
        #expect(Self.peakChildMiB() < Self.boundMiB)
        #expect(elapsed < .seconds(180), "the earlier build took ten minutes here; now \(elapsed)")
    }

    @Test func fortyEightMegabytesOfParagraphsAreRefusedInLittleMemory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try Self.write(
            "<p>woord</p>", megabytes: 48, head: "<!DOCTYPE html>\n<html><body>", tail: "</body></html>\n",
            to: "veel-alineas.html", in: dir)
        let (result, elapsed) = try Self.analyze(file, in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("veel-alineas.html: fout:")
                && result.stderr.contains(
                    "het document heeft meer dan 2000000 knopen (elementen, attributen, tekststukken en opmerkingen samen)"
                ),
            "\(result.stderr)")
        #expect(Self.peakChildMiB() < Self.boundMiB)
        #expect(elapsed < .seconds(180), "the earlier build took ten minutes here; now \(elapsed)")
    }
}
