import DekkingCore

/// What to say about a file whose format Dekking does not read, by its extension: how to make it
/// readable where there is a usual way (a Word 97-2003 or RTF document, a spreadsheet or
/// presentation, a scan), and which formats are read otherwise.
enum UnsupportedFormat {
    /// The formats that are read, for messages.
    static let readFormats = "PDF, DOCX, ODT, HTML, XML en tekst"

    /// The severity and message for a file with extension `ext` (lower case, without the dot) that
    /// a folder search passed over. A document someone probably meant to analyse is a warning with
    /// a hint; anything else a note.
    static func skipped(extension ext: String, file: String) -> Finding {
        if let hint = hint(extension: ext, file: file) {
            return Finding(.warning, SourceLocation(file: file), "overgeslagen: \(hint)")
        }
        return Finding(
            .note, SourceLocation(file: file), "overgeslagen: geen ondersteund formaat (gelezen worden: \(readFormats))"
        )
    }

    /// How to make a file with extension `ext` readable, or nil when there is no usual way.
    static func hint(extension ext: String, file: String) -> String? {
        let convert = "zet het om, bijvoorbeeld met LibreOffice: soffice --headless --convert-to docx '\(file)'"
        switch ext {
        case "doc", "dot", "wpd", "pages":
            return "een ouder of ander tekstverwerkerformaat (.\(ext)) wordt niet gelezen; \(convert)"
        case "rtf":
            return "RTF wordt niet gelezen; \(convert)"
        case "xls", "xlsx", "ods", "ppt", "pptx", "odp":
            return
                "spreadsheets en presentaties (.\(ext)) worden niet gelezen; bewaar de tekst als PDF of DOCX, bijvoorbeeld met: soffice --headless --convert-to pdf '\(file)'"
        case "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "heic", "webp":
            return
                "een afbeelding (.\(ext)) heeft geen tekst; maak er met tekstherkenning (OCR) een PDF met tekst van, bijvoorbeeld met: ocrmypdf"
        default:
            return nil
        }
    }
}
