/// Splits plain text into blocks: blank-line separated paragraphs, Markdown `#` headings, `-`/`*`/`1.`
/// list items, and headings recognised by form (numbered like `2.3 Beroepsvereisten`, starting
/// with a structural code, ALL CAPITALS, or a short line without final period followed by text).
///
/// Lines of one paragraph are joined with a space. Each block records the 1-based line it starts
/// on and, for text from a paged source, its page.
public struct PlainTextParser: Sendable {
    /// One input line with its position.
    public struct Line: Hashable, Sendable {
        public var text: String
        public var number: Int
        public var page: Int?

        public init(_ text: String, number: Int, page: Int? = nil) {
            self.text = text
            self.number = number
            self.page = page
        }
    }

    /// Whether `#` headings are recognised (and the all-capitals and short-line rules switched off).
    public var markdown: Bool
    /// The longest line, in words, that the short-line rule takes for a heading.
    public var shortHeadingWords = 9
    /// Whether a line that ends a sentence and is clearly shorter than the group's longest line
    /// ends its paragraph. For text without blank lines between paragraphs, such as `pdftotext -raw`.
    public var breaksAfterShortSentenceLines: Bool

    public init(markdown: Bool = false, breaksAfterShortSentenceLines: Bool = false) {
        self.markdown = markdown
        self.breaksAfterShortSentenceLines = breaksAfterShortSentenceLines
    }

    /// Splits `text` into lines numbered from 1 and parses them.
    public func parse(_ text: String, page: Int? = nil) -> [TextBlock] {
        parse(Self.lines(of: text).enumerated().map { Line($0.element, number: $0.offset + 1, page: page) })
    }

    /// `text` split at line feeds, carriage returns and CR-LF pairs (each a Character of its own),
    /// keeping empty lines: n line breaks give n + 1 lines.
    static func lines(of text: String) -> [String] {
        text.withUTF8Bytes { $0.lines() }
            ?? text.split(
                omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            ).map(String.init)
    }

