import DekkingModel

extension XLSXReport {
    /// The leading columns of a units sheet, and each unit's two columns.
    static let unitLeadingColumns = ["Cluster", "Competentie", "Omschrijving"], unitColumns = ["dekking", "status"]

    /// The header rows of a units sheet: the units' titles, what they state, then the column titles.
    static let unitHeaderRows = 3

    /// The documents of several units, each with the name of its units sheet (`Per functie …`),
    /// unique beside every other sheet's name.
    static func unitSheets(_ context: ReportContext, lookup: ReportLookup) -> [(UnitMatrix, String)] {
        let matrices = lookup.documents.compactMap { document in
            UnitMatrix(document, lookup: lookup).map { (document, $0) }
        }
        let names = XLSXSheetName.unique(
            matrices.map { document, matrix in
                "Per \(DutchLabels.unitNoun(matrix.units[0].kind, plural: false)) \(document.title.isEmpty ? document.id : document.title)"
            },
            avoiding: [legendSheet, matrixSheet, gapsSheet, documentsSheet, overviewSheet, profileSheet, runSheet]
                + documentSheetNames(context))
        return zip(matrices.map(\.1), names).map { ($0, $1) }
    }

    /// A units sheet: per competency (cluster rows between) each unit's score and status, then
    /// how many units carry it (`1 · kwetsbaar`, `geen`).
    static func writeUnits(_ matrix: UnitMatrix, lookup: ReportLookup, to sheet: XLSXSheet, styles: XLSXStyles)
        throws(XLSXError)
    {
        let lead = unitLeadingColumns.count
        let widths = [8.0, 13, 48] + Array(repeating: matrixDocumentWidth, count: 2 * matrix.units.count) + [14]
        let pairWidths = Array(repeating: 2 * matrixDocumentWidth, count: matrix.units.count)
        let headers: [(String, [String], XLSXFormat)] = [
            (
                DutchLabels.capitalised(DutchLabels.unitNoun(matrix.units[0].kind, plural: false)),
                matrix.units.map(\.title), styles.header
            ),
            (
                "Gegevens",
                matrix.units.map {
                    DutchLabels.unitFacts($0).isEmpty ? $0.id : "\($0.id) · \(DutchLabels.unitFacts($0))"
                }, styles.headerNote
            ),
        ]
        for (row, (label, texts, format)) in headers.enumerated() {
            try sheet.setRow(row, height: XLSXRowHeight.height(texts.map { XLSXCell.text($0) }, widths: pairWidths))
            try sheet.write(row: row, [.text("", format), .text("", format), .text(label, format)])
            for (index, text) in texts.enumerated() {
                let first = lead + 2 * index
                try sheet.merge(text, rows: row...row, columns: first...(first + 1), format: format)
            }
        }
        try sheet.write(
            row: unitHeaderRows - 1,
            (unitLeadingColumns + matrix.units.flatMap { _ in unitColumns } + ["gedragen door"]).map {
                .text($0, styles.header)
            })
        var row = unitHeaderRows
        for (clusterID, competencyIDs) in lookup.outline {
            var cells: [XLSXCell] = [
                .text(clusterID, styles.clusterText), .text("", styles.clusterText),
                .text(lookup.clusterTitle(clusterID), styles.clusterText),
            ]
            for unit in matrix.units {
                let cluster = unit.clusters.first { $0.id == clusterID }
                cells += [
                    .number(cluster?.score, styles.clusterPercent),
                    .text(cluster?.status.label ?? "", styles.clusterText),
                ]
            }
            try sheet.write(row: row, cells + [.text("", styles.clusterText)], widths: widths)
            row += 1
            for competencyID in competencyIDs {
                var cells: [XLSXCell] = [
                    .text(clusterID, styles.wrapped), .text(competencyID, styles.wrapped),
                    .text(lookup.competencyTitle(competencyID), styles.wrapped),
                ]
                for unit in matrix.units {
                    let competency = unit.competency(competencyID)
                    cells += [
                        .number(competency?.score, styles.percent),
                        .text(competency?.status.label ?? "", styles.wrapped),
                    ]
                }
                let carriers = matrix.carriers[competencyID, default: []].count
                cells.append(
                    .text(carriers == 0 ? "geen" : carriers == 1 ? "1 · kwetsbaar" : String(carriers), styles.wrapped))
                try sheet.write(row: row, cells, widths: widths, outlineLevel: 1)
                row += 1
            }
        }
        let lastRow = max(row - 1, unitHeaderRows)
        let scoreColumns = matrix.units.indices.map { lead + 2 * $0 }
        try styles.heatmap(
            sheet, rows: unitHeaderRows...lastRow, scoreColumns: scoreColumns,
            statusColumns: scoreColumns.map { $0 + 1 })
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: 0...(unitHeaderRows - 1), columns: lead)
        try sheet.autofilter(row: unitHeaderRows - 1, lastRow: lastRow, firstColumn: 0, lastColumn: widths.count - 1)
        try sheet.outlineSummaryAbove()
    }
}
