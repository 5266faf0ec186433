import CLibXML2
import Foundation

/// Parses XML and HTML with libxml2 into plain Swift values (``XMLElement``), safely.
///
/// Each call creates its own libxml2 parser context, parses, copies the tree into Swift values and
/// frees every C allocation before returning, so calls may run concurrently from any thread. The
/// parsers never touch the network or the file system, never substitute entities and never load
/// DTDs; libxml2's built-in limits stay on. libxml2 prints nothing: its messages end up in the
/// thrown ``XMLParseError``, or, when they did not stop the parse, in the ``XMLDiagnostic``s a
/// caller asks for.
public enum XMLParser {
    /// Parses a well-formed XML document.
    ///
    /// - Parameters:
    ///   - data: The document's bytes; the encoding is detected from the BOM or XML declaration.
    ///   - limits: Depth, text and DOCTYPE limits.
    /// - Returns: The root element.
    /// - Throws: ``XMLParseError``: `malformed` with libxml2's reason and line for broken input,
    ///   `doctypeForbidden`/`entityDeclarationForbidden` for refused declarations, `tooDeep`,
    ///   `textTooLarge`, `tooManyAttributes`, `tooManyNodes`, `empty`.
    public static func parseXML(_ data: Data, limits: XMLParseLimits = .default) throws(XMLParseError) -> XMLElement {
        var ignored: [XMLDiagnostic] = []
        return try parseXML(data, limits: limits, diagnostics: &ignored)
    }

    /// ``parseXML(_:limits:)``, also handing over the messages that did not stop the parse.
    public static func parseXML(
        _ data: Data, limits: XMLParseLimits = .default, diagnostics: inout [XMLDiagnostic]
    ) throws(XMLParseError) -> XMLElement {
        let size = try checkedSize(of: data)
        try checkAttributes(of: data, limits: limits, html: false)
        LibXML2Environment.prepare()
        guard let ctxt = xmlNewParserCtxt() else { throw .parserUnavailable }
        defer { xmlFreeParserCtxt(ctxt) }
        let state = LibXML2ParseState()
        state.install(on: ctxt, doctype: limits.doctype)
        state.installNodeCount(on: ctxt, limit: limits.maxNodes, html: false)
        let options =
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
        let document = state.capturingMessages {
            data.withUnsafeBytes { bytes in
                xmlCtxtReadMemory(
                    ctxt, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), size, nil, nil, Int32(options))
            }
        }
        defer { xmlFreeDoc(document) }
        diagnostics += state.diagnostics
        switch state.forbidden {
        case .doctype(let line): throw .doctypeForbidden(line: line)
        case .entityDeclaration(let name, let line): throw .entityDeclarationForbidden(name: name, line: line)
        case nil: break
        }
        if let line = state.nodeLimitLine { throw .tooManyNodes(limit: limits.maxNodes, line: line) }
        guard let document, let root = xmlDocGetRootElement(document) else {
            throw error(from: state.firstError, context: ctxt)
        }
        var copier = LibXML2TreeCopier(limits: limits)
        return try copier.copy(root)
    }

    /// Parses HTML the way browsers do: broken markup is repaired, never rejected.
    ///
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - encoding: The character encoding (an IANA name such as `UTF-8` or `windows-1252`), or
    ///     `nil` to let libxml2 detect it from a BOM or `<meta charset>`.
    ///   - limits: Depth and text limits; the DOCTYPE policy does not apply to HTML.
    /// - Returns: The root element, normally `html` (libxml2 adds implied `html` and `body`).
    /// - Throws: ``XMLParseError``: `empty` when nothing could be parsed, `tooDeep`, `textTooLarge`,
    ///   `tooManyAttributes`, `tooManyNodes`.
    public static func parseHTML(
        _ data: Data, encoding: String? = nil, limits: XMLParseLimits = .default
    ) throws(XMLParseError) -> XMLElement {
        var ignored: [XMLDiagnostic] = []
        return try parseHTML(data, encoding: encoding, limits: limits, diagnostics: &ignored)
    }

    /// ``parseHTML(_:encoding:limits:)``, also handing over libxml2's messages about the input
    /// (decoding errors; not its complaints about markup it repaired).
    public static func parseHTML(
        _ data: Data, encoding: String? = nil, limits: XMLParseLimits = .default, diagnostics: inout [XMLDiagnostic]
    ) throws(XMLParseError) -> XMLElement {
        let size = try checkedSize(of: data)
        try checkAttributes(of: data, limits: limits, html: true)
        LibXML2Environment.prepare()
        guard let ctxt = htmlNewParserCtxt() else { throw .parserUnavailable }
        defer { htmlFreeParserCtxt(ctxt) }
        let options =
            HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue
        let state = LibXML2ParseState()
        state.installNodeCount(on: ctxt, limit: limits.maxNodes, html: true)
        let document = state.capturingMessages {
            data.withUnsafeBytes { bytes in
                htmlCtxtReadMemory(
                    ctxt, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), size, nil, encoding, Int32(options))
            }
        }
        defer { xmlFreeDoc(document) }
        diagnostics += state.diagnostics
        if let line = state.nodeLimitLine { throw .tooManyNodes(limit: limits.maxNodes, line: line) }
        guard let document, let root = xmlDocGetRootElement(document) else { throw .empty }
        var copier = LibXML2TreeCopier(limits: limits)
        return try copier.copy(root)
    }

    /// Whether libxml2 can decode text in the encoding called `name` (an IANA name such as
    /// `windows-1252`), directly or through iconv.
    public static func canDecode(encoding name: String) -> Bool {
        LibXML2Environment.prepare()
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Refuses a document with an element over ``XMLParseLimits/maxAttributes`` (see ``AttributeScan``).
    private static func checkAttributes(of data: Data, limits: XMLParseLimits, html: Bool) throws(XMLParseError) {
        let line = data.withUnsafeBytes {
            AttributeScan.firstElement(exceeding: limits.maxAttributes, in: $0, html: html)
        }
        if let line { throw .tooManyAttributes(limit: limits.maxAttributes, line: line) }
    }

    /// The size as libxml2 takes it, or a typed error for empty or oversized input.
    private static func checkedSize(of data: Data) throws(XMLParseError) -> Int32 {
        guard !data.isEmpty else { throw .empty }
        guard let size = Int32(exactly: data.count) else {
            throw .inputTooLarge(bytes: data.count, limit: Int(Int32.max))
        }
        return size
    }

    /// The error for a parse that produced no document.
    private static func error(
        from first: (message: String, line: Int?, code: Int32)?, context ctxt: xmlParserCtxtPtr
    ) -> XMLParseError {
        guard let first else {
            if let last = xmlCtxtGetLastError(ctxt), let message = last.pointee.message {
                let line = Int(last.pointee.line)
                return .malformed(
                    line: line > 0 ? line : nil, reason: LibXML2ParseState.trimmed(String(cString: message)))
            }
            return .empty
        }
        if first.code == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue) { return .empty }
        if first.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), first.message.contains("Excessive depth") {
            return .tooDeep(limit: 256, line: first.line)
        }
        return .malformed(line: first.line, reason: first.message)
    }
}
