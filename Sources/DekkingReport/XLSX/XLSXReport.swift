import Foundation

/// `coverage.xlsx`: the coverage as an Excel workbook for curriculum designers, all labels in Dutch.
///
/// One writer for every run. The run as a whole comes from the context's ``ReportContext/overview``;
/// a run up to the detail limit (``ReportContext/isDetailed``) adds every document in full. Every
/// sheet prints on A4 landscape, one page wide, with its headings repeated on every page, the
/// run's name in the page header and `Pagina 1 van 9` in the footer (``XLSXSheet/setUpPrint(title:)``);
/// rows with wrapped text are as tall as the text needs (``XLSXRowHeight``). Scores and status
/// words have the colours of their status, as on the page (``StatusColours``), a score by the
/// run's thresholds (``StatusThresholds``). Sheets, in order:
/// - **Uitleg**: what each column of each sheet means, what the statuses and colours mean, and how
///   a user records a decision (the column Uw oordeel).
/// - **Matrix** (detailed runs): competencies (rows, grouped per cluster under a cluster row with
///   the cluster's best score) × documents (two columns each, under the document's title and id:
///   the score as a number shown as a percentage, and the status word `gedekt`/`deels`/`ontbreekt`),
///   frozen header rows and first three columns, and an autofilter.
/// - **Hiaten** (detailed runs): one row per document × competency that is `deels` or
///   `ontbreekt`, with the weak indicators and a suggestion of what to add.
/// - **Documenten** and **Overzicht** (every run of more than one document): one row per document
///   with its score per competency; and the run as a whole, a row per cluster, competency and
///   indicator with how many documents cover it (see ``writeOverviewDocuments(_:to:styles:rowLimit:)``
///   and ``writeOverviewTable(_:to:styles:detailed:)``).
/// - **Startbekwaam** (only when some document was matched against the startbekwaam profiles, as
///   education documents are): in a detailed run one row per document × statement of a cluster's
///   profile, with the cluster's and the statement's score and status and the best passage;
///   otherwise one row per statement with how many documents describe it.
/// - **one sheet per document** (detailed runs; named after the document's title, shortened and
///   made valid by ``XLSXSheetName``; the full title and the id at the top): every indicator with cluster, competency, level, text, score, status, the
///   user's decision and the best evidence (code, page, headings, excerpt).
/// - **Over deze run**: the sheets of this workbook, the framework, tool version, inputs with
///   their SHA-256, mapping files, settings and warnings of the run.
///
/// A run above the detail limit has no sheet whose size in columns grows with the documents, and
/// is written row by row (memory and time linear in the documents). Numbers in the workbook are
/// the same values as in `coverage.json` (not rounded; only displayed as percentages).
public enum XLSXReport {
    /// The names of the fixed sheets; document sheets never take one of these.
    public static let matrixSheet = "Matrix", gapsSheet = "Hiaten", profileSheet = "Startbekwaam",
        runSheet = "Over deze run"

    /// Writes the workbook to `url` atomically: it is built in a temporary file in the same folder,
    /// which is renamed over `url` only when complete.
    /// - Throws: ``XLSXError`` naming the step that failed; no partial file is left behind.
    public static func write(_ context: ReportContext, to url: URL) throws(XLSXError) {
        try writeAtomically(to: url) { path throws(XLSXError) in try build(context, at: path) }
    }

    /// Runs `build` on a temporary file in `url`'s folder and renames it over `url` when it
    /// succeeds; removes it when it fails.
    static func writeAtomically(to url: URL, _ build: (String) throws(XLSXError) -> Void) throws(XLSXError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do throws(XLSXError) {
            try build(temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Builds the workbook and writes it to `path` (not atomically).
    /// - Parameter rowLimit: the rows the Documenten sheet may use (Excel's ``maximumRows``; tests
    ///   pass fewer to see what happens when the documents do not fit).
    static func build(_ context: ReportContext, at path: String, rowLimit: Int = maximumRows) throws(XLSXError) {
        let overview = context.overview
        // A large run's sheets are written out row by row, so memory does not grow with the run.
        let workbook = try XLSXWorkbook(
            path: path, creationDate: creationDate(context.manifest.startedAt), constantMemory: !context.isDetailed)
        let styles = try OverviewStyles(workbook, thresholds: context.statusThresholds)
        // Every sheet prints on A4 landscape, one page wide, with the run's name in the page header.
        func sheet(_ name: String) throws(XLSXError) -> XLSXSheet {
            let sheet = try workbook.addSheet(named: name)
            try sheet.setUpPrint(title: "Dekking: \(context.manifest.name)")
            return sheet
        }
        try writeLegend(context, to: sheet(legendSheet), styles: styles.base)
        let lookup = context.isDetailed ? ReportLookup(context) : nil
        if let lookup {
            try writeMatrix(lookup, to: sheet(matrixSheet), styles: styles.base)
            try writeGaps(lookup, priorities: GapPriorities.of(context), to: sheet(gapsSheet), styles: styles.base)
        }
        if hasRunSheets(context) {
            try writeOverviewDocuments(overview, to: sheet(documentsSheet), styles: styles, rowLimit: rowLimit)
            try writeOverviewTable(overview, to: sheet(overviewSheet), styles: styles, detailed: context.isDetailed)
        }
        if let lookup {
            if hasProfiles(lookup) {
                try writeProfiles(lookup, to: sheet(profileSheet), styles: styles.base)
            }
            for (matrix, name) in unitSheets(context, lookup: lookup) {
                try writeUnits(matrix, lookup: lookup, to: sheet(name), styles: styles.base)
            }
            for (document, name) in zip(lookup.documents, documentSheetNames(context)) {
                try writeDocument(document, lookup: lookup, to: sheet(name), styles: styles.base)
            }
        } else if overview.profileDocuments > 0 {
            try writeOverviewProfiles(overview, to: sheet(profileSheet), styles: styles)
        }
        try writeRun(context, to: sheet(runSheet), styles: styles.base, sheetList: sheetList(context))
        try workbook.close()
    }

    /// Whether the workbook has the run-wide Documenten and Overzicht sheets: for every run of
    /// more than one document, and for every run above the detail limit.
    static func hasRunSheets(_ context: ReportContext) -> Bool {
        !context.isDetailed || context.overview.documents.count > 1
    }

    /// The sheet name of each document, in result order: its title (its id when it has none),
    /// shortened at a word and made unique by ``XLSXSheetName``; the sheet itself starts with the
    /// full title and the id.
    public static func documentSheetNames(_ context: ReportContext) -> [String] {
        XLSXSheetName.unique(
            context.result.documents.map { $0.title.isEmpty ? $0.id : $0.title },
            avoiding: [legendSheet, matrixSheet, gapsSheet, documentsSheet, overviewSheet, profileSheet, runSheet])
    }

    /// The run's start time, stored as the workbook's creation date so that the same run gives the
    /// same file; `nil` (libxlsxwriter then uses the current time) when it is not ISO 8601.
    static func creationDate(_ startedAt: String) -> Date? {
        ISO8601DateFormatter().date(from: startedAt)
    }
}
