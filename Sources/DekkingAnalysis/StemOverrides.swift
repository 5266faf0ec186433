import Foundation

/// Stem overrides as data, Lucene `StemmerOverrideFilter` style (`Mappings/analysis/stem-overrides.tsv`).
///
/// Each line is `word<TAB>stem` (the word always gets that stem; Snowball is skipped) or
/// `-suffix<TAB>-replacement` (a word ending in the suffix has it replaced before Snowball runs;
/// the longest matching suffix wins, and the word must keep at least three characters before it).
/// Words are folded like text. `#` starts a comment.
public struct StemOverrides: Sendable {
    /// Whole-word overrides, folded word → stem.
    public let words: [String: String]
    /// Suffix rules, longest suffix first.
    public let suffixes: [(suffix: String, replacement: String)]
    /// The lines of the file that were not used, with the reason, for findings.
    public private(set) var skippedLines: [DataFile.Skipped] = []

    public init(words: [String: String] = [:], suffixes: [(String, String)] = []) {
        self.words = words
        self.suffixes = suffixes.sorted { $0.0.count > $1.0.count }.map { (suffix: $0.0, replacement: $0.1) }
    }

    /// Reads an overrides file; a line that is not two tab-separated words, or that pairs a
    /// suffix with a word, is not used and listed in ``skippedLines``.
    /// - Throws: ``AnalysisError/unreadable(file:)``.
    public init(contentsOf url: URL) throws {
        var words: [String: String] = [:]
        var suffixes: [(String, String)] = []
        var skipped: [DataFile.Skipped] = []
        for line in try DataFile.lines(of: url) {
            let fields = line.text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields.contains(where: { $0.isEmpty || $0.contains(" ") }) else {
                skipped.append(.init(line: line, expected: "woord<TAB>stam of -achtervoegsel<TAB>-vervanging"))
                continue
            }
            let from = VocabularyLexicon.fold(fields[0].lowercased())
            let to = VocabularyLexicon.fold(fields[1].lowercased())
            guard from.hasPrefix("-") == to.hasPrefix("-") else {
                skipped.append(
                    .init(line: line, expected: "een achtervoegsel (-…) krijgt een achtervoegsel als vervanging"))
                continue
            }
            if from.hasPrefix("-") {
                suffixes.append((String(from.dropFirst()), String(to.dropFirst())))
            } else {
                words[from] = to
            }
        }
        self.init(words: words, suffixes: suffixes)
        skippedLines = skipped
    }

    /// `word` with its longest matching suffix replaced, or `nil` when no rule applies.
    func rewriteSuffix(_ word: String) -> String? {
        for rule in suffixes where word.hasSuffix(rule.suffix) && word.count >= rule.suffix.count + 3 {
            return String(word.dropLast(rule.suffix.count)) + rule.replacement
        }
        return nil
    }
}
