import DekkingIngest
import DekkingTestSupport
import Foundation
import ZIPFoundation

/// Builds DOCX and ODT archives at test time, from fixture folders or from literal parts.
enum ArchiveBuilder {
    /// The fixture folder `Tests/Fixtures/xml-family/<name>`.
    static func fixture(_ name: String) -> URL {
        TestPaths.fixtures.appendingPathComponent("xml-family").appendingPathComponent(name)
    }

    /// Zips every file below `folder` into `destination` (deflated; `mimetype` first and stored).
    @discardableResult
    static func zip(folder: URL, to destination: URL) throws -> URL {
        let archive = try Archive(url: destination, accessMode: .create)
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        paths.sort { lhs, rhs in lhs == "mimetype" || (rhs != "mimetype" && lhs < rhs) }
        for path in paths {
            try archive.addEntry(
                with: path, relativeTo: folder, compressionMethod: path == "mimetype" ? .none : .deflate)
        }
        return destination
    }

    /// Writes an archive with the given parts (path → content) to `destination`.
    @discardableResult
    static func zip(parts: [(String, Data)], to destination: URL) throws -> URL {
        let archive = try Archive(url: destination, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return destination
    }

    /// A minimal DOCX whose `word/document.xml` is `documentXML`.
    static func docx(documentXML: String, to destination: URL) throws -> URL {
        try zip(parts: [("word/document.xml", Data(documentXML.utf8))], to: destination)
    }

    /// A minimal ODT whose `content.xml` is `contentXML`.
    static func odt(contentXML: String, to destination: URL) throws -> URL {
        try zip(
            parts: [
                ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                ("content.xml", Data(contentXML.utf8)),
            ], to: destination)
    }
}

/// The blocks as `(kind, text)` pairs, for exact comparisons.
func summary(_ blocks: [DekkingIngest.TextBlock]) -> [String] {
    blocks.map { block in
        let kind: String
        switch block.kind {
        case .heading(let level): kind = "h\(level)"
        case .paragraph: kind = "p"
        case .listItem(let depth, let ordered): kind = "li\(depth)\(ordered ? "o" : "u")"
        case .tableCell(let table, let row, let column): kind = "td\(table).\(row).\(column)"
        }
        return "\(kind) \(block.text)"
    }
}
