import Foundation

/// `coverage.xlsx` of a run above the detail limit, made from its ``RunOverview``: no sheet per
/// document, and no sheet whose size in columns grows with the number of documents.
///
/// Sheets, in order:
/// - **Documenten**: one row per document (id, titel, soort, niveau, relevantie, competencies per
///   status) and one column per competency of the framework with the document's score, under two
///   header rows (competency titles, then the column titles with the autofilter). Documents beyond
///   Excel's last row are left out, with a note row saying how many and where they are.
/// - **Overzicht**: the run as a whole in framework order: a row per cluster, under it a row per
///   competency, under that a row per indicator, each with how many documents cover it, the shares
///   and the mean score; a short explanation above the table.
/// - **Startbekwaam** (only when some document was matched against the startbekwaam profiles): a
///   row per statement of a cluster's profile with the same counts.
/// - **Over deze run**: as in the full workbook (``writeRun(_:to:styles:)``), with the list of
///   sheets of this workbook.
///
/// Memory and time are linear in the documents (one row each); the other sheets depend on the
/// framework only.
extension XLSXReport {
    /// The names of the overview workbook's own sheets (besides ``profileSheet`` and ``runSheet``).
    public static let documentsSheet = "Documenten", overviewSheet = "Overzicht"

    /// The rows a worksheet can hold (Excel's limit).
    public static let maximumRows = 1_048_576

    /// Writes the overview workbook of `context`'s run to `url` atomically, like ``write(_:to:)``:
    /// built in a temporary file in the same folder and renamed over `url` only when complete. The
    /// creation date is the run's start, so the same context gives the same bytes.
    /// - Throws: ``XLSXError`` naming the step that failed; no partial file is left behind.
    static func writeOverview(_ context: ReportContext, _ overview: RunOverview, to url: URL) throws(XLSXError) {
        try writeAtomically(to: url) { path throws(XLSXError) in try buildOverview(context, overview, at: path) }
    }

    /// Builds the overview workbook and writes it to `path` (not atomically).
    /// - Parameter rowLimit: the rows the Documenten sheet may use (Excel's ``maximumRows``; tests
    ///   pass fewer to see what happens when the documents do not fit).
    static func buildOverview(
        _ context: ReportContext, _ overview: RunOverview, at path: String, rowLimit: Int = maximumRows
    ) throws(XLSXError) {
        // A row per document: written out row by row, so memory does not grow with the run.
        let workbook = try XLSXWorkbook(
            path: path, creationDate: creationDate(context.manifest.startedAt), constantMemory: true)
        let styles = try OverviewStyles(workbook)
        try writeOverviewDocuments(
            overview, to: workbook.addSheet(named: documentsSheet), styles: styles, rowLimit: rowLimit)
        try writeOverviewTable(overview, to: workbook.addSheet(named: overviewSheet), styles: styles)
        if overview.profileDocuments > 0 {
            try writeOverviewProfiles(overview, to: workbook.addSheet(named: profileSheet), styles: styles)
        }
        try writeRun(
            context, to: workbook.addSheet(named: runSheet), styles: styles.base, sheetList: overviewSheetList(overview)
        )
        try workbook.close()
    }

    /// The sentence on the Over deze run sheet that lists the overview workbook's sheets.
    static func overviewSheetList(_ overview: RunOverview) -> String {
        let profiles =
            overview.profileDocuments > 0
            ? ", Startbekwaam (per uitspraak van de startbekwaam-profielen: hoeveel documenten die beschrijven)" : ""
        return "Werkbladen: Documenten (per document de score per competentie), Overzicht (de run als geheel: per "
            + "cluster, competentie en indicator hoeveel documenten die dekken)\(profiles) en dit blad (waar de "
            + "uitkomst op berust). Alle details per document staan in coverage.csv en coverage.json."
    }
}

/// The formats of the overview workbook: those of the full workbook plus a line of explanation
/// that is not wrapped (it runs on over the empty cells to its right) and bold text for the
/// competency rows of the Overzicht sheet.
struct OverviewStyles {
    /// The formats shared with the full workbook.
    let base: XLSXStyles
    /// Italic, unwrapped: one line of explanation above a table.
    let line: XLSXFormat
    /// Bold, aligned to the top: a competency row's short cells.
    let strong: XLSXFormat
    /// Bold, wrapped, aligned to the top: a competency row's title.
    let strongWrapped: XLSXFormat

    /// Creates the formats in `workbook`, once per workbook.
    init(_ workbook: XLSXWorkbook) throws(XLSXError) {
        base = try XLSXStyles(workbook)
        line = try workbook.addFormat(XLSXStyle(italic: true))
        strong = try workbook.addFormat(XLSXStyle(bold: true, alignTop: true))
        strongWrapped = try workbook.addFormat(XLSXStyle(bold: true, wrap: true, alignTop: true))
    }
}
