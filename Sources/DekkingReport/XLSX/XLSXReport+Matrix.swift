import DekkingModel

extension XLSXReport {
    /// Columns before the documents' columns on the Matrix sheet.
    static let matrixLeadingColumns = 3

    /// The Matrix sheet's header rows: the documents' titles, their ids, then the column titles.
    static let matrixHeaderRows = 3

    /// The titles of the Matrix sheet's leading columns, and of each document's two columns.
    static let matrixColumns = ["Cluster", "Competentie", "Omschrijving"],
        matrixDocumentColumns = ["dekking", "status"]

    /// The widths of the leading columns and of each document column.
    static let matrixWidths = [8.0, 13, 48], matrixDocumentWidth = 14.0

    /// The Matrix sheet (see ``XLSXReport``).
    static func writeMatrix(_ lookup: ReportLookup, to sheet: XLSXSheet, styles: XLSXStyles) throws(XLSXError) {
        let documents = lookup.documents
        let lastColumn = matrixLeadingColumns + 2 * documents.count - 1
        let widths = matrixWidths + Array(repeating: matrixDocumentWidth, count: 2 * documents.count)
        try writeMatrixHeader(documents, to: sheet, styles: styles)

        var row = matrixHeaderRows
        for (clusterID, competencyIDs) in lookup.outline {
            var cells: [XLSXCell] = [
                .text(clusterID, styles.clusterText), .text("", styles.clusterText),
                .text(lookup.clusterTitle(clusterID), styles.clusterText),
            ]
            for document in documents {
                let cluster = document.clusters.first { $0.id == clusterID }
                cells += [
                    .number(cluster?.score, styles.clusterPercent),
                    .text(cluster?.status.label ?? "", styles.clusterText),
                ]
            }
            try sheet.write(row: row, cells, widths: widths)
            row += 1
            for competencyID in competencyIDs {
                var cells: [XLSXCell] = [
                    .text(clusterID, styles.wrapped), .text(competencyID, styles.wrapped),
                    .text(lookup.competencyTitle(competencyID), styles.wrapped),
                ]
                for document in documents {
                    let competency = document.competency(competencyID)
                    cells += [
                        .number(competency?.score, styles.percent),
                        .text(competency?.status.label ?? "", styles.wrapped),
                    ]
                }
                try sheet.write(row: row, cells, widths: widths, outlineLevel: 1)
                row += 1
            }
        }
        let firstRow = matrixHeaderRows
        let lastRow = max(row - 1, firstRow)
        if !documents.isEmpty, row > firstRow {
            let scoreColumns = documents.indices.map { matrixLeadingColumns + 2 * $0 }
            try styles.heatmap(
                sheet, rows: firstRow...lastRow, scoreColumns: scoreColumns, statusColumns: scoreColumns.map { $0 + 1 })
        }
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: 0...(firstRow - 1), columns: matrixLeadingColumns)
        try sheet.autofilter(
            row: firstRow - 1, lastRow: lastRow, firstColumn: 0, lastColumn: max(lastColumn, matrixLeadingColumns - 1))
        try sheet.outlineSummaryAbove()
    }

    /// The three header rows: each document's title over its two columns, its id under it, then
    /// the column titles; each row as tall as its longest text needs.
    private static func writeMatrixHeader(_ documents: [DocumentCoverage], to sheet: XLSXSheet, styles: XLSXStyles)
        throws(XLSXError)
    {
        let pairWidth = 2 * matrixDocumentWidth
        let pairWidths = Array(repeating: pairWidth, count: documents.count)
        let titles = documents.map { $0.title.isEmpty ? $0.id : $0.title }
        let rows: [(label: String, texts: [String], format: XLSXFormat)] = [
            ("Document", titles, styles.header), ("Document-id", documents.map(\.id), styles.headerNote),
        ]
        for (row, (label, texts, format)) in rows.enumerated() {
            let cells = texts.map { XLSXCell.text($0) }
            try sheet.setRow(row, height: XLSXRowHeight.height(cells, widths: pairWidths))
            try sheet.write(row: row, [.text("", format), .text("", format), .text(label, format)])
            for (index, text) in texts.enumerated() {
                let first = matrixLeadingColumns + 2 * index
                try sheet.merge(text, rows: row...row, columns: first...(first + 1), format: format)
            }
        }
        let titlesRow = matrixHeaderRows - 1
        try sheet.write(
            row: titlesRow,
            (matrixColumns + documents.flatMap { _ in matrixDocumentColumns }).map { .text($0, styles.header) })
    }
}
