import DekkingMatching
import Foundation

/// The JSON report (`coverage.json`), the contract that evaluation and other tooling read.
///
/// Keys are sorted and scores rounded by the engine, so the same inputs and mappings always give
/// the same bytes.
public enum CoverageJSON {
    /// The report as JSON bytes, ending in a newline.
    public static func encode(_ result: CoverageResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(result)
        data.append(0x0A)
        return data
    }

    /// Reads a report written by ``encode(_:)``.
    public static func decode(_ data: Data) throws -> CoverageResult {
        try JSONDecoder().decode(CoverageResult.self, from: data)
    }
}
