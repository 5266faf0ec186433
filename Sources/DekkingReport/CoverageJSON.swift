import DekkingModel
import Foundation

/// The JSON report (`coverage.json`), the contract that evaluation and other tooling read.
///
/// Layout: `{"documents":[` then one compact document object per line, then
/// `],"framework":{…},"inputs":{"failed":[…],"skipped":[…]},"schemaVersion":1,"tool":{…}}`: valid
/// JSON, keys sorted, one document per line (easy to stream, grep and split), and the same bytes
/// whether written at once (``encode(_:)``) or document by document (``CoverageJSONStream``).
public enum CoverageJSON {
    public static let opening = Data("{\"documents\":[\n".utf8)

    /// What follows the documents: every other key of `result` (its documents are not read).
    static func closing(_ result: CoverageResult) -> Data {
        let writer = CoverageJSONWriter()
        writer.keys(after: result)
        return Data("\n],".utf8) + Data(writer.bytes) + Data("}\n".utf8)
    }

    /// One document as a compact JSON object (no newline): its line of coverage.json.
    public static func line(_ document: DocumentCoverage) -> Data {
        let writer = CoverageJSONWriter()
        writer.document(document)
        return Data(writer.bytes)
    }

    /// The report as JSON bytes, ending in a newline.
    public static func encode(_ result: CoverageResult) throws -> Data {
        var data = opening
        for (index, document) in result.documents.enumerated() {
            if index > 0 { data.append(contentsOf: Array(",\n".utf8)) }
            data.append(line(document))
        }
        data.append(closing(result))
        return data
    }

    /// Reads one document line written by ``line(_:)``.
    public static func decodeLine(_ data: Data) throws -> DocumentCoverage {
        try JSONDecoder().decode(DocumentCoverage.self, from: data)
    }

    /// Reads a report written by ``encode(_:)`` or ``CoverageJSONStream``.
    public static func decode(_ data: Data) throws -> CoverageResult {
        try JSONDecoder().decode(CoverageResult.self, from: data)
    }
}

/// Writes `coverage.json` document by document, so a batch never holds all reports in memory.
///
/// To a file, bytes go to a temporary file beside the target, renamed over it by
/// ``finish(with:)``: a report that is not finished never appears under its name. To standard
/// output (``standardOutput()``), bytes are written as they come, for a pipe into another tool.
public final class CoverageJSONStream {
    /// Where the report goes: a file (through a temporary one), or standard output.
    private enum Destination {
        case file(StagedFile)
        case standardOutput(FileHandle)
    }

    private let destination: Destination
    private var count = 0
    /// Lines not yet written: written in blocks of about `blockSize` bytes, not one call per document.
    private var pending = Data()
    private static let blockSize = 1 << 20

    /// A report that appears at `url` when finished.
    public init(url: URL) throws {
        destination = .file(try StagedFile(url: url, contents: CoverageJSON.opening))
    }

    /// A report written to standard output as documents finish (the same bytes as a file report).
    public static func standardOutput() -> CoverageJSONStream { CoverageJSONStream(writingTo: .standardOutput) }

    private init(writingTo handle: FileHandle) {
        destination = .standardOutput(handle)
        pending = CoverageJSON.opening
    }

    /// Appends one document given as its line (``CoverageJSON/line(_:)``).
    public func append(line: Data) throws {
        if count > 0 { pending.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        pending.append(line)
        count += 1
        if pending.count >= Self.blockSize { try flush() }
    }

    private func flush() throws {
        switch destination {
        case .file(let file): try file.write(pending)
        case .standardOutput(let handle): try handle.write(contentsOf: pending)
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Closes the array, writes the keys of `result` other than its documents (the framework, the
    /// inputs that gave no document, the schema version and the tool; the documents were
    /// appended) and moves the file into place.
    public func finish(with result: CoverageResult) throws {
        pending.append(CoverageJSON.closing(result))
        try flush()
        if case .file(let file) = destination { try file.finish() }
    }

    /// The temporary file a file report is written to until it is finished (nil for standard
    /// output); a signal handler may remove it.
    public var temporaryPath: String? {
        if case .file(let file) = destination { file.temporary.path } else { nil }
    }

    /// Abandons the report: removes the temporary file (what went to standard output stays sent).
    public func discard() {
        if case .file(let file) = destination { file.discard() }
    }
}
