import DekkingModel

extension XLSXReport {
    /// Columns before the documents' columns on the Matrix sheet.
    static let matrixLeadingColumns = 3

    /// The Matrix sheet (see ``XLSXReport``).
    static func writeMatrix(_ lookup: ReportLookup, to sheet: XLSXSheet, styles: XLSXStyles) throws(XLSXError) {
        let documents = lookup.documents
        var header: [XLSXCell] = [
            .text("Cluster", styles.header), .text("Competentie", styles.header),
            .text("Omschrijving", styles.header),
        ]
        for document in documents {
            header += [
                .text("\(document.id) · dekking", styles.header), .text("\(document.id) · status", styles.header),
            ]
        }
        try sheet.write(row: 0, header)
        try sheet.setRow(0, height: 45)

        var row = 1
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
            try sheet.write(row: row, cells)
            row += 1
            for competencyID in competencyIDs {
                var cells: [XLSXCell] = [
                    .text(clusterID), .text(competencyID), .text(lookup.competencyTitle(competencyID)),
                ]
                for document in documents {
                    let competency = document.competency(competencyID)
                    cells += [.number(competency?.score, styles.percent), .text(competency?.status.label ?? "")]
                }
                try sheet.write(row: row, cells)
                try sheet.setRow(row, outlineLevel: 1)
                row += 1
            }
        }
        let lastRow = max(row - 1, 1)
        let lastColumn = matrixLeadingColumns + 2 * documents.count - 1
        if !documents.isEmpty, row > 1 {
            let scoreColumns = documents.indices.map { matrixLeadingColumns + 2 * $0 }
            try styles.heatmap(
                sheet, rows: 1...lastRow, percentColumns: scoreColumns, statusColumns: scoreColumns.map { $0 + 1 })
        }
        try sheet.setColumns(0, 0, width: 8)
        try sheet.setColumns(1, 1, width: 12)
        try sheet.setColumns(2, 2, width: 48)
        if !documents.isEmpty { try sheet.setColumns(matrixLeadingColumns, lastColumn, width: 14) }
        try sheet.freezePanes(rows: 1, columns: matrixLeadingColumns)
        try sheet.autofilter(row: 0, lastRow: lastRow, firstColumn: 0, lastColumn: lastColumn)
        try sheet.outlineSummaryAbove()
        try writeLegend(lookup, to: sheet, from: lastRow + 2, styles: styles)
    }

    private static func writeLegend(_ lookup: ReportLookup, to sheet: XLSXSheet, from first: Int, styles: XLSXStyles)
        throws(XLSXError)
    {
        var row = first
        func line(_ cells: [XLSXCell]) throws(XLSXError) {
            try sheet.write(row: row, cells)
            row += 1
        }
        try line([.empty, .text("Legenda", styles.title)])
        let meanings: [(CoverageStatus, String)] = [
            (.covered, "De competentie komt duidelijk aan bod in het document."),
            (.partial, "De competentie wordt genoemd of aangestipt, maar niet duidelijk of niet volledig uitgewerkt."),
            (.gap, "Er is in het document niets over deze competentie gevonden."),
        ]
        for (status, meaning) in meanings {
            try line([.empty, .text(status.label, styles.statusFormats[status]), .text(meaning, styles.wrapped)])
        }
        try line([
            .empty, .text("dekking", styles.bold),
            .text(
                "Hoe sterk de tekst van het document aansluit bij de competentie, van 0% (niets gevonden) tot 100%. "
                    + "Kleur: rood is laag, geel gemiddeld, groen hoog.", styles.wrapped),
        ])
        try line([
            .empty, .text("clusterrij", styles.clusterText),
            .text(
                "Het gemiddelde van de competenties in het cluster. Met de knoppen + en − in de linkermarge klapt u "
                    + "een cluster open of dicht.", styles.wrapped),
        ])
        row += 1
        try line([.empty, .text("Documenten", styles.title)])
        for document in lookup.documents {
            try line([
                .empty, .text(document.id),
                .text(
                    "\(document.title) (\(DutchLabels.kind(document.kind).lowercased()), niveau \(DutchLabels.level(document.level)))",
                    styles.wrapped),
            ])
        }
    }
}
