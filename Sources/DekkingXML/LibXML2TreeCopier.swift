import CLibXML2

/// Copies a libxml2 node tree into ``XMLElement`` values, enforcing the depth and text limits.
///
/// Runs only while the document is alive, inside the parse function that owns it; no pointer is
/// kept after ``copy(_:)`` returns.
///
/// > Warning: **Do not make this public.**
struct LibXML2TreeCopier {
    let limits: XMLParseLimits
    private var textBytes = 0
    /// Names and namespace strings already copied, by their address in libxml2 (which keeps one
    /// copy of each name in its dictionary and one per namespace declaration): every element of a
    /// namespace then shares one Swift string instead of holding a copy of the URI.
    private var shared: [UnsafeRawPointer: String] = [:]
    /// At most this many strings are shared; past it, strings are copied each time.
    private static let sharedLimit = 4096

    init(limits: XMLParseLimits) {
        self.limits = limits
    }

    /// Copies `root` and everything below it.
    ///
    /// - Throws: ``XMLParseError/tooDeep(limit:line:)`` or ``XMLParseError/textTooLarge(limit:)``.
    mutating func copy(_ root: xmlNodePtr) throws(XMLParseError) -> XMLElement {
        try copyElement(root, depth: 1)
    }

    private mutating func copyElement(_ node: xmlNodePtr, depth: Int) throws(XMLParseError) -> XMLElement {
        let line = Self.line(of: node)
        guard depth <= limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth, line: line) }
        var element = XMLElement(
            name: sharedString(node.pointee.name) ?? "", namespaceURI: sharedString(node.pointee.ns?.pointee.href),
            prefix: sharedString(node.pointee.ns?.pointee.prefix), line: line)
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = try countedText(Self.attributeValue(current))
            element.attributes.append(
                XMLAttribute(
                    name: sharedString(current.pointee.name) ?? "",
                    namespaceURI: sharedString(current.pointee.ns?.pointee.href),
                    prefix: sharedString(current.pointee.ns?.pointee.prefix), value: value))
            attribute = current.pointee.next
        }
        var pendingText = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if !pendingText.isEmpty {
                    element.children.append(.text(pendingText))
                    pendingText = ""
                }
                element.children.append(.element(try copyElement(current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                pendingText += try countedText(Self.string(current.pointee.content) ?? "")
            default:
                // Comments, processing instructions and entity references are left out; an entity
                // reference in particular is never expanded into text.
                break
            }
            child = current.pointee.next
        }
        if !pendingText.isEmpty { element.children.append(.text(pendingText)) }
        return element
    }

    /// The string at `pointer`, shared with earlier copies of the same address.
    private mutating func sharedString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let key = UnsafeRawPointer(pointer)
        if let known = shared[key] { return known }
        let copy = String(cString: pointer)
        if shared.count < Self.sharedLimit { shared[key] = copy }
        return copy
    }

    private mutating func countedText(_ text: String) throws(XMLParseError) -> String {
        textBytes += text.utf8.count
        guard textBytes <= limits.maxTextBytes else { throw .textTooLarge(limit: limits.maxTextBytes) }
        return text
    }

    /// The text children of an attribute, concatenated; entity references in it are left out.
    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let text = string(current.pointee.content) { value += text }
            child = current.pointee.next
        }
        return value
    }

    private static func line(of node: xmlNodePtr) -> Int? {
        let line = xmlGetLineNo(node)
        return line > 0 ? Int(line) : nil
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }
}
