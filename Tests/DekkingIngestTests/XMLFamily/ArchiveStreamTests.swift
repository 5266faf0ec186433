import DekkingTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import DekkingIngest

/// Archives whose entries lie about their data: a deflate stream that never ends, a `mimetype`
/// that inflates beyond its declared size, a `mimetype` that is a symbolic link. Reading them
/// ends, with an error or without believing the entry.
@Suite struct ArchiveStreamTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let odtMimetype = Data("application/vnd.oasis.opendocument.text".utf8)

    /// A deflate stream whose one stored block claims 65,535 bytes but holds only `content`: an
    /// inflater keeps asking for input after the entry, up to the end of the file and beyond.
    static func unterminatedDeflate(_ content: Data) -> Data {
        Data([0x01, 0xFF, 0xFF, 0x00, 0x00]) + content
    }

    /// Runs `body` on a thread of its own and waits at most `seconds` for it: a hang fails the
    /// test instead of stalling the suite (the thread is left behind).
    static func finishes<T: Sendable>(within seconds: Double = 30, _ body: @escaping @Sendable () -> T) -> T? {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.value
    }

    final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    @Test func unterminatedDeflateStreamInDOCXIsAnErrorNotAHang() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let xml = Data(
            "<w:document \(Self.w)><w:body><w:p><w:r><w:t>Schuldhulp</w:t></w:r></w:p></w:body></w:document>".utf8)
        let file = directory.url.appendingPathComponent("kapot.docx")
        try RawZip.archive([
            .init(path: "[Content_Types].xml", data: Data("<Types/>".utf8)),
            .init(
                path: "word/document.xml", data: Self.unterminatedDeflate(xml), method: 8, uncompressedSize: 65_535,
                crc: 0),
        ]).write(to: file)
        #expect(file.fileSize < 1_000)
        let outcome = Self.finishes { () -> IngestError? in
            do {
                _ = try DOCXReader().read(contentsOf: file, displayPath: "kapot.docx")
                return nil
            } catch {
                return error as? IngestError
            }
        }
        let error = try #require(outcome, "the read did not end")
        #expect(
            error?.description
                == "kapot.docx: fout: het archief (DOCX/ODT) is beschadigd: 'word/document.xml' is onvolledig: de gecomprimeerde gegevens houden voortijdig op"
        )
    }

    @Test func unterminatedDeflateStreamInODTIsAnErrorNotAHang() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("kapot.odt")
        try RawZip.archive([
            .init(path: "mimetype", data: Self.odtMimetype),
            .init(
                path: "content.xml", data: Self.unterminatedDeflate(Data("<x/>".utf8)), method: 8,
                uncompressedSize: 65_535, crc: 0),
        ]).write(to: file)
        let outcome = Self.finishes { () -> IngestError? in
            do {
                _ = try ODTReader().read(contentsOf: file, displayPath: "kapot.odt")
                return nil
            } catch {
                return error as? IngestError
            }
        }
        let error = try #require(outcome, "the read did not end")
        guard case .corruptArchive("kapot.odt", let reason) = error else {
            Issue.record("expected a corrupt archive, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("'content.xml' is onvolledig"))
    }

    @Test func wellFormedStoredAndDeflatedEntriesAreStillRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let xml = "<w:document \(Self.w)><w:body><w:p><w:r><w:t>Budgetcoaching</w:t></w:r></w:p></w:body></w:document>"
        let deflated = try ArchiveBuilder.docx(documentXML: xml, to: directory.url.appendingPathComponent("ok.docx"))
        #expect(
            try DOCXReader().read(contentsOf: deflated, displayPath: "ok.docx").blocks.map(\.text) == ["Budgetcoaching"]
        )
        let stored = directory.url.appendingPathComponent("stored.docx")
        try RawZip.archive([.init(path: "word/document.xml", data: Data(xml.utf8))]).write(to: stored)
        #expect(
            try DOCXReader().read(contentsOf: stored, displayPath: "stored.docx").blocks.map(\.text) == [
                "Budgetcoaching"
            ])
    }

    /// A stored part whose CRC-32 is wrong is refused with the part's name and the reason.
    @Test func aWrongChecksumIsStillCorrupt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let xml = Data("<w:document \(Self.w)><w:body/></w:document>".utf8)
        let file = directory.url.appendingPathComponent("crc.docx")
        try RawZip.archive([.init(path: "word/document.xml", data: xml, crc: 12_345)]).write(to: file)
        #expect(
            throws: IngestError.corruptArchive(
                file: "crc.docx",
                reason: "'word/document.xml' is beschadigd: de controlesom (CRC-32) klopt niet met de inhoud")
        ) {
            try DOCXReader().read(contentsOf: file, displayPath: "crc.docx")
        }
    }

    /// An archive that is not laid out as ODF (so the sniffer opens it as a zip) with `mimetype`.
    static func sniffed(_ mimetype: RawZip.Entry, name: String = "document.bin") throws -> String? {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent(name)
        try RawZip.archive([.init(path: "content.xml", data: Data("<x/>".utf8)), mimetype]).write(to: file)
        return Self.finishes { FormatSniffer.format(of: file) } ?? "hang"
    }

    @Test func theSnifferReadsAnHonestMimetypeEntry() throws {
        #expect(try Self.sniffed(.init(path: "mimetype", data: Self.odtMimetype)) == "odt")
        #expect(try Self.sniffed(.init(path: "mimetype", deflating: Self.odtMimetype)) == "odt")
    }

    @Test(arguments: [100_000, 5 * 1_048_576])
    func theSnifferDoesNotInflateAMimetypeBeyondItsDeclaredSize(_ size: Int) throws {
        // Declares 39 bytes, inflates to `size` bytes that start with the ODF mimetype: 100 KB
        // deflate into less than the 255 bytes the sniffer reads, 5 MB into more.
        let lie = Self.odtMimetype + Data(repeating: 0x20, count: size)
        var entry = RawZip.Entry(path: "mimetype", deflating: lie)
        entry.uncompressedSize = UInt32(Self.odtMimetype.count)
        #expect((entry.data.count <= 255) == (size < 1_048_576))
        #expect(try Self.sniffed(entry) == nil)
    }

    @Test func theSnifferDoesNotReadASymbolicLinkCalledMimetype() throws {
        var link = RawZip.Entry(path: "mimetype", data: Self.odtMimetype)
        link.externalAttributes = 0o120777 << 16
        link.localCompressedSize = 0xFFFF_FFF0  // what ZIPFoundation would allocate for a link
        #expect(try Self.sniffed(link) == nil)
    }

    @Test func theSnifferEndsOnAnUnterminatedMimetypeStream() throws {
        let entry = RawZip.Entry(
            path: "mimetype", data: Self.unterminatedDeflate(Self.odtMimetype), method: 8,
            uncompressedSize: UInt32(Self.odtMimetype.count), crc: 0)
        #expect(try Self.sniffed(entry, name: "x.odt") == "odt")  // from the extension, after the stream failed
    }
}

