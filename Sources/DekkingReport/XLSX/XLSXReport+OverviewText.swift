import DekkingModel

extension XLSXReport {
    /// The cells of a ``StatusTally`` on the Overzicht and Startbekwaam sheets: documents counted,
    /// covered, partial, gap, share covered, share covered or partial, mean score. The shares and
    /// the mean are empty when no document was counted (there is nothing to divide).
    static func tallyCells(_ tally: StatusTally, count: XLSXFormat?, percent: XLSXFormat?) -> [XLSXCell] {
        let counted = tally.documents > 0
        return [
            .number(Double(tally.documents), count), .number(Double(tally.covered), count),
            .number(Double(tally.partial), count), .number(Double(tally.gap), count),
            .number(counted ? tally.share(.covered) : nil, percent),
            .number(counted ? Double(tally.covered + tally.partial) / Double(tally.documents) : nil, percent),
            .number(counted ? tally.meanScore : nil, percent),
        ]
    }

    /// The height (in points) of a row whose one long cell holds `text`, wrapped in a column
    /// `width` characters wide; `nil` (the default height) when it fits on one line. Set
    /// explicitly because neither Excel nor LibreOffice reliably fits wrapped rows when opening a
    /// file; the estimate counts one character per unit of width, so it errs on the tall side.
    static func wrappedHeight(_ text: String, width: Double) -> Double? {
        let lines = (Double(text.count) / width).rounded(.up)
        return lines > 1 ? 15 * lines : nil
    }
}
