/// A problem found in an input: a bad file, a broken framework entry, an override that no longer
/// applies.
///
/// Problems in inputs are not thrown: each becomes a finding, the run goes on, and the exit status
/// tells whether any finding was an error.
public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a finding is. Only `error` makes a run end with a non-zero exit status.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The word printed before the message.
        public var label: String {
            switch self {
            case .note: "opmerking"
            case .warning: "waarschuwing"
            case .error: "fout"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// One sentence for a user, in Dutch, naming what is wrong and where possible what to do.
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:col: fout: message`, the form editors and terminals recognise.
    public var description: String { "\(location): \(severity.label): \(message)" }
}

extension Sequence where Element == Finding {
    /// Whether any finding is an error.
    public var containsError: Bool { contains { $0.severity == .error } }
}
