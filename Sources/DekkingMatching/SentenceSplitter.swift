import DekkingCore
import Foundation

/// Splits text into sentences, keeping Dutch abbreviations ("bijv.", "o.a.", "t.b.v.") whole.
///
/// A sentence ends at a line break, and at `.`, `!` or `?` followed by white space, `"` or `)` when
/// the next visible character is not a lower-case letter. A `.` does not end a sentence after a
/// one-letter word ("J. de Vries") or a known abbreviation. Sentences are trimmed of white space;
/// pieces without a letter are dropped. Works on the UTF-8 bytes in one pass and decodes only
/// the few characters it has to look at.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "bijv", "bv", "o.a", "e.d", "d.w.z", "t.b.v", "i.v.m", "m.b.t", "t.a.v", "i.o.m", "nr", "ca", "incl", "excl",
        "enz", "etc", "evt", "resp", "mr", "dr", "drs", "ir", "ing", "mevr", "dhr", "jl", "vgl", "zgn", "m.n", "o.b.v",
        "a.d.h.v", "n.a.v", "i.c", "p.p", "art", "lid", "blz", "z.s.m", "e.v",
    ]

    /// The sentences of `text`, trimmed, in order; a text without sentence ends is one sentence.
    static func sentences(_ text: String) -> [String] {
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
                    append(bytes, start..<(i + 1), to: &result)
                    start = i + 1
                }
            }
            append(bytes, start..<bytes.count, to: &result)
            return result
        } ?? []
    }

    /// Whether the mark at byte `i` ends the sentence that began at byte `start`.
    private static func endsSentence(_ bytes: UTF8Bytes, at i: Int, from start: Int) -> Bool {
        var j = i + 1
        if j < bytes.count {
            let next = bytes.scalar(at: j).scalar
            guard next.isWhitespace || next == "\"" || next == ")" else { return false }
        }
        // The first character after the white space (a quote or parenthesis counts as that character).
        while j < bytes.count {
            let (scalar, end) = bytes.scalar(at: j)
            guard scalar.isWhitespace else {
                if isLowercaseLetter(scalar) { return false }
                break
            }
            j = end
        }
        guard bytes[i] == UInt8(ascii: ".") else { return true }
        let word = lastWord(bytes, before: i, from: start).lowercased()
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

    /// Appends the trimmed text of `range` when it holds a letter.
    private static func append(_ bytes: UTF8Bytes, _ range: Range<Int>, to result: inout [String]) {
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
        var hasLetter = false
        var k = lower
        while k < upper, !hasLetter {
            let (scalar, end) = bytes.scalar(at: k)
            hasLetter = scalar.isLetter
            k = end
        }
        if hasLetter { result.append(bytes.string(lower..<upper)) }
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
