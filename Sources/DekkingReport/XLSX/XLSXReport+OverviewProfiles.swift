extension XLSXReport {
    /// The column titles of the overview workbook's Startbekwaam sheet.
    static let overviewProfileColumns = [
        "Cluster", "Clustertitel", "Uitspraak", "Documenten", "Beschreven", "Deels", "Niet beschreven", "% beschreven",
        "% deels of beschreven", "Gemiddelde score",
    ]

    /// The widths of the overview Startbekwaam sheet's columns.
    static let overviewProfileWidths = [8.0, 30, 80, 11, 11, 9, 11, 12, 12, 12]

    /// The row of the overview Startbekwaam sheet's column titles (above it: the explanation).
    static let overviewProfileHeaderRow = 3

    /// The Startbekwaam sheet of the overview workbook: per cluster of the framework, per statement
    /// of its startbekwaam profile (``RunOverview/statementTexts``, in their order), how many of
    /// the documents matched against the profiles describe it (``RunOverview/statements``).
    /// Written only when ``RunOverview/profileDocuments`` is above 0.
    static func writeOverviewProfiles(_ overview: RunOverview, to sheet: XLSXSheet, styles: OverviewStyles)
        throws(XLSXError)
    {
        let base = styles.base
        try sheet.write(row: 0, [.text("Startbekwaam: de uitspraken van de profielen", base.title)])
        try sheet.write(
            row: 1,
            [
                .text(
                    "\(DutchLabels.documents(overview.profileDocuments)) van de \(DutchLabels.count(overview.documents.count)) \(overview.profileDocuments == 1 ? "is" : "zijn") "
                        + "vergeleken met de startbekwaam-profielen van de clusters; de tellingen hieronder gaan over die documenten.",
                    styles.line)
            ])
        try sheet.write(
            row: 2,
            [
                .text(
                    "Beschreven, deels en niet beschreven zijn de statussen gedekt, deels en ontbreekt; de fragmenten per "
                        + "document staan in coverage.json.", styles.line)
            ])
        let header = overviewProfileHeaderRow
        let widths = overviewProfileWidths
        try sheet.write(row: header, overviewProfileColumns.map { .text($0, base.header) }, widths: widths)
        var row = header + 1
        for (clusterIndex, cluster) in overview.framework.clusters.enumerated() {
            for (statement, tally) in zip(overview.statementTexts[clusterIndex], overview.statements[clusterIndex]) {
                try sheet.write(
                    row: row,
                    [
                        .text(cluster.id, base.wrapped), .text(cluster.title, base.wrapped),
                        .text(statement, base.wrapped),
                    ] + tallyCells(tally, count: nil, percent: base.percent), widths: widths)
                row += 1
            }
        }
        let lastRow = max(row - 1, header + 1)
        if row > header + 1 {
            try base.heatmap(sheet, rows: (header + 1)...lastRow, scoreColumns: [9], statusColumns: [])
        }
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: header...header, columns: 1)
        try sheet.autofilter(
            row: header, lastRow: lastRow, firstColumn: 0, lastColumn: overviewProfileColumns.count - 1)
    }
}
