import DekkingCore

/// Whitespace tidying and the small Character-level questions the readers ask of every line.
///
/// Each function is defined on Characters (as its doc comment says) and answers from the scalars
/// when the text is simple (``TextUnit``), which gives the same result much faster.
extension StringProtocol where Self: TextView, SubSequence == Substring, UnicodeScalarView: TextView {
    /// The string without leading and trailing whitespace Characters.
    func trimmingWhitespace() -> String {
        String(
            self[
                isSimpleText
                    ? unicodeScalars.range(trimming: { $0.isWhitespace }) : range(trimming: { $0.isWhitespace })])
    }

    /// The string without leading and trailing Characters from `set`.
    func trimmingAll(of set: String) -> String {
        if isSimpleText, set.isSimpleText {
            return String(self[unicodeScalars.range(trimming: { set.unicodeScalars.contains($0) })])
        }
        return String(self[range(trimming: { set.contains($0) })])
    }

    /// Runs of whitespace Characters collapsed to one space, trimmed: the non-whitespace runs
    /// joined with single spaces.
    func collapsingWhitespace() -> String {
        guard isSimpleText else { return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        // Simple text is contiguous, so the bytes are there; nil from them means already tidy.
        guard let collapsed = withUTF8Bytes({ $0.collapsingWhitespace() }) ?? nil else { return String(self[...]) }
        return String(decoding: collapsed, as: UTF8.self)
    }

    /// Whether every Character is whitespace (true for the empty string).
    var isAllWhitespace: Bool {
        isSimpleText ? unicodeScalars.allSatisfy { $0.isWhitespace } : allSatisfy { $0.isWhitespace }
    }

    /// The number of Characters.
    var characterCount: Int { isSimpleText ? unicodeScalars.count : count }

    /// Whether the first Character is lowercase (false for the empty string).
    var startsLowercase: Bool { (isSimpleText ? unicodeScalars.first?.isLowercase : first?.isLowercase) ?? false }

    /// Whether the last Character is one of `characters`, which must all be simple scalars.
    func lastCharacter(isOneOf characters: String) -> Bool {
        if isSimpleText { return unicodeScalars.last.map { characters.unicodeScalars.contains($0) } ?? false }
        return last.map { characters.contains($0) } ?? false
    }

    /// The same as `lowercased()`, which maps each scalar on its own: ASCII directly, other
    /// scalars through their lowercase mapping.
    func fastLowercased() -> String {
        withUTF8Bytes { String(decoding: $0.lowercased(), as: UTF8.self) } ?? lowercased()
    }

    /// Appends the UTF-8 bytes of ``fastLowercased()`` to `bytes`, without building the string.
    func appendLowercasedUTF8(to bytes: inout [UInt8]) {
        if withUTF8Bytes({ $0.appendLowercased(to: &bytes) }) == nil { bytes.append(contentsOf: lowercased().utf8) }
    }
}

extension TextView {
    /// The range left after dropping leading and trailing units that `isTrimmed`; empty (at the
    /// end) when every unit is.
    func range(trimming isTrimmed: (Element) -> Bool) -> Range<Index> {
        guard let start = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return endIndex..<endIndex
        }
        return start..<index(after: last)
    }

    /// The number of maximal runs of units other than space and tab (what `split` on them counts).
    var wordCount: Int {
        var count = 0
        var inWord = false
        for unit in self {
            let isSeparator = unit == " " || unit == "\t"
            if !isSeparator, !inWord { count += 1 }
            inWord = !isSeparator
        }
        return count
    }
}

extension UTF8Bytes {
    /// For simple text: the bytes with whitespace runs collapsed to one space and trimmed, or nil
    /// when that changes nothing.
    func collapsingWhitespace() -> [UInt8]? {
        // First pass: is the text already tidy (single spaces between words only)?
        var tidy = true
        var previousIsSpace = true  // at the start, a space would be leading whitespace
        var offset = 0
        while offset < count, tidy {
            let (scalar, end) = scalar(at: offset)
            if scalar.isWhitespace {
                tidy = scalar == " " && !previousIsSpace
                previousIsSpace = true
            } else {
                previousIsSpace = false
            }
            offset = end
        }
        if tidy, !previousIsSpace || count == 0 { return nil }
        // Second pass: copy the words with single spaces between them.
        var result: [UInt8] = []
        result.reserveCapacity(count)
        var pendingSpace = false
        offset = 0
        while offset < count {
            let (scalar, end) = scalar(at: offset)
            if scalar.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(contentsOf: buffer[offset..<end])
            }
            offset = end
        }
        return result
    }

    /// Each scalar's lowercase mapping, as `String.lowercased()` gives it.
    func lowercased() -> [UInt8] {
        var result: [UInt8] = []
        appendLowercased(to: &result)
        return result
    }

    /// Appends ``lowercased()`` to `result`.
    func appendLowercased(to result: inout [UInt8]) {
        result.reserveCapacity(result.count + count)
        var offset = 0
        while offset < count {
            let byte = buffer[offset]
            if byte < 0x80 {
                result.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                offset += 1
            } else if byte == 0xC2 || byte == 0xC3 {
                // Latin-1: the capitals À…Þ (except ×) lower to 0x20 further on, the rest to themselves.
                let second = buffer[offset + 1]
                let isCapital = byte == 0xC3 && (0x80...0x9E).contains(second) && second != 0x97
                result.append(byte)
                result.append(isCapital ? second + 0x20 : second)
                offset += 2
            } else {
                let (scalar, end) = scalar(at: offset)
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                offset = end
            }
        }
    }
}
