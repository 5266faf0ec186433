import Foundation

/// The list behind ``StopWordFilter``: words that carry no meaning for matching (`Mappings/analysis/stopwords-nl.txt`).
///
/// One word per line, `#` starts a comment; words are folded like text, so the list may be written
/// with or without diacritics and in any case.
public struct StopWords: Sendable {
    public let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { VocabularyLexicon.fold($0.lowercased()) })
    }

    /// Reads a stop-word file.
    /// - Throws: ``AnalysisError/unreadable(file:)``, or ``AnalysisError/empty(file:)`` when it has no words.
    public init(contentsOf url: URL) throws {
        let lines = try DataFile.lines(of: url)
        guard !lines.isEmpty else { throw AnalysisError.empty(file: url.lastPathComponent) }
        self.init(lines.map(\.text))
    }

    /// Whether the folded `word` is a stop word.
    /// - Complexity: O(1) expected.
    public func contains(_ word: String) -> Bool { words.contains(word) }
}
