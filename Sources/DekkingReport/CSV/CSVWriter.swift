import Foundation

/// Builds CSV text one record at a time, in a ``CSVDialect``.
///
/// The rules, shared by every CSV file Dekking writes:
/// - fields are separated by the dialect's separator (a comma for RFC 4180, a semicolon for Excel
///   set to Dutch) and records end in CRLF (`\r\n`), as RFC 4180 prescribes;
/// - a field is quoted only when it must be: when it contains the separator, a double quote, CR or
///   LF, or begins or ends with a space; a double quote inside a quoted field is doubled (`""`);
/// - text is UTF-8; with the dialect's byte order mark the file starts with `EF BB BF`, which
///   makes Excel on Windows read the accents correctly.
///
/// Records are kept as UTF-8 bytes, and a field is checked and copied byte by byte: a run report
/// has a row per document and indicator, so this is on the path of every document.
struct CSVWriter {
    private var bytes: [UInt8] = []
    /// How the records are spelled.
    let dialect: CSVDialect

    init(dialect: CSVDialect = .rfc4180) { self.dialect = dialect }

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(dialect.separator) }
            appendField(field)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// The bytes of the records appended since the last call, which are then forgotten (for files
    /// written a block of records at a time).
    mutating func takeBytes() -> Data {
        defer { bytes.removeAll(keepingCapacity: true) }
        return Data(bytes)
    }

    /// The number of bytes appended and not yet taken.
    var pendingByteCount: Int { bytes.count }

    /// The records written so far, as UTF-8 bytes, preceded by a byte order mark if the dialect has one.
    func data() -> Data {
        var data = Data(capacity: bytes.count + 3)
        if dialect.byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        data.append(contentsOf: bytes)
        return data
    }

    /// `field` as it appears in a record: unchanged, or quoted with inner quotes doubled.
    static func quoted(_ field: String, dialect: CSVDialect = .rfc4180) -> String {
        var writer = CSVWriter(dialect: dialect)
        writer.appendField(field)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), space = UInt8(ascii: " ")

    private mutating func appendField(_ field: String) {
        if let done = field.utf8.withContiguousStorageIfAvailable({ appendField(utf8: $0) }) { return done }
        Array(field.utf8).withUnsafeBufferPointer { appendField(utf8: $0) }
    }

    private mutating func appendField(utf8: UnsafeBufferPointer<UInt8>) {
        guard needsQuotes(utf8) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in utf8 {
            bytes.append(byte)
            if byte == Self.quote { bytes.append(Self.quote) }
        }
        bytes.append(Self.quote)
    }

    /// The separator, a double quote, CR or LF anywhere, or a space at either end.
    private func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == Self.space || last == Self.space { return true }
        let separator = dialect.separator
        return utf8.contains { $0 == separator || $0 == Self.quote || $0 == 0x0D || $0 == 0x0A }
    }
}
