import DekkingTestSupport
import Foundation
import Testing

/// A run in which no document could be analysed fails visibly: it exits 1, says why for each file
/// and as a whole, and writes no run folder that would look like a result.
@Suite struct NothingAnalysedTests {
    /// A folder of Stichting Budgetwijzer Oost holding only formats that are not read.
    static func unreadFolder(in directory: TemporaryDirectory) throws -> String {
        let doc = try directory.write("", to: "oud/functieboek.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: doc)
        try directory.write("{\\rtf1\\ansi Functie budgetcoach}", to: "oud/budgetcoach.rtf")
        return directory.url.appendingPathComponent("oud").path
    }

    @Test func aFolderOfUnreadFormatsWritesNothingAndSaysHowToConvert() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let folder = try Self.unreadFolder(in: directory)
        let out = directory.url.appendingPathComponent("uit").path
        let result = try runDekking(["analyze", folder, "--out", out, "--name", "proef"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("functieboek.doc"), "\(result.stderr)")
        #expect(result.stderr.contains("soffice --headless --convert-to docx"))
        #expect(result.stderr.contains("er is geen enkel document geanalyseerd"))
        #expect(!result.stderr.contains("Open het rapport"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/proef"))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    @Test func aMistypedPathWritesNoRunFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let out = directory.url.appendingPathComponent("uit").path
        let result = try runDekking([
            "analyze", directory.url.appendingPathComponent("Inputz").path, "--out", out, "--name", "proef",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bestaat niet"))
        #expect(result.stderr.contains("er is geen enkel document geanalyseerd"))
        #expect(!FileManager.default.fileExists(atPath: "\(out)/proef"))
    }

    @Test func anEmptyRunWithForceKeepsThePreviousRunFolderWhole() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let good = try directory.write(
            "Kerntaak 1. De medewerker brengt de schulden van de cliënt in kaart.\n", to: "goed/profiel.txt")
        let out = directory.url.appendingPathComponent("uit").path
        let first = try runDekking(["analyze", good.path, "--out", out, "--name", "proef", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(out)/proef/coverage.json"))
        let folder = try Self.unreadFolder(in: directory)
        let second = try runDekking(["analyze", folder, "--out", out, "--name", "proef", "--force"])
        #expect(second.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/proef/coverage.json")) == before)
    }

    @Test func jsonOnStandardOutputStaysValidJSON() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let folder = try Self.unreadFolder(in: directory)
        let result = try runDekking(["analyze", folder, "--json", "-"])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["documents"] as? [Any])?.isEmpty == true)
    }
}
