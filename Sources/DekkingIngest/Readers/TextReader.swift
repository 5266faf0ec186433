import DekkingCore
import Foundation

/// Reads plain text and Markdown (`.txt`, `.md`) into blocks.
///
/// Accepts UTF-8 (with or without BOM) and UTF-16 with BOM, and falls back to Windows-1252 for bytes
/// that are not valid UTF-8, with a warning. Refuses binary data (``IngestError/notText(file:)``),
/// empty files and files larger than ``maxBytes`` — the size is checked before anything is read.
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
        let blocks = PlainTextParser(markdown: isMarkdown).parse(decoded.text)
        guard !blocks.isEmpty else { throw .empty(file: displayPath) }
        var findings: [Finding] = []
        if decoded.isFallback {
            findings.append(Finding(.warning, SourceLocation(file: displayPath),
                "geen geldige UTF-8; gelezen als Windows-1252 — controleer letters als ë en é"))
        }
        return ExtractedText(blocks: blocks, format: isMarkdown ? "md" : "txt", encoding: decoded.encoding, findings: findings)
    }
}

/// Reads whole files after checking their size, so that an oversized file is refused without
/// being loaded into memory.
enum FileLoader {
    /// The size of the file in bytes, from `stat`.
    static func size(of url: URL, displayPath: String) throws(IngestError) -> Int {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { throw .notFound(file: displayPath) }
            throw .unreadable(file: displayPath, reason: error.localizedDescription)
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw .unreadable(file: displayPath, reason: "dit is een map, geen bestand")
        }
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The file's bytes; refuses files above `maxBytes` before reading and empty files.
    static func load(_ url: URL, displayPath: String, maxBytes: Int) throws(IngestError) -> Data {
        let bytes = try size(of: url, displayPath: displayPath)
        guard bytes <= maxBytes else { throw .tooLarge(file: displayPath, bytes: bytes, limit: maxBytes) }
        guard bytes > 0 else { throw .empty(file: displayPath) }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: displayPath, reason: error.localizedDescription)
        }
    }
}
