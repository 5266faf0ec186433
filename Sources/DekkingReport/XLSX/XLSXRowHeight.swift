/// How tall a row must be for its wrapped text to show whole, set explicitly because neither Excel
/// nor LibreOffice reliably fits the rows of a file when opening it (text then overlaps the next
/// row or is cut off, on screen and in print).
///
/// The text of a cell is wrapped at spaces as a spreadsheet does, into lines of
/// ``charactersPerUnit`` characters per unit of the column's width; a word longer than a line is
/// broken. Explicit line breaks are kept.
enum XLSXRowHeight {
    /// Points per line of the default 11-point text.
    static let lineHeight = 15.0

    /// Characters of ordinary Dutch text per unit of column width. A unit is the width of a digit
    /// in the default font (Calibri in Excel, which fits about 1.3 characters of text per unit);
    /// LibreOffice shows a file without Calibri in a wider font (about 1.2 per unit measured in
    /// its PDF of the sample run), and bold text is wider still, so this errs on the tall side.
    static let charactersPerUnit = 1.0

    /// Lines of `text` in a column `width` units wide (at least 1).
    static func lines(_ text: String, width: Double) -> Int {
        let capacity = max(1, Int((width * charactersPerUnit).rounded(.down)))
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0
            for word in paragraph.split(separator: " ") {
                var length = word.count
                if used > 0, used + 1 + length <= capacity {
                    used += 1 + length
                    continue
                }
                if used > 0 { lines += 1 }
                // A word longer than a line fills whole lines.
                while length > capacity {
                    lines += 1
                    length -= capacity
                }
                used = length
            }
            total += lines
        }
        return max(total, 1)
    }

    /// The height of a row whose text cells are `cells`, column `i` being `widths[i]` wide;
    /// nil (the default height) when every text fits on one line. Cells past `widths` count as
    /// one line.
    static func height(_ cells: [XLSXCell], widths: [Double]) -> Double? {
        var most = 1
        for (column, cell) in cells.enumerated() where column < widths.count {
            if case .text(let text, _) = cell { most = max(most, lines(text, width: widths[column])) }
        }
        return most > 1 ? lineHeight * Double(most) : nil
    }
}

extension XLSXSheet {
    /// Writes `cells` into `row` (see ``write(row:_:)``), first making the row tall enough for its
    /// wrapped text in columns `widths` wide (``XLSXRowHeight``) and setting its outline level.
    func write(row: Int, _ cells: [XLSXCell], widths: [Double], outlineLevel: UInt8 = 0) throws(XLSXError) {
        let height = XLSXRowHeight.height(cells, widths: widths)
        if height != nil || outlineLevel > 0 { try setRow(row, height: height, outlineLevel: outlineLevel) }
        try write(row: row, cells)
    }
}
