import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Text is never lost silently: a byte a reader cannot decode is kept (or replaced) with the text
/// around it, and is a finding with the file and the place.
@Suite struct DecodingFindingTests {
    static func html(_ head: String, _ body: [UInt8]) -> Data {
        Data("<html><head>\(head)</head><body>".utf8) + Data(body) + Data("</body></html>".utf8)
    }

    static let paragraphs: [UInt8] = Array("<p>eerste</p>\n<p>tweede ".utf8) + [0x81] + Array("</p><p>DERDE</p>".utf8)

    @Test(arguments: [
        "", "<meta charset=\"iso-8859-1\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
    ])
    func windows1252HTMLKeepsTheTextAfterAnUndefinedByte(_ head: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
            let file = dir.url.appendingPathComponent("pagina.html")
            try Self.html(head, Self.paragraphs.map { $0 == 0x81 ? byte : $0 } + [0xE9]).write(to: file)
            let result = try HTMLReader().read(contentsOf: file, displayPath: "pagina.html")
            #expect(result.encoding == "windows-1252")
            let texts = result.blocks.map(\.text)
            #expect(texts.contains("DERDE"), "0x\(String(byte, radix: 16)): \(texts)")
            #expect(texts.contains { $0.hasPrefix("tweede") })
            let finding = try #require(result.findings.first, "0x\(String(byte, radix: 16))")
            #expect(
                finding.location.file == "pagina.html" && finding.location.line == 2 && finding.location.column == 11)
            #expect(finding.message.contains("0x\(String(byte, radix: 16, uppercase: true))"))
        }
    }

    @Test func windows1252TextNamesEveryUndefinedByte() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent("brief.txt")
        try Data(
            Array("Stichting Budgetzorg Zuid\nDe cli".utf8) + [0xEB, 0x6E, 0x74, 0x20, 0x8D]
                + Array(" betaalt op tijd.".utf8)
        ).write(to: file)
        let result = try TextReader().read(contentsOf: file, displayPath: "brief.txt")
        #expect(result.blocks.map(\.text).joined(separator: " ").contains("betaalt op tijd"))
        let located = result.findings.filter { $0.location.line != nil }
        let byte = try #require(located.first, "no finding with a line: \(result.findings)")
        #expect(located.count == 1 && byte.location.line == 2 && byte.location.column == 11, "\(result.findings)")
    }

    @Test func invalidSequencesAfterAByteOrderMarkAreFindings() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let utf8 = dir.url.appendingPathComponent("utf8.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("Eerste regel\nen dan ".utf8) + [0xC3, 0x28] + Array(" de rest.".utf8))
            .write(to: utf8)
        let a = try TextReader().read(contentsOf: utf8, displayPath: "utf8.txt")
        #expect(a.blocks.map(\.text).joined(separator: " ").contains("de rest"))
        let bad = try #require(a.findings.first, "no finding")
        #expect(a.findings.count == 1 && bad.location.line == 2 && bad.message.contains("byte 23"), "\(a.findings)")
        // UTF-16 LE with a lone high surrogate.
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Array("Tekst ".utf16) + [0xD800] + Array(" verder.".utf16) {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let utf16 = dir.url.appendingPathComponent("utf16.txt")
        try Data(bytes).write(to: utf16)
        let b = try TextReader().read(contentsOf: utf16, displayPath: "utf16.txt")
        #expect(b.blocks.map(\.text).joined(separator: " ").contains("verder"))
        let lone = try #require(b.findings.first, "no finding")
        #expect(
            b.findings.count == 1 && lone.message.contains("UTF-16") && lone.message.contains("byte 14"),
            "\(b.findings)")
    }
}

extension DecodingFindingTests {
    /// `pdftotext` output that is not UTF-8: the text around the bad byte stays, and the byte is
    /// a warning with its page.
    @Test func invalidUTF8FromPdftotextIsAFindingWithItsPage() throws {
        let stdout = Data(
            Array("Stichting Schuldenhulp West\n\u{0C}De cli".utf8) + [0xFF]
                + Array("nt krijgt een plan van aanpak.\n".utf8))
        let result = try PDFReader.extract(ToolOutput(status: 0, stdout: stdout, stderr: ""), displayPath: "gids.pdf")
        #expect(result.blocks.map(\.text).joined(separator: " ").contains("plan van aanpak"))
        let bad = try #require(result.findings.first, "no finding")
        #expect(
            result.findings.count == 1 && bad.location.page == 2 && bad.message.contains("byte 35"),
            "\(result.findings)")
    }
}
