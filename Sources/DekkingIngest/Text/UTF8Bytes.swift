/// The UTF-8 bytes of a string, for the byte-level fast paths of this module.
///
/// Only exists inside ``Swift/StringProtocol/withUTF8Bytes(_:)``; never stored or returned. The
/// bytes are valid UTF-8, as every Swift string's are.
struct UTF8Bytes {
    let buffer: UnsafeBufferPointer<UInt8>

    var count: Int { buffer.count }

    subscript(offset: Int) -> UInt8 { buffer[offset] }

    /// The scalar that starts at `offset`, which must be a scalar boundary, and the offset after it.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, end: Int) {
        let lead = UInt32(buffer[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), offset + 1) }
        var value: UInt32
        let length: Int
        switch lead {
        case ..<0xE0: (value, length) = (lead & 0x1F, 2)
        case ..<0xF0: (value, length) = (lead & 0x0F, 3)
        default: (value, length) = (lead & 0x07, 4)
        }
        for next in offset + 1..<offset + length { value = value << 6 | UInt32(buffer[next] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
    }

    /// Whether every scalar is simple (`Unicode.Scalar.isSimple`).
    var isSimple: Bool {
        var offset = 0
        while offset < count {
            if offset + 8 <= count, let base = buffer.baseAddress {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    // Eight ASCII bytes, simple unless one is a carriage return (a zero byte after `^ 0x0D`).
                    let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    if (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0 { return false }
                    offset += 8
                    continue
                }
            }
            let byte = buffer[offset]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                offset += 1
            } else if byte < 0xCC {
                offset += 2  // U+0080…U+02FF
            } else if byte < 0xE0 || byte >= 0xF0 {
                return false  // U+0300…U+07FF, or beyond the Basic Multilingual Plane
            } else {
                let (scalar, end) = scalar(at: offset)
                if !scalar.isSimple { return false }
                offset = end
            }
        }
        return true
    }
}

extension UTF8Bytes {
    /// The text split at line feeds, carriage returns and CR-LF pairs (the line-break Characters),
    /// keeping empty lines: n line breaks give n + 1 lines.
    func lines() -> [String] {
        var lines: [String] = []
        var start = 0
        var offset = 0
        func endLine() { lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<offset]), as: UTF8.self)) }
        while offset < count {
            switch buffer[offset] {
            case 0x0A:
                endLine()
                offset += 1
            case 0x0D:
                endLine()
                offset += offset + 1 < count && buffer[offset + 1] == 0x0A ? 2 : 1
            default:
                offset += 1
                continue
            }
            start = offset
        }
        endLine()
        return lines
    }
}

extension StringProtocol {
    /// Runs `body` on the UTF-8 bytes; nil when the string has no contiguous UTF-8 storage (a
    /// bridged string), and callers then take their general path.
    func withUTF8Bytes<Result>(_ body: (UTF8Bytes) -> Result) -> Result? {
        utf8.withContiguousStorageIfAvailable { body(UTF8Bytes(buffer: $0)) }
    }

    /// Whether every scalar is simple, so that the Characters are exactly the scalars (see
    /// ``TextUnit``). False when that cannot be checked cheaply.
    var isSimpleText: Bool { withUTF8Bytes { $0.isSimple } ?? false }
}
