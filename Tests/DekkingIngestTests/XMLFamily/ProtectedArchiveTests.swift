import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Documents saved with a password, and parts whose checksum is wrong: each is refused with a
/// message that says what happened and what to do, never "onderdeel ontbreekt" or "geen zip".
@Suite struct ProtectedArchiveTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let documentXML = Data(
        "<w:document \(w)><w:body><w:p><w:r><w:t>Schuldhulpverlening</w:t></w:r></w:p></w:body></w:document>".utf8)
    static let odtMimetype = Data("application/vnd.oasis.opendocument.text".utf8)

    /// The error `read` throws for `data` written to `name`.
    static func error(reading data: Data, as name: String) throws -> IngestError? {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent(name)
        try data.write(to: file)
        do {
            if name.hasSuffix(".odt") {
                _ = try ODTReader().read(contentsOf: file, displayPath: name)
            } else {
                _ = try DOCXReader().read(contentsOf: file, displayPath: name)
            }
            return nil
        } catch {
            return error
        }
    }

    @Test func aZipCryptoEntryIsAPassword() throws {
        var entry = RawZip.Entry(path: "word/document.xml", data: Self.documentXML)
        entry.flags = 1
        let error = try Self.error(reading: RawZip.archive([entry]), as: "geheim.docx")
        #expect(
            error == .passwordProtected(file: "geheim.docx", detail: "het onderdeel 'word/document.xml' is versleuteld")
        )
        #expect(
            error?.description
                == "geheim.docx: fout: het document is met een wachtwoord beveiligd (het onderdeel 'word/document.xml' is versleuteld); sla het op zonder wachtwoord en lees het opnieuw in"
        )
    }

    @Test func anAESEntryIsAPassword() throws {
        let entries: [RawZip.Entry] = [
            .init(path: "[Content_Types].xml", data: Data("<Types/>".utf8)),
            .init(path: "word/document.xml", data: Self.documentXML, method: 99),
        ]
        #expect(
            try Self.error(reading: RawZip.archive(entries), as: "aes.docx")
                == .passwordProtected(file: "aes.docx", detail: "het onderdeel 'word/document.xml' is versleuteld"))
    }

    /// What Word writes for a document with a password: an OLE compound file holding the
    /// encrypted package. Only the signature and the stream's name matter here.
    @Test func anEncryptedOLEContainerIsAPassword() throws {
        var data = Data(OLEContainer.signature) + Data(repeating: 0, count: 1_016)
        data += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        data += Data(repeating: 0, count: 512)
        let error = try Self.error(reading: data, as: "beveiligd.docx")
        #expect(
            error?.message
                == "het document is met een wachtwoord beveiligd (Word heeft het als versleuteld OLE-bestand bewaard); sla het op zonder wachtwoord en lees het opnieuw in"
        )
    }

    @Test func anotherOLEFileIsAnOldOfficeFormat() throws {
        let data = Data(OLEContainer.signature) + Data(repeating: 0, count: 2_040)
        guard case .unsupportedFormat("oud.docx", let detail) = try Self.error(reading: data, as: "oud.docx") else {
            Issue.record("expected an unsupported format")
            return
        }
        #expect(detail.contains("OLE, zoals .doc") && detail.contains("soffice --headless --convert-to docx"))
    }

    @Test func anODTWhoseManifestDeclaresEncryptionIsAPassword() throws {
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="812">
              <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">
               <manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>
              </manifest:encryption-data>
             </manifest:file-entry>
            </manifest:manifest>
            """
        let entries: [RawZip.Entry] = [
            .init(path: "mimetype", data: Self.odtMimetype),
            .init(path: "META-INF/manifest.xml", data: Data(manifest.utf8)),
            .init(path: "content.xml", data: Data([0x9C, 0x11, 0xF3, 0x02, 0x44, 0x00, 0x7E])),
        ]
        #expect(
            try Self.error(reading: RawZip.archive(entries), as: "geheim.odt")
                == .passwordProtected(
                    file: "geheim.odt",
                    detail: "het onderdeel 'content.xml' is versleuteld volgens META-INF/manifest.xml"))
        #expect(
            ODTReader.encryptedPart(in: Data(manifest.replacingOccurrences(of: "encryption-data", with: "x").utf8))
                == nil)
    }

    /// A deflated part inflates whole, but to bytes whose CRC-32 is not the recorded one.
    @Test func aDeflatedPartWithAWrongChecksumIsCorruptWithItsName() throws {
        let content = Data(
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".utf8)
        var entry = RawZip.Entry(path: "content.xml", deflating: content)
        entry.crc ^= 0x0000_0001
        let error = try Self.error(
            reading: RawZip.archive([.init(path: "mimetype", data: Self.odtMimetype), entry]), as: "crc.odt")
        #expect(
            error
                == .corruptArchive(
                    file: "crc.odt",
                    reason: "'content.xml' is beschadigd: de controlesom (CRC-32) klopt niet met de inhoud"
                ))
    }
}
