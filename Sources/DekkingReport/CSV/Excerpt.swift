import Foundation

/// Short, single-line quotations of evidence for tables.
enum Excerpt {
    /// The longest excerpt, in characters, including the closing ellipsis.
    static let maximumLength = 300

    /// `text` on one line (runs of white space, line breaks included, become one space), cut at a
    /// word boundary to at most `limit` characters with `…` appended when it was cut.
    static func of(_ text: String, limit: Int = maximumLength) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard line.count > limit else { return line }
        let cut = line.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        // Cut at a word only when that keeps most of the text; a single very long word is cut anyway.
        let kept = atWord.count >= limit / 2 ? atWord : cut
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }
}
