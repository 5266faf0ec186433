import DekkingCore
import DekkingXML
import Foundation

/// Reads generic XML: the text of each element as a paragraph, under headings made of element paths.
///
/// An element with text of its own (not only whitespace) becomes one paragraph holding all its
/// text, descendants included. Before it, whenever the path of the enclosing element changes, a
/// heading is emitted whose text is that path (`opleiding/kerntaak/werkproces`) and whose level is
/// the path's depth, so structure recognition sees the document's outline. Attributes are ignored.
/// DOCTYPEs are accepted, entity declarations refused (``IngestError/forbiddenXML(file:element:reason:)``).
public struct XMLReader: DocumentReader {
    public var format: String { "xml" }
    /// The largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Depth, text and DOCTYPE limits for the parser.
    public var xmlLimits: XMLParseLimits

    public init(maxFileBytes: Int = 50 * 1_048_576, xmlLimits: XMLParseLimits = .default) {
        self.maxFileBytes = maxFileBytes
        self.xmlLimits = xmlLimits
    }

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let data = try XMLFamilySupport.readFile(url, displayPath: displayPath, maxBytes: maxFileBytes)
        let root: XMLElement
        var diagnostics: [XMLDiagnostic] = []
        do {
            root = try DekkingXML.XMLParser.parseXML(data, limits: xmlLimits, diagnostics: &diagnostics)
        } catch {
            throw XMLFamilySupport.ingestError(error, file: displayPath, part: nil, diagnostics: diagnostics)
        }
        var collector = Collector()
        collector.collect(root, ancestors: [], indexedAncestors: [], indexedName: root.qualifiedName)
        return ExtractedText(
            blocks: collector.blocks, format: format, encoding: "UTF-8",
            findings: diagnostics.map { XMLFamilySupport.finding($0, file: displayPath, part: nil) })
    }

    /// Walks the tree, emitting headings and paragraphs.
    private struct Collector {
        var blocks: [TextBlock] = []
        var lastHeading: String?

        mutating func collect(
            _ element: XMLElement, ancestors: [String], indexedAncestors: [String], indexedName: String
        ) {
            let hasOwnText = element.children.contains { $0.text.map { !XMLFamilySupport.isBlank($0) } ?? false }
            if hasOwnText {
                let text = XMLFamilySupport.tidy(XMLFamilySupport.collapsed(element.textContent))
                guard !text.isEmpty else { return }
                let heading = ancestors.joined(separator: "/")
                if !ancestors.isEmpty, heading != lastHeading {
                    let path = indexedAncestors.joined(separator: "/")
                    blocks.append(TextBlock(.heading(level: ancestors.count), heading, element: path))
                    lastHeading = heading
                }
                let path = (indexedAncestors + [indexedName]).joined(separator: "/")
                blocks.append(TextBlock(.paragraph, text, line: element.line, element: path))
                return
            }
            let children = element.childElements
            let names = XMLFamilySupport.indexedNames(children.map(\.qualifiedName))
            for (child, name) in zip(children, names) {
                collect(
                    child, ancestors: ancestors + [element.qualifiedName],
                    indexedAncestors: indexedAncestors + [indexedName], indexedName: name)
            }
        }
    }
}

/// Helpers shared by the XML-family readers (XML, HTML, DOCX, ODT).
enum XMLFamilySupport {
    /// Parses one XML part of an archive; parser errors become ingest errors naming the part, and
    /// libxml2's other messages warnings in `findings`.
    static func parsePart(
        _ data: Data, part: String, file: String, limits: XMLParseLimits, findings: inout [Finding]
    ) throws(IngestError) -> XMLElement {
        var diagnostics: [XMLDiagnostic] = []
        defer { findings += diagnostics.map { finding($0, file: file, part: part) } }
        do {
            return try DekkingXML.XMLParser.parseXML(data, limits: limits, diagnostics: &diagnostics)
        } catch {
            throw ingestError(error, file: file, part: part, diagnostics: diagnostics)
        }
    }

