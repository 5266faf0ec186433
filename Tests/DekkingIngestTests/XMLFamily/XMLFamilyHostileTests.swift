import DekkingIngest
import DekkingTestSupport
import Foundation
import Testing

/// Broken and hostile DOCX, ODT, XML and HTML input: every case ends in a typed error or clean
/// text, never a crash, a hang or a file read on the document's behalf.
@Suite struct XMLFamilyHostileTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let billionLaughs: String = {
        var dtd = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        return dtd + "]>\n"
    }()

    private func readDOCX(_ documentXML: String, limits: ArchiveLimits = .default) throws -> ExtractedText {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try ArchiveBuilder.docx(documentXML: documentXML, to: directory.url.appendingPathComponent("t.docx"))
        return try DOCXReader(archiveLimits: limits).read(contentsOf: file, displayPath: "t.docx")
    }

    private func readXML(_ xml: String) throws -> ExtractedText {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try directory.write(xml, to: "t.xml")
        return try XMLReader().read(contentsOf: file, displayPath: "t.xml")
    }

    @Test func truncatedDOCXIsCorruptArchive() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let whole = try ArchiveBuilder.zip(
            folder: ArchiveBuilder.fixture("everything-docx"), to: directory.url.appendingPathComponent("heel.docx"))
        let data = try Data(contentsOf: whole)
        let truncated = directory.url.appendingPathComponent("half.docx")
        try data.prefix(data.count / 2).write(to: truncated)
        #expect(
            throws: IngestError.corruptArchive(file: "half.docx", reason: "het bestand is geen leesbaar zip-archief")
        ) {
            try DOCXReader().read(contentsOf: truncated, displayPath: "half.docx")
        }
        let garbage = try directory.write("PK\u{3}\u{4} dit is geen zip", to: "rommel.docx")
        #expect(
            throws: IngestError.corruptArchive(file: "rommel.docx", reason: "het bestand is geen leesbaar zip-archief")
        ) {
            try DOCXReader().read(contentsOf: garbage, displayPath: "rommel.docx")
        }
    }

    @Test func malformedDocumentXMLNamesPartAndLine() throws {
        let xml = "<w:document \(Self.w)>\n<w:body>\n<w:p><w:r><w:t>tekst</w:t></w:r>\n</w:body>\n</w:document>"
        #expect {
            try readDOCX(xml)
        } throws: { error in
            guard case .malformedXML(let file, let element, let line, let reason) = error as? IngestError else {
                return false
            }
            let message = (error as? IngestError)?.description ?? ""
            return file == "t.docx" && element == "word/document.xml" && line == 4 && reason.contains("mismatch")
                && message.hasPrefix("t.docx:4 [word/document.xml]: fout: ongeldige XML: ")
        }
    }

    @Test func zipBombIsRefusedByRatioBeforeInflating() throws {
        let padding = String(repeating: " ", count: 3 * 1_048_576)
        let xml = "<w:document \(Self.w)><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>\(padding)</w:body></w:document>"
        #expect {
            try readDOCX(xml)
        } throws: { error in
            guard case .archiveBomb(_, let reason) = error as? IngestError else { return false }
            return reason.contains("word/document.xml") && reason.contains("100 keer")
        }
    }

    @Test func zipBombIsRefusedByTotalDeclaredSize() throws {
        let xml =
            "<w:document \(Self.w)><w:body><w:p><w:r><w:t>\(String(repeating: "tekst ", count: 500))</w:t></w:r></w:p></w:body></w:document>"
        #expect {
            try readDOCX(xml, limits: ArchiveLimits(maxTotalUncompressedBytes: 1_000))
        } throws: { error in
            guard case .archiveBomb = error as? IngestError else { return false }
            return true
        }
    }

    @Test func lyingDeclaredSizeStopsInflation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let text = String(repeating: "Cliënt beïnvloeden. ", count: 200)
        let xml = "<w:document \(Self.w)><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>"
        let file = try ArchiveBuilder.docx(documentXML: xml, to: directory.url.appendingPathComponent("t.docx"))
        var bytes = [UInt8](try Data(contentsOf: file))
        // Declare 16 bytes in the central directory entry (signature PK\1\2, size at offset 24).
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let start = try #require((0..<(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == signature })
        bytes.replaceSubrange((start + 24)..<(start + 28), with: [16, 0, 0, 0])
        try Data(bytes).write(to: file)
        #expect {
            try DOCXReader().read(contentsOf: file, displayPath: "t.docx")
        } throws: { error in
            guard case .archiveBomb(_, let reason) = error as? IngestError else { return false }
            return reason.contains("groter dan het archief aangeeft")
        }
    }

    @Test func emptyArchiveLacksDocumentPart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try ArchiveBuilder.zip(parts: [], to: directory.url.appendingPathComponent("leeg.docx"))
        #expect(
            throws: IngestError.corruptArchive(file: "leeg.docx", reason: "het onderdeel 'word/document.xml' ontbreekt")
        ) {
            try DOCXReader().read(contentsOf: file, displayPath: "leeg.docx")
        }
        #expect(throws: IngestError.corruptArchive(file: "leeg.odt", reason: "het onderdeel 'content.xml' ontbreekt")) {
            try ODTReader().read(contentsOf: file, displayPath: "leeg.odt")
        }
        let zeroBytes = try directory.write("", to: "nul.docx")
        #expect(throws: IngestError.empty(file: "nul.docx")) {
            try DOCXReader().read(contentsOf: zeroBytes, displayPath: "nul.docx")
        }
    }

    @Test func externalEntityInDocumentXMLIsRefused() throws {
        let xml =
            "<!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<w:document \(Self.w)><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"
        #expect {
            try readDOCX(xml)
        } throws: { error in
            guard case .forbiddenXML(_, let element, let reason) = error as? IngestError else { return false }
            return element == "word/document.xml" && reason.contains("DOCTYPE") && !reason.contains("root:")
        }
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsInDocumentXMLIsRefused() throws {
        let xml =
            Self.billionLaughs
            + "<w:document \(Self.w)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        #expect {
            try readDOCX(xml)
        } throws: { error in
            guard case .forbiddenXML(_, let element, _) = error as? IngestError else { return false }
            return element == "word/document.xml"
        }
    }

    @Test func externalEntityInPlainXMLIsRefused() throws {
        let xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        #expect {
            try readXML(xml)
        } throws: { error in
            guard case .forbiddenXML(let file, nil, let reason) = error as? IngestError else { return false }
            return file == "t.xml" && reason.contains("entiteit 'e'") && !reason.contains("root:")
        }
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsInPlainXMLIsRefusedQuickly() throws {
        let start = ContinuousClock.now
        #expect {
            try readXML(Self.billionLaughs + "<lolz>&lol9;</lolz>")
        } throws: { error in
            guard case .forbiddenXML(_, _, let reason) = error as? IngestError else { return false }
            return reason.contains("entiteit 'lol'")
        }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedXMLIsRefused() throws {
        let nested = String(repeating: "<a>", count: 100_000) + "x" + String(repeating: "</a>", count: 100_000)
        #expect {
            try readXML(nested)
        } throws: { error in
            guard case .forbiddenXML(_, _, let reason) = error as? IngestError else { return false }
            return reason.contains("256 niveaus")
        }
        let document = "<w:document \(Self.w)><w:body>" + String(repeating: "<w:sdt><w:sdtContent>", count: 1_000)
        #expect {
            try readDOCX(document)
        } throws: { error in
            guard case .forbiddenXML(_, let element, let reason) = error as? IngestError else { return false }
            return element == "word/document.xml" && reason.contains("256 niveaus")
        }
    }

    @Test func malformedODTContentNamesPart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try ArchiveBuilder.odt(
            contentXML:
                "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">\n<office:body>",
            to: directory.url.appendingPathComponent("t.odt"))
        #expect {
            try ODTReader().read(contentsOf: file, displayPath: "t.odt")
        } throws: { error in
            guard case .malformedXML(_, let element, let line, _) = error as? IngestError else { return false }
            return element == "content.xml" && line == 2
        }
    }

    @Test func htmlNoiseIsDropped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let html = """
            <html><head><style>p { color: stijlruis; }</style><script>document.write("scriptruis")</script></head>
            <body><nav class="hoofdmenu"><a>Navruis</a></nav><div id="main-menu">Menuruis</div>
            <div class="site-footer">Voetruis</div><div class="cc-cookie-consent">Cookieruis</div>
            <p>Inhoud over de cliënt.</p><script>var ruis = 1;</script></body></html>
            """
        let file = try directory.write(html, to: "ruis.html")
        let result = try HTMLReader().read(contentsOf: file, displayPath: "ruis.html")
        #expect(summary(result.blocks) == ["p Inhoud over de cliënt."])
    }

    @Test func htmlWithoutCharsetFallsBackToWindows1252() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("oud.html")
        try Data([0x3C, 0x70, 0x3E, 0x63, 0x6C, 0x69, 0xEB, 0x6E, 0x74, 0x20, 0x80, 0x3C, 0x2F, 0x70, 0x3E]).write(
            to: file)
        let result = try HTMLReader().read(contentsOf: file, displayPath: "oud.html")
        #expect(result.encoding == "windows-1252")
        #expect(summary(result.blocks) == ["p cliënt €"])
    }

    @Test func htmlWithUnknownCharsetFallsBackToUTF8() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let html = "<html><head><meta charset=\"x-onbekend\"></head><body><p>cliënt</p></body></html>"
        let file = try directory.write(html, to: "raar.html")
        let result = try HTMLReader().read(contentsOf: file, displayPath: "raar.html")
        #expect(result.encoding == "UTF-8")
        #expect(summary(result.blocks) == ["p cliënt"])
    }

    @Test func missingFileIsNotFound() {
        let missing = URL(fileURLWithPath: "/nonexistent-dekking-test/x.docx")
        #expect(throws: IngestError.notFound(file: "x.docx")) {
            try DOCXReader().read(contentsOf: missing, displayPath: "x.docx")
        }
        #expect(throws: IngestError.notFound(file: "x.html")) {
            try HTMLReader().read(contentsOf: missing, displayPath: "x.html")
        }
    }
}
