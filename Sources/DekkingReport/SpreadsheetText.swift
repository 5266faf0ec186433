/// Text for a spreadsheet cell that no spreadsheet runs as a formula.
///
/// A CSV field or an XLSX text cell whose text starts with `=`, `+`, `-` or `@` is read by Excel,
/// LibreOffice and Google Sheets as a formula when the CSV is opened, or when an XLSX cell is
/// edited and confirmed, or copied out as CSV: a document named `=HYPERLINK("http://x","klik").txt`
/// would otherwise start every row of `coverage.csv` with a live link. A leading tab or carriage
/// return is the same trick with a blank in front. Such text gets a `'` in front, as OWASP advises
/// ("CSV Injection"); every other text, numbers included, is returned as it is.
///
/// Both writers use this one rule:
/// - the CSV reports apply it to their text fields (names, titles, ids, notes, evidence), never to
///   the numbers Dekking formats itself, so a score or a negative difference such as `-0.1250`
///   stays a number;
/// - the XLSX report applies it to every text cell. libxlsxwriter's `worksheet_write_string` always
///   writes a string cell (it never makes a formula and never guesses a type; Dekking never calls
///   `worksheet_write_formula`), so the workbook itself is safe without the `'`. It is added anyway,
///   literally and visibly, so that a name reads the same in the CSV and the XLSX report, and so
///   that the text stays inert when a user edits the cell or saves the sheet as CSV. Numbers are
///   written as number cells and are never changed.
enum SpreadsheetText {
    /// `text` with a `'` in front when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return; otherwise `text` itself.
    static func neutralised(_ text: String) -> String {
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: "'" + text
        default: text
        }
    }
}
