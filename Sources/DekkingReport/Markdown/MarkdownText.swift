/// Text from documents and the framework made safe for Markdown: every name, title and other
/// interpolated text in `gaps.md` goes through ``escape(_:)`` or, inside a code span, ``codeSpan(_:)``.
enum MarkdownText {
    /// `text` as plain Markdown text that renders as written, on one line.
    ///
    /// - the characters that start inline markup or a table cell (`\ * _ ` [ ] < > |`) are escaped
    ///   with a backslash wherever they stand;
    /// - at the start (after any spaces), a `#`, `-` or `+`, or a number of at most nine digits followed by `.` or `)`
    ///   and a space (`2. Werkt`), is escaped too, so that text placed at the start of a line or a
    ///   list item starts no heading or list (escaped anywhere else they render the same);
    /// - line breaks become spaces.
    static func escape(_ text: String) -> String {
        let marker = blockMarker(text)
        // Most text has none of these characters: then it is its own escape.
        guard marker != nil || text.utf8.contains(where: { Self.special.contains($0) }) else { return text }
        var result = ""
        for (offset, character) in text.enumerated() {
            if offset == marker { result += "\\" }
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|": result += "\\\(character)"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` as a code span on one line (line breaks become spaces): fenced by one backtick more
    /// than its longest run of backticks, and padded with a space on each side when it starts or
    /// ends with a backtick or both starts and ends with a space, as CommonMark requires for the
    /// text to come out unchanged. So no text can end the span early.
    static func codeSpan(_ text: String) -> String {
        var line = ""
        var run = 0
        var longest = 0
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": line += " "
            default: line.append(character)
            }
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let spaced = line.first == " " && line.last == " " && line.contains { $0 != " " }
        let padding = line.isEmpty || line.first == "`" || line.last == "`" || spaced ? " " : ""
        return fence + padding + line + padding + fence
    }

    /// The offset of the character at the start of `text` (after any spaces and tabs) to escape so
    /// that it starts no block: that of a leading `#`, `-` or `+`, or of the `.` or `)` after a
    /// leading number of one to nine digits when a space, a tab or the end follows; else `nil`.
    private static func blockMarker(_ text: String) -> Int? {
        var blanks = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09:
                guard digits == 0 else { return nil }
                blanks += 1
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"): return digits == 0 ? blanks : nil
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 9: digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                guard digits > 0 else { return nil }
                let next = text.utf8.dropFirst(blanks + digits + 1).first
                return next == nil || next == 0x20 || next == 0x09 ? blanks + digits : nil
            default: return nil
            }
        }
        return nil
    }

    /// The bytes of the characters ``escape(_:)`` changes wherever they stand (a CR-LF pair
    /// starts with CR).
    private static let special: Set<UInt8> = Set("\\*_`[]<>|\n\r".utf8)
}
