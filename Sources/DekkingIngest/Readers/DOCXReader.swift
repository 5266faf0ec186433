import DekkingCore
import DekkingXML
import Foundation

/// Reads Word documents (`.docx`): headings, paragraphs, list items and table cells of
/// `word/document.xml`, in reading order, and the title of `docProps/core.xml`.
///
/// - Headings: paragraph styles `Heading1`…`Heading9`, `heading 1`, Dutch `Kop 1`, `Title`, styles
///   based on them, and outline levels (`w:outlineLvl`).
/// - Lists: numbered paragraphs (`w:numPr`, directly or through the style) with depth `w:ilvl` + 1;
///   ordered unless `word/numbering.xml` says the level is a bullet.
/// - Tables: one block per cell (`w:tc`), nested tables numbered after their outer table.
/// - Tracked changes: deletions (`w:del`, `w:moveFrom`) are left out, insertions kept.
/// - `w:tab` is a space, `w:br`/`w:cr` a line break; field codes, drawings and tables of contents
///   are skipped.
///
/// Parts never legitimately have a DOCTYPE, so one is refused (``IngestError/forbiddenXML(file:element:reason:)``).
public struct DOCXReader: DocumentReader {
    public var format: String { "docx" }
    public var archiveLimits: ArchiveLimits
    public var xmlLimits: XMLParseLimits

    public init(archiveLimits: ArchiveLimits = .default, xmlLimits: XMLParseLimits = .officePart) {
        self.archiveLimits = archiveLimits
        self.xmlLimits = xmlLimits
    }

