import CLibXML2

/// What the callbacks of one parse observed: the first error, and a forbidden construct.
///
/// An instance lives for one parse only and is reached from C callbacks through the parser
/// context's `_private` field, which libxml2 never touches.
///
/// > Warning: **Do not make this public.** It exists only inside ``XMLParser`` functions.
final class LibXML2ParseState {
    /// A forbidden construct seen while parsing.
    enum Forbidden {
        case doctype(line: Int?)
        case entityDeclaration(name: String, line: Int?)
    }

    /// The first error libxml2 reported (message and line).
    var firstError: (message: String, line: Int?, code: Int32)?
    /// The forbidden construct that stopped the parse, if any.
    var forbidden: Forbidden?
    /// Nodes created so far (elements, attributes, runs of text, comments, processing instructions).
    private(set) var nodes = 0
    /// The most nodes allowed; see ``XMLParseLimits/maxNodes``.
    var nodeLimit = Int.max
    /// The line of the first node over ``nodeLimit``, once the parse has been stopped for it.
    private(set) var nodeLimitLine: Int??
    /// Messages that reached libxml2's structured error handler during ``capturingMessages(_:)``.
    var diagnostics: [XMLDiagnostic] = []
    /// At most this many diagnostics are kept per parse (a broken file can give one per byte).
    static let diagnosticLimit = 20

    /// The state attached to a parser context, if any.
    static func from(_ context: UnsafeMutableRawPointer?) -> LibXML2ParseState? {
        guard let ctxt = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let state = ctxt.pointee._private
        else { return nil }
        return Unmanaged<LibXML2ParseState>.fromOpaque(state).takeUnretainedValue()
    }

    /// The line the parser is currently on.
    static func currentLine(_ context: UnsafeMutableRawPointer?) -> Int? {
        guard let ctxt = context?.assumingMemoryBound(to: xmlParserCtxt.self), let input = ctxt.pointee.input else {
            return nil
        }
        let line = Int(input.pointee.line)
        return line > 0 ? line : nil
    }

    /// Counts `count` new nodes; past ``nodeLimit`` the parser is stopped and `false` returned,
    /// so the caller does not build the node.
    static func admit(_ count: Int, context: UnsafeMutableRawPointer?) -> Bool {
        guard let state = from(context) else { return true }
        guard state.nodeLimitLine == nil else { return false }
        state.nodes += count
        guard state.nodes > state.nodeLimit else { return true }
        state.nodeLimitLine = .some(currentLine(context))
        xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        return false
    }

    /// Character data, counted as a node when libxml2 will make a new text node of it (it adds
    /// text that follows text to the same node).
    private static let countedCharacters: charactersSAXFunc = { context, characters, length in
        if let ctxt = context?.assumingMemoryBound(to: xmlParserCtxt.self), let parent = ctxt.pointee.node,
            parent.pointee.last?.pointee.type != XML_TEXT_NODE
        {
            guard LibXML2ParseState.admit(1, context: context) else { return }
        }
        xmlSAX2Characters(context, characters, length)
    }

