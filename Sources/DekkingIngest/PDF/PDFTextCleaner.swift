/// Post-processing of `pdftotext` output, independent of the subprocess: splits pages on form feeds,
/// drops page counters and running headers/footers, and rejoins words hyphenated at line ends.
///
/// Rules:
/// - A page counter is a line that is only `7`, `- 7 -`, `Pagina 7`, `blz. 7`, `7 van 18` or `7/18`.
/// - A running header or footer, with or without a title beside its counter ("Functieboek 2026 |
///   12"), is page furniture as ``PageFurniture`` defines it: a line in a page's margin whose text,
///   with digits normalised, recurs there on at least half of the pages.
/// - Soft hyphens (U+00AD) are removed; one at a line end joins the line with the next.
/// - `schuld-` at a line end followed by a line starting with a lowercase word is joined to one word,
///   except before `en`/`of`/`tot` (elliptic: `wet- en regelgeving`), when the hyphenated form occurs
///   elsewhere in the document and the joined form does not, or when both halves are adjectives
///   (`sociaal-` + `financiële`).
public enum PDFTextCleaner {
    /// One line of a page, with its 1-based line number on that page.
    public struct PageLine: Hashable, Sendable {
        public var number: Int
        public var text: String
    }

    /// Cleans `pdftotext` output and returns its pages (1-based page = offset + 1), each a list of lines.
    public static func clean(_ raw: String) -> [[PageLine]] {
        var pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                PageLine(number: $0.offset + 1, text: String($0.element).replacingOccurrences(of: "\r", with: ""))
            }
        }
        if let last = pages.last, last.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }), pages.count > 1 {
            pages.removeLast()
        }
        pages = pages.map(joinSoftHyphens)
        pages = removeRunningLines(pages)
        pages = pages.map { $0.filter { !isPageCounter($0.text) } }
        let vocabulary = Vocabulary(pages.flatMap { $0.map(\.text) })
        return pages.map { joinHyphenation($0, vocabulary: vocabulary) }
    }

    /// Whether a line is only a page number in one of the usual forms.
    public static func isPageCounter(_ line: String) -> Bool {
        var words = line.lowercased().replacingOccurrences(of: "–", with: "-")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return false }
        if ["pagina", "blz.", "blz", "page", "p."].contains(words[0]) { words.removeFirst() }
        if words.count == 3, words[0] == "-", words[2] == "-" { words = [words[1]] }
        if words.count == 1, words[0].hasPrefix("-"), words[0].hasSuffix("-"), words[0].count > 2 {
            words = [String(words[0].dropFirst().dropLast())]
        }
        if words.count == 3, ["van", "of", "/"].contains(words[1]) { words = [words[0], words[2]] }
        if words.count == 1, words[0].contains("/") { words = words[0].split(separator: "/").map(String.init) }
        return (1...2).contains(words.count)
            && words.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func joinSoftHyphens(_ page: [PageLine]) -> [PageLine] {
        var result: [PageLine] = []
        var carry = ""
        for line in page {
            var text = line.text
            if !carry.isEmpty {
                text = carry + text.drop(while: { $0 == " " })
                carry = ""
            }
            if text.hasSuffix("\u{AD}") {
                carry = String(text.dropLast())
                continue
            }
            result.append(PageLine(number: line.number, text: text.replacingOccurrences(of: "\u{AD}", with: "")))
        }
        if !carry.isEmpty, let last = page.last { result.append(PageLine(number: last.number, text: carry)) }
        return result
    }

    /// Removes the page furniture (``PageFurniture``): running headers and footers, with or without a counter.
    private static func removeRunningLines(_ pages: [[PageLine]]) -> [[PageLine]] {
        let furniture = PageFurniture.furniture(in: pages.map { $0.map(\.text) })
        return zip(pages, furniture).map { page, drop in
            page.indices.filter { !drop.contains($0) }.map { page[$0] }
        }
    }

    private static let ellipticWords: Set<String> = ["en", "of", "en/of", "tot", "noch", "dan"]
    private static let adjectiveEndings = [
        "aal", "ale", "eel", "ële", "isch", "ische", "ief", "ieve", "lijk", "lijke", "iek", "ieke",
    ]

    /// Joins each line that ends in a hyphen after a letter with the next line: without the hyphen
    /// for a hyphenated word, keeping it for a real compound (`sociaal-financiële`, `Noord-Holland`),
    /// and with a space before an elliptic `en`/`of` (`wet- en regelgeving`).
    private static func joinHyphenation(_ page: [PageLine], vocabulary: Vocabulary) -> [PageLine] {
        var lines = page
        var index = 0
        while index + 1 < lines.count {
            let line = lines[index].text.trimmingTrailingSpaces()
            let next = lines[index + 1].text.drop(while: { $0 == " " })
            guard line.hasSuffix("-"), line.count >= 3, !next.isEmpty,
                line[line.index(line.endIndex, offsetBy: -2)].isLetter
            else {
                index += 1
                continue
            }
            let leftWord = String(line.dropLast().split(separator: " ").last ?? "")
            let rightToken = next.prefix { !$0.isWhitespace }
            let rightWord = String(rightToken.prefix { $0.isLetter })
            let joined: String
            if ellipticWords.contains(String(rightToken).lowercased()) {
                joined = line + " " + next
            } else if let initial = rightWord.first, initial.isLowercase,
                !keepsHyphen(left: leftWord, right: rightWord, vocabulary: vocabulary)
            {
                joined = String(line.dropLast()) + next
            } else {
                joined = line + next
            }
            lines[index].text = joined
            lines.remove(at: index + 1)
        }
        return lines
    }

    private static func keepsHyphen(left: String, right: String, vocabulary: Vocabulary) -> Bool {
        let hyphenated = "\(left)-\(right)".lowercased()
        let joined = "\(left)\(right)".lowercased()
        if vocabulary.contains(hyphenated) && !vocabulary.contains(joined) { return true }
        if vocabulary.contains(joined) { return false }
        let leftLower = left.lowercased()
        let rightLower = right.lowercased()
        return adjectiveEndings.contains(where: { leftLower.hasSuffix($0) })
            && adjectiveEndings.contains(where: { rightLower.hasSuffix($0) })
    }

    /// The lower-cased words (with inner hyphens) of a text, for deciding hyphenation.
    private struct Vocabulary {
        private var words: Set<String> = []

        init(_ lines: [String]) {
            for line in lines {
                for token in line.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                    let word = token.trimmingAll(of: "-")
                    if !word.isEmpty { words.insert(word) }
                }
            }
        }

        func contains(_ word: String) -> Bool { words.contains(word) }
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        String(self[..<(lastIndex(where: { $0 != " " && $0 != "\t" }).map { index(after: $0) } ?? startIndex)])
    }
}
