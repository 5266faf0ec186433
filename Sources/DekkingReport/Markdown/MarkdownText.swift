/// Text from documents and the framework made safe for Markdown.
enum MarkdownText {
    /// `text` with the characters that would start Markdown markup inline (`\ * _ ` [ ] < >`)
    /// escaped with a backslash, and line breaks turned into spaces, so it renders as written.
    static func escape(_ text: String) -> String {
        // Most text has none of these characters: then it is its own escape.
        guard text.utf8.contains(where: { Self.special.contains($0) }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">": result += "\\\(character)"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// The bytes of the characters ``escape(_:)`` changes (a CR-LF pair starts with CR).
    private static let special: Set<UInt8> = Set("\\*_`[]<>\n\r".utf8)
}
