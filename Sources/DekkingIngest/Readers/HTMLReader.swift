import DekkingCore
import DekkingXML
import Foundation

/// Reads HTML pages: headings, paragraphs, list items and table cells of the body, the `<title>`.
///
/// - `h1`–`h6` are headings; `p`, `div` and other block elements paragraphs; `li` list items with
///   their real nesting depth; `td`/`th` table cells (with `colspan`); `br` a line break.
/// - Noise is dropped: `script`, `style`, `noscript`, `template`, `nav`, `footer`, `aside`, `form`,
///   `iframe`, `svg` and similar, `hidden` elements, and elements whose `role`, `class` or `id`
///   marks navigation, menus, breadcrumbs, cookie banners or footers. A `header` is dropped when it
///   is the page's header, but kept inside `article`, `main` or `section`, where it holds the title.
/// - Decoding follows a BOM, then `<meta charset>`, then UTF-8 if the bytes are valid UTF-8, and
///   windows-1252 otherwise. ``ExtractedText/encoding`` says which. Windows-1252 is decoded here,
///   not by libxml2 (whose converter stops at the five bytes the encoding leaves undefined and
///   drops the rest of the page): those bytes become their C1 code points, each with a finding.
///   libxml2's messages about the input become findings that name the file.
/// - ``TextBlock/element`` is a short path such as `body/main/section[2]/ul/li[3]`.
public struct HTMLReader: DocumentReader {
    public var format: String { "html" }
    /// The largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Depth and text limits for the parser.
    public var xmlLimits: XMLParseLimits

    public init(maxFileBytes: Int = 50 * 1_048_576, xmlLimits: XMLParseLimits = .default) {
        self.maxFileBytes = maxFileBytes
        self.xmlLimits = xmlLimits
    }

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let data = try XMLFamilySupport.readFile(url, displayPath: displayPath, maxBytes: maxFileBytes)
        let encoding = Self.encoding(of: data)
        var findings: [Finding] = []
        var parsed = data
        var parserEncoding = encoding
        if encoding == "windows-1252" {
            let bytes = [UInt8](data)
            parsed = Data(TextDecoding.windows1252(bytes).utf8)
            parserEncoding = "UTF-8"
            findings += TextDecoding.undefinedWindows1252Bytes(bytes).map { $0.finding(file: displayPath) }
        }
        let root: XMLElement
        var diagnostics: [XMLDiagnostic] = []
        do {
            root = try DekkingXML.XMLParser.parseHTML(
                parsed, encoding: parserEncoding, limits: xmlLimits, diagnostics: &diagnostics)
        } catch {
            throw XMLFamilySupport.ingestError(error, file: displayPath, part: nil)
        }
        findings += diagnostics.map { XMLFamilySupport.finding($0, file: displayPath, part: nil) }
        let title = root.firstElement(named: "head")?.firstElement(named: "title")
            .map { XMLFamilySupport.tidy(XMLFamilySupport.collapsed($0.textContent)) }
        var walker = Walker()
        if let body = root.firstElement(named: "body") {
            walker.block(body, path: "body", kind: .paragraph, context: Context())
        }
        return ExtractedText(
            blocks: walker.blocks, format: format, encoding: encoding, title: title?.isEmpty == false ? title : nil,
            findings: findings)
    }

    /// The encoding: BOM, then UTF-16 without BOM when the NUL bytes show it, then `<meta charset>` / `http-equiv` in the first 4 KB (when libxml2 knows
    /// it), then UTF-8 if the bytes are valid UTF-8, else windows-1252.
    static func encoding(of data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let unmarked = TextDecoding.unmarkedUTF16(data) { return unmarked }
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let range = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = range.upperBound
            guard let tagStart = head[..<range.lowerBound].lastIndex(of: "<"),
                head[tagStart...].hasPrefix("<meta"), !head[tagStart..<range.lowerBound].contains(">")
            else { continue }
            var rest = head[range.upperBound...].drop { $0 == " " }
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let name = String(rest.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
            guard !name.isEmpty else { continue }
            switch name {
            case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1":
                return "windows-1252"
            default:
                if DekkingXML.XMLParser.canDecode(encoding: name) { return name.uppercased() }
            }
        }
        return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// What is inherited while walking down the tree.
    struct Context {
        var listDepth = 0
        var ordered = false
        /// The kind imposed by an enclosing `li`, `td` or heading, which inner `p`/`div` keep.
        var imposed: TextBlock.Kind?
        /// Inside `article`, `main` or `section`, where a `header` is content.
        var inContent = false
    }
}

extension HTMLReader {
    /// Collects blocks from the body; pending inline text belongs to the innermost open block.
    struct Walker {
        var blocks: [TextBlock] = []
        private var buffer = ""
        private var owner: (kind: TextBlock.Kind, path: String)?
        private var tableCount = 0

