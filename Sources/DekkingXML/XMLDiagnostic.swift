/// A message libxml2 gave during a parse that did not stop it, such as bytes its decoder could
/// not convert (after which libxml2 may have dropped the rest of the text).
///
/// Captured through libxml2's structured error handler for the duration of one parse, so that
/// libxml2 never prints anything itself; readers turn these into findings that name the file.
public struct XMLDiagnostic: Hashable, Sendable {
    /// libxml2's own (English) message, trimmed.
    public var message: String
    /// The 1-based line, where libxml2 knows it.
    public var line: Int?
    /// Whether the message is about decoding characters (text may be lost or replaced).
    public var isEncoding: Bool

    public init(message: String, line: Int?, isEncoding: Bool) {
        self.message = message
        self.line = line
        self.isEncoding = isEncoding
    }
}
