/// One cell's content, for writing a row at once with ``XLSXSheet/write(row:_:)``.
enum XLSXCell {
    case text(String, XLSXFormat? = nil)
    /// A number; numbers stay numbers in the file, so they sort, filter and compute.
    case number(Double, XLSXFormat? = nil)
    case empty

    /// A number when there is one, else an empty cell.
    static func number(_ value: Double?, _ format: XLSXFormat?) -> XLSXCell {
        value.map { .number($0, format) } ?? .empty
    }
}

extension XLSXSheet {
    /// Writes `cells` into `row`, starting at column 0.
    func write(row: Int, _ cells: [XLSXCell]) throws(XLSXError) {
        for (column, cell) in cells.enumerated() {
            switch cell {
            case .text(let text, let format): try write(text, row: row, column: column, format: format)
            case .number(let number, let format): try write(number, row: row, column: column, format: format)
            case .empty: break
            }
        }
    }
}
