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
        return text.withUTF8 { bytes in
            var result: [String] = []
            var start = 0
            for i in bytes.indices {
                let byte = bytes[i]
                let ends: Bool
                switch byte {
                case 0x0A: ends = true
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): ends = endsSentence(bytes, at: i, from: start)
                default: ends = false
                }
                if ends {
                    append(bytes, start..<(i + 1), to: &result)
                    start = i + 1
                }
            }
            append(bytes, start..<bytes.count, to: &result)
            return result
        }
    }

    /// Whether the mark at byte `i` ends the sentence that began at byte `start`.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, from start: Int) -> Bool {
        var j = i + 1
        if j < bytes.count {
            let next = UTF8Scalars.decode(bytes, at: j).0
            guard UTF8Scalars.isWhitespace(next) || next == "\"" || next == ")" else { return false }
        }
        // The first character after the white space (a quote or parenthesis counts as that character).
        while j < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: j)
            guard UTF8Scalars.isWhitespace(scalar) else {
                if UTF8Scalars.isLowercaseLetter(scalar) { return false }
                break
            }
            j += length
        }
        guard bytes[i] == UInt8(ascii: ".") else { return true }
        let word = lastWord(bytes, before: i, from: start).lowercased()
        return word.count > 1 && !abbreviations.contains(word)
    }

    /// The last word before byte `end` (words are separated by white space and `(`).
    private static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> String {
        var upper = end
        while upper > start, let (scalar, length) = UTF8Scalars.decode(bytes, endingAt: upper), isWordSeparator(scalar) {
            upper -= length
        }
        var lower = upper
        while lower > start, let (scalar, length) = UTF8Scalars.decode(bytes, endingAt: lower), !isWordSeparator(scalar) {
            lower -= length
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    private static func isWordSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || UTF8Scalars.isWhitespace(scalar)
    }

    /// Appends the trimmed text of `range` when it holds a letter.
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to result: inout [String]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: lower)
            guard UTF8Scalars.isTrimmable(scalar) else { break }
            lower += length
        }
        while upper > lower, let (scalar, length) = UTF8Scalars.decode(bytes, endingAt: upper), UTF8Scalars.isTrimmable(scalar) {
            upper -= length
        }
        var hasLetter = false
        var k = lower
        while k < upper, !hasLetter {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: k)
            hasLetter = UTF8Scalars.isLetter(scalar)
            k += length
        }
        if hasLetter { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)) }
    }
}

/// Decoding and classifying single scalars of valid UTF-8 (as in every Swift `String`), with ASCII
/// fast paths and the Unicode properties `Character` uses for everything else.
enum UTF8Scalars {
    /// The scalar starting at byte `i`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : (lead >= 0xE0 ? 0x0F : 0x1F))
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar ending just before byte `end`, and its length; `nil` at the start of the buffer.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (Unicode.Scalar, Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(bytes, at: start).0, end - start)
    }

    /// `Character.isWhitespace` for a character starting with `scalar`.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `Character.isLetter` for a character starting with `scalar`.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    /// Whether `scalar` is in `CharacterSet.lowercaseLetters` (general category Ll).
    @inline(__always)
    static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return scalar.properties.generalCategory == .lowercaseLetter
    }

    /// Whether `trimmingCharacters(in: .whitespacesAndNewlines)` removes `scalar`.
    @inline(__always)
    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return CharacterSet.whitespacesAndNewlines.contains(scalar)
    }
}
