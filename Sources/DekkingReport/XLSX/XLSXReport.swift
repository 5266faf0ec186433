import Foundation

/// `coverage.xlsx`: the coverage as an Excel workbook for curriculum designers, all labels in Dutch.
///
/// Sheets, in order:
/// - **Matrix**: competencies (rows, grouped per cluster under a cluster row with the cluster's
///   mean) × documents (two columns each: the score as a number shown as a percentage, and the
///   status word `gedekt`/`deels`/`ontbreekt`), a fixed red–yellow–green colour scale on the
///   percentages and coloured status words (readable in black and white through the words), frozen
///   header row and first three columns, an autofilter, and a legend below the table.
/// - **Hiaten**: one row per document × competency that is `deels` or `ontbreekt`, with the weak
///   indicators and a suggestion of what to add.
/// - **Startbekwaam** (only when some document was matched against the startbekwaam profiles,
///   as education documents are): one row per document × statement of a cluster's profile, with
///   the cluster's and the statement's score and status and the best passage.
/// - **one sheet per document** (named after the document id, made valid by ``XLSXSheetName``):
///   every indicator with cluster, competency, level, text, score, status, the user's decision and
///   the best evidence (code, page, headings, excerpt).
/// - **Over deze run**: the framework, tool version, inputs with their SHA-256, mapping files,
///   settings and warnings of the run.
///
/// Numbers in the workbook are the same values as in `coverage.json` (not rounded; only displayed
/// as percentages).
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
    static func build(_ context: ReportContext, at path: String) throws(XLSXError) {
        let workbook = try XLSXWorkbook(path: path, creationDate: creationDate(context.manifest.startedAt))
        let styles = try XLSXStyles(workbook)
        let lookup = ReportLookup(context)
        try writeMatrix(lookup, to: workbook.addSheet(named: matrixSheet), styles: styles)
        try writeGaps(lookup, to: workbook.addSheet(named: gapsSheet), styles: styles)
        if hasProfiles(lookup) { try writeProfiles(lookup, to: workbook.addSheet(named: profileSheet), styles: styles) }
        for (document, name) in zip(lookup.documents, documentSheetNames(context)) {
            try writeDocument(document, lookup: lookup, to: workbook.addSheet(named: name), styles: styles)
        }
        try writeRun(context, to: workbook.addSheet(named: runSheet), styles: styles)
        try workbook.close()
    }

    /// The sheet name of each document, in result order.
    public static func documentSheetNames(_ context: ReportContext) -> [String] {
        XLSXSheetName.unique(
            context.result.documents.map(\.id), avoiding: [matrixSheet, gapsSheet, profileSheet, runSheet])
    }

    /// The run's start time, stored as the workbook's creation date so that the same run gives the
    /// same file; `nil` (libxlsxwriter then uses the current time) when it is not ISO 8601.
    static func creationDate(_ startedAt: String) -> Date? {
        ISO8601DateFormatter().date(from: startedAt)
    }
}