    static let documentPart = "word/document.xml"

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let archive = try OfficeArchive(contentsOf: url, displayPath: displayPath, limits: archiveLimits)
        var findings: [Finding] = []
        let document = try parse(
            archive.requiredData(of: Self.documentPart), part: Self.documentPart, file: displayPath, findings: &findings
        )
        let styles = try archive.data(of: "word/styles.xml").map { data throws(IngestError) in
            Styles(try parse(data, part: "word/styles.xml", file: displayPath, findings: &findings))
        }
        let numbering = try archive.data(of: "word/numbering.xml").map { data throws(IngestError) in
            Numbering(try parse(data, part: "word/numbering.xml", file: displayPath, findings: &findings))
        }
        let core = try archive.data(of: "docProps/core.xml").map { data throws(IngestError) in
            try parse(data, part: "docProps/core.xml", file: displayPath, findings: &findings)
        }
        guard document.name == "document", let body = document.firstElement(named: "body") else {
            throw .corruptArchive(file: displayPath, reason: "'\(Self.documentPart)' heeft geen w:document/w:body")
        }
        var walker = Walker(styles: styles ?? Styles(nil), numbering: numbering ?? Numbering(nil))
        walker.blockLevel(body.childElements)
        let title = core?.firstElement(named: "title").map {
            XMLFamilySupport.tidy(XMLFamilySupport.collapsed($0.textContent))
        }
        return ExtractedText(
            blocks: walker.blocks, format: format, title: title?.isEmpty == false ? title : nil, findings: findings)
    }

    private func parse(_ data: Data, part: String, file: String, findings: inout [Finding]) throws(IngestError)
        -> XMLElement
    {
        try XMLFamilySupport.parsePart(data, part: part, file: file, limits: xmlLimits, findings: &findings)
    }

    /// Paragraph styles of `word/styles.xml`: names, base styles, outline levels, numbering.
    struct Styles {
        struct Style {
            var name: String?
            var basedOn: String?
            var outlineLevel: Int?
            var numbering: (id: String, level: Int)?
        }

        var byID: [String: Style] = [:]

        init(_ root: XMLElement?) {
            for style in root?.elements(named: "style") ?? [] where style.attribute("type") != "numbering" {
                guard let id = style.attribute("styleId") else { continue }
                let properties = style.firstElement(named: "pPr")
                byID[id] = Style(
                    name: style.firstElement(named: "name")?.attribute("val"),
                    basedOn: style.firstElement(named: "basedOn")?.attribute("val"),
                    outlineLevel: properties?.firstElement(named: "outlineLvl")?.attribute("val").flatMap { Int($0) },
                    numbering: Walker.numbering(of: properties))
            }
        }

        /// The style and the styles it is based on, nearest first (at most 10, against cycles).
        func chain(_ id: String?) -> [(id: String, style: Style?)] {
            var result: [(String, Style?)] = []
            var next = id
            while let current = next, result.count < 10, !result.contains(where: { $0.0 == current }) {
                result.append((current, byID[current]))
                next = byID[current]?.basedOn
            }
            return result
        }

        func headingLevel(_ id: String?) -> Int? {
            for (styleID, style) in chain(id) {
                if let level = XMLFamilySupport.headingLevel(styleName: styleID)
                    ?? style?.name.flatMap(XMLFamilySupport.headingLevel(styleName:))
                {
                    return level
                }
                if let outline = style?.outlineLevel, (0...8).contains(outline) { return outline + 1 }
            }
            return nil
        }

        func numbering(_ id: String?) -> (id: String, level: Int)? {
            chain(id).lazy.compactMap { $0.style?.numbering }.first
        }

        /// Whether the style is a table-of-contents entry (`TOC 1`, `toc 1`, Dutch `Inhopg1`).
        func isTableOfContents(_ id: String?) -> Bool {
            guard let id else { return false }
            let names = [id, byID[id]?.name ?? ""].map { $0.lowercased().filter { $0 != " " } }
            return names.contains { name in
                (name.hasPrefix("toc") || name.hasPrefix("inhopg")) && name.last?.isNumber == true
            }
        }
    }

    /// List formats of `word/numbering.xml`: which numbering levels are bullets.
    struct Numbering {
        var abstractOf: [String: String] = [:]
        var formats: [String: [Int: String]] = [:]

        init(_ root: XMLElement?) {
            for abstract in root?.elements(named: "abstractNum") ?? [] {
                guard let id = abstract.attribute("abstractNumId") else { continue }
                for level in abstract.elements(named: "lvl") {
                    guard let ilvl = level.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                    formats[id, default: [:]][ilvl] = level.firstElement(named: "numFmt")?.attribute("val")
                }
            }
            for num in root?.elements(named: "num") ?? [] {
                if let id = num.attribute("numId"),
                    let abstract = num.firstElement(named: "abstractNumId")?.attribute("val")
                {
                    abstractOf[id] = abstract
                }
            }
        }

        func isOrdered(numID: String, level: Int) -> Bool {
            guard let abstract = abstractOf[numID], let format = formats[abstract]?[level] else { return false }
            return format != "bullet" && format != "none"
        }
    }
}

extension DOCXReader {
    /// Walks `w:body`, turning paragraphs and tables into blocks in reading order.
    struct Walker {
        let styles: Styles
        let numbering: Numbering
        var blocks: [TextBlock] = []
        /// 1-based count of every `w:p` met so far, for ``TextBlock/element``.
        var paragraphIndex = 0
        var tableCount = 0

        /// Elements whose text is never part of the document's running text.
        static let skipped: Set<String> = [
            "del", "moveFrom", "delText", "delInstrText", "instrText", "pPr", "rPr", "sdtPr", "sdtEndPr", "fldChar",
            "footnoteReference", "endnoteReference", "commentReference", "drawing", "pict", "object",
            "AlternateContent", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak",
        ]

        static func numbering(of properties: XMLElement?) -> (id: String, level: Int)? {
            guard let numPr = properties?.firstElement(named: "numPr"),
                let id = numPr.firstElement(named: "numId")?.attribute("val")
            else { return nil }
            let level = numPr.firstElement(named: "ilvl")?.attribute("val").flatMap { Int($0) } ?? 0
            return (id, min(max(level, 0), 8))
        }

        /// Body-level content: paragraphs, tables, and containers of them.
        mutating func blockLevel(_ elements: [XMLElement]) {
            for element in elements {
                switch element.name {
                case "p": paragraph(element)
                case "tbl": table(element)
                case "sdt": blockLevel(element.firstElement(named: "sdtContent")?.childElements ?? [])
                case "customXml", "ins", "moveTo", "smartTag": blockLevel(element.childElements)
                default: break  // w:sectPr, w:del, w:moveFrom, bookmarks
                }
            }
        }