    /// A message of libxml2 that did not stop the parse, as a warning about the file (or `part`).
    static func finding(_ diagnostic: XMLDiagnostic, file: String, part: String?) -> Finding {
        let what =
            diagnostic.isEncoding
            ? "tekens konden niet worden gedecodeerd; tekst kan ontbreken of anders gelezen zijn"
            : "de parser meldt een probleem"
        return Finding(
            .warning, SourceLocation(file: file, line: diagnostic.line, element: part),
            "\(what) (libxml2: \(diagnostic.message))")
    }

    /// The size of the file at `url`, after checking that it exists and is not empty.
    static func fileSize(of url: URL, displayPath: String) throws(IngestError) -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(file: displayPath)
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: displayPath, reason: "dit is een map") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0 else { throw .empty(file: displayPath) }
        return size
    }

    /// The bytes of a text-format file, within `maxBytes`.
    static func readFile(_ url: URL, displayPath: String, maxBytes: Int) throws(IngestError) -> Data {
        let size = try fileSize(of: url, displayPath: displayPath)
        guard size <= maxBytes else { throw .tooLarge(file: displayPath, bytes: size, limit: maxBytes) }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: displayPath, reason: "het bestand kan niet worden geopend")
        }
    }

    /// The ingest error for a parse failure of the file, or of `part` inside an archive.
    /// A decoding message of libxml2 among `diagnostics` is named too: it is what made the rest of
    /// the document unreadable.
    static func ingestError(_ error: XMLParseError, file: String, part: String?, diagnostics: [XMLDiagnostic] = [])
        -> IngestError
    {
        switch error {
        case .empty:
            part == nil
                ? .empty(file: file) : .malformedXML(file: file, element: part, line: nil, reason: error.message)
        case .malformed(let line, let reason):
            if let decoding = diagnostics.first(where: \.isEncoding) {
                .malformedXML(
                    file: file, element: part, line: line,
                    reason: "\(reason), na tekens die niet konden worden gedecodeerd (libxml2: \(decoding.message))")
            } else {
                .malformedXML(file: file, element: part, line: line, reason: reason)
            }
        case .inputTooLarge(let bytes, let limit): .tooLarge(file: file, bytes: bytes, limit: limit)
        case .parserUnavailable: .unreadable(file: file, reason: error.message)
        case .tooDeep, .textTooLarge, .tooManyAttributes, .tooManyNodes, .doctypeForbidden,
            .entityDeclarationForbidden:
            .forbiddenXML(file: file, element: part, reason: error.description)
        }
    }

    /// Whether `text` is only whitespace.
    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// `text` with every whitespace character (newlines included) turned into a space, for source
    /// text whose line breaks are not meaningful.
    static func collapsed(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? " " : $0 })
    }

    /// Whitespace-tidied text: runs of spaces become one, lines are trimmed, empty lines dropped;
    /// soft hyphens and zero-width characters are removed. Only `\n` separates lines.
    static func tidy(_ text: String) -> String {
        let invisible: Set<Character> = ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"]
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { line in
                line.filter { !invisible.contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Names with a 1-based `[n]` index where a name occurs more than once among siblings.
    static func indexedNames(_ names: [String]) -> [String] {
        var totals: [String: Int] = [:]
        for name in names { totals[name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return names.map { name in
            guard let total = totals[name], total > 1 else { return name }
            seen[name, default: 0] += 1
            return "\(name)[\(seen[name] ?? 1)]"
        }
    }

    /// The heading level a style name stands for: `Heading 2`, `heading2`, `Heading_20_2` and the
    /// Dutch `Kop 2` give 2; `Title` and `Titel` give 1; anything else gives `nil`.
    static func headingLevel(styleName: String) -> Int? {
        let key = styleName.lowercased().replacingOccurrences(of: "_20_", with: "")
            .filter { $0 != " " && $0 != "_" && $0 != "-" }
        if key == "title" || key == "titel" { return 1 }
        for prefix in ["heading", "kop"] where key.hasPrefix(prefix) {
            if let level = Int(key.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}
