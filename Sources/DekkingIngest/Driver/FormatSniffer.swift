import Foundation
import ZIPFoundation

/// Decides a file's format from its content first and its extension second.
///
/// Content: `%PDF-` → `pdf`; a zip with `word/document.xml` → `docx`; a zip whose `mimetype` is
/// `application/vnd.oasis.opendocument.text` → `odt`; `<!doctype html`/`<html` → `html`; `<?xml` or
/// a leading `<` → `xml`; other text → `txt`. Binary content without a recognised signature, and
/// zips that are neither, fall back to the extension; the matching reader then reports the problem.
public enum FormatSniffer {
    /// Formats by file extension.
    static let extensions: [String: String] = [
        "pdf": "pdf", "docx": "docx", "odt": "odt", "html": "html", "htm": "html", "xhtml": "html",
        "xml": "xml", "txt": "txt", "text": "txt", "md": "txt", "markdown": "txt",
    ]

    /// How many bytes from the start of a file ``format(of:head:)`` looks at.
    public static let headSize = 4096

    /// The format of the file at `url`, or nil when neither content nor extension says.
    public static func format(of url: URL) -> String? {
        format(of: url, head: readHead(url, count: headSize))
    }

    /// The format of the file at `url` whose first ``headSize`` bytes (or all, when it is shorter)
    /// are `head` (nil when unreadable); nil when neither content nor extension says.
    static func format(of url: URL, head: Data?) -> String? {
        let ext = url.pathExtension.lowercased()
        let byExtension = extensions[ext]
        guard let head, !head.isEmpty else { return byExtension }
        if head.prefix(1024).range(of: Data("%PDF-".utf8)) != nil { return "pdf" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return zipFormat(url, head: head) ?? byExtension }
        if head.starts(with: Data("{\\rtf".utf8)) { return byExtension == "txt" ? nil : byExtension }
        let bytes = head.withUnsafeBytes { [UInt8]($0) }
        if TextDecoding.looksBinary(bytes) && !hasBOM(head) { return byExtension }
        // Markup needs a `<`; without one in the bytes, the decoded and lower-cased head has none either.
        guard bytes.contains(UInt8(ascii: "<")) else {
            return byExtension == "html" || byExtension == "xml" ? byExtension : "txt"
        }
        let text = String(decoding: head, as: UTF8.self).lowercased()
            .trimmingAll(of: " \t\r\n\u{FEFF}")
        if text.hasPrefix("<!doctype html") || text.prefix(1024).contains("<html") { return "html" }
        if text.hasPrefix("<?xml") || (text.hasPrefix("<") && byExtension != "txt") {
            return byExtension == "html" ? "html" : "xml"
        }
        if let byExtension, byExtension == "html" || byExtension == "xml" { return byExtension }
        return "txt"
    }

    private static func hasBOM(_ head: Data) -> Bool {
        head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xEF, 0xBB, 0xBF])
    }

    private static func readHead(_ url: URL, count: Int) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: count)
    }

    private static let odtMimetype = "application/vnd.oasis.opendocument.text"

    /// `docx`, `odt`, or nil for another or unreadable zip.
    private static func zipFormat(_ url: URL, head: Data) -> String? {
        // ODF stores `mimetype` first and uncompressed, so its content follows the 38-byte header.
        if head.count > 38 + odtMimetype.utf8.count,
            String(decoding: head[30..<38], as: UTF8.self) == "mimetype",
            String(decoding: head[38..<(38 + odtMimetype.utf8.count)], as: UTF8.self) == odtMimetype
        {
            return "odt"
        }
        guard let archive = try? Archive(url: url, accessMode: .read, pathEncoding: nil) else { return nil }
        if archive["word/document.xml"] != nil { return "docx" }
        if let entry = archive["mimetype"], let content = mimetype(entry, of: url),
            String(decoding: content, as: UTF8.self).trimmingWhitespace() == odtMimetype
        {
            return "odt"
        }
        return nil
    }

    /// The most bytes of a `mimetype` entry that are read; ODF's is 39.
    static let maxMimetypeBytes: UInt64 = 255

    /// The content of the `mimetype` entry of the archive at `url`, when it is a regular file of
    /// at most ``maxMimetypeBytes`` (declared, stored and inflated) whose deflate stream, if
    /// any, ends; `nil` otherwise. Nothing larger is read or allocated, whatever the entry claims.
    static func mimetype(_ entry: Entry, of url: URL) -> Data? {
        guard entry.type == .file, entry.uncompressedSize <= maxMimetypeBytes, entry.compressedSize <= maxMimetypeBytes,
            let reader = try? ZIPEntryReader(url: url, maxEntries: ArchiveLimits.default.maxEntries)
        else { return nil }
        return try? reader.contents(of: entry, limit: maxMimetypeBytes, checkingCRC: false)
    }
}
