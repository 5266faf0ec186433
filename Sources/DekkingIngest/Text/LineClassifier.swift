/// Recognises what a single line of plain text is: a Markdown heading, a list item, a numbered or
/// coded heading, an all-capitals heading, or ordinary text.
///
/// Used by ``PlainTextParser`` for `.txt`/`.md` files and for the text that `pdftotext` produces.
enum LineClassifier {
    enum Kind: Equatable {
        case markdownHeading(level: Int, text: String)
        case listItem(depth: Int, ordered: Bool, text: String)
        /// A heading recognised from its form alone (numbering, a structural code, capitals).
        case strongHeading(level: Int, text: String)
        case text(String)
    }

    /// Classifies `line`; `markdown` enables `#` headings and disables the all-capitals rule.
    static func classify(_ line: String, markdown: Bool) -> Kind {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        let trimmed = line.trimmingWhitespace()
        if markdown, let heading = markdownHeading(trimmed) { return heading }
        if let level = StructuralCode.headingLevel(ofLine: trimmed), wordCount(trimmed) <= 16 {
            return .strongHeading(level: level, text: trimmed)
        }
        if let item = listItem(trimmed, indent: indent) { return item }
        if let level = numberedHeadingLevel(trimmed) { return .strongHeading(level: level, text: trimmed) }
        if !markdown, isAllCapitals(trimmed) { return .strongHeading(level: 1, text: trimmed) }
        return .text(trimmed)
    }

    private static func markdownHeading(_ line: String) -> Kind? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        let text = String(rest).trimmingAll(of: "# ").trimmingWhitespace()
        return text.isEmpty ? nil : .markdownHeading(level: hashes, text: text)
    }

    private static let bullets: Set<Character> = ["-", "*", "•", "▪", "◦", "–", "·", "+"]

    private static func listItem(_ line: String, indent: Int) -> Kind? {
        let depth = indent / 2 + 1
        if let first = line.first, bullets.contains(first) {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            let text = rest.trimmingWhitespace()
            return text.isEmpty ? nil : .listItem(depth: depth, ordered: false, text: text)
        }
        // "1. text", "1) text", "a. text", "a) text"
        let marker = line.prefix { $0.isNumber || ($0.isLetter && $0.isLowercase) }
        guard !marker.isEmpty, marker.count <= 3 else { return nil }
        let isNumber = marker.allSatisfy(\.isNumber)
        guard isNumber || marker.count == 1 else { return nil }
        let afterMarker = line.dropFirst(marker.count)
        guard let punctuation = afterMarker.first, punctuation == "." || punctuation == ")" else { return nil }
        let rest = afterMarker.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let text = rest.trimmingWhitespace()
        return text.isEmpty ? nil : .listItem(depth: depth, ordered: true, text: text)
    }

    /// `2.3 Beroepsvereisten` (level 2), `3 Werkprocessen` (level 1): numbered, short, no final period.
    static func numberedHeadingLevel(_ line: String) -> Int? {
        let number = line.prefix { $0.isNumber || $0 == "." }
        guard let firstChar = number.first, firstChar.isNumber, number.count < line.count else { return nil }
        let components = number.split(separator: ".", omittingEmptySubsequences: true)
        guard (1...4).contains(components.count), components.allSatisfy({ $0.count <= 2 }) else { return nil }
        // "1. Tekst" with a single component and a period is an ordered list item, not a heading.
        if components.count == 1, number.hasSuffix(".") { return nil }
        let rest = line.dropFirst(number.count)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let title = rest.trimmingWhitespace()
        guard let initial = title.first, initial.isLetter, initial.isUppercase else { return nil }
        guard wordCount(title) <= 12, !endsLikeSentence(title) else { return nil }
        return components.count
    }

    /// `TYPERING VAN HET BEROEP`: at least three letters, all capitals, at most twelve words.
    static func isAllCapitals(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        guard letters.count >= 3, wordCount(line) <= 12 else { return false }
        return letters.allSatisfy { $0.isUppercase }
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    static func endsLikeSentence(_ text: some StringProtocol) -> Bool {
        guard let last = text.last else { return false }
        return ".;,!?".contains(last)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }

    /// The string without leading and trailing characters from `set`.
    func trimmingAll(of set: String) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }),
            let end = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[start...end])
    }

    /// Runs of whitespace collapsed to one space, trimmed.
    func collapsingWhitespace() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
