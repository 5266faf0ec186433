import DekkingTestSupport
import Foundation
import Testing

/// `--set` values pass the same range check as the values of thresholds.yaml.
@Suite(.serialized) struct SettingCommandTests {
    static let text =
        "Je brengt de schulden van de cliënt van Stichting Helder Geld in kaart en informeert over toeslagen."

    @Test(arguments: [
        ("covered=nan", "'covered' moet een getal van 0 tot en met 1 zijn, niet nan"),
        ("partial=-5", "'partial' moet een getal van 0 tot en met 1 zijn, niet -5"),
        ("windowSentences=-1", "'windowSentences' moet een geheel getal van 1 tot en met 100000 zijn, niet -1"),
        ("bm25K1=inf", "'bm25K1' moet een getal van 0 of meer zijn, niet inf"),
        ("windowsCombined=2", "onbekende instelling 'windowsCombined'"),
    ])
    func aBadSettingIsAUsageError(_ setting: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let document = try dir.write(Self.text, to: "schuldhulp.txt")
        let report = dir.url.appendingPathComponent("rapport.json").path
        let result = try runDekking(["analyze", document.path, "--json", report, "--set", setting, "--quiet"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--set: \(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test func aGoodSettingIsAcceptedAndRecorded() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let document = try dir.write(Self.text, to: "schuldhulp.txt")
        let result = try runDekking([
            "analyze", document.path, "--out", dir.url.path, "--name", "kort", "--set", "partial=0.3", "--set",
            "windowSentences=3", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try Data(contentsOf: dir.url.appendingPathComponent("kort/run.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Double])
        #expect(settings["partial"] == 0.3 && settings["windowSentences"] == 3 && settings["covered"] == 0.6)
    }

    /// The same bad value in thresholds.yaml stops the run with the same words, on its line.
    @Test func theSameBadValueInTheFileIsRefusedWithTheSameMessage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let mappings = dir.url.appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: mappings)
        let thresholds = mappings.appendingPathComponent("thresholds.yaml")
        let shipped = try String(contentsOf: thresholds, encoding: .utf8)
        #expect(shipped.contains("\npartial: 0.2\n"))
        try shipped.replacingOccurrences(of: "\npartial: 0.2\n", with: "\npartial: -5\n")
            .write(to: thresholds, atomically: true, encoding: .utf8)
        let document = try dir.write(Self.text, to: "schuldhulp.txt")
        let report = dir.url.appendingPathComponent("rapport.json").path
        let result = try runDekking([
            "analyze", document.path, "--json", report, "--mappings", mappings.path, "--quiet",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("thresholds.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("'partial' moet een getal van 0 tot en met 1 zijn, niet -5"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report))
    }
}
