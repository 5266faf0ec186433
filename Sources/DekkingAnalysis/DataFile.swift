import Foundation

/// Reading the line-based data files of `Mappings/analysis/` (word lists and tab-separated tables).
enum DataFile {
    struct Line {
        /// 1-based line number in the file.
        var number: Int
        /// The line without its comment, trimmed; never empty.
        var text: String
    }

    /// The non-empty lines of `url`, with `#` comments removed.
    /// - Throws: ``AnalysisError/unreadable(file:)``.
    static func lines(of url: URL) throws -> [Line] {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw AnalysisError.unreadable(file: url.path)
        }
        var result: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { result.append(Line(number: index + 1, text: trimmed)) }
        }
        return result
    }
}

/// Why the analysis chain could not be built.
public enum AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A required data file is missing or not UTF-8.
    case unreadable(file: String)
    /// A required data file has no usable entries.
    case empty(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file): "\(file): fout: het bestand ontbreekt of is geen UTF-8-tekst"
        case .empty(let file): "\(file): fout: het bestand bevat geen bruikbare regels"
        }
    }
}
