import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Inputs that are not plain files, or files with bytes but no text: each finding says what
/// happened, never "bestaat niet" or "het bestand is leeg" for a file that is there.
@Suite struct HostileInputMessageTests {
    static let sentence = "Je brengt de schulden van de cliënt in kaart en informeert inwoners over toeslagen."

    /// The findings and documents of ingesting `paths`.
    static func ingest(_ paths: [String]) -> IngestResult { Ingestor().ingest(paths) }

    /// The one finding of ingesting the file `name` with `data`.
    static func finding(for data: Data, named name: String) throws -> Finding? {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent(name)
        try data.write(to: file)
        let result = ingest([file.path])
        #expect(result.documents.isEmpty)
        return result.findings.first.map { Finding($0.severity, SourceLocation(file: name), $0.message) }
    }

    @Test func unmarkedUTF16LEHTMLIsRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let page = "<html><body><p>\(Self.sentence)</p></body></html>"
        let file = dir.url.appendingPathComponent("utf16.html")
        try Data(page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: file)
        let result = Self.ingest([file.path])
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.documents.first?.segments.map(\.text).joined().contains("schulden van de cliënt") == true)
        #expect(TextDecoding.unmarkedUTF16(Data("<html><body>gewoon</body></html>".utf8)) == nil)
    }

    @Test func utf32XMLWithAByteOrderMarkNamesTheEncoding() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-32\"?><doc><p>\(Self.sentence)</p></doc>"
        var data = Data([0xFF, 0xFE, 0x00, 0x00])
        for scalar in xml.unicodeScalars {
            data += Data((0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) })
        }
        let finding = try #require(try Self.finding(for: data, named: "utf32.xml"))
        #expect(finding.severity == .error)
        #expect(finding.message.contains("de tekenset UTF-32 wordt niet gelezen"), "\(finding)")
    }

    @Test func scriptOnlyHTMLSaysSo() throws {
        let page =
            "<html><head><script>var thema = 'schulden';</script><style>p { color: red }</style></head><body><script>document.write('x')</script></body></html>"
        let finding = try #require(try Self.finding(for: Data(page.utf8), named: "script.html"))
        #expect(
            finding.description
                == "script.html: fout: geen leesbare tekst: de pagina bevat alleen scripts, stijlen of opmaak, geen zichtbare tekst"
        )
    }

    @Test func elementOnlyXMLSaysSo() throws {
        let xml = "<?xml version=\"1.0\"?><doc><a x=\"1\"/><b y=\"schulden\"/></doc>"
        let finding = try #require(try Self.finding(for: Data(xml.utf8), named: "leeg.xml"))
        #expect(
            finding.description
                == "leeg.xml: fout: geen leesbare tekst: het bestand bevat alleen elementen en attributen, geen tekst tussen de tags"
        )
    }

    @Test func aTrulyEmptyFileIsStillEmpty() throws {
        #expect(try Self.finding(for: Data(), named: "niets.xml")?.message == "het bestand is leeg")
    }

    @Test func aFIFONamedXMLIsNotAFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let pipe = dir.url.appendingPathComponent("pijp.xml").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let result = Self.ingest([pipe])
        #expect(
            result.findings.map(\.message) == [
                "kan niet worden gelezen: geen gewoon bestand (een pipe, socket of apparaat)"
            ])
        #expect(result.failedFiles == [pipe])
    }

    @Test func aLoopOfSymbolicLinksIsNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let first = dir.url.appendingPathComponent("lus1.txt")
        let second = dir.url.appendingPathComponent("lus2.txt")
        try FileManager.default.createSymbolicLink(atPath: first.path, withDestinationPath: "lus2.txt")
        try FileManager.default.createSymbolicLink(atPath: second.path, withDestinationPath: "lus1.txt")
        let dangling = dir.url.appendingPathComponent("weg.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "nergens.txt")
        let result = Self.ingest([first.path, dangling.path])
        #expect(result.findings.count == 2)
        #expect(result.findings.first?.message.contains("een kring van symbolische koppelingen") == true)
        #expect(result.findings.last?.message.contains("een symbolische koppeling naar iets dat niet bestaat") == true)
        #expect(result.failedFiles == [first.path, dangling.path])
    }

    @Test func aNameThatWasNotUTF8IsNotCalledMissing() {
        #expect(InputCollector.missing("rapport-\u{FFFD}.txt").message.contains("geen geldige UTF-8"))
        #expect(InputCollector.missing("bestaat-echt-niet.txt") == .notFound(file: "bestaat-echt-niet.txt"))
    }

    /// A name in a folder whose bytes are not UTF-8 cannot be opened by its decoded name.
    @Test func anInvalidUTF8NameInAFolderIsAFinding() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(Self.sentence, to: "goed.txt")
        let bytes = Array((dir.url.path + "/naam-").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = Self.ingest([dir.url.path])
        #expect(result.documents.map(\.id) == ["goed"])
        let finding = try #require(result.findings.first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("geen geldige UTF-8"), "\(finding)")
        #expect(finding.location.file.hasSuffix("/naam-\u{FFFD}.txt"))
    }

    @Test func aFileThatVanishesAfterListingSaysSo() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(Self.sentence, to: "weg.txt")
        let ingestor = Ingestor()
        let plan = ingestor.plan([dir.url.path])
        try FileManager.default.removeItem(at: file)
        let item = try #require(plan.items.first)
        #expect(throws: IngestError.unreadable(file: item.displayPath, reason: Ingestor.vanished)) {
            try ingestor.read(item)
        }
    }
}
