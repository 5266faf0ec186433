import CXLSXWriter

/// How every sheet of the workbook prints: A4 landscape, one page wide and as many pages tall as
/// the rows need, the run's name in the page header and `Pagina 3 van 12` in the footer.
extension XLSXSheet {
    /// The margins in inches (libxlsxwriter's unit): about 1 cm left and right, 1.9 cm at the top
    /// and bottom for the page header and footer, which stand 0.8 cm from the paper's edge.
    private static let sideMargin = 0.4, endMargin = 0.75

    /// The longest page header Excel accepts, in characters (codes included).
    private static let headerLimit = 255

    /// Sets up printing: A4 landscape, scaled to one page wide (any number of pages tall), the
    /// margins above, `title` at the left of the page header and the sheet's name at its right,
    /// and `Pagina &P van &N` (page number and page count) in the middle of the footer.
    func setUpPrint(title: String) throws(XLSXError) {
        let (sheet, _, _, _) = try prepare("worksheet_set_landscape", 0, 0, nil)
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)  // A4
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, Self.sideMargin, Self.sideMargin, Self.endMargin, Self.endMargin)
        try workbook.check(worksheet_set_header(sheet, Self.header(title)), "worksheet_set_header")
        try workbook.check(worksheet_set_footer(sheet, Self.footer), "worksheet_set_footer")
    }

    /// The page footer: `Pagina 3 van 12`, centred.
    static let footer = "&CPagina &P van &N"

    /// The page header for `title`: the title at the left (its `&` doubled, as the header's codes
    /// begin with `&`; cut so the header stays within Excel's limit) and the sheet's name at the right.
    static func header(_ title: String) -> String {
        let end = "&R&A"
        var text = ""
        for character in title {
            let piece = character == "&" ? "&&" : String(character)
            guard "&L".utf8.count + text.utf8.count + piece.utf8.count + end.utf8.count <= headerLimit else { break }
            text += piece
        }
        return "&L" + text + end
    }

    /// Keeps a table's headings in view: `headerRows` and the rows above them stay at the top of
    /// the window and the first `columns` columns at its left (frozen panes); in print,
    /// `headerRows` and those columns are repeated on every page (Excel's print titles).
    func keepHeadings(headerRows: ClosedRange<Int>, columns: Int) throws(XLSXError) {
        try freezePanes(rows: headerRows.upperBound + 1, columns: columns)
        let (sheet, first, _, _) = try prepare("worksheet_repeat_rows", headerRows.lowerBound, 0, nil)
        let (_, last, _, _) = try prepare("worksheet_repeat_rows", headerRows.upperBound, 0, nil)
        try workbook.check(worksheet_repeat_rows(sheet, first, last), "worksheet_repeat_rows")
        if columns > 0 {
            let (_, _, lastColumn, _) = try prepare("worksheet_repeat_columns", 0, columns - 1, nil)
            try workbook.check(worksheet_repeat_columns(sheet, 0, lastColumn), "worksheet_repeat_columns")
        }
    }
}
