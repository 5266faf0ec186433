/// The readers available to the ingest driver, one per format name.
///
/// ``standard`` lists every reader of this module; a caller may replace one (for instance a
/// ``PDFReader`` with a fake tool runner in tests) with ``registering(_:as:)``.
public struct ReaderRegistry: Sendable {
    private var readers: [String: any DocumentReader]

    public init(_ readers: [String: any DocumentReader] = [:]) { self.readers = readers }

    /// Text, Markdown, PDF, HTML, XML, DOCX and ODT.
    public static var standard: ReaderRegistry {
        var registry = ReaderRegistry()
        registry.register(TextReader(), as: "txt")
        registry.register(PDFReader(), as: "pdf")
        registry.register(HTMLReader(), as: "html")
        registry.register(XMLReader(), as: "xml")
        registry.register(DOCXReader(), as: "docx")
        registry.register(ODTReader(), as: "odt")
        return registry
    }

    /// The reader for `format`, if any.
    public func reader(for format: String) -> (any DocumentReader)? { readers[format] }

    /// The formats that have a reader, sorted.
    public var formats: [String] { readers.keys.sorted() }

    public mutating func register(_ reader: any DocumentReader, as format: String) { readers[format] = reader }

    /// A copy with `reader` handling `format`.
    public func registering(_ reader: any DocumentReader, as format: String) -> ReaderRegistry {
        var copy = self
        copy.register(reader, as: format)
        return copy
    }
}