/// Writes zip archives byte by byte, so that entries can lie about themselves.
enum RawZip {
    struct Entry {
        var path: String
        /// The bytes as stored (already deflated when `method` is 8).
        var data: Data
        var method: UInt16 = 0
        /// The general-purpose flags (bit 0: the data are encrypted).
        var flags: UInt16 = 0
        var uncompressedSize: UInt32
        var crc: UInt32
        /// Unix mode in the high 16 bits (`0o120777 << 16` is a symbolic link).
        var externalAttributes: UInt32 = 0o100644 << 16
        /// The compressed size in the local header, when it should differ from the directory's.
        var localCompressedSize: UInt32?

        init(path: String, data: Data, method: UInt16 = 0, uncompressedSize: UInt32? = nil, crc: UInt32? = nil) {
            self.path = path
            self.data = data
            self.method = method
            self.uncompressedSize = uncompressedSize ?? UInt32(data.count)
            self.crc = crc ?? RawZip.crc32(data)
        }

        /// An entry holding `content` deflated (raw deflate, as zip stores it).
        init(path: String, deflating content: Data) {
            self.init(
                path: path, data: RawZip.deflate(content), method: 8, uncompressedSize: UInt32(content.count),
                crc: RawZip.crc32(content))
        }
    }

    static func archive(_ entries: [Entry]) -> Data {
        var body = Data()
        var directory = Data()
        for entry in entries {
            let name = Data(entry.path.utf8)
            let offset = UInt32(body.count)
            body +=
                le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0)
                + le32(entry.crc)
            body += le32(entry.localCompressedSize ?? UInt32(entry.data.count)) + le32(entry.uncompressedSize)
            body += le16(UInt16(name.count)) + le16(0) + name + entry.data
            directory +=
                le32(0x0201_4B50) + le16(3 << 8 | 20) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0)
                + le16(0)
            directory += le32(entry.crc) + le32(UInt32(entry.data.count)) + le32(entry.uncompressedSize)
            directory +=
                le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(entry.externalAttributes)
            directory += le32(offset) + name
        }
        let end =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
        return body + directory + end
    }

    static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    static func le32(_ value: UInt32) -> Data { Data((0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }) }

    static func crc32(_ data: Data) -> UInt32 { data.crc32(checksum: 0) }

    /// Raw deflate, as zip stores it (ZIPFoundation's encoder).
    static func deflate(_ data: Data) -> Data {
        var output = Data()
        _ = try? Data.compress(
            size: Int64(data.count), bufferSize: 16_384,
            provider: { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }, consumer: { output.append($0) })
        return output
    }
}

extension URL {
    var fileSize: Int { (try? resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0 }
}
