import DekkingCore
import DekkingXML
import Foundation

/// Reads OpenDocument text (`.odt`): headings, paragraphs, list items and table cells of
/// `content.xml`, in reading order, and the title of `meta.xml`.
///
/// - Headings: `text:h` with its `text:outline-level`, and `text:p` whose paragraph style is (or
///   is based on) a heading style (`Heading_20_2`, `Kop 2`, `Title`) or has a default outline level.
/// - Lists: `text:list` nesting gives the depth; ordered when the list style numbers that level.
/// - Tables: one block per `table:table-cell`, honouring repeated and covered cells.
/// - `text:s`/`text:tab` are spaces, `text:line-break` a line break.
/// - Tracked changes: `text:tracked-changes` (which holds deleted text) is left out; inserted text
///   stays. Notes, annotations, frames and generated indexes (table of contents) are skipped.
public struct ODTReader: DocumentReader {
    public var format: String { "odt" }
    public var archiveLimits: ArchiveLimits
    public var xmlLimits: XMLParseLimits

    public init(archiveLimits: ArchiveLimits = .default, xmlLimits: XMLParseLimits = .officePart) {
        self.archiveLimits = archiveLimits
        self.xmlLimits = xmlLimits
    }

    static let contentPart = "content.xml"
    static let textMimetypes: Set<String> = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
    ]

    static let manifestPart = "META-INF/manifest.xml"

    /// The first part the manifest marks as encrypted (a `file-entry` with `encryption-data`,
    /// what an OpenDocument saved with a password has), or nil.
    static func encryptedPart(in manifest: Data) -> String? {
        let text = String(decoding: manifest.prefix(1_048_576), as: UTF8.self)
        guard text.contains("encryption-data") else { return nil }
        for entry in text.components(separatedBy: "file-entry").dropFirst() where entry.contains("encryption-data") {
            guard let start = entry.range(of: "full-path=\"") else { continue }
            let rest = entry[start.upperBound...]
            if let end = rest.firstIndex(of: "\"") { return String(rest[..<end]) }
        }
        return manifestPart
    }

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let archive = try OfficeArchive(contentsOf: url, displayPath: displayPath, limits: archiveLimits)
        var findings: [Finding] = []
        if let mimetype = try archive.data(of: "mimetype") {
            let name = XMLFamilySupport.tidy(String(decoding: mimetype.prefix(200), as: UTF8.self))
            guard Self.textMimetypes.contains(name) else {
                throw .unsupportedFormat(
                    file: displayPath, detail: "OpenDocument van het type '\(name)', geen tekstdocument")
            }
        }
        if let manifest = try archive.data(of: Self.manifestPart), let part = Self.encryptedPart(in: manifest) {
            throw .passwordProtected(
                file: displayPath, detail: "het onderdeel '\(part)' is versleuteld volgens \(Self.manifestPart)")
        }
        let content = try parse(
            archive.requiredData(of: Self.contentPart), part: Self.contentPart, file: displayPath, findings: &findings)
        let styleRoot = try archive.data(of: "styles.xml").map { data throws(IngestError) in
            try parse(data, part: "styles.xml", file: displayPath, findings: &findings)
        }
        let meta = try archive.data(of: "meta.xml").map { data throws(IngestError) in
            try parse(data, part: "meta.xml", file: displayPath, findings: &findings)
        }
        guard let text = content.firstElement(named: "body")?.firstElement(named: "text") else {
            throw .corruptArchive(file: displayPath, reason: "'\(Self.contentPart)' heeft geen office:body/office:text")
        }
        var walker = Walker(styles: Styles([content, styleRoot].compactMap { $0 }))
        walker.walk(text.childElements, list: nil)
        let title = meta?.firstElement(named: "meta")?.firstElement(named: "title")
            .map { XMLFamilySupport.tidy(XMLFamilySupport.collapsed($0.textContent)) }
        return ExtractedText(
            blocks: walker.blocks, format: format, title: title?.isEmpty == false ? title : nil, findings: findings)
    }

    private func parse(_ data: Data, part: String, file: String, findings: inout [Finding]) throws(IngestError)
        -> XMLElement
    {
        try XMLFamilySupport.parsePart(data, part: part, file: file, limits: xmlLimits, findings: &findings)
    }

    /// Paragraph and list styles from `content.xml` (automatic styles) and `styles.xml`.
    struct Styles {
        var parent: [String: String] = [:]
        var outlineLevel: [String: Int] = [:]
        /// For each list style, the levels (1-based) that are numbered.
        var numberedLevels: [String: Set<Int>] = [:]

        init(_ roots: [XMLElement]) {
            let containers = roots.flatMap { root in
                ["automatic-styles", "styles"].compactMap { root.firstElement(named: $0) }
            }
            for style in containers.flatMap(\.childElements) {
                guard let name = style.attribute("name") else { continue }
                switch style.name {
                case "style" where style.attribute("family") == "paragraph":
                    parent[name] = style.attribute("parent-style-name")
                    outlineLevel[name] = style.attribute("default-outline-level").flatMap { Int($0) }
                case "list-style":
                    numberedLevels[name] = Set(
                        style.elements(named: "list-level-style-number").compactMap {
                            $0.attribute("level").flatMap { Int($0) }
                        })
                default: break
                }
            }
        }

        /// The heading level of a paragraph style, following parent styles (at most 10 steps).
        func headingLevel(_ name: String?) -> Int? {
            var next = name
            var steps = 0
            while let current = next, steps < 10 {
                if let level = XMLFamilySupport.headingLevel(styleName: current) { return level }
                if let level = outlineLevel[current], (1...10).contains(level) { return level }
                next = parent[current]
                steps += 1
            }
            return nil
        }
    }
}

