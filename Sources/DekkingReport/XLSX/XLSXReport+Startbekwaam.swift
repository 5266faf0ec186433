extension XLSXReport {
    /// The column titles of the Startbekwaam sheet.
    static let profileColumns = [
        "Document", "Soort", "Niveau", "Cluster", "Cluster dekking", "Cluster status", "Uitspraak", "Dekking", "Status",
        "Vindplaats", "Pagina", "Fragment",
    ]

    /// The widths of the Startbekwaam sheet's columns.
    static let profileWidths = [22.0, 18, 13, 30, 10, 11, 60, 9, 12, 24, 7, 70]

    /// Whether any document of the run was matched against the startbekwaam profiles (only then
    /// the workbook has the sheet).
    static func hasProfiles(_ lookup: ReportLookup) -> Bool { lookup.documents.contains { $0.startbekwaam != nil } }

    /// The Startbekwaam sheet: one row per document × statement of a cluster's startbekwaam
    /// profile, with the cluster's and the statement's score and status and the best passage.
    static func writeProfiles(_ lookup: ReportLookup, to sheet: XLSXSheet, styles: XLSXStyles) throws(XLSXError) {
        try sheet.write(row: 0, profileColumns.map { .text($0, styles.header) }, widths: profileWidths)
        var row = 1
        for document in lookup.documents {
            for cluster in document.startbekwaam ?? [] {
                for statement in cluster.statements {
                    let evidence = statement.evidence.first
                    try sheet.write(
                        row: row,
                        [
                            .text(document.id, styles.wrapped), .text(DutchLabels.kind(document.kind), styles.wrapped),
                            .text(DutchLabels.level(document.level), styles.wrapped),
                            .text("\(cluster.clusterID) \(lookup.clusterTitle(cluster.clusterID))", styles.wrapped),
                            .number(cluster.score, styles.percent), .text(cluster.status.label, styles.wrapped),
                            .text(statement.text, styles.wrapped),
                            .number(statement.score, styles.percent), .text(statement.status.label, styles.wrapped),
                            .text(evidence.map { EvidencePlace($0, page: false).text } ?? "", styles.wrapped),
                            .number(evidence?.page.map(Double.init), styles.wrapped),
                            .text(evidence.map { Excerpt.of($0.text) } ?? "", styles.wrapped),
                        ], widths: profileWidths)
                    row += 1
                }
            }
        }
        let lastRow = max(row - 1, 1)
        if row > 1 {
            try styles.heatmap(sheet, rows: 1...lastRow, scoreColumns: [4, 7], statusColumns: [5, 8])
        }
        for (column, width) in profileWidths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: 0...0, columns: 1)
        try sheet.autofilter(row: 0, lastRow: lastRow, firstColumn: 0, lastColumn: profileColumns.count - 1)
    }
}
