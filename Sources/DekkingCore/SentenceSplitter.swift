import Foundation

/// Where a Dutch sentence ends: the one rule for ingest (long passages are cut between sentences)
/// and matching (a window is a run of sentences), so both agree.
///
/// A sentence ends at a line break, and at `.`, `!` or `?` followed by white space, `"` or `)` when
/// the next visible character is not a lower-case letter. A `.` does not end a sentence after a
/// one-letter word ("J. de Vries") or after one of ``abbreviations`` ("bijv.", "o.a.", "t.b.v.").
/// The list is `Mappings/analysis/abbreviations.tsv`, the same the tokeniser keeps whole; the
/// analyser that loads it hands the splitter on. Works on the UTF-8 bytes in one pass and decodes
/// only the few characters it has to look at.
public struct SentenceSplitter: Hashable, Sendable {
    /// The abbreviations, lower case, without their last full stop ("t.b.v", "bijv").
    public let abbreviations: Set<String>

    /// A splitter that keeps `abbreviations` whole; each is written as in text, with or without
    /// its last full stop, in any case ("T.b.v.", "bijv").
    public init(abbreviations: some Sequence<String> = [String]()) {
        self.abbreviations = Set(
            abbreviations.map { abbreviation in
                let folded = abbreviation.trimmingCharacters(in: .whitespaces).lowercased()
                return folded.hasSuffix(".") ? String(folded.dropLast()) : folded
            }.filter { !$0.isEmpty })
    }

    /// The sentences of `text`, trimmed of white space, in order; pieces without a letter are
    /// left out. A text without sentence ends is one sentence.
    public func sentences(_ text: String) -> [String] {
        cut(text) { bytes, range, result in
            let trimmed = Self.trimmed(bytes, range)
            if Self.hasLetter(bytes, trimmed) { result.append(bytes.string(trimmed)) }
        }
    }

    /// `text` cut after every sentence end, nothing trimmed or left out: the pieces joined are
    /// `text` again.
    public func pieces(_ text: String) -> [String] {
        cut(text) { bytes, range, result in
            if !range.isEmpty { result.append(bytes.string(range)) }
        }
    }

    /// Calls `take` with the byte range of every piece of `text`, the last one included.
    private func cut(_ text: String, _ take: (UTF8Bytes, Range<Int>, inout [String]) -> Void) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.withUTF8Bytes { bytes in
            var result: [String] = []
            var start = 0
            for i in 0..<bytes.count {
                let ends: Bool
                switch bytes[i] {
                case 0x0A: ends = true
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    ends = endsSentence(bytes, at: i, from: start)
                default: ends = false
                }
                if ends {
                    take(bytes, start..<(i + 1), &result)
                    start = i + 1
                }
            }
            take(bytes, start..<bytes.count, &result)
            return result
        } ?? []
    }

    /// Whether the mark at byte `i` ends the sentence that began at byte `start`.
    private func endsSentence(_ bytes: UTF8Bytes, at i: Int, from start: Int) -> Bool {
        var j = i + 1
        if j < bytes.count {
            let next = bytes.scalar(at: j).scalar
            guard next.isWhitespace || next == "\"" || next == ")" else { return false }
        }
        // The first character after the white space (a quote or parenthesis counts as that character).
        while j < bytes.count {
            let (scalar, end) = bytes.scalar(at: j)
            guard scalar.isWhitespace else {
                if Self.isLowercaseLetter(scalar) { return false }
                break
            }
            j = end
        }
        guard bytes[i] == UInt8(ascii: ".") else { return true }
        let word = Self.lastWord(bytes, before: i, from: start).lowercased()
        return word.count > 1 && !abbreviations.contains(word)
    }

    /// The last word before byte `end` (words are separated by white space and `(`).
    private static func lastWord(_ bytes: UTF8Bytes, before end: Int, from start: Int) -> String {
        var upper = end
        while upper > start, let (scalar, previous) = bytes.scalar(endingAt: upper), isWordSeparator(scalar) {
            upper = previous
        }
        var lower = upper
        while lower > start, let (scalar, previous) = bytes.scalar(endingAt: lower), !isWordSeparator(scalar) {
            lower = previous
        }
        return bytes.string(lower..<upper)
    }

    private static func isWordSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar.isWhitespace }

    /// `range` without the white space at either end.
    private static func trimmed(_ bytes: UTF8Bytes, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, end) = bytes.scalar(at: lower)
            guard isTrimmable(scalar) else { break }
            lower = end
        }
        while upper > lower, let (scalar, previous) = bytes.scalar(endingAt: upper), isTrimmable(scalar) {
            upper = previous
        }
        return lower..<upper
    }

    private static func hasLetter(_ bytes: UTF8Bytes, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            let (scalar, end) = bytes.scalar(at: k)
            if scalar.isLetter { return true }
            k = end
        }
        return false
    }

    /// Whether `scalar` is in `CharacterSet.lowercaseLetters` (general category Ll).
    private static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? (0x61...0x7A).contains(scalar.value) : scalar.properties.generalCategory == .lowercaseLetter
    }

    /// Whether `trimmingCharacters(in: .whitespacesAndNewlines)` removes `scalar`.
    private static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
            : CharacterSet.whitespacesAndNewlines.contains(scalar)
    }
}
