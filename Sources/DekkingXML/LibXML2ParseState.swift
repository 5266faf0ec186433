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

    /// `text` without leading and trailing ASCII whitespace (libxml2 messages end in a newline).
    static func trimmed(_ text: String) -> String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r"]
        var slice = Substring(text)
        while let first = slice.first, blanks.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, blanks.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
