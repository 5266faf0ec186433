import DekkingModel

extension XLSXReport {
    /// The Uitleg sheet: what the workbook holds, what the statuses and their colours mean (with
    /// the run's thresholds), how a user records a decision in the column Uw oordeel, and what each
    /// column of each sheet means (``columnMeanings(_:)``).
    static func writeLegend(_ context: ReportContext, to sheet: XLSXSheet, styles: XLSXStyles) throws(XLSXError) {
        let widths = legendWidths
        var row = 0
        func line(_ cells: [XLSXCell]) throws(XLSXError) {
            try sheet.write(row: row, cells, widths: widths)
            row += 1
        }
        func title(_ text: String) throws(XLSXError) {
            row += 1
            try line([.text(text, styles.title)])
        }
        try line([.text("Uitleg bij dit werkboek", styles.title)])
        try sheet.setRow(row, height: 2 * XLSXRowHeight.lineHeight)
        try sheet.merge(
            "Dit werkboek laat zien hoe goed de documenten van de run \(context.manifest.name) het kader "
                + "\(context.framework.title) dekken. Hieronder staat wat de statussen en kleuren betekenen, hoe u "
                + "uw eigen oordeel vastlegt en wat elke kolom van elk blad betekent.",
            rows: row...row, columns: 0...2, format: styles.note)
        row += 1

        try title("Statussen en kleuren")
        let thresholds = styles.thresholds
        for status in CoverageStatus.allCases {
            try line([
                .text(status.label, styles.statusFormats[status]),
                .text(DutchLabels.capitalised(DutchLabels.meaning(status)), styles.wrapped),
                .text(statusRule(status, thresholds), styles.wrapped),
            ])
        }
        try line([
            .text("score", styles.bold), .text("0% tot 100%", styles.wrapped),
            .text(
                "De geschatte kans dat het document de indicator, de competentie of de uitspraak beschrijft. "
                    + (thresholds == nil
                        ? "De drempels van deze run zijn niet bekend, dus alleen de statuswoorden zijn gekleurd."
                        : "Een score heeft de kleur van de status die bij die score hoort, zoals op de webpagina report.html.")
                    + " Een status is een goed onderbouwde suggestie om te controleren, geen oordeel.", styles.wrapped),
        ])

        try title("Uw oordeel vastleggen")
        let steps = [
            "De kolom Uw oordeel op elk documentblad toont wat iemand over een indicator heeft beslist: bevestigd "
                + "(de indicator telt als gedekt) of afgewezen (hij telt als ontbreekt), of over de hele competentie "
                + "(competentie bevestigd of afgewezen). Leeg betekent: nog niets vastgelegd.",
            "Typen in deze kolom verandert de uitkomst niet. Leg uw oordeel vast in het rapport: dekking review "
                + "met de run-map opent het in de browser met de knoppen Klopt, Klopt niet en Toevoegen, en bewaart elke "
                + "keuze in de map Mappings/overrides. Of schrijf zelf een CSV-bestand in die map (bijvoorbeeld team.csv), "
                + "één regel per beslissing: document,indicator,decision,note, dus de document-id (bovenaan het "
                + "documentblad), de indicator-id (kolom Indicator) of een competentie-id, bevestigd of afgewezen, en "
                + "eventueel een toelichting.",
            "Draai de analyse daarna opnieuw: het oordeel geldt dan in elk rapport, staat in de kolom Uw oordeel en de "
                + "toelichting in de kolom Toelichting.",
        ]
        for step in steps {
            try sheet.setRow(row, height: XLSXRowHeight.height([.text(step)], widths: [widths.reduce(0, +)]))
            try sheet.merge(step, rows: row...row, columns: 0...2, format: styles.wrapped)
            row += 1
        }

        try title("Kolommen per blad")
        let header = row
        try line(legendColumns.map { .text($0, styles.header) })
        for (sheetName, columns) in columnMeanings(context) {
            for (column, meaning) in columns {
                try line([.text(sheetName, styles.wrapped), .text(column, styles.bold), .text(meaning, styles.wrapped)])
            }
        }
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.keepHeadings(headerRows: header...header, columns: 0)
    }

    /// When a score has `status`: from which threshold of the run, or (unknown thresholds) what
    /// the status means.
    static func statusRule(_ status: CoverageStatus, _ thresholds: StatusThresholds?) -> String {
        guard let thresholds else { return "" }
        let covered = NumberFormat.percent(thresholds.covered)
        let partial = NumberFormat.percent(thresholds.partial)
        switch status {
        case .covered: return "Score vanaf \(covered), of bevestigd in Uw oordeel."
        case .partial: return "Score vanaf \(partial) en onder \(covered)."
        case .gap: return "Score onder \(partial), of afgewezen in Uw oordeel."
        }
    }
}
