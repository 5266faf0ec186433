import Foundation

/// Short, single-line quotations of evidence for tables.
enum Excerpt {
    /// The longest excerpt, in characters, including the closing ellipsis.
    static let maximumLength = 300

    /// `text` on one line (runs of white space, line breaks included, become one space), cut at a
    /// word boundary to at most `limit` characters with `…` appended when it was cut.
    static func of(_ text: String, limit: Int = maximumLength) -> String {
        if text.utf8.count <= limit, isOneLine(text) { return text }
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard line.count > limit else { return line }
        let cut = line.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        // Cut at a word only when that keeps most of the text; a single very long word is cut anyway.
        let kept = atWord.count >= limit / 2 ? atWord : cut
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Whether `text` is already one line as ``of(_:limit:)`` makes it: single ASCII spaces between
    /// words and none at either end, no other white space. Conservative: any byte that may start a
    /// non-ASCII white-space character (U+0085, U+00A0, U+1680, U+2000…U+3000) or a combining mark
    /// (which could join a space into another character) answers false.
    private static func isOneLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20  // so that a leading space fails
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x1C...0x1F, 0xC2, 0xCC, 0xCD, 0xE1, 0xE2, 0xE3, 0xEF: return false
            case 0x20 where previous == 0x20: return false
            default: previous = byte
            }
        }
        return previous != 0x20
    }
}
