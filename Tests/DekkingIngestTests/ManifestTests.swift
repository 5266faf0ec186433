import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

@Suite struct ManifestTests {
    @Test func parsesQuotedFieldsAndEmptyColumns() throws {
        let text =
            "file,kind,level,title\r\na.txt,vacature,,\"Titel, met komma en \"\"aanhalingstekens\"\"\"\r\nb.txt,,HBO,\r\n\"c d.txt\",,,\"twee\nregels\"\n"
        let (manifest, findings) = Manifest.parse(text, displayPath: "manifest.csv", knownLevels: ["hbo", "mbo"])
        #expect(findings.isEmpty)
        let a = try #require(manifest.entry(for: "a.txt"))
        #expect(a.kind == .vacature && a.level == nil && a.title == "Titel, met komma en \"aanhalingstekens\"")
        #expect(manifest.entry(for: "b.txt")?.level == "hbo")
        #expect(manifest.entry(for: "c d.txt")?.title == "twee\nregels")
        #expect(manifest.entry(for: "c d.txt")?.line == 4)
    }

    @Test func warnsAboutUnknownKindAndLevelWithFileAndLine() {
        let text = "file,kind,level,title\na.txt,cv,mbo,\nb.txt,vacature,wo,\n"
        let (manifest, findings) = Manifest.parse(
            text, displayPath: "Inputs/manifest.csv", knownLevels: ["hbo", "mbo"])
        #expect(findings.map(\.severity) == [.warning, .warning])
        #expect(findings.map(\.location.line) == [2, 3])
        #expect(findings[0].description.hasPrefix("Inputs/manifest.csv:2: waarschuwing: onbekende soort 'cv'"))
        #expect(findings[1].message.contains("onbekend niveau 'wo'"))
        #expect(manifest.entry(for: "a.txt")?.level == "mbo")
        #expect(manifest.entry(for: "b.txt")?.kind == .vacature)
    }

    @Test func ignoresAManifestWithoutFileColumn() {
        let (manifest, findings) = Manifest.parse(
            "naam,soort\na.txt,vacature\n", displayPath: "m.csv", knownLevels: ["hbo"])
        #expect(manifest.entries.isEmpty)
        #expect(findings.count == 1)
    }

    /// Flags over manifest over detection.
    @Test func precedenceIsFlagsThenManifestThenDetection() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(
            "Vacature\n\nWij zoeken een budgetcoach. Solliciteer nu! Een hbo-opleiding is vereist.\n", to: "v.txt")
        try dir.write(
            "Vacature\n\nWij zoeken een budgetcoach. Solliciteer nu! Een hbo-opleiding is vereist.\n", to: "w.txt")
        try dir.write("file,kind,level,title\nv.txt,functiebeschrijving,mbo,Uit het manifest\n", to: "manifest.csv")

        let detected = Ingestor().ingest([dir.url.path]).documents
        let v = try #require(detected.first { $0.id == "v" })
        let w = try #require(detected.first { $0.id == "w" })
        #expect(
            v.kind == .functiebeschrijving && v.kindConfidence == 1 && v.level == "mbo" && v.title == "Uit het manifest"
        )
        #expect(w.kind == .vacature && w.kindConfidence < 1 && w.level == "hbo")

        let flagged = Ingestor(options: .init(kind: .overig, level: "hbo")).ingest([
            dir.url.appendingPathComponent("v.txt").path
        ]).documents
        #expect(flagged.first?.kind == .overig)
        #expect(flagged.first?.level == "hbo")
        #expect(flagged.first?.levelConfidence == 1)
        #expect(flagged.first?.title == "Uit het manifest")
    }
}
