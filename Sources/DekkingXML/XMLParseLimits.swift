/// Limits and policies applied to every parse, on top of libxml2's own built-in limits.
///
/// libxml2 is always run without network access, without entity substitution, without loading or
/// validating DTDs and without `XML_PARSE_HUGE`; these limits cannot loosen that.
public struct XMLParseLimits: Sendable, Hashable {
    /// What to do with a document type declaration (`<!DOCTYPE …>`) in XML input.
    public enum DoctypePolicy: Sendable, Hashable {
        /// Accept a DOCTYPE, but refuse any entity declaration in it (general or parameter).
        case refuseEntityDeclarations
        /// Refuse any DOCTYPE at all; for formats that never legitimately have one (DOCX, ODT parts).
        case refuse
    }

    /// The deepest element nesting accepted; the root element is depth 1.
    ///
    /// Values are clamped to `1...4096`. For XML, libxml2 itself also stops at 256 levels.
    public var maxDepth: Int {
        didSet { maxDepth = min(max(maxDepth, 1), 4096) }
    }
    /// The most bytes (UTF-8) of text and attribute values copied out of one document.
    public var maxTextBytes: Int
    /// How a DOCTYPE in XML input is treated; HTML parsing ignores this.
    public var doctype: DoctypePolicy
    /// The most attributes one element may have; a document with a larger element is refused
    /// before libxml2 parses it, whose time grows with the square of an element's attributes.
    ///
    /// Real elements have a few dozen at most (a DOCX paragraph about ten); 1,000 cost libxml2
    /// well under a millisecond. Values below 1 count as 1.
    public var maxAttributes: Int {
        didSet { maxAttributes = max(maxAttributes, 1) }
    }
    /// The most nodes one document may have: elements, attributes, runs of text, comments and
    /// processing instructions, counted while libxml2 parses, which stops at the first node over
    /// the limit.
    ///
    /// Memory grows with the nodes, not the bytes: `<a/>` is four bytes of input but about
    /// 150 bytes in libxml2's tree, and as much again once copied into ``XMLElement``s. A DOCX
    /// paragraph is about 10 to 40 nodes (paragraph, runs, their properties and text), so the
    /// default of 2,000,000 is 50,000 paragraphs even at 40 nodes each: well over a thousand
    /// pages. Values below 1 count as 1.
    public var maxNodes: Int {
        didSet { maxNodes = max(maxNodes, 1) }
    }

    public init(
        maxDepth: Int = 256, maxTextBytes: Int = 64 * 1_048_576, doctype: DoctypePolicy = .refuseEntityDeclarations,
        maxAttributes: Int = 1_000, maxNodes: Int = 2_000_000
    ) {
        self.maxDepth = min(max(maxDepth, 1), 4096)
        self.maxTextBytes = maxTextBytes
        self.doctype = doctype
        self.maxAttributes = max(maxAttributes, 1)
        self.maxNodes = max(maxNodes, 1)
    }

    /// The limits for ordinary documents: depth 256, 64 MB of text, no entity declarations,
    /// 1,000 attributes per element, 2,000,000 nodes.
    public static let `default` = XMLParseLimits()

    /// The limits for parts of office archives (DOCX, ODT): as ``default``, and no DOCTYPE at all.
    public static let officePart = XMLParseLimits(doctype: .refuse)
}
