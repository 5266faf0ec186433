import DekkingModel

extension XLSXReport {
    /// The row of the column titles on a document sheet (above it: the document's title and kind).
    static let documentHeaderRow = 3

    /// The column titles of a document sheet.
    static let documentColumns = [
        "Cluster", "Competentie", "Indicator", "Niveau", "Indicatortekst", "Dekking", "Status", "Uw oordeel",
        "Toelichting", "Vindplaats", "Pagina", "Kopjes", "Fragment", "Gevonden op",
    ]

    /// The widths of a document sheet's columns.
    static let documentWidths = [24.0, 30, 12, 7, 60, 9, 12, 11, 24, 12, 7, 30, 70, 30]

    /// A document's sheet: its full title and its id at the top, then every indicator of every
    /// competency, in framework order.
    static func writeDocument(
        _ document: DocumentCoverage, lookup: ReportLookup, to sheet: XLSXSheet, styles: XLSXStyles
    ) throws(XLSXError) {
        let competencies = lookup.competencies(of: document)
        try sheet.write(row: 0, [.text(document.title.isEmpty ? document.id : document.title, styles.title)])
        try sheet.write(
            row: 1,
            [
                .text(
                    "Document-id \(document.id) · \(DutchLabels.kind(document.kind)) · niveau \(DutchLabels.level(document.level)) · "
                        + DutchLabels.summary(competencies), styles.line)
            ])
        try sheet.write(
            row: documentHeaderRow, documentColumns.map { .text($0, styles.header) }, widths: documentWidths)
        var row = documentHeaderRow + 1
        for competency in competencies {
            let clusterID = lookup.clusterID(of: competency)
            for indicator in competency.indicators {
                let evidence = indicator.evidence.first
                try sheet.write(
                    row: row,
                    [
                        .text("\(clusterID) \(lookup.clusterTitle(clusterID))", styles.wrapped),
                        .text("\(competency.id) \(lookup.competencyTitle(competency.id))", styles.wrapped),
                        .text(indicator.id, styles.wrapped), .text(indicator.level.rawValue, styles.wrapped),
                        .text(lookup.indicatorText(indicator.id), styles.wrapped),
                        .number(indicator.score, styles.percent), .text(indicator.status.label, styles.wrapped),
                        .text(Self.decision(indicator, in: competency), styles.wrapped),
                        .text(indicator.overrideNote ?? competency.overrideNote ?? "", styles.wrapped),
                        .text(evidence?.code ?? "", styles.wrapped),
                        .number(evidence?.page.map(Double.init), styles.wrapped),
                        .text(
                            evidence?.headingPath.joined(separator: CoverageCSV.headingSeparator) ?? "", styles.wrapped),
                        .text(evidence.map { Excerpt.of($0.text) } ?? "", styles.wrapped),
                        .text(evidence.map(DutchLabels.basis) ?? "", styles.wrapped),
                    ], widths: documentWidths)
                row += 1
            }
        }
        let lastRow = max(row - 1, documentHeaderRow + 1)
        if row > documentHeaderRow + 1 {
            try styles.heatmap(sheet, rows: (documentHeaderRow + 1)...lastRow, scoreColumns: [5], statusColumns: [6])
        }
        for (column, width) in documentWidths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: documentHeaderRow...documentHeaderRow, columns: 3)
        try sheet.autofilter(
            row: documentHeaderRow, lastRow: lastRow, firstColumn: 0, lastColumn: documentColumns.count - 1)
    }

    /// "Uw oordeel" of an indicator's row: its own decision, else the one about its competency
    /// as a whole ("competentie afgewezen").
    static func decision(_ indicator: IndicatorCoverage, in competency: CompetencyCoverage) -> String {
        if indicator.override != nil { return DutchLabels.override(indicator.override) }
        guard let decision = competency.override else { return "" }
        return "competentie \(DutchLabels.override(decision))"
    }
}
