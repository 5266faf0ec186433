import DekkingCore

/// Byte-level checks and splits of this module on ``DekkingCore/UTF8Bytes``.
extension UTF8Bytes {
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
        func endLine() {
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<offset]), as: UTF8.self))
        }
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
    /// Whether every scalar is simple, so that the Characters are exactly the scalars (see
    /// ``TextUnit``). False when that cannot be checked cheaply.
    var isSimpleText: Bool { withUTF8Bytes { $0.isSimple } ?? false }
}
