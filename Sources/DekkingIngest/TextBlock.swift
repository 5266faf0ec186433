import DekkingCore

/// One structural block of text that a reader found, before structure recognition.
///
/// Readers only say what the source says (a heading of level 2, a list item, a table cell on page
/// 3); recognising kerntaken, werkprocessen or resultaatgebieden is the job of structure
/// recognition, which works the same for every format.
public struct TextBlock: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A heading; level 1 is the outermost.
        case heading(level: Int)
        case paragraph
        /// A list item; depth 1 is the outermost list.
        case listItem(depth: Int, ordered: Bool)
        /// A table cell, 0-based row and column within its table.
        case tableCell(table: Int, row: Int, column: Int)
    }

    public var kind: Kind
    /// The text, whitespace-tidied, never empty.
    public var text: String
    /// 1-based page, for paged formats.
    public var page: Int?
    /// 1-based line, for line-based formats.
    public var line: Int?
    /// Where in the source, such as `word/document.xml` paragraph 12 or an element path.
    public var element: String?
    /// The source's style name, such as a DOCX paragraph style (`Heading2`, `Kop2`).
    public var style: String?

    public init(
        _ kind: Kind, _ text: String, page: Int? = nil, line: Int? = nil, element: String? = nil, style: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.page = page
        self.line = line
        self.element = element
        self.style = style
    }
}

/// What a reader extracted from one file.
public struct ExtractedText: Sendable {
    /// The most text one document may hold, in UTF-8 bytes: 8 MiB, about 1.3 million words or
    /// 4,000 pages, far above any kwalificatiedossier, OER or functieboek. Reading, analysing and
    /// matching take about 40 bytes of memory per byte of text, so this bounds one document at
    /// about 350 MB (measured: 7.4 MB of PDF text, 326 MB peak, 17 s).
    public static let maxTextBytes = 8 * 1_048_576

    /// The UTF-8 bytes of all blocks' text.
    public var textBytes: Int { blocks.reduce(0) { $0 + $1.text.utf8.count } }

    /// The blocks in reading order.
    public var blocks: [TextBlock]
    /// The format read, such as `pdf`, `docx`, `odt`, `html`, `xml`, `txt`.
    public var format: String
    /// The character encoding used for text formats.
    public var encoding: String?
    /// The title the file declares (HTML `<title>`, DOCX core properties), if any.
    public var title: String?
    /// Warnings about this file that did not stop reading (e.g. a PDF page without text).
    public var findings: [Finding]

    public init(
        blocks: [TextBlock], format: String, encoding: String? = nil, title: String? = nil, findings: [Finding] = []
    ) {
        self.blocks = blocks
        self.format = format
        self.encoding = encoding
        self.title = title
        self.findings = findings
    }
}
