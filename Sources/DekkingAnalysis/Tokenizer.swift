/// The second step of every analysis, after the normaliser: cuts folded text into ``WordPiece``s.
///
/// - Words are runs of letters and digits. A hyphen between two letters joins pieces
///   ("sociaal-financieel": link ``WordPiece/Link/hyphen``); a hyphen after a word and before a
///   space or comma leaves it dangling ("wet- en regelgeving": ``WordPiece/Link/dangling``), for
///   ``EllipsisExpander``.
/// - A slash separates words ("burgers/cliënten"; "en/of" becomes two stop words).
/// - Apostrophes: "'s" after a word is dropped ("cliënt's" → "client", "auto's" → "auto"); an
///   apostrophe between letters stays in the word ("zo'n").
/// - Numbers keep inner `.` and `,` between digits ("1.250,50").
/// - Abbreviations of the table are matched first and replaced by their expansion, every word of
///   which spans the abbreviation.
///
/// - Complexity: O(n) in the number of folded characters (plus the abbreviation probes).
public struct Tokenizer: Sendable {
    public let abbreviations: Abbreviations

    public init(abbreviations: Abbreviations = Abbreviations([])) {
        self.abbreviations = abbreviations
    }

    /// Whether `scalar` can be part of a word.
    @inline(__always)
    static func isWordChar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// The pieces of `text`, in text order.
    public func tokenize(_ text: NormalizedText) -> [WordPiece] {
        let chars = text.chars
        var pieces: [WordPiece] = []
        pieces.reserveCapacity(chars.count / 4 + 1)  // Dutch words average five or six letters plus a space
        var index = 0
        while index < chars.count {
            guard Self.isWordChar(chars[index]) else {
                index += 1
                continue
            }
            if let (length, expansion) = abbreviations.match(in: chars, at: index) {
                let start = text.sourceStart(ofChar: index)
                let end = text.sourceEnd(ofChar: index + length - 1)
                for word in expansion {
                    pieces.append(WordPiece(text: word, start: start, end: end, kind: .abbreviation))
                }
                index += length
                continue
            }
            let begin = index
            if Self.isDigit(chars[index]) {
                index = scanNumber(chars, from: index)
                pieces.append(piece(text, begin..<index, kind: .number))
                continue
            }
            while index < chars.count, Self.isWordChar(chars[index]) { index += 1 }
            // Apostrophes: "'s" is dropped, "zo'n" stays whole.
            if index + 1 < chars.count, chars[index] == "'", Self.isWordChar(chars[index + 1]) {
                var after = index + 1
                while after < chars.count, Self.isWordChar(chars[after]) { after += 1 }
                if after == index + 2, chars[index + 1] == "s" {
                    pieces.append(piece(text, begin..<index, kind: .word))
                    index = after
                    continue
                }
                index = after
            }
            var word = piece(text, begin..<index, kind: .word)
            if index < chars.count, chars[index] == "-" {
                let next = index + 1
                if next < chars.count, Self.isWordChar(chars[next]) {
                    word.link = .hyphen
                } else if next == chars.count || chars[next] == " " || chars[next] == "," || chars[next] == "\n" {
                    word.link = .dangling
                }
            }
            pieces.append(word)
        }
        return pieces
    }

    private func scanNumber(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < chars.count {
            if Self.isDigit(chars[index]) {
                index += 1
            } else if chars[index] == "." || chars[index] == ",", index + 1 < chars.count,
                Self.isDigit(chars[index + 1])
            {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    private func piece(_ text: NormalizedText, _ range: Range<Int>, kind: WordPiece.Kind) -> WordPiece {
        WordPiece(
            text: ScalarString.make(text.chars[range]), start: text.sourceStart(ofChar: range.lowerBound),
            end: text.sourceEnd(ofChar: range.upperBound - 1),
            kind: kind)
    }
}
