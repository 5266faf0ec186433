import Foundation

/// Builds RFC 4180 CSV text one record at a time.
///
/// The dialect, shared by every CSV file Dekking writes:
/// - fields are separated by a comma and records end in CRLF (`\r\n`), as RFC 4180 prescribes;
///   pandas, R (`read.csv`, `readr`) and Excel all read this directly;
/// - a field is quoted only when it must be: when it contains a comma, a double quote, CR or LF, or
///   begins or ends with a space; a double quote inside a quoted field is doubled (`""`);
/// - text is UTF-8; with `byteOrderMark` the file starts with the UTF-8 byte order mark
///   (`EF BB BF`), which makes Excel on Windows read the accents correctly.
struct CSVWriter {
    private var text = ""

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",")
        text += "\r\n"
    }

    /// The records written so far, as UTF-8 bytes, optionally preceded by a byte order mark.
    func data(byteOrderMark: Bool) -> Data {
        var data = Data()
        if byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        data.append(contentsOf: Array(text.utf8))
        return data
    }

    /// `field` as it appears in a record: unchanged, or quoted with inner quotes doubled.
    static func quoted(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
