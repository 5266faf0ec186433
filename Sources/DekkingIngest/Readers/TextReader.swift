import DekkingCore
import Foundation

/// Reads plain text and Markdown (`.txt`, `.md`) into blocks.
///
/// Accepts UTF-8 (with or without BOM) and UTF-16 with BOM, and falls back to Windows-1252 for bytes
/// that are not valid UTF-8, with a warning. Refuses binary data (``IngestError/notText(file:)``),
/// empty files and files larger than ``maxBytes`` — the size is checked before anything is read.
/// Text with form feeds (such as `pdftotext` output saved as a file) is read page by page: each
/// block knows its page, and the running headers and footers (``PageFurniture``) are left out.
public struct TextReader: DocumentReader {
    public let format = "txt"
    /// The largest file read, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int = 20 * 1_048_576) { self.maxBytes = maxBytes }

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let data = try FileLoader.load(url, displayPath: displayPath, maxBytes: maxBytes)
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(data)
        } catch .empty {
            throw .empty(file: displayPath)
        } catch {
            throw .notText(file: displayPath)
        }
        let ext = url.pathExtension.lowercased()
        let isMarkdown = ext == "md" || ext == "markdown"
        let parser = PlainTextParser(markdown: isMarkdown)
        let blocks = Self.pagedLines(decoded.text).map { parser.parse($0) } ?? parser.parse(decoded.text)
        guard !blocks.isEmpty else { throw .empty(file: displayPath) }
        var findings: [Finding] = []
        if decoded.isFallback {
            findings.append(
                Finding(
                    .warning, SourceLocation(file: displayPath),
                    "geen geldige UTF-8; gelezen als Windows-1252 — controleer letters als ë en é"))
            findings += TextDecoding.undefinedWindows1252Bytes([UInt8](data)).map { $0.finding(file: displayPath) }
        }
        findings += decoded.invalidSequences.map {
            $0.finding(file: displayPath, encoding: decoded.encoding.hasPrefix("utf-8") ? "UTF-8" : "UTF-16")
        }
        return ExtractedText(
            blocks: blocks, format: isMarkdown ? "md" : "txt", encoding: decoded.encoding, findings: findings)
    }
}

extension TextReader {
    /// The lines of a text with form feeds, numbered as in the file, with their page and without
    /// page furniture; nil for a text without form feeds.
    static func pagedLines(_ text: String) -> [PlainTextParser.Line]? {
        guard text.unicodeScalars.contains("\u{0C}") else { return nil }
        var pages: [[(number: Int, text: String)]] = [[]]
        for (offset, line) in PlainTextParser.lines(of: text).enumerated() {
            for (part, piece) in line.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                if part > 0 { pages.append([]) }
                pages[pages.count - 1].append((offset + 1, String(piece)))
            }
        }
        let furniture = PageFurniture.furniture(in: pages.map { $0.map(\.text) })
        return pages.enumerated().flatMap { offset, page in
            page.indices.filter { !furniture[offset].contains($0) }.map {
                PlainTextParser.Line(page[$0].text, number: page[$0].number, page: offset + 1)
            }
        }
    }
}

/// Reads whole files after checking their size, so that an oversized file is refused without
/// being loaded into memory.
enum FileLoader {
    /// The size of the file in bytes, from `stat` (following symbolic links); throws unless it is
    /// a regular file.
    static func size(of url: URL, displayPath: String) throws(IngestError) -> Int {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw failure(errno, displayPath) }
        try requireRegular(info, displayPath: displayPath)
        return Int(info.st_size)
    }

    /// The first `count` bytes of the file (fewer when it is shorter; none when it is empty).
    /// Throws unless `url` names an existing regular file (or a link to one): a named pipe or a
    /// device would make a reader wait forever.
    static func head(_ url: URL, displayPath: String, count: Int) throws(IngestError) -> Data {
        try withOpenFile(url, displayPath: displayPath) { descriptor, size throws(IngestError) in
            try readAll(descriptor, upTo: min(size, count), displayPath: displayPath)
        }
    }

    /// The file's bytes; refuses files above `maxBytes` before reading and empty files. The file
    /// is opened once: its size comes from the open descriptor, and that many bytes are read.
    static func load(_ url: URL, displayPath: String, maxBytes: Int) throws(IngestError) -> Data {
        try withOpenFile(url, displayPath: displayPath) { descriptor, bytes throws(IngestError) in
            guard bytes <= maxBytes else { throw .tooLarge(file: displayPath, bytes: bytes, limit: maxBytes) }
            guard bytes > 0 else { throw .empty(file: displayPath) }
            // The size at opening is what is read: a file that changes meanwhile is read as far as
            // it was then (or to its new end, if shorter).
            let data = try readAll(descriptor, upTo: bytes, displayPath: displayPath)
            guard !data.isEmpty else { throw .empty(file: displayPath) }
            return data
        }
    }

    /// Opens a regular file and runs `body` with its descriptor and size.
    private static func withOpenFile<Result>(
        _ url: URL, displayPath: String, _ body: (Int32, Int) throws(IngestError) -> Result
    ) throws(IngestError) -> Result {
        // Non-blocking, so that opening a named pipe does not wait; it is refused after `fstat`.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(errno, displayPath) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(errno, displayPath) }
        try requireRegular(info, displayPath: displayPath)
        return try body(descriptor, Int(info.st_size))
    }

    /// Up to `bytes` bytes from the descriptor's current offset (fewer at the end of the file).
    private static func readAll(_ descriptor: Int32, upTo bytes: Int, displayPath: String) throws(IngestError) -> Data {
        var data = Data(count: bytes)
        var filled = 0
        while filled < bytes {
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, bytes - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno, displayPath)
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    private static func requireRegular(_ info: stat, displayPath: String) throws(IngestError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .unreadable(file: displayPath, reason: "dit is een map, geen bestand")
        default: throw .unreadable(file: displayPath, reason: "geen gewoon bestand (een pipe, socket of apparaat)")
        }
    }

    /// The error for a failed system call with `code` (`errno`).
    private static func failure(_ code: Int32, _ displayPath: String) -> IngestError {
        switch code {
        case ENOENT, ENOTDIR: .notFound(file: displayPath)
        case EACCES, EPERM: .unreadable(file: displayPath, reason: "geen leesrechten")
        case EISDIR: .unreadable(file: displayPath, reason: "dit is een map, geen bestand")
        case ELOOP:
            .unreadable(file: displayPath, reason: "een kring van symbolische koppelingen; geef het bestand zelf op")
        default: .unreadable(file: displayPath, reason: String(cString: strerror(code)))
        }
    }
}