        static let dropped: Set<String> = [
            "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button",
            "select", "textarea", "object", "embed", "canvas", "dialog", "head", "math", "audio", "video", "map",
        ]
        static let blockElements: Set<String> = [
            "p", "div", "section", "article", "main", "blockquote", "pre", "address", "figure", "figcaption", "dl",
            "dd", "dt", "header", "details", "summary", "center", "fieldset", "legend", "hgroup", "caption",
        ]
        static let noiseRoles: Set<String> = [
            "navigation", "menu", "menubar", "banner", "contentinfo", "complementary", "search", "dialog",
            "alertdialog",
        ]
        static let noiseWords: Set<String> = [
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
            "cookiebanner", "footer", "skiplink", "skiplinks",
        ]

        /// Whether an element is page furniture rather than content.
        static func isNoise(_ element: XMLElement, context: Context) -> Bool {
            if dropped.contains(element.name) { return true }
            if element.name == "header" && !context.inContent { return true }
            if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
            if let role = element.attribute("role")?.lowercased(), noiseRoles.contains(role) { return true }
            let tokens = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
                .flatMap { $0.lowercased().split(whereSeparator: \.isWhitespace) }
            return tokens.contains { token in
                token.split { $0 == "-" || $0 == "_" }.contains { noiseWords.contains(String($0)) }
            }
        }

        /// Opens a block of `kind` for `element`, walks it and closes it.
        mutating func block(_ element: XMLElement, path: String, kind: TextBlock.Kind, context: Context) {
            flush()
            let saved = owner
            owner = (kind, path)
            walk(element, path: path, context: context)
            flush()
            owner = saved
        }

        private mutating func flush() {
            let text = XMLFamilySupport.tidy(buffer)
            buffer = ""
            guard !text.isEmpty, let owner else { return }
            blocks.append(TextBlock(owner.kind, text, element: owner.path))
        }

        private mutating func walk(_ element: XMLElement, path: String, context: Context) {
            let names = XMLFamilySupport.indexedNames(element.childElements.map(\.name))
            var next = names.makeIterator()
            for child in element.children {
                guard case .element(let child) = child else {
                    if let text = child.text { buffer += XMLFamilySupport.collapsed(text) }
                    continue
                }
                let childPath = "\(path)/\(next.next() ?? child.name)"
                guard !Self.isNoise(child, context: context) else { continue }
                visit(child, path: childPath, context: context)
            }
        }

        private mutating func visit(_ element: XMLElement, path: String, context: Context) {
            var inner = context
            switch element.name {
            case "br":
                buffer += "\n"
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let kind = TextBlock.Kind.heading(level: Int(String(element.name.dropFirst())) ?? 1)
                inner.imposed = kind
                block(element, path: path, kind: kind, context: inner)
            case "ul", "ol", "menu":
                inner.listDepth += 1
                inner.ordered = element.name == "ol"
                inner.imposed = nil
                block(element, path: path, kind: context.imposed ?? .paragraph, context: inner)
            case "li":
                let kind = TextBlock.Kind.listItem(depth: max(context.listDepth, 1), ordered: context.ordered)
                inner.imposed = kind
                block(element, path: path, kind: kind, context: inner)
            case "table":
                table(element, path: path, context: context)
            case let name where Self.blockElements.contains(name):
                if ["article", "main", "section"].contains(name) { inner.inContent = true }
                block(element, path: path, kind: context.imposed ?? .paragraph, context: inner)
            default:
                walk(element, path: path, context: context)  // inline: a, span, b, em, …
            }
        }

        private mutating func table(_ table: XMLElement, path: String, context: Context) {
            flush()
            let index = tableCount
            tableCount += 1
            var rows: [(XMLElement, String)] = []
            let names = XMLFamilySupport.indexedNames(table.childElements.map(\.name))
            for (child, name) in zip(table.childElements, names) {
                switch child.name {
                case "tr": rows.append((child, "\(path)/\(name)"))
                case "thead", "tbody", "tfoot":
                    let rowNames = XMLFamilySupport.indexedNames(child.childElements.map(\.name))
                    for (row, rowName) in zip(child.childElements, rowNames) where row.name == "tr" {
                        rows.append((row, "\(path)/\(name)/\(rowName)"))
                    }
                case "caption": block(child, path: "\(path)/\(name)", kind: .paragraph, context: context)
                default: break
                }
            }
            for (rowNumber, (row, rowPath)) in rows.enumerated() {
                var column = 0
                let cellNames = XMLFamilySupport.indexedNames(row.childElements.map(\.name))
                for (cell, cellName) in zip(row.childElements, cellNames) where cell.name == "td" || cell.name == "th" {
                    let kind = TextBlock.Kind.tableCell(table: index, row: rowNumber, column: column)
                    var inner = context
                    inner.imposed = kind
                    block(cell, path: "\(rowPath)/\(cellName)", kind: kind, context: inner)
                    column += min(max(cell.attribute("colspan").flatMap { Int($0) } ?? 1, 1), 1000)
                }
            }
        }
    }
}
