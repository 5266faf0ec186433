import DekkingModel

/// The formats the coverage workbook uses, created once per workbook.
struct XLSXStyles {
    /// The grey of column titles and the pale blue of cluster rows.
    static let headerFill: UInt32 = 0xD9D9D9, clusterFill: UInt32 = 0xDDEBF7

    let title: XLSXFormat
    let header: XLSXFormat
    /// Italic on the header's grey: a second header line (the Matrix sheet's document ids).
    let headerNote: XLSXFormat
    let bold: XLSXFormat
    let note: XLSXFormat
    /// Italic, unwrapped: one line of explanation above a table (it runs on over the empty cells
    /// to its right).
    let line: XLSXFormat
    let wrapped: XLSXFormat
    let percent: XLSXFormat
    let clusterText: XLSXFormat
    let clusterPercent: XLSXFormat
    /// Fill and font per status (``StatusColours``), for conditional rules and the legend.
    let statusFormats: [CoverageStatus: XLSXFormat]
    /// The run's thresholds, from which a score takes its status's colour; nil: scores are not
    /// coloured (the status words still are).
    let thresholds: StatusThresholds?

    init(_ workbook: XLSXWorkbook, thresholds: StatusThresholds?) throws(XLSXError) {
        title = try workbook.addFormat(XLSXStyle(bold: true))
        header = try workbook.addFormat(
            XLSXStyle(bold: true, wrap: true, alignTop: true, fillColor: Self.headerFill, bottomBorder: true))
        headerNote = try workbook.addFormat(
            XLSXStyle(italic: true, wrap: true, alignTop: true, fillColor: Self.headerFill, bottomBorder: true))
        bold = try workbook.addFormat(XLSXStyle(bold: true, alignTop: true))
        note = try workbook.addFormat(XLSXStyle(italic: true, wrap: true, alignTop: true))
        line = try workbook.addFormat(XLSXStyle(italic: true))
        wrapped = try workbook.addFormat(XLSXStyle(wrap: true, alignTop: true))
        percent = try workbook.addFormat(XLSXStyle(alignTop: true, numberFormat: "0%"))
        clusterText = try workbook.addFormat(
            XLSXStyle(bold: true, wrap: true, alignTop: true, fillColor: Self.clusterFill))
        clusterPercent = try workbook.addFormat(
            XLSXStyle(bold: true, alignTop: true, numberFormat: "0%", fillColor: Self.clusterFill))
        var statusFormats: [CoverageStatus: XLSXFormat] = [:]
        for status in CoverageStatus.allCases {
            let colours = StatusColours.of(status)
            statusFormats[status] = try workbook.addFormat(
                XLSXStyle(alignTop: true, fontColor: colours.text, fillColor: colours.background))
        }
        self.statusFormats = statusFormats
        self.thresholds = thresholds
    }

    /// The score range of each status under `thresholds`: [covered, ∞), [partial, covered), (−∞, partial).
    static func ranges(_ thresholds: StatusThresholds) -> [(CoverageStatus, from: Double?, below: Double?)] {
        [
            (.covered, thresholds.covered, nil), (.partial, thresholds.partial, thresholds.covered),
            (.gap, nil, thresholds.partial),
        ]
    }

    /// Colours the scores and the status words of a range in the colours of their status
    /// (``StatusColours``, as on the page): a score by the run's thresholds, a word by itself; so
    /// the sheet reads as a heat map in colour and, through the words, in black and white too.
    func heatmap(
        _ sheet: XLSXSheet, rows: ClosedRange<Int>, scoreColumns: [Int], statusColumns: [Int]
    ) throws(XLSXError) {
        if let thresholds {
            for column in scoreColumns {
                for (status, from, below) in Self.ranges(thresholds) {
                    guard let format = statusFormats[status] else { continue }
                    try sheet.highlight(
                        numbersFrom: from, below: below, rows: rows, columns: column...column, format: format)
                }
            }
        }
        for column in statusColumns {
            for status in CoverageStatus.allCases {
                guard let format = statusFormats[status] else { continue }
                try sheet.highlight(text: status.label, rows: rows, columns: column...column, format: format)
            }
        }
    }
}
