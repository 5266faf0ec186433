/// An element of a parsed XML or HTML document, copied out of libxml2 into plain Swift values.
///
/// The tree owns no C memory, so it can be kept, compared and sent between tasks freely. Names are
/// split the namespace-aware way: `<w:p xmlns:w="…main">` has ``name`` `p`, ``prefix`` `w` and
/// ``namespaceURI`` `…main`. HTML element names are lower-case and have no namespace.
///
/// The depth of a tree is bounded by ``XMLParseLimits/maxDepth``, so recursive algorithms over it
/// (including the synthesised `==` and `hash(into:)`) cannot exhaust the stack.
public struct XMLElement: Sendable, Hashable {
    /// The local name, without prefix.
    public var name: String
    /// The namespace URI of the element, if it has one.
    public var namespaceURI: String?
    /// The prefix as written in the source, if any.
    public var prefix: String?
    /// The attributes in source order.
    public var attributes: [XMLAttribute]
    /// Child elements and text in source order.
    public var children: [XMLNodeContent]
    /// The 1-based line of the start tag, where libxml2 knows it.
    public var line: Int?

    public init(
        name: String, namespaceURI: String? = nil, prefix: String? = nil, attributes: [XMLAttribute] = [],
        children: [XMLNodeContent] = [], line: Int? = nil
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The name as written: `prefix:name`, or `name` without a prefix.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// The value of the first attribute with this local name.
    ///
    /// - Parameters:
    ///   - localName: The attribute name without prefix.
    ///   - namespace: The namespace URI the attribute must be in; `nil` matches any namespace.
    /// - Returns: The value, or `nil` when there is no such attribute.
    public func attribute(_ localName: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == localName && (namespace == nil || $0.namespaceURI == namespace) }?.value
    }

    /// The child elements (not text) in order.
    public var childElements: [XMLElement] { children.compactMap(\.element) }

    /// The direct child elements with this local name (and namespace, when given).
    public func elements(named localName: String, namespace: String? = nil) -> [XMLElement] {
        childElements.filter { $0.name == localName && (namespace == nil || $0.namespaceURI == namespace) }
    }

    /// The first direct child element with this local name (and namespace, when given).
    public func firstElement(named localName: String, namespace: String? = nil) -> XMLElement? {
        childElements.first { $0.name == localName && (namespace == nil || $0.namespaceURI == namespace) }
    }

    /// All text of this element and its descendants, concatenated in document order, unchanged.
    public var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }
}
