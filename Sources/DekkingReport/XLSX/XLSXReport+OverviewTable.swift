import DekkingCore

extension XLSXReport {
    /// The column titles of the Overzicht sheet.
    static let overviewTableColumns: [String] =
        ["Soort rij", "Id", "Niveau", "Tekst", "Documenten"] + DutchLabels.statusColumns + [
            "% gedekt", "% deels of gedekt", "Gemiddelde score",
        ]

    /// The row of the Overzicht sheet's column titles (above it: the explanation).
    static let overviewTableHeaderRow = 5

    /// The widths of the Overzicht sheet's columns.
    static let overviewTableWidths = [14.0, 12, 8, 80, 11, 9, 9, 10, 10, 12, 12]

    /// The Overzicht sheet (see ``XLSXReport/writeOverview(_:_:to:)``): an explanation, then per
    /// cluster of the framework a row (outline level 0), under it per competency a row (level 1),
    /// under that per indicator a row (level 2), each with its ``StatusTally``.
    static func writeOverviewTable(
        _ overview: RunOverview, to sheet: XLSXSheet, styles: OverviewStyles, detailed: Bool
    ) throws(XLSXError) {
        let base = styles.base
        let framework = overview.framework
        let levels = framework.levels.map(\.id.rawValue).joined(separator: " of ")
        let documents =
            "Deze run heeft \(DutchLabels.documents(overview.documents.count))\(kindsPhrase(overview.kinds))"
        let explanation = [
            detailed ? documents + "." : documents + ": te veel om ze in dit bestand één voor één te tonen.",
            detailed
                ? "De details per document (alle indicatoren en de bewijsplaatsen) staan op een eigen blad per document; "
                    + "het blad \(documentsSheet) geeft per document de score per competentie."
                : "De details per document (alle indicatoren en de bewijsplaatsen) staan in coverage.csv en coverage.json; "
                    + "het blad \(documentsSheet) geeft per document de score per competentie.",
            "Een indicator telt alleen de documenten die op het niveau van die indicator (\(levels)) zijn vergeleken; "
                + "een afgewezen treffer telt als ontbreekt.",
            "% gedekt: het deel van de getelde documenten met status gedekt; % deels of gedekt: gedekt en deels samen. "
                + "Een gemiddelde score heeft de kleur van zijn status (zie het blad \(legendSheet)).",
        ]
        try sheet.write(row: 0, [.text("Overzicht: dekking van \(framework.title)", base.title)])
        for (offset, sentence) in explanation.enumerated() {
            try sheet.write(row: 1 + offset, [.text(sentence, styles.line)])
        }
        let header = overviewTableHeaderRow
        let widths = overviewTableWidths
        try sheet.write(row: header, overviewTableColumns.map { .text($0, base.header) }, widths: widths)

        var row = header + 1
        var competencyIndex = 0
        var indicatorIndex = 0
        for (clusterIndex, cluster) in framework.clusters.enumerated() {
            let text: [XLSXCell] = [
                .text("cluster", base.clusterText), .text(cluster.id, base.clusterText),
                .text("", base.clusterText), .text(cluster.title, base.clusterText),
            ]
            try sheet.write(
                row: row,
                text
                    + tallyCells(
                        overview.clusters[clusterIndex], count: base.clusterText, percent: base.clusterPercent),
                widths: widths)
            row += 1
            for competency in cluster.competencies {
                try sheet.write(
                    row: row,
                    [
                        .text("competentie", styles.strong), .text(competency.id, styles.strong), .empty,
                        .text(competency.title, styles.strongWrapped),
                    ] + tallyCells(overview.competencies[competencyIndex], count: nil, percent: base.percent),
                    widths: widths, outlineLevel: 1)
                row += 1
                competencyIndex += 1
                for indicator in competency.indicators {
                    try sheet.write(
                        row: row,
                        [
                            .text("indicator", base.wrapped), .text(indicator.id, base.wrapped),
                            .text(indicator.level.rawValue, base.wrapped), .text(indicator.text, base.wrapped),
                        ] + tallyCells(overview.indicators[indicatorIndex], count: nil, percent: base.percent),
                        widths: widths, outlineLevel: 2)
                    row += 1
                    indicatorIndex += 1
                }
            }
        }
        let lastRow = max(row - 1, header + 1)
        if row > header + 1 {
            try base.heatmap(sheet, rows: (header + 1)...lastRow, scoreColumns: [10], statusColumns: [])
        }
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: header...header, columns: 2)
        try sheet.autofilter(row: header, lastRow: lastRow, firstColumn: 0, lastColumn: overviewTableColumns.count - 1)
        try sheet.outlineSummaryAbove()
    }

    /// ` (Kwalificatiedossier: 3, Vacature: 1.200)`: the documents per kind, in the kinds' order;
    /// empty when there are none.
    static func kindsPhrase(_ kinds: [DocumentKind: Int]) -> String {
        let parts = DocumentKind.allCases.compactMap { kind in
            kinds[kind].flatMap { $0 > 0 ? "\(DutchLabels.kind(kind)): \(DutchLabels.count($0))" : nil }
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
