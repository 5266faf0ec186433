import DekkingModel
import Foundation

/// A `coverage.json` read back, one document at a time: the ids of its documents, one document by
/// id, and the framework it was matched against.
///
/// A report written by ``CoverageJSON`` has one document per line, so only the line of the
/// document asked for is decoded in full, and a run of thousands of documents costs no more than
/// its file. A report in another layout (reformatted by another tool) is decoded whole.
public struct CoverageJSONFile: Sendable {
    /// The documents' ids, in the order of the report.
    public let documentIDs: [String]
    /// The framework the run matched against.
    public let framework: CoverageResult.FrameworkReference
    private let source: Source

    private enum Source: Sendable {
        /// The document lines of the report (without the separating commas), by position.
        case lines([Data])
        case decoded([DocumentCoverage])
    }

    private struct Identified: Decodable { var id: String }
    private struct Tail: Decodable { var framework: CoverageResult.FrameworkReference }

    /// Reads the report at `url`.
    /// - Throws: When the file cannot be read or is not a coverage report.
    public init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url, options: .mappedIfSafe))
    }

    /// Reads a report from its bytes.
    public init(data: Data) throws {
        let decoder = JSONDecoder()
        if data.starts(with: CoverageJSON.opening) {
            var lines = data.dropFirst(CoverageJSON.opening.count).split(separator: UInt8(ascii: "\n"))
            if let last = lines.last, last.starts(with: Data("],".utf8)) {
                lines.removeLast()
                let tail = try decoder.decode(Tail.self, from: Data("{".utf8) + last.dropFirst(2))
                let documents = lines.map { line in line.last == UInt8(ascii: ",") ? Data(line.dropLast()) : Data(line)
                }
                documentIDs = try documents.map { try decoder.decode(Identified.self, from: $0).id }
                framework = tail.framework
                source = .lines(documents)
                return
            }
        }
        let result = try CoverageJSON.decode(data)
        documentIDs = result.documents.map(\.id)
        framework = result.framework
        source = .decoded(result.documents)
    }

    /// The document with id `id`, or `nil` when the report has none.
    /// - Throws: When its line is not a valid document.
    public func document(id: String) throws -> DocumentCoverage? {
        guard let index = documentIDs.firstIndex(of: id) else { return nil }
        switch source {
        case .lines(let lines): return try CoverageJSON.decodeLine(lines[index])
        case .decoded(let documents): return documents[index]
        }
    }
}
