import DekkingModel

/// The formats the coverage workbook uses, created once per workbook.
struct XLSXStyles {
    /// Excel's own colours for good / neutral / bad, readable next to black text.
    static let coveredFill: UInt32 = 0xC6EFCE, coveredFont: UInt32 = 0x006100
    static let partialFill: UInt32 = 0xFFEB9C, partialFont: UInt32 = 0x9C5700
    static let gapFill: UInt32 = 0xFFC7CE, gapFont: UInt32 = 0x9C0006
    /// The colour scale for percentages: red at 0%, yellow at 50%, green at 100%.
    static let scaleLow: UInt32 = 0xF8696B, scaleMiddle: UInt32 = 0xFFEB84, scaleHigh: UInt32 = 0x63BE7B

    let title: XLSXFormat
    let header: XLSXFormat
    let bold: XLSXFormat
    let note: XLSXFormat
    let wrapped: XLSXFormat
    let percent: XLSXFormat
    let clusterText: XLSXFormat
    let clusterPercent: XLSXFormat
    /// Fill and font per status, for conditional rules and the legend.
    let statusFormats: [CoverageStatus: XLSXFormat]

    init(_ workbook: XLSXWorkbook) throws(XLSXError) {
        title = try workbook.addFormat(XLSXStyle(bold: true))
        header = try workbook.addFormat(
            XLSXStyle(bold: true, wrap: true, alignTop: true, fillColor: 0xD9D9D9, bottomBorder: true))
        bold = try workbook.addFormat(XLSXStyle(bold: true))
        note = try workbook.addFormat(XLSXStyle(italic: true, wrap: true, alignTop: true))
        wrapped = try workbook.addFormat(XLSXStyle(wrap: true, alignTop: true))
        percent = try workbook.addFormat(XLSXStyle(alignTop: true, numberFormat: "0%"))
        clusterText = try workbook.addFormat(XLSXStyle(bold: true, fillColor: 0xDDEBF7))
        clusterPercent = try workbook.addFormat(XLSXStyle(bold: true, numberFormat: "0%", fillColor: 0xDDEBF7))
        var statusFormats: [CoverageStatus: XLSXFormat] = [:]
        for status in CoverageStatus.allCases {
            let (fill, font) = Self.colours(status)
            statusFormats[status] = try workbook.addFormat(XLSXStyle(fontColor: font, fillColor: fill))
        }
        self.statusFormats = statusFormats
    }

    static func colours(_ status: CoverageStatus) -> (fill: UInt32, font: UInt32) {
        switch status {
        case .covered: (coveredFill, coveredFont)
        case .partial: (partialFill, partialFont)
        case .gap: (gapFill, gapFont)
        }
    }

    /// Colours the status words of a range and the percentages of another, so the sheet reads as a
    /// heat map in colour and, through the words, in black and white too.
    func heatmap(
        _ sheet: XLSXSheet, rows: ClosedRange<Int>, percentColumns: [Int], statusColumns: [Int]
    ) throws(XLSXError) {
        for column in percentColumns {
            try sheet.colorScale(
                rows: rows, columns: column...column, low: Self.scaleLow, middle: Self.scaleMiddle, high: Self.scaleHigh
            )
        }
        for column in statusColumns {
            for status in CoverageStatus.allCases {
                guard let format = statusFormats[status] else { continue }
                try sheet.highlight(text: status.label, rows: rows, columns: column...column, format: format)
            }
        }
    }
}
