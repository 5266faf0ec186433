/// Recognises what a single line of plain text is: a Markdown heading, a list item, a numbered or
/// coded heading, an all-capitals heading, or ordinary text.
///
/// Used by ``PlainTextParser`` for `.txt`/`.md` files and for the text that `pdftotext` produces.
/// The rules are stated on Characters and run on scalars when the line is simple (``TextUnit``).
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
        classify(line, trimmed: line.trimmingWhitespace(), markdown: markdown)
    }

    /// Classifies `line`, given `trimmed`: the line without leading and trailing whitespace.
    static func classify(_ line: String, trimmed: String, markdown: Bool) -> Kind {
        if markdown, let heading = markdownHeading(trimmed) { return heading }
        if let level = StructuralCode.headingLevel(ofLine: trimmed), wordCount(trimmed) <= 16 {
            return .strongHeading(level: level, text: trimmed)
        }
        return trimmed.isSimpleText
            ? classifyForm(trimmed.unicodeScalars, line: line, trimmed: trimmed, markdown: markdown)
            : classifyForm(trimmed, line: line, trimmed: trimmed, markdown: markdown)
    }

    /// The rules that read the form of `trimmed`, given as `view`: list items, numbered headings and capitals.
    private static func classifyForm(_ view: some TextView, line: String, trimmed: String, markdown: Bool) -> Kind {
        if let item = listItem(view) {
            return .listItem(depth: indent(of: line) / 2 + 1, ordered: item.ordered, text: String(trimmed[item.text]))
        }
        if let level = numberedHeadingLevel(units: view) { return .strongHeading(level: level, text: trimmed) }
        if !markdown, isAllCapitals(trimmed) { return .strongHeading(level: 1, text: trimmed) }
        return .text(trimmed)
    }

    /// The indentation of `line`: leading spaces count 1, tabs 4.
    private static func indent(of line: String) -> Int {
        func indent(_ view: some TextView) -> Int {
            view.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        }
        return line.isSimpleText ? indent(line.unicodeScalars) : indent(line)
    }

    private static func markdownHeading(_ line: String) -> Kind? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        let text = String(rest).trimmingAll(of: "# ").trimmingWhitespace()
        return text.isEmpty ? nil : .markdownHeading(level: hashes, text: text)
    }

    private static let bullets = "-*•▪◦–·+"

    /// A list item in `line` (trimmed): whether it is ordered, and the range of its text.
    private static func listItem<View: TextView>(_ line: View) -> (ordered: Bool, text: Range<String.Index>)? {
        if let first = line.first, first.isOne(of: bullets) {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            let text = rest.range(trimming: { $0.isWhitespace })
            return text.isEmpty ? nil : (false, text)
        }
        // "1. text", "1) text", "a. text", "a) text"
        let marker = line.prefix { $0.isNumber || ($0.isLetter && $0.isLowercase) }
        guard !marker.isEmpty, marker.count <= 3 else { return nil }
        let isNumber = marker.allSatisfy { $0.isNumber }
        guard isNumber || marker.count == 1 else { return nil }
        let afterMarker = line[marker.endIndex...]
        guard let punctuation = afterMarker.first, punctuation == "." || punctuation == ")" else { return nil }
        let rest = afterMarker.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let text = rest.range(trimming: { $0.isWhitespace })
        return text.isEmpty ? nil : (true, text)
    }

    /// `2.3 Beroepsvereisten` (level 2), `3 Werkprocessen` (level 1): numbered, short, no final period.
    static func numberedHeadingLevel(_ line: String) -> Int? {
        line.isSimpleText ? numberedHeadingLevel(units: line.unicodeScalars) : numberedHeadingLevel(units: line)
    }

    private static func numberedHeadingLevel(units line: some TextView) -> Int? {
        let number = line.prefix { $0.isNumber || $0 == "." }
        guard let firstChar = number.first, firstChar.isNumber, number.endIndex < line.endIndex else { return nil }
        let components = number.split(separator: ".", omittingEmptySubsequences: true)
        guard (1...4).contains(components.count), components.allSatisfy({ $0.count <= 2 }) else { return nil }
        // "1. Tekst" with a single component and a period is an ordered list item, not a heading.
        if components.count == 1, number.last == "." { return nil }
        let rest = line[number.endIndex...]
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let title = rest[rest.range(trimming: { $0.isWhitespace })]
        guard let initial = title.first, initial.isLetter, initial.isUppercase else { return nil }
        guard title.wordCount <= 12, title.last?.isOne(of: sentenceEnds) != true else { return nil }
        return components.count
    }

    /// `TYPERING VAN HET BEROEP`: at least three letters, all capitals, at most twelve words.
    ///
    /// The letters are taken together as a string of their own, in which Characters can join up
    /// differently (a capital, a control character, then a spacing mark: the mark joins the capital).
    static func isAllCapitals(_ line: String) -> Bool {
        guard line.isSimpleText else {
            let letters = line.filter { $0.isLetter }
            guard letters.count >= 3, wordCount(line) <= 12 else { return false }
            return letters.allSatisfy { $0.isUppercase }
        }
        // Simple letters stay Characters of their own when taken together.
        var letters = 0
        for scalar in line.unicodeScalars where scalar.isLetter {
            guard scalar.isUppercase else { return false }
            letters += 1
        }
        return letters >= 3 && line.unicodeScalars.wordCount <= 12
    }

    /// The number of words: maximal runs of Characters other than space and tab.
    static func wordCount(_ text: String) -> Int { text.isSimpleText ? text.unicodeScalars.wordCount : text.wordCount }

    /// The Characters that end a sentence or a clause.
    static let sentenceEnds = ".;,!?"

    static func endsLikeSentence(_ text: String) -> Bool { text.lastCharacter(isOneOf: sentenceEnds) }
}
