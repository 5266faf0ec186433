/// Text made safe for a terminal: no control character of a file name, an excerpt or a message
/// reaches the screen raw, so a name such as `ESC[31mrood.txt` cannot recolour, move the cursor
/// or rewrite an earlier line.
///
/// Only what is printed passes here; reports written to files keep the real text.
public enum TerminalText {
    /// `text` with every C0 control (U+0000–U+001F), DEL, C1 control (U+0080–U+009F) and
    /// bidirectional override (U+202A–U+202E, U+2066–U+2069) replaced by a visible escape:
    /// `\e` for ESC, `\n`, `\r`, `\t`, `\0`, and `\u{XX}` for the others. A backslash stays as it
    /// is. The result is always one line.
    public static func safe(_ text: String) -> String { escaped(text, keepingLineBreaks: false) }

    /// `text` made safe line by line: its line breaks (`\n`) stay, everything else is as in
    /// ``safe(_:)`` (a carriage return too). For messages of several lines, such as a summary or
    /// a help text.
    public static func safeLines(_ text: String) -> String { escaped(text, keepingLineBreaks: true) }

    private static func escaped(_ text: String, keepingLineBreaks: Bool) -> String {
        let kept = { (scalar: Unicode.Scalar) in keepingLineBreaks && scalar == "\n" }
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !kept($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) && !kept(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` may not be printed as it is.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The visible form of a control.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: "\\e"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x00: "\\0"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