extension ODTReader {
    /// The list a paragraph is in: depth (outermost 1), list style, whether that level is numbered.
    struct ListContext {
        var depth: Int
        var style: String?
        var ordered: Bool
    }

    /// Walks `office:text`, turning headings, paragraphs, lists and tables into blocks.
    struct Walker {
        let styles: Styles
        var blocks: [TextBlock] = []
        var paragraphIndex = 0
        var tableCount = 0

        /// Containers whose content is not running text.
        static let skipped: Set<String> = [
            "tracked-changes", "table-of-content", "alphabetical-index", "illustration-index", "table-index",
            "object-index", "user-index", "bibliography", "sequence-decls", "variable-decls", "user-field-decls",
            "forms", "note", "annotation", "frame",
        ]

        mutating func walk(_ elements: [XMLElement], list: ListContext?) {
            for element in elements where !Self.skipped.contains(element.name) {
                switch element.name {
                case "h", "p": paragraph(element, list: list)
                case "list": self.list(element, outer: list)
                case "table": table(element)
                default: walk(element.childElements, list: list)  // text:section, text:index-body, …
                }
            }
        }

        private mutating func paragraph(_ element: XMLElement, list: ListContext?) {
            paragraphIndex += 1
            let text = Self.text(of: element)
            guard !text.isEmpty else { return }
            let style = element.attribute("style-name")
            let kind: TextBlock.Kind
            if element.name == "h" {
                let level = element.attribute("outline-level").flatMap { Int($0) } ?? styles.headingLevel(style) ?? 1
                kind = .heading(level: min(max(level, 1), 10))
            } else if let level = styles.headingLevel(style) {
                kind = .heading(level: level)
            } else if let list {
                kind = .listItem(depth: list.depth, ordered: list.ordered)
            } else {
                kind = .paragraph
            }
            blocks.append(
                TextBlock(
                    kind, text, element: "\(ODTReader.contentPart) \(element.name)[\(paragraphIndex)]", style: style))
        }

        private mutating func list(_ element: XMLElement, outer: ListContext?) {
            let depth = (outer?.depth ?? 0) + 1
            let style = element.attribute("style-name") ?? outer?.style
            let ordered = style.map { styles.numberedLevels[$0]?.contains(depth) ?? false } ?? false
            let context = ListContext(depth: depth, style: style, ordered: ordered)
            for item in element.childElements where item.name == "list-item" || item.name == "list-header" {
                walk(item.childElements, list: context)
            }
        }

        private mutating func table(_ element: XMLElement) {
            let index = tableCount
            tableCount += 1
            var row = 0
            rows(element.childElements, table: index, row: &row)
        }

        private mutating func rows(_ elements: [XMLElement], table: Int, row: inout Int) {
            for element in elements {
                switch element.name {
                case "table-row":
                    var column = 0
                    for cell in element.childElements
                    where cell.name == "table-cell" || cell.name == "covered-table-cell" {
                        self.cell(cell, kind: .tableCell(table: table, row: row, column: column))
                        column += Self.repeats(cell, "number-columns-repeated")
                    }
                    row += Self.repeats(element, "number-rows-repeated")
                case "table-header-rows", "table-rows", "table-row-group":
                    rows(element.childElements, table: table, row: &row)
                default: break
                }
            }
        }

        private static func repeats(_ element: XMLElement, _ attribute: String) -> Int {
            min(max(element.attribute(attribute).flatMap { Int($0) } ?? 1, 1), 1_048_576)
        }

        /// One block per cell; a nested table splits the cell's text around its own blocks.
        private mutating func cell(_ cell: XMLElement, kind: TextBlock.Kind) {
            var lines: [String] = []
            var first: Int?
            func flush(_ walker: inout Walker) {
                if let first, !lines.isEmpty {
                    walker.blocks.append(
                        TextBlock(kind, lines.joined(separator: "\n"), element: "\(ODTReader.contentPart) p[\(first)]"))
                }
                lines = []
                first = nil
            }
            func collect(_ elements: [XMLElement], _ walker: inout Walker) {
                for element in elements where !Self.skipped.contains(element.name) {
                    switch element.name {
                    case "p", "h":
                        walker.paragraphIndex += 1
                        let text = Self.text(of: element)
                        if !text.isEmpty {
                            lines.append(text)
                            first = first ?? walker.paragraphIndex
                        }
                    case "table":
                        flush(&walker)
                        walker.table(element)
                    case "list", "list-item", "list-header", "section": collect(element.childElements, &walker)
                    default: break
                    }
                }
            }
            collect(cell.childElements, &self)
            flush(&self)
        }

        /// The tidied text of a paragraph or heading.
        static func text(of element: XMLElement) -> String {
            var text = ""
            appendInline(element, to: &text)
            return XMLFamilySupport.tidy(text)
        }

        private static func appendInline(_ element: XMLElement, to text: inout String) {
            for child in element.children {
                switch child {
                case .text(let run): text += XMLFamilySupport.collapsed(run)
                case .element(let inline) where skipped.contains(inline.name): break
                case .element(let inline):
                    switch inline.name {
                    case "s", "tab": text += " "
                    case "line-break": text += "\n"
                    case "change", "change-start", "change-end", "bookmark", "bookmark-start", "bookmark-end",
                        "reference-mark", "soft-page-break", "annotation-end":
                        break
                    default: appendInline(inline, to: &text)  // text:span, text:a, fields
                    }
                }
            }
        }
    }
}
