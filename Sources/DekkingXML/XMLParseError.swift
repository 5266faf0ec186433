/// Why a document could not be parsed into an ``XMLElement`` tree.
///
/// ``message`` is one Dutch phrase for the user; libxml2's own (English) explanation is kept as
/// the reason of ``malformed(line:reason:)``.
public enum XMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input has no content or no root element.
    case empty
    /// The input is not well-formed; `reason` is libxml2's message for the first error.
    case malformed(line: Int?, reason: String)
    /// Elements are nested deeper than the limit.
    case tooDeep(limit: Int, line: Int?)
    /// The document holds more text than the limit (in UTF-8 bytes).
    case textTooLarge(limit: Int)
    /// An element has more attributes than the limit; the document was not parsed.
    case tooManyAttributes(limit: Int, line: Int?)
    /// The document has more nodes (elements, attributes, runs of text, comments, processing
    /// instructions) than the limit; the parse stopped at the first one over it, on `line`.
    case tooManyNodes(limit: Int, line: Int?)
    /// The input is larger than libxml2 can take in one buffer.
    case inputTooLarge(bytes: Int, limit: Int)
    /// The document has a DOCTYPE where none is allowed.
    case doctypeForbidden(line: Int?)
    /// The document declares an entity; entities are never expanded, so such documents are refused.
    case entityDeclarationForbidden(name: String, line: Int?)
    /// libxml2 could not set up a parser (out of memory).
    case parserUnavailable

    /// The 1-based line the problem was found on, where known.
    public var line: Int? {
        switch self {
        case .malformed(let line, _), .tooDeep(_, let line), .tooManyAttributes(_, let line),
            .tooManyNodes(_, let line), .doctypeForbidden(let line),
            .entityDeclarationForbidden(_, let line):
            line
        case .empty, .textTooLarge, .inputTooLarge, .parserUnavailable: nil
        }
    }

    /// Whether the document was refused for safety rather than for being broken.
    public var isForbiddenConstruct: Bool {
        switch self {
        case .doctypeForbidden, .entityDeclarationForbidden: true
        default: false
        }
    }

    /// The problem as a Dutch phrase, without the location.
    public var message: String {
        switch self {
        case .empty: "het document is leeg of heeft geen hoofdelement"
        case .malformed(_, let reason): reason
        case .tooDeep(let limit, _): "de elementen zijn dieper genest dan \(limit) niveaus"
        case .textTooLarge(let limit): "het document bevat meer dan \(limit / 1_048_576) MB tekst"
        case .tooManyAttributes(let limit, _): "een element heeft meer dan \(limit) attributen"
        case .tooManyNodes(let limit, _):
            "het document heeft meer dan \(limit) knopen (elementen, attributen, tekststukken en opmerkingen samen); zo'n document wordt niet gelezen (splits het)"
        case .inputTooLarge(let bytes, let limit):
            "het document is te groot om te verwerken (\(bytes / 1_048_576) MB; de grens is \(limit / 1_048_576) MB)"
        case .doctypeForbidden: "een DOCTYPE-declaratie is in dit soort document niet toegestaan"
        case .entityDeclarationForbidden(let name, _):
            "het document declareert de entiteit '\(name)'; entiteiten worden om veiligheidsredenen niet verwerkt"
        case .parserUnavailable: "de XML-parser kon niet worden gestart (onvoldoende geheugen)"
        }
    }

    public var description: String {
        if let line { "regel \(line): \(message)" } else { message }
    }
}
