import Foundation

/// The first step of every analysis: folds text for matching while keeping offsets into the original.
///
/// - NFC and diacritic folding in one step: every Latin letter with a diacritic becomes its base
///   letter ("cliënt" → "client", "beïnvloeden" → "beinvloeden"), and combining marks are dropped,
///   so NFD input folds the same as NFC input.
/// - Lower case (ASCII fast path, Unicode lower-case mapping otherwise).
/// - Typographic variants: curly quotes and primes → `'` or `"`, hyphen and dash variants → `-`,
///   ligatures (`ﬁ`, `ĳ`, `æ`, `œ`, `ß`) → their letters, every kind of space → ` `.
/// - Soft hyphens, zero-width characters and the byte-order mark are removed.
///
/// - Complexity: O(n) in the number of scalars; non-ASCII letters are folded through a table built
///   once.
public struct TextNormalizer: Sendable {
    public init() {}

    /// Folds `text`; see the type's documentation for what is folded.
    public func normalize(_ text: String) -> NormalizedText {
        var out = NormalizedText()
        let capacity = text.utf8.count  // at least the number of scalars
        out.source.reserveCapacity(capacity)
        out.chars.reserveCapacity(capacity)
        for scalar in text.unicodeScalars {
            let index = out.source.count
            out.source.append(scalar)
            let value = scalar.value
            if value < 0x80 {
                out.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar, from: index)
                continue
            }
            if value > 0xFFFF { out.noteAstral(at: index) }
            if Self.isCombiningMark(value) {
                // A diacritic in decomposed form: drop it, and widen the letter it belongs to.
                out.widenLastChar(from: index)
                continue
            }
            for folded in FoldingTable.shared.fold(scalar) { out.append(folded, from: index) }
        }
        return out
    }

    static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value)
            || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE20...0xFE2F).contains(value)
    }
}

/// How every non-ASCII scalar folds; built once, read without locks.
private struct FoldingTable: Sendable {
    static let shared = FoldingTable()

    /// Folded forms of U+0080 … U+024F (Latin-1 Supplement, Latin Extended-A and -B).
    private let latin: [[Unicode.Scalar]]
    private static let special: [UInt32: String] = [
        0x00AD: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: "", 0xFEFF: "",
        0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x00B4: "'", 0x0060: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2026: "...", 0x2022: " ", 0x00B7: " ",
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0x00DF: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x0133: "ij", 0x0132: "ij",
        0x00F8: "o", 0x00D8: "o", 0x0142: "l", 0x0141: "l", 0x0111: "d", 0x0110: "d", 0x00F0: "d",
        0x00FE: "th", 0x00DE: "th", 0x0131: "i",
    ]

    private init() {
        latin = (0x80...0x24F).map { value -> [Unicode.Scalar] in
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
            return Self.slowFold(scalar)
        }
    }

    func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if value >= 0x80 && value <= 0x24F { return latin[Int(value) - 0x80] }
        if let mapped = Self.special[value] { return Array(mapped.unicodeScalars) }
        if scalar.properties.isWhitespace { return [" "] }
        if scalar.properties.changesWhenLowercased { return Self.slowFold(scalar) }
        return [scalar]
    }

    /// Decompose, drop combining marks, lower-case; used to build the table and for rare scalars.
    private static func slowFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let mapped = special[scalar.value] { return Array(mapped.unicodeScalars) }
        if scalar.properties.isWhitespace { return [" "] }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        let kept = decomposed.unicodeScalars.filter { !TextNormalizer.isCombiningMark($0.value) }
        return kept.isEmpty ? [scalar] : Array(kept)
    }
}
