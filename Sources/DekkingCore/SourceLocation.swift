/// Where in an input file something was found: a file, and where known a line, column, page and
/// element.
///
/// Printed the way compilers print locations (`file:line:column`), followed by the page and the
/// element when they are known, so that a user can go straight to the place.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it (not resolved to an absolute path).
    public var file: String
    /// 1-based line, where the format has lines.
    public var line: Int?
    /// 1-based column, where known.
    public var column: Int?
    /// 1-based page, for paged formats such as PDF.
    public var page: Int?
    /// The element or entry inside the file, such as `word/document.xml` or a framework id.
    public var element: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, page: Int? = nil, element: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.page = page
        self.element = element
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let page { text += " (pagina \(page))" }
        if let element { text += " [\(element)]" }
        return text
    }
}
