/// One child of an ``XMLElement``: a nested element or a run of character data.
///
/// Adjacent text and CDATA nodes of the source are merged into one `.text`. Comments, processing
/// instructions and entity references are not part of the tree: an entity reference is never
/// expanded into text.
public enum XMLNodeContent: Sendable, Hashable {
    case element(XMLElement)
    case text(String)

    /// The element, if this child is one.
    public var element: XMLElement? {
        if case .element(let element) = self { element } else { nil }
    }

    /// The text, if this child is character data.
    public var text: String? {
        if case .text(let text) = self { text } else { nil }
    }
}
