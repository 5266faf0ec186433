import DekkingFramework
import DekkingModel
import Foundation

/// `coverage.csv` written as documents finish: the same bytes as ``CoverageCSV/long(_:dialect:)``
/// of the whole run, with only one block of rows in memory at a time.
public final class CoverageCSVStream {
    private let file: StagedFile
    private let lookup: ReportLookup
    private var writer: CSVWriter
    private static let blockSize = 1 << 20

    /// A report against `framework` that appears at `url` when finished.
    public init(url: URL, framework: Framework, dialect: CSVDialect) throws {
        lookup = ReportLookup(framework: framework, documents: [])
        var header = CSVWriter(dialect: dialect)
        header.append(CoverageCSV.longColumns)
        file = try StagedFile(url: url, contents: header.data())
        writer = CSVWriter(dialect: dialect)
    }

    /// Appends the rows of one document.
    public func append(_ document: DocumentCoverage) throws {
        CoverageCSV.appendLongRows(document, lookup: lookup, to: &writer)
        if writer.pendingByteCount >= Self.blockSize { try file.write(writer.takeBytes()) }
    }

    /// Writes what is left and moves the file into place.
    public func finish() throws {
        try file.write(writer.takeBytes())
        try file.finish()
    }

    /// Abandons the report, leaving no file.
    public func discard() { file.discard() }
}