    /// Parses numbered lines into blocks.
    public func parse(_ lines: [Line]) -> [TextBlock] {
        var groups: [[Line]] = [[]]
        for line in lines {
            if line.text.isAllWhitespace {
                if groups[groups.count - 1].isEmpty == false { groups.append([]) }
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        groups.removeAll { $0.isEmpty }
        let blocks = groups.enumerated().flatMap {
            parseGroup($0.element, followedByText: $0.offset + 1 < groups.count)
        }
        return Self.joiningCodeOnlyHeadings(blocks)
    }

    /// A run of non-blank lines.
    private func parseGroup(_ group: [Line], followedByText: Bool) -> [TextBlock] {
        var blocks: [TextBlock] = []
        // The open paragraph or list item: its kind and first line, and its lines so far (kept
        // apart from the tuple so that appending stays in place).
        var pending: (kind: TextBlock.Kind, line: Line)?
        var parts: [String] = []

        func flush() {
            if let open = pending {
                let text = parts.joined(separator: " ").collapsingWhitespace()
                if !text.isEmpty {
                    blocks.append(TextBlock(open.kind, text, page: open.line.page, line: open.line.number))
                }
            }
            pending = nil
            parts = []
        }

        // Each line without leading and trailing whitespace, as every rule below reads it.
        let trimmed = group.map { $0.text.trimmingWhitespace() }
        let longestLine = breaksAfterShortSentenceLines ? trimmed.map { $0.characterCount }.max() ?? 0 : 0
        func endsParagraph(_ text: String) -> Bool {
            guard breaksAfterShortSentenceLines, text.lastCharacter(isOneOf: ".!?") else { return false }
            return Double(text.characterCount) < 0.75 * Double(longestLine)
        }

        for (offset, line) in group.enumerated() {
            let kind = LineClassifier.classify(line.text, trimmed: trimmed[offset], markdown: markdown)
            switch kind {
            case .markdownHeading(let level, let text), .strongHeading(let level, let text):
                flush()
                blocks.append(
                    TextBlock(.heading(level: level), text.collapsingWhitespace(), page: line.page, line: line.number))
            case .listItem(let depth, let ordered, let text):
                flush()
                pending = (.listItem(depth: depth, ordered: ordered), line)
                parts = [text]
                if endsParagraph(text) { flush() }
            case .text(let text):
                let hasNext = offset + 1 < group.count || followedByText
                let previous = offset > 0 ? trimmed[offset - 1] : nil
                // A wrapped line continues in lower case on the next line; a heading does not.
                let nextContinues = offset + 1 < group.count && trimmed[offset + 1].startsLowercase
                if !markdown, hasNext, !nextContinues, isShortHeading(text, previous: previous, pending: pending?.kind)
                {
                    flush()
                    blocks.append(
                        TextBlock(.heading(level: 2), text.collapsingWhitespace(), page: line.page, line: line.number))
                } else if pending != nil, !Self.opensLabelledLine(text) {
                    parts.append(text)
                } else {
                    flush()
                    pending = (.paragraph, line)
                    parts = [text]
                }
                if endsParagraph(text) { flush() }
            }
        }
        flush()
        return blocks
    }

    /// A short line without final period that starts with a capital and is followed by more text:
    /// at the start of a group, after a line that ended a sentence, or after a list item (whose
    /// continuation lines start in lower case). `previous` is the line before, trimmed.
    private func isShortHeading(_ text: String, previous: String?, pending: TextBlock.Kind?) -> Bool {
        let hasForm =
            text.isSimpleText
            ? Self.hasShortHeadingForm(text.unicodeScalars, maxWords: shortHeadingWords)
            : Self.hasShortHeadingForm(text, maxWords: shortHeadingWords)
        guard hasForm else { return false }
        guard let previous, let pending else { return true }
        if case .listItem = pending { return true }
        guard !previous.isEmpty else { return true }
        return previous.lastCharacter(isOneOf: ".!?:")
    }

    /// Starts with a capital or digit, has at most `maxWords` words, does not end like a sentence
    /// or with `:` or `-`, and does not open a labelled line.
    private static func hasShortHeadingForm(_ text: some TextView, maxWords: Int) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        guard text.wordCount <= maxWords, text.last?.isOne(of: ".;,!?:-") != true else { return false }
        return !opensLabelledLine(units: text)
    }

    /// `Resultaat: De werkplek is veilig.`: one or two capitalised words, a colon, then text.
    static func opensLabelledLine(_ text: String) -> Bool {
        text.isSimpleText ? opensLabelledLine(units: text.unicodeScalars) : opensLabelledLine(units: text)
    }

    private static func opensLabelledLine(units text: some TextView) -> Bool {
        guard let first = text.first, first.isUppercase, let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon]
        let hasRest = text[text.index(after: colon)...].contains { !$0.isWhitespace }
        return hasRest && (1...2).contains(label.wordCount) && label.allSatisfy { $0.isLetter || $0 == " " }
    }

    /// A heading that is only a code (`B1-K1-W1` on its own line, as PDFs often have it) takes the
    /// short line after it as its title.
    static func joiningCodeOnlyHeadings(_ blocks: [TextBlock]) -> [TextBlock] {
        var result: [TextBlock] = []
        var index = 0
        while index < blocks.count {
            var block = blocks[index]
            if case .heading = block.kind, let code = StructuralCode.leading(in: block.text), code.rest.isEmpty,
                index + 1 < blocks.count
            {
                let next = blocks[index + 1]
                let isTitle: Bool =
                    switch next.kind {
                    case .heading, .paragraph:
                        LineClassifier.wordCount(next.text) <= 16 && !LineClassifier.endsLikeSentence(next.text)
                            && StructuralCode.leading(in: next.text) == nil
                    default: false
                    }
                if isTitle {
                    block.text += " " + next.text
                    index += 1
                }
            }
            result.append(block)
            index += 1
        }
        return result
    }
}
