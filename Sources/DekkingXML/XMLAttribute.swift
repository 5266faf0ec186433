/// One attribute of an ``XMLElement``, as written in the source.
public struct XMLAttribute: Sendable, Hashable {
    /// The local name, without prefix (`val` for `w:val`).
    public var name: String
    /// The namespace URI the attribute's prefix is bound to; `nil` for unprefixed attributes.
    public var namespaceURI: String?
    /// The prefix as written (`w` for `w:val`), if any.
    public var prefix: String?
    /// The value, with character references resolved; entity references are left out.
    public var value: String

    public init(name: String, namespaceURI: String? = nil, prefix: String? = nil, value: String) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = value
    }

    /// The name as written: `prefix:name`, or `name` without a prefix.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
}
