import CXLSXWriter
import Foundation

/// A worksheet of an ``XLSXWorkbook``. Rows and columns are 0-based, as in libxlsxwriter.
///
/// Holds its workbook strongly and checks that it is still open before every call, so a sheet used
/// after ``XLSXWorkbook/close()`` throws instead of touching freed memory.
struct XLSXSheet {
    let workbook: XLSXWorkbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>) {
        self.workbook = workbook
        self.handle = handle
    }

    /// Writes `text` into a cell as a string (never a formula); an empty text leaves the cell empty
    /// (but formatted). Text that a spreadsheet would read as a formula gets a `'` in front, as in
    /// the CSV reports (see `SpreadsheetText`).
    func write(_ text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
        let text = SpreadsheetText.neutralised(text)
        let (sheet, r, c, f) = try prepare("worksheet_write_string", row, column, format)
        if text.isEmpty {
            if let f { try workbook.check(worksheet_write_blank(sheet, r, c, f), "worksheet_write_blank") }
            return
        }
        try workbook.check(worksheet_write_string(sheet, r, c, text, f), "worksheet_write_string(\(row), \(column))")
    }

    /// Writes `number` into a cell.
    func write(_ number: Double, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
        let (sheet, r, c, f) = try prepare("worksheet_write_number", row, column, format)
        try workbook.check(worksheet_write_number(sheet, r, c, number, f), "worksheet_write_number(\(row), \(column))")
    }

    /// Sets the width (in characters) and default format of columns `first...last`.
    func setColumns(_ first: Int, _ last: Int, width: Double, format: XLSXFormat? = nil) throws(XLSXError) {
        let (sheet, _, c1, f) = try prepare("worksheet_set_column", 0, first, format)
        let (_, _, c2, _) = try prepare("worksheet_set_column", 0, last, nil)
        try workbook.check(worksheet_set_column(sheet, c1, c2, width, f), "worksheet_set_column(\(first), \(last))")
    }

    /// Sets a row's height (`nil`: the default), format and outline level (0: not grouped).
    func setRow(_ row: Int, height: Double? = nil, format: XLSXFormat? = nil, outlineLevel: UInt8 = 0) throws(XLSXError)
    {
        let (sheet, r, _, f) = try prepare("worksheet_set_row_opt", row, 0, format)
        var options = lxw_row_col_options(hidden: 0, level: outlineLevel, collapsed: 0)
        try workbook.check(
            worksheet_set_row_opt(sheet, r, height ?? LXW_DEF_ROW_HEIGHT, f, &options), "worksheet_set_row_opt(\(row))")
    }

    /// Freezes the first `rows` rows and `columns` columns.
    func freezePanes(rows: Int, columns: Int) throws(XLSXError) {
        let (sheet, r, c, _) = try prepare("worksheet_freeze_panes", rows, columns, nil)
        worksheet_freeze_panes(sheet, r, c)
    }

    /// Puts an autofilter on the header row `row`, columns `first...last`, down to `lastRow`.
    func autofilter(row: Int, lastRow: Int, firstColumn: Int, lastColumn: Int) throws(XLSXError) {
        let (sheet, r1, c1, _) = try prepare("worksheet_autofilter", row, firstColumn, nil)
        let (_, r2, c2, _) = try prepare("worksheet_autofilter", lastRow, lastColumn, nil)
        try workbook.check(worksheet_autofilter(sheet, r1, c1, r2, c2), "worksheet_autofilter")
    }

    /// Shows groups' summary rows above their details (cluster header rows above competencies).
    func outlineSummaryAbove() throws(XLSXError) {
        let (sheet, _, _, _) = try prepare("worksheet_outline_settings", 0, 0, nil)
        worksheet_outline_settings(sheet, 1, 0, 0, 0)
    }

    /// Applies `format` to the cells of a range whose text equals `text`.
    func highlight(text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, format: XLSXFormat)
        throws(XLSXError)
    {
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try conditionalFormat(
            LXW_CONDITIONAL_TYPE_CELL, criteria: LXW_CONDITIONAL_CRITERIA_EQUAL_TO, value: quoted, rows: rows,
            columns: columns, format: format, "highlight \(text)")
    }

    /// Applies `format` to the cells of a range that hold a number from `minimum` (inclusive) up to
    /// `maximum` (exclusive); a `nil` end is open. Empty cells and text never match (a plain
    /// "less than" rule would colour an empty cell as if it held 0).
    func highlight(
        numbersFrom minimum: Double?, below maximum: Double?, rows: ClosedRange<Int>, columns: ClosedRange<Int>,
        format: XLSXFormat
    ) throws(XLSXError) {
        let cell = Self.reference(row: rows.lowerBound, column: columns.lowerBound)
        var conditions = ["ISNUMBER(\(cell))"]
        if let minimum { conditions.append("\(cell)>=\(minimum)") }
        if let maximum { conditions.append("\(cell)<\(maximum)") }
        try conditionalFormat(
            LXW_CONDITIONAL_TYPE_FORMULA, criteria: LXW_CONDITIONAL_CRITERIA_NONE,
            value: "AND(" + conditions.joined(separator: ",") + ")", rows: rows, columns: columns, format: format,
            "highlight numbers")
    }

    /// The A1 reference of a cell, relative (`D4` for row 3, column 3), as a rule's formula names
    /// the top left cell of its range.
    static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row + 1)
    }

    private func conditionalFormat(
        _ type: lxw_conditional_format_types, criteria: lxw_conditional_criteria, value: String,
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, format: XLSXFormat, _ what: String
    ) throws(XLSXError) {
        let operation = "worksheet_conditional_format_range (\(what))"
        var rule = lxw_conditional_format()
        rule.type = UInt8(type.rawValue)
        rule.criteria = UInt8(criteria.rawValue)
        rule.format = try format.pointer(in: workbook, operation)
        let (sheet, r1, c1, _) = try prepare(operation, rows.lowerBound, columns.lowerBound, nil)
        let (_, r2, c2, _) = try prepare(operation, rows.upperBound, columns.upperBound, nil)
        // libxlsxwriter copies value_string, so the C string need only live for the call.
        let status = value.withCString { text in
            rule.value_string = UnsafeMutablePointer(mutating: text)
            defer { rule.value_string = nil }
            return worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &rule)
        }
        try workbook.check(status, operation)
    }

    /// Merges the cells `rows` × `columns` into one that shows `text` (neutralised as in
    /// ``write(_:row:column:format:)``) in `format`.
    func merge(_ text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, format: XLSXFormat?)
        throws(XLSXError)
    {
        let operation = "worksheet_merge_range"
        let (sheet, r1, c1, f) = try prepare(operation, rows.lowerBound, columns.lowerBound, format)
        let (_, r2, c2, _) = try prepare(operation, rows.upperBound, columns.upperBound, nil)
        try workbook.check(
            worksheet_merge_range(sheet, r1, c1, r2, c2, SpreadsheetText.neutralised(text), f), operation)
    }

    /// The C handles and indices for one call, checked: the workbook is open, the cell exists and
    /// the format belongs to this workbook (for the extensions of this wrapper only).
    func prepare(
        _ operation: String, _ row: Int, _ column: Int, _ format: XLSXFormat?
    ) throws(XLSXError) -> (
        UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?
    ) {
        _ = try workbook.open(operation)
        guard row >= 0, row < 1_048_576, column >= 0, column < 16_384 else {
            throw .cellOutOfRange(operation: operation, row: row, column: column)
        }
        let f = try format.map { (format) throws(XLSXError) in try format.pointer(in: workbook, operation) }
        return (handle, lxw_row_t(row), lxw_col_t(column), f)
    }
}
