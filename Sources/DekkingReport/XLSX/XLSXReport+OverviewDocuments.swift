import DekkingModel

extension XLSXReport {
    /// The column titles of the Documenten sheet before the competencies' columns (which are titled
    /// with the competency ids).
    static let overviewDocumentColumns: [String] =
        ["Document", "Titel", "Soort", "Niveau", "Relevantie"] + DutchLabels.statusColumns

    /// The Documenten sheet's header rows: competency titles in the first, column titles (with the
    /// autofilter) in the second.
    static let overviewDocumentHeaderRows = 2

    /// The widths of the Documenten sheet's leading columns and of each competency's column.
    static let overviewDocumentWidths = [24.0, 40, 18, 11, 10, 12, 12, 12], overviewCompetencyWidth = 14.0

    /// The Documenten sheet (see ``XLSXReport/writeOverview(_:_:to:)``): one row per document of
    /// `overview`, in order, within `rowLimit` rows. When they do not all fit, as many as fit are
    /// written and the last row says how many were left out.
    static func writeOverviewDocuments(
        _ overview: RunOverview, to sheet: XLSXSheet, styles: OverviewStyles, rowLimit: Int
    ) throws(XLSXError) {
        let base = styles.base
        let competencies = overview.framework.competencies
        let leading = overviewDocumentColumns.count
        let headerRow = overviewDocumentHeaderRows - 1
        let widths =
            overviewDocumentWidths + Array(repeating: overviewCompetencyWidth, count: competencies.count)
        var titles: [XLSXCell] = overviewDocumentColumns.map { _ in .text("", base.header) }
        titles[leading - CoverageStatus.allCases.count] = .text("Aantal competenties", base.header)
        // Rows are written top to bottom (the workbook keeps no finished row in memory).
        try sheet.write(row: 0, titles + competencies.map { .text($0.title, base.header) }, widths: widths)
        try sheet.write(
            row: headerRow, (overviewDocumentColumns + competencies.map(\.id)).map { .text($0, base.header) },
            widths: widths)

        let documents = overview.documents
        let room = max(rowLimit - overviewDocumentHeaderRows, 0)
        let shown = documents.count <= room ? documents.count : max(room - 1, 0)
        var row = overviewDocumentHeaderRows
        for document in documents.prefix(shown) {
            var cells: [XLSXCell] = [
                .text(document.id, base.wrapped), .text(document.title, base.wrapped),
                .text(DutchLabels.kind(document.kind), base.wrapped), .text(document.levels, base.wrapped),
                .number(document.fieldRelevance, base.percent),
            ]
            cells += CoverageStatus.allCases.map { .number(Double(document.count($0))) }
            cells += document.competencies.map { .number($0?.score, base.percent) }
            try sheet.write(row: row, cells, widths: widths)
            row += 1
        }
        let lastRow = max(row - 1, overviewDocumentHeaderRows)
        let lastColumn = leading + competencies.count - 1
        if shown > 0 {
            try base.heatmap(
                sheet, rows: overviewDocumentHeaderRows...lastRow,
                scoreColumns: Array(leading..<(leading + competencies.count)), statusColumns: [])
        }
        for (column, width) in overviewDocumentWidths.enumerated() {
            try sheet.setColumns(column, column, width: width)
        }
        if !competencies.isEmpty { try sheet.setColumns(leading, lastColumn, width: overviewCompetencyWidth) }
        try sheet.keepHeadings(headerRows: 0...headerRow, columns: 1)
        try sheet.autofilter(row: headerRow, lastRow: lastRow, firstColumn: 0, lastColumn: max(lastColumn, leading - 1))
        // Last: ranges over earlier rows cannot be set once a later row is written.
        if shown < documents.count {
            let left = documents.count - shown
            try sheet.write(
                row: row,
                [
                    .text(
                        "\(DutchLabels.documents(left)) \(left == 1 ? "past" : "passen") niet meer op dit werkblad (een werkblad heeft "
                            + "hoogstens \(DutchLabels.count(maximumRows)) rijen) en \(left == 1 ? "is" : "zijn") weggelaten. "
                            + "coverage.csv en coverage.json bevatten alle \(DutchLabels.documents(documents.count)).",
                        styles.line)
                ])
        }
    }
}