    /// Installs the node count on a parser context (XML or HTML): libxml2's own tree builders
    /// (`xmlSAX2…`) are wrapped, so no node over the limit is built and the parse stops there.
    func installNodeCount(on ctxt: xmlParserCtxtPtr, limit: Int, html: Bool) {
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        nodeLimit = limit
        guard let sax = ctxt.pointee.sax else { return }
        if html {
            sax.pointee.startElement = { context, name, attributes in
                var count = 1
                if var pair = attributes {
                    while pair.pointee != nil {
                        count += 1
                        pair += 2
                    }
                }
                guard LibXML2ParseState.admit(count, context: context) else { return }
                xmlSAX2StartElement(context, name, attributes)
            }
        } else {
            sax.pointee.startElementNs = {
                context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
                guard LibXML2ParseState.admit(1 + Int(attributeCount), context: context) else { return }
                xmlSAX2StartElementNs(
                    context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
            }
        }
        sax.pointee.characters = Self.countedCharacters
        // XML keeps white space between elements through the same builder; HTML drops it
        // (`HTML_PARSE_NOBLANKS`), so its handler stays.
        if !html { sax.pointee.ignorableWhitespace = Self.countedCharacters }
        sax.pointee.comment = { context, value in
            guard LibXML2ParseState.admit(1, context: context) else { return }
            xmlSAX2Comment(context, value)
        }
        sax.pointee.processingInstruction = { context, target, data in
            guard LibXML2ParseState.admit(1, context: context) else { return }
            xmlSAX2ProcessingInstruction(context, target, data)
        }
    }

    /// Installs the callbacks for this state on an XML parser context: errors are recorded here
    /// (and so never printed), and the DOCTYPE policy is enforced as the parser meets declarations.
    func install(on ctxt: xmlParserCtxtPtr, doctype policy: XMLParseLimits.DoctypePolicy) {
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = ctxt.pointee.sax else { return }
        sax.pointee.serror = { userData, error in
            guard let state = LibXML2ParseState.from(userData), let error, state.firstError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "onbekende fout"
            let line = Int(error.pointee.line)
            state.firstError = (
                LibXML2ParseState.trimmed(message), line > 0 ? line : nil, error.pointee.code
            )
        }
        switch policy {
        case .refuse:
            sax.pointee.internalSubset = { context, _, _, _ in
                LibXML2ParseState.from(context)?.forbidden = .doctype(line: LibXML2ParseState.currentLine(context))
                xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            }
        case .refuseEntityDeclarations:
            break
        }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            let entity = name.map { String(cString: $0) } ?? "?"
            LibXML2ParseState.from(context)?.forbidden = .entityDeclaration(
                name: entity, line: LibXML2ParseState.currentLine(context))
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
    }

    /// Runs `body` (one parse on this thread) with libxml2's structured error handler pointed at
    /// this state, so that messages libxml2 raises without a parser context (decoding and I/O
    /// errors, which ignore `XML_PARSE_NOERROR`) are recorded in ``diagnostics`` instead of being
    /// printed. The handler is per thread in libxml2 and is reset before returning.
    func capturingMessages<Result>(_ body: () -> Result) -> Result {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<LibXML2ParseState>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }

    /// Codes of parser errors that are about characters and their encoding.
    private static let encodingCodes: Set<Int32> = [
        Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
        Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int32(XML_ERR_UNKNOWN_ENCODING.rawValue),
    ]

    /// Keeps `error` as a diagnostic unless it is one of the parser's own complaints about markup
    /// (HTML is repaired, so those are expected and are not the user's concern).
    private func record(_ error: xmlError) {
        let domain = error.domain
        let isParser =
            domain == Int32(XML_FROM_PARSER.rawValue) || domain == Int32(XML_FROM_HTML.rawValue)
            || domain == Int32(XML_FROM_NAMESPACE.rawValue)
        let isEncoding =
            domain == Int32(XML_FROM_I18N.rawValue) || domain == Int32(XML_FROM_IO.rawValue)
            || Self.encodingCodes.contains(error.code)
        guard !isParser || isEncoding, diagnostics.count < Self.diagnosticLimit else { return }
        // One line: libxml2 puts details such as the offending bytes on a line of their own.
        let message = Self.trimmed(error.message.map { String(cString: $0) } ?? "onbekende fout")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        let line = Int(error.line)
        let diagnostic = XMLDiagnostic(message: message, line: line > 0 ? line : nil, isEncoding: isEncoding)
        if diagnostics.last != diagnostic { diagnostics.append(diagnostic) }
    }

    /// `text` without leading and trailing ASCII whitespace (libxml2 messages end in a newline).
    static func trimmed(_ text: String) -> String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r"]
        var slice = Substring(text)
        while let first = slice.first, blanks.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, blanks.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
