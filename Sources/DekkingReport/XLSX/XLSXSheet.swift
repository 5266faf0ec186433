import CXLSXWriter
import Foundation

/// A worksheet of an ``XLSXWorkbook``. Rows and columns are 0-based, as in libxlsxwriter.
///
/// Holds its workbook strongly and checks that it is still open before every call, so a sheet used
/// after ``XLSXWorkbook/close()`` throws instead of touching freed memory.
struct XLSXSheet {
    private let workbook: XLSXWorkbook
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

    /// A fixed three-colour scale over the numbers in a range: `low` at 0, `middle` at 0.5,
    /// `high` at 1 (the same colours for every document, unlike Excel's default min/max scale).
    func colorScale(
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, low: UInt32, middle: UInt32, high: UInt32
    ) throws(XLSXError) {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        rule.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.min_value = 0
        rule.min_color = lxw_color_t(low)
        rule.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.mid_value = 0.5
        rule.mid_color = lxw_color_t(middle)
        rule.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.max_value = 1
        rule.max_color = lxw_color_t(high)
        try conditionalFormat(&rule, rows: rows, columns: columns, "colour scale")
    }

    /// Applies `format` to the cells of a range whose text equals `text`.
    func highlight(text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, format: XLSXFormat)
        throws(XLSXError)
    {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
        rule.format = try format.pointer(in: workbook, "worksheet_conditional_format_range")
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let operation = "worksheet_conditional_format_range (highlight \(text))"
        let (sheet, r1, c1, _) = try prepare(operation, rows.lowerBound, columns.lowerBound, nil)
        let (_, r2, c2, _) = try prepare(operation, rows.upperBound, columns.upperBound, nil)
        // libxlsxwriter copies value_string, so the C string need only live for the call.
        let status = quoted.withCString { value in
            rule.value_string = UnsafeMutablePointer(mutating: value)
            defer { rule.value_string = nil }
            return worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &rule)
        }
        try workbook.check(status, operation)
    }

    private func conditionalFormat(
        _ rule: inout lxw_conditional_format, rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ what: String
    ) throws(XLSXError) {
        let operation = "worksheet_conditional_format_range (\(what))"
        let (sheet, r1, c1, _) = try prepare(operation, rows.lowerBound, columns.lowerBound, nil)
        let (_, r2, c2, _) = try prepare(operation, rows.upperBound, columns.upperBound, nil)
        try workbook.check(worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &rule), operation)
    }

    /// The C handles and indices for one call, checked: the workbook is open, the cell exists and
    /// the format belongs to this workbook.
    private func prepare(
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
