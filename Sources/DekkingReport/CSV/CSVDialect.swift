/// How the CSV reports are spelled: the separator between fields, the decimal separator of scores
/// and whether the file starts with a UTF-8 byte order mark.
///
/// - ``rfc4180`` (the default): `,` between fields and `.` in numbers (`0.2350`), as R, pandas
///   and scripts read it.
/// - ``excelNL``: `;` between fields, `,` in numbers (`0,2350`) and a byte order mark, as Excel
///   set to Dutch opens a file with a double click: columns split, scores as numbers, accents right.
///
/// Only the spelling differs: the columns, rows and values are the same in both.
public struct CSVDialect: Hashable, Sendable {
    /// The byte between two fields: `,` or `;`.
    let separator: UInt8
    /// The character between the whole part and the decimals of a score.
    let decimalSeparator: Character
    /// Whether the file starts with the UTF-8 byte order mark (`EF BB BF`).
    public let byteOrderMark: Bool

    /// RFC 4180: `,` between fields, `.` in numbers, no byte order mark.
    public static let rfc4180 = CSVDialect(separator: UInt8(ascii: ","), decimalSeparator: ".", byteOrderMark: false)

    /// Excel set to Dutch: `;` between fields, `,` in numbers, a byte order mark.
    public static let excelNL = CSVDialect(separator: UInt8(ascii: ";"), decimalSeparator: ",", byteOrderMark: true)

    /// The dialects by the name the command line uses (`--csv-dialect`).
    public static let named: KeyValuePairs<String, CSVDialect> = ["rfc4180": .rfc4180, "excel-nl": .excelNL]

    /// The dialect called `name` in ``named``, or nil.
    public static func named(_ name: String) -> CSVDialect? { named.first { $0.key == name }?.value }

    /// This dialect with a byte order mark (`--bom`, for Excel with the RFC 4180 spelling).
    public var withByteOrderMark: CSVDialect {
        CSVDialect(separator: separator, decimalSeparator: decimalSeparator, byteOrderMark: true)
    }

    /// `value` with four decimals in this dialect: `0.2350` or `0,2350` (see `NumberFormat.fixed4`).
    func score(_ value: Double) -> String {
        let text = NumberFormat.fixed4(value)
        guard decimalSeparator != "." else { return text }
        return String(text.map { $0 == "." ? decimalSeparator : $0 })
    }
}
