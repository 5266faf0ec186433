import Foundation

/// Why a file that has bytes gave no text: said as precisely as its first bytes and its format
/// allow, instead of "het bestand is leeg".
enum NoText {
    /// The error for a non-empty file of `format` whose reader found no text; `head` is the
    /// file's first bytes.
    static func reason(head: Data, format: String, file: String) -> IngestError {
        guard !head.isEmpty else { return .empty(file: file) }
        if let encoding = unreadEncoding(head) {
            return .unsupportedFormat(
                file: file, detail: "de tekenset \(encoding) wordt niet gelezen; sla het bestand op als UTF-8")
        }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        switch format {
        case "html":
            let scripts = text.contains("<script") || text.contains("<style")
            return .noReadableText(
                file: file,
                detail: scripts
                    ? "de pagina bevat alleen scripts, stijlen of opmaak, geen zichtbare tekst"
                    : "de pagina bevat alleen opmaak, geen zichtbare tekst")
        case "xml":
            return .noReadableText(
                file: file, detail: "het bestand bevat alleen elementen en attributen, geen tekst tussen de tags")
        case "docx", "odt":
            return .noReadableText(
                file: file, detail: "het document bevat geen tekst (alleen afbeeldingen, vormen of lege alinea's)")
        default:
            return .noReadableText(file: file, detail: "het bestand bevat alleen witruimte of leestekens")
        }
    }

    /// The name of an encoding the readers do not decode, when `head` starts with its byte-order
    /// mark (a parser then sees no text at all); nil otherwise.
    static func unreadEncoding(_ head: Data) -> String? {
        head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) ? "UTF-32" : nil
    }
}
