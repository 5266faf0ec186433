import DekkingFramework
import DekkingModel
import Foundation

/// Writes every report of a run into its folder, all from one ``ReportContext``.
///
/// `matrix.csv`, `coverage.xlsx` and `gaps.md` have one writer each, for every run: the run-wide
/// parts come from the context's ``ReportContext/overview``, and a context that
/// ``ReportContext/isDetailed`` adds each document in full; so does `report.html`.
/// `coverage.json` and `coverage.csv` always hold every document; for a run above the detail
/// limit they must have been written while the documents finished (``RunFolderStreams``).
public enum RunReports {
    /// The files a complete run folder holds.
    public static let fileNames = [
        "coverage.json", "coverage.csv", "matrix.csv", "coverage.xlsx", "report.html", "gaps.md", "run.json",
    ]

    /// Writes all reports into `folder`'s staging area and commits the folder.
    /// - Parameters:
    ///   - csvDialect: how the CSV files are spelled.
    ///   - streamed: the files already written into the folder as documents finished
    ///     (`coverage.json`, `coverage.csv`); they are not written again from `context`. A context
    ///     with an overview must name both.
    public static func write(
        _ context: ReportContext, to folder: RunFolder, csvDialect: CSVDialect = .rfc4180, streamed: Set<String> = []
    ) throws {
        try AtomicFile.write(CoverageCSV.matrix(context, dialect: csvDialect), to: folder.file("matrix.csv"))
        if context.isDetailed {
            if !streamed.contains("coverage.json") {
                try AtomicFile.write(CoverageJSON.encode(context.result), to: folder.file("coverage.json"))
            }
            if !streamed.contains("coverage.csv") {
                try AtomicFile.write(
                    CoverageCSV.long(context, dialect: csvDialect), to: folder.file("coverage.csv"))
            }
        } else {
            precondition(
                streamed.isSuperset(of: ["coverage.json", "coverage.csv"]), "an overview run streams its documents")
        }
        try AtomicFile.write(HTMLReport.render(context), to: folder.file("report.html"))
        try XLSXReport.write(context, to: folder.file("coverage.xlsx"))
        try AtomicFile.write(GapsMarkdown.render(context), to: folder.file("gaps.md"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(encoder.encode(context.manifest), to: folder.file("run.json"))
        try folder.commit()
    }
}

/// The reports of a run folder written while its documents finish: `coverage.json`,
/// `coverage.csv`, and the ``RunOverview`` that the other reports of a large run are made from.
///
/// Memory stays flat: a document's rows are written when it is appended, and the overview keeps a
/// few hundred bytes per document.
public final class RunFolderStreams {
    private let json: CoverageJSONStream
    private let csv: CoverageCSVStream
    /// The run so far.
    public private(set) var overview: RunOverview

    /// The files these streams write (for ``RunReports/write(_:to:csvDialect:streamed:)``).
    public static let fileNames: Set<String> = ["coverage.json", "coverage.csv"]

    /// Starts the streamed reports in `folder`'s staging area.
    public init(folder: RunFolder, framework: Framework, csvDialect: CSVDialect) throws {
        json = try CoverageJSONStream(url: folder.file("coverage.json"))
        do {
            csv = try CoverageCSVStream(
                url: folder.file("coverage.csv"), framework: framework, dialect: csvDialect)
        } catch {
            json.discard()
            throw error
        }
        overview = RunOverview(framework: framework)
    }

    /// Appends one document: `line` is its line of coverage.json (``CoverageJSON/line(_:)``) and
    /// `coverage` the same coverage decoded (`nil` leaves the document out of coverage.csv and the
    /// overview).
    public func append(line: Data, coverage: DocumentCoverage?) throws {
        try json.append(line: line)
        guard let coverage else { return }
        try csv.append(coverage)
        overview.add(coverage)
    }

    /// Finishes both files, coverage.json with the keys of `result` other than its documents.
    public func finish(with result: CoverageResult) throws {
        try json.finish(with: result)
        try csv.finish()
    }

    /// Abandons both files.
    public func discard() {
        json.discard()
        csv.discard()
    }
}
