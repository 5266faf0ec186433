import DekkingTestSupport
import Foundation
import Testing

/// `dekking analyze --document-time-limit`: a document over the limit is one error, the others are
/// reported, the exit status is 1.
@Suite(.serialized) struct DocumentTimeLimitCommandTests {
    @Test func aDocumentOverTheLimitIsSkippedWithAMessage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt met de cliënt de schulden in kaart.", to: "docs/a-kort.txt")
        let paragraphs = (0..<30_000).map { i in
            "Je stelt met de cliënt een plan van aanpak op (stap \(i)) en bewaakt de voortgang \(i % 89)."
        }
        try dir.write(paragraphs.joined(separator: "\n\n"), to: "docs/b-lang.txt")
        try dir.write("Je informeert de cliënt over toeslagen.", to: "docs/c-kort.txt")
        let json = dir.url.appendingPathComponent("r.json").path
        let result = try runDekking([
            "analyze", dir.url.appendingPathComponent("docs").path, "--json", json, "--jobs", "1",
            "--document-time-limit", "1", "--quiet",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "b-lang.txt: fout: te complex, overgeslagen na 1 s (grens: --document-time-limit; verhoog die, of splits het document)"
            ), "\(result.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect((report["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a-kort", "c-kort"])
    }

    @Test func aNegativeLimitIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let json = dir.url.appendingPathComponent("r.json").path
        let result = try runDekking(["analyze", "Inputs", "--json", json, "--document-time-limit=-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--document-time-limit verwacht een aantal seconden van 0 of meer"))
        #expect(!FileManager.default.fileExists(atPath: json))
    }

    /// 0 switches the limit off; the sample documents are analysed as with the default.
    @Test func zeroMeansNoLimit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let unlimited = dir.url.appendingPathComponent("nul.json").path
        let standard = dir.url.appendingPathComponent("standaard.json").path
        let a = try runDekking(["analyze", "Inputs", "--json", unlimited, "--document-time-limit", "0", "--quiet"])
        let b = try runDekking(["analyze", "Inputs", "--json", standard, "--quiet"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: unlimited)) == Data(contentsOf: URL(fileURLWithPath: standard)))
    }
}
