import DekkingCore
import Foundation

/// Reading the line-based data files of `Mappings/analysis/` (word lists and tab-separated tables).
public enum DataFile {
    struct Line {
        /// 1-based line number in the file.
        var number: Int
        /// The line without its comment, trimmed; never empty.
        var text: String
    }

    /// A line that was not used, and what the file expects instead.
    public struct Skipped: Hashable, Sendable {
        /// 1-based line number in the file.
        public var number: Int
        /// The line, trimmed and without its comment.
        public var text: String
        /// What a line of the file should look like, in Dutch.
        public var expected: String

        init(line: Line, expected: String) {
            number = line.number
            text = line.text
            self.expected = expected
        }

        /// The warning for this line of `file`.
        public func finding(file: String) -> Finding {
            Finding(
                .warning, SourceLocation(file: file, line: number),
                "regel niet gebruikt: '\(text.prefix(80))'; verwacht \(expected)")
        }
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