        private mutating func paragraph(_ p: XMLElement) {
            paragraphIndex += 1
            let text = Self.text(of: p)
            guard !text.isEmpty else { return }
            let properties = p.firstElement(named: "pPr")
            let style = properties?.firstElement(named: "pStyle")?.attribute("val")
            guard !styles.isTableOfContents(style) else { return }
            let kind: TextBlock.Kind
            let outline = properties?.firstElement(named: "outlineLvl")?.attribute("val").flatMap { Int($0) }
            if let level = styles.headingLevel(style) ?? outline.flatMap({ (0...8).contains($0) ? $0 + 1 : nil }) {
                kind = .heading(level: level)
            } else if let list = Self.numbering(of: properties) ?? styles.numbering(style), list.id != "0" {
                kind = .listItem(depth: list.level + 1, ordered: numbering.isOrdered(numID: list.id, level: list.level))
            } else {
                kind = .paragraph
            }
            blocks.append(
                TextBlock(kind, text, element: "\(DOCXReader.documentPart) p[\(paragraphIndex)]", style: style))
        }

        private mutating func table(_ tbl: XMLElement) {
            let index = tableCount
            tableCount += 1
            var row = 0
            for tr in Self.unwrapped(tbl.childElements) where tr.name == "tr" {
                var column = 0
                for tc in Self.unwrapped(tr.childElements) where tc.name == "tc" {
                    cell(tc, kind: .tableCell(table: index, row: row, column: column))
                    let span = tc.firstElement(named: "tcPr")?.firstElement(named: "gridSpan")?.attribute("val")
                    column += min(max(span.flatMap { Int($0) } ?? 1, 1), 1000)
                }
                row += 1
            }
        }

        /// One block per cell; a nested table splits the cell's text around its own blocks.
        private mutating func cell(_ tc: XMLElement, kind: TextBlock.Kind) {
            var lines: [String] = []
            var first: Int?
            func flush(_ walker: inout Walker) {
                if let first, !lines.isEmpty {
                    walker.blocks.append(
                        TextBlock(
                            kind, lines.joined(separator: "\n"), element: "\(DOCXReader.documentPart) p[\(first)]"))
                }
                lines = []
                first = nil
            }
            for element in Self.unwrapped(tc.childElements) {
                switch element.name {
                case "p":
                    paragraphIndex += 1
                    let text = Self.text(of: element)
                    if !text.isEmpty {
                        lines.append(text)
                        first = first ?? paragraphIndex
                    }
                case "tbl":
                    flush(&self)
                    table(element)
                default: break
                }
            }
            flush(&self)
        }

        /// Children with content controls and custom XML wrappers replaced by their content.
        private static func unwrapped(_ elements: [XMLElement]) -> [XMLElement] {
            elements.flatMap { element -> [XMLElement] in
                switch element.name {
                case "sdt": unwrapped(element.firstElement(named: "sdtContent")?.childElements ?? [])
                case "customXml", "smartTag", "ins", "moveTo": unwrapped(element.childElements)
                case "del", "moveFrom": []
                default: [element]
                }
            }
        }

        /// The tidied running text of a paragraph.
        static func text(of paragraph: XMLElement) -> String {
            var text = ""
            appendInline(paragraph, to: &text)
            return XMLFamilySupport.tidy(text)
        }

        private static func appendInline(_ element: XMLElement, to text: inout String) {
            for child in element.childElements where !skipped.contains(child.name) {
                switch child.name {
                case "t": text += XMLFamilySupport.collapsed(child.textContent)
                case "tab", "ptab": text += " "
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "p":
                    text += "\n"
                    appendInline(child, to: &text)
                default: appendInline(child, to: &text)  // w:r, w:ins, w:moveTo, w:hyperlink, w:fldSimple, w:sdt, …
                }
            }
        }
    }
}
