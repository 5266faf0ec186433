import Foundation

extension XLSXReport {
    /// The names of the run-wide sheets (besides ``profileSheet`` and ``runSheet``).
    public static let documentsSheet = "Documenten", overviewSheet = "Overzicht"

    /// The rows a worksheet can hold (Excel's limit).
    public static let maximumRows = 1_048_576

    /// The sentence on the Over deze run sheet that lists the workbook's sheets.
    static func sheetList(_ context: ReportContext) -> String {
        var sheets = ["\(legendSheet) (wat elke kolom, status en kleur betekent en hoe u uw oordeel vastlegt)"]
        if context.isDetailed {
            sheets += ["Matrix (alle competenties per document)", "Hiaten (wat ontbreekt, met voorstellen)"]
        }
        if hasRunSheets(context) {
            sheets += [
                "Documenten (per document de score per competentie)",
                "Overzicht (de run als geheel: per cluster, competentie en indicator hoeveel documenten die dekken)",
            ]
        }
        if context.isDetailed {
            if context.result.documents.contains(where: { $0.startbekwaam != nil }) {
                sheets.append("Startbekwaam (per document de uitspraken van de startbekwaam-profielen)")
            }
            if context.result.documents.contains(where: { $0.units != nil }) {
                sheets.append(
                    "per document met meer functies, modules of kerntaken een blad \"Per …\" (elke eenheid apart gemeten)"
                )
            }
            sheets.append("één blad per document, genoemd naar zijn titel (alle indicatoren met vindplaats)")
        } else if context.overview.profileDocuments > 0 {
            sheets.append(
                "Startbekwaam (per uitspraak van de startbekwaam-profielen: hoeveel documenten die beschrijven)")
        }
        sheets.append("dit blad (waar de uitkomst op berust)")
        let list = sheets.dropLast().joined(separator: ", ") + " en " + sheets[sheets.count - 1]
        return "Werkbladen: \(list)."
            + (context.isDetailed ? "" : " Alle details per document staan in coverage.csv en coverage.json.")
    }
}

/// The formats of the overview workbook: those of the full workbook plus bold text for the
/// competency rows of the Overzicht sheet.
struct OverviewStyles {
    /// The formats shared with the full workbook.
    let base: XLSXStyles
    /// Italic, unwrapped: one line of explanation above a table (``XLSXStyles/line``).
    var line: XLSXFormat { base.line }
    /// Bold, aligned to the top: a competency row's short cells.
    let strong: XLSXFormat
    /// Bold, wrapped, aligned to the top: a competency row's title.
    let strongWrapped: XLSXFormat

    /// Creates the formats in `workbook`, once per workbook.
    init(_ workbook: XLSXWorkbook, thresholds: StatusThresholds?) throws(XLSXError) {
        base = try XLSXStyles(workbook, thresholds: thresholds)
        strong = try workbook.addFormat(XLSXStyle(bold: true, alignTop: true))
        strongWrapped = try workbook.addFormat(XLSXStyle(bold: true, wrap: true, alignTop: true))
    }
}
