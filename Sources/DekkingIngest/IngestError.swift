import DekkingCore

/// Why a file could not be read. Each case carries the file as the user named it and reads as one
/// Dutch sentence for the user.
public enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(file: String)
    case unreadable(file: String, reason: String)
    case empty(file: String)
    /// The file has bytes, but none of them is text to read; `detail` says what is there.
    case noReadableText(file: String, detail: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case unsupportedFormat(file: String, detail: String)
    case notText(file: String)
    case corruptArchive(file: String, reason: String)
    case archiveBomb(file: String, reason: String)
    case malformedXML(file: String, element: String?, line: Int?, reason: String)
    case forbiddenXML(file: String, element: String?, reason: String)
    case noTextLayer(file: String)
    /// The PDF's extracted text passed `limit` bytes (`pdftotext` was stopped there).
    case textLayerTooLarge(file: String, limit: Int)
    /// The document's text, as read, is more than `limit` bytes: more than any real document holds,
    /// and more than one document may take in memory (about 40 bytes per byte of text).
    case textTooLarge(file: String, bytes: Int, limit: Int)
    /// The PDF has text, but all of it was lines every page repeats, which are left out.
    case onlyRepeatedLines(file: String, pages: Int)
    case encrypted(file: String)
    /// A DOCX or ODT saved with a password; `detail` says how it was recognised.
    case passwordProtected(file: String, detail: String)
    case externalToolFailed(file: String, tool: String, reason: String)
    case timedOut(file: String, tool: String, seconds: Int)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .notFound(let f), .unreadable(let f, _), .empty(let f), .noReadableText(let f, _), .tooLarge(let f, _, _),
            .unsupportedFormat(let f, _), .notText(let f), .corruptArchive(let f, _), .archiveBomb(let f, _),
            .malformedXML(let f, _, _, _), .forbiddenXML(let f, _, _), .noTextLayer(let f),
            .textLayerTooLarge(let f, _), .textTooLarge(let f, _, _), .onlyRepeatedLines(let f, _), .encrypted(let f),
            .passwordProtected(let f, _),
            .externalToolFailed(let f, _, _), .timedOut(let f, _, _):
            f
        }
    }

    /// Where in the file, as precisely as known.
    public var location: SourceLocation {
        switch self {
        case .malformedXML(let f, let element, let line, _): SourceLocation(file: f, line: line, element: element)
        case .forbiddenXML(let f, let element, _): SourceLocation(file: f, element: element)
        default: SourceLocation(file: file)
        }
    }

    /// The problem as a finding (always an error).
    public var finding: Finding { Finding(.error, location, message) }

    /// `bytes` in MB with one decimal where that says more than a whole number: `8`, `12,3`.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }

    /// The sentence for the user, without the location.
    public var message: String {
        switch self {
        case .notFound: "bestand of map bestaat niet"
        case .unreadable(_, let reason): "kan niet worden gelezen: \(reason)"
        case .empty: "het bestand is leeg"
        case .noReadableText(_, let detail): "geen leesbare tekst: \(detail)"
        case .tooLarge(_, let bytes, let limit):
            "het bestand is te groot (\(bytes / 1_048_576) MB; de grens is \(limit / 1_048_576) MB)"
        case .unsupportedFormat(_, let detail): "onbekend of niet ondersteund formaat: \(detail)"
        case .notText: "het bestand lijkt binair en bevat geen leesbare tekst"
        case .corruptArchive(_, let reason): "het archief (DOCX/ODT) is beschadigd: \(reason)"
        case .archiveBomb(_, let reason): "het archief is geweigerd omdat het uitgepakt te groot zou worden: \(reason)"
        case .malformedXML(_, _, _, let reason): "ongeldige XML: \(reason)"
        case .forbiddenXML(_, _, let reason): "XML geweigerd: \(reason)"
        case .noTextLayer: "de PDF heeft geen tekstlaag (gescand of alleen afbeeldingen); gebruik eerst OCR"
        case .textLayerTooLarge(_, let limit):
            "de tekstlaag van de PDF is groter dan de grens van \(limit / 1_048_576) MB tekst (het bestand zelf mag groter zijn); splits de PDF in delen"
        case .textTooLarge(_, let bytes, let limit):
            "het document bevat \(Self.megabytes(bytes)) MB tekst; de grens is \(Self.megabytes(limit)) MB tekst per document (zo'n 4.000 pagina's); splits het in delen"
        case .onlyRepeatedLines(_, let pages):
            "de PDF heeft wel een tekstlaag, maar die bevat op de \(pages) pagina's alleen regels die op elke pagina terugkomen (zoals kop- en voetteksten); die worden weggelaten, dus bleef er geen tekst over"
        case .encrypted: "de PDF is met een wachtwoord beveiligd"
        case .passwordProtected(_, let detail):
            "het document is met een wachtwoord beveiligd (\(detail)); sla het op zonder wachtwoord en lees het opnieuw in"
        case .externalToolFailed(_, let tool, let reason): "\(tool) is mislukt: \(reason)"
        case .timedOut(_, let tool, let seconds): "\(tool) duurde langer dan \(seconds) s en is afgebroken"
        }
    }

    public var description: String { finding.description }
}
