extension XLSXReport {
    /// The column titles of the Hiaten sheet.
    static let gapsColumns = [
        "Document", "Soort", "Niveau", "Cluster", "Competentie", "Omschrijving", "Dekking", "Status",
        "Zwakke of ontbrekende indicatoren", "Voorstel", "Eerst aanpakken", "Voorbeeldtekst",
    ]

    /// The widths of the Hiaten sheet's columns.
    static let gapsWidths = [22.0, 18, 13, 26, 12, 34, 10, 11, 26, 80, 12, 60]

    /// The Hiaten sheet: one row per document × competency that is `deels` or `ontbreekt`; the
    /// competencies `gaps.md` and the report put under *Eerst aanpakken* (`priorities`, one per
    /// document in `lookup`'s order) say so, with the same example passage.
    static func writeGaps(
        _ lookup: ReportLookup, priorities: [GapPriorities], to sheet: XLSXSheet, styles: XLSXStyles
    ) throws(XLSXError) {
        try sheet.write(row: 0, gapsColumns.map { .text($0, styles.header) }, widths: gapsWidths)
        var row = 1
        for (index, document) in lookup.documents.enumerated() {
            let suggestion = GapSuggestion(kind: document.kind)
            var first: [String: String] = [:]
            if index < priorities.count {
                for item in priorities[index].groups.flatMap(\.items) { first[item.competency.id] = item.phrasing }
            }
            for competency in lookup.competencies(of: document) where competency.status != .covered {
                let weak = competency.indicators.filter { $0.status != .covered }
                let list = weak.map { "\($0.id) (\($0.status.label), \(NumberFormat.percent($0.score)))" }
                let suggestions = weak.map { suggestion.sentence(for: $0, predicate: lookup.indicatorPredicate($0.id)) }
                let clusterID = lookup.clusterID(of: competency)
                try sheet.write(
                    row: row,
                    [
                        .text(document.id, styles.wrapped), .text(DutchLabels.kind(document.kind), styles.wrapped),
                        .text(DutchLabels.level(document.level), styles.wrapped),
                        .text("\(clusterID) \(lookup.clusterTitle(clusterID))", styles.wrapped),
                        .text(competency.id, styles.wrapped),
                        .text(lookup.competencyTitle(competency.id), styles.wrapped),
                        .number(competency.score, styles.percent), .text(competency.status.label, styles.wrapped),
                        .text(list.joined(separator: "\n"), styles.wrapped),
                        .text(
                            suggestions.isEmpty
                                ? "Maak de samenhang tussen de gevonden indicatoren in het document duidelijker."
                                : suggestions.joined(separator: "\n"), styles.wrapped),
                        .text(first[competency.id] != nil ? "ja" : "", styles.wrapped),
                        .text(first[competency.id] ?? "", styles.wrapped),
                    ], widths: gapsWidths)
                row += 1
            }
        }
        let lastRow = max(row - 1, 1)
        if row > 1 {
            try styles.heatmap(sheet, rows: 1...lastRow, scoreColumns: [6], statusColumns: [7])
        }
        for (column, width) in gapsWidths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: 0...0, columns: 1)
        try sheet.autofilter(row: 0, lastRow: lastRow, firstColumn: 0, lastColumn: gapsColumns.count - 1)
    }
}
