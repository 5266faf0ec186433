/// Text from documents and the framework made safe for Markdown.
enum MarkdownText {
    /// `text` with the characters that would start Markdown markup inline (`\ * _ ` [ ] < >`)
    /// escaped with a backslash, and line breaks turned into spaces, so it renders as written.
    static func escape(_ text: String) -> String {
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
}
