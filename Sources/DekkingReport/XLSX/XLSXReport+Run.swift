import DekkingCore

extension XLSXReport {
    /// The widths of the Over deze run sheet's columns (the last holds a SHA-256 on one line).
    static let runWidths = [28.0, 40, 20, 10, 16, 76]

    /// The Over deze run sheet: what the run read and how, from the ``RunManifest``, under
    /// `sheetList`, the sentence that says what the workbook's sheets hold.
    static func writeRun(
        _ context: ReportContext, to sheet: XLSXSheet, styles: XLSXStyles, sheetList: String
    ) throws(XLSXError) {
        let manifest = context.manifest
        let widths = runWidths
        var row = 0
        func line(_ cells: [XLSXCell]) throws(XLSXError) {
            try sheet.write(row: row, cells, widths: widths)
            row += 1
        }
        func section(_ title: String, columns: [String]) throws(XLSXError) {
            row += 1
            try line([.text(title, styles.title)])
            try line(columns.map { .text($0, styles.header) })
        }
        try line([.text("Over deze run", styles.title)])
        try sheet.setRow(row, height: XLSXRowHeight.height([.text(sheetList)], widths: [widths.reduce(0, +)]))
        try sheet.merge(sheetList, rows: row...row, columns: 0...(widths.count - 1), format: styles.note)
        row += 2
        let facts: [(String, String)] = [
            ("Run", manifest.name),
            ("Kader", context.framework.title),
            ("Kader-id", manifest.framework),
            ("Versie van het kader", manifest.frameworkVersion),
            ("Versie van Dekking", manifest.toolVersion),
            ("Gestart (UTC)", manifest.startedAt),
        ]
        for (label, value) in facts { try line([.text(label, styles.bold), .text(value, styles.wrapped)]) }

        try section(
            "Invoerbestanden", columns: ["Bestand", "Document", "Soort", "Niveau", "Grootte (bytes)", "SHA-256"])
        for input in manifest.inputs {
            try line([
                .text(input.path, styles.wrapped), .text(input.document ?? "niet gelezen", styles.wrapped),
                .text(input.kind.map(DutchLabels.kind) ?? "", styles.wrapped),
                .text(input.level?.rawValue ?? "", styles.wrapped),
                .number(Double(input.bytes)), .text(input.sha256, styles.wrapped),
            ])
        }
        try section("Mappings", columns: ["Bestand", "SHA-256"])
        for mapping in manifest.mappings {
            try line([.text(mapping.path, styles.wrapped), .text(mapping.sha256, styles.wrapped)])
        }
        try section("Instellingen", columns: ["Instelling", "Waarde"])
        for (name, value) in manifest.settings.sorted(by: { $0.key < $1.key }) {
            try line([.text(name, styles.wrapped), .number(value)])
        }
        try section("Meldingen", columns: ["Ernst", "Plaats", "Melding"])
        if manifest.findings.isEmpty { try line([.text("Geen meldingen.", styles.note)]) }
        for finding in manifest.findings {
            try line([
                .text(finding.severity.label, styles.wrapped), .text(finding.location.description, styles.wrapped),
                .text(finding.message, styles.wrapped),
            ])
        }
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
    }
}
