import Foundation

/// Writes every report of a run into its folder, all from one ``ReportContext``.
public enum RunReports {
    /// The files a complete run folder holds.
    public static let fileNames = [
        "coverage.json", "coverage.csv", "matrix.csv", "coverage.xlsx", "report.html", "gaps.md", "run.json",
    ]

    /// Writes all reports into `folder`'s staging area and commits the folder.
    /// - Parameters:
    ///   - byteOrderMark: start the CSV files with a UTF-8 byte-order mark (for Excel).
    ///   - coverageJSONWritten: `coverage.json` was already streamed into the folder (large
    ///     batches); it is then not written again from `context`.
    public static func write(
        _ context: ReportContext, to folder: RunFolder, byteOrderMark: Bool = false, coverageJSONWritten: Bool = false
    ) throws {
        if !coverageJSONWritten {
            try AtomicFile.write(CoverageJSON.encode(context.result), to: folder.file("coverage.json"))
        }
        try AtomicFile.write(CoverageCSV.long(context, byteOrderMark: byteOrderMark), to: folder.file("coverage.csv"))
        try AtomicFile.write(CoverageCSV.matrix(context, byteOrderMark: byteOrderMark), to: folder.file("matrix.csv"))
        try XLSXReport.write(context, to: folder.file("coverage.xlsx"))
        try AtomicFile.write(HTMLReport.render(context), to: folder.file("report.html"))
        try AtomicFile.write(GapsMarkdown.render(context), to: folder.file("gaps.md"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(encoder.encode(context.manifest), to: folder.file("run.json"))
        try folder.commit()
    }
}
