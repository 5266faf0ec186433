import DekkingModel

/// Where a passage stands, for a reader: the one definition the reports, the comparison and
/// `dekking explain` use. (The report page's script draws its evidence panels with the same rule;
/// the browser test compares the two.)
///
/// The parts in reading order: the structural code, left out when the nearest heading starts with
/// it ("Competentie 1 – Contact en vertrouwen" already names "Competentie 1"), the heading path
/// from the outermost heading in, and the page: `B1-K1-W2 · Basisdeel › Werkproces · pagina 4`.
public struct EvidencePlace: Hashable, Sendable {
    /// One part of a place.
    public enum Part: Hashable, Sendable {
        /// A structural code such as `B1-K1-W2` or `Resultaatgebied 2`.
        case code(String)
        /// The headings above the passage, outermost first (never empty).
        case headings([String])
        /// The page of a PDF.
        case page(Int)

        /// The part as plain text: the code, the headings joined by ` › `, or `pagina 4`.
        public var text: String {
            switch self {
            case .code(let code): code
            case .headings(let headings): headings.joined(separator: " › ")
            case .page(let page): "pagina \(page)"
            }
        }
    }

    /// The parts in reading order; empty when the passage has no code, heading or page.
    public let parts: [Part]

    /// The place of `evidence`; without its page when `page` is false (a table with a page column).
    public init(_ evidence: Evidence, page includePage: Bool = true) {
        let headings = evidence.headingPath.filter { !$0.isEmpty }
        var parts: [Part] = []
        if let code = evidence.code, !code.isEmpty, headings.last?.hasPrefix(code) != true { parts.append(.code(code)) }
        if !headings.isEmpty { parts.append(.headings(headings)) }
        if includePage, let page = evidence.page { parts.append(.page(page)) }
        self.parts = parts
    }

    /// The place as one line of plain text, the parts separated by ` · `.
    public var text: String { parts.map(\.text).joined(separator: " · ") }

    /// A short reference to the place inside a sentence: the code, or else the nearest heading
    /// in quotes, and the page: `B1-K1-W2, pagina 4` or `„Taken van de adviseur”`; `nil` when
    /// there is nothing to name.
    public static func reference(to evidence: Evidence) -> String? {
        var parts: [String] = []
        if let code = evidence.code, !code.isEmpty {
            parts.append(code)
        } else if let heading = evidence.headingPath.last, !heading.isEmpty {
            parts.append("„\(heading)”")
        }
        if let page = evidence.page { parts.append("pagina \(page)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
