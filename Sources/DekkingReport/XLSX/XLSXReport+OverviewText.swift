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
}
