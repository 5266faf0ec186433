import DekkingCore
import Foundation

/// Turns the bytes of a text file into a string, recognising byte-order marks and falling back to
/// Windows-1252 when the bytes are not valid UTF-8.
///
/// Binary data (NUL bytes, mostly control characters) is refused rather than decoded into noise.
public enum TextDecoding {
    /// The result of decoding: the text, the encoding's name, and whether a fallback was needed.
    public struct Decoded: Hashable, Sendable {
        public var text: String
        /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`.
        public var encoding: String
        /// True when the bytes were not valid UTF-8 and Windows-1252 was assumed.
        public var isFallback: Bool
        /// Sequences that are not valid in the encoding of a byte-order mark, each read as U+FFFD.
        public var invalidSequences: [InvalidSequence] = []
    }

    /// Bytes that are not valid in the file's encoding, where they are.
    public struct InvalidSequence: Hashable, Sendable {
        /// 0-based offset of the first byte in the file.
        public var offset: Int
        /// 1-based line.
        public var line: Int

        /// The finding for this sequence in `file`, decoded as `encoding`.
        public func finding(file: String, encoding: String) -> Finding {
            Finding(
                .warning, SourceLocation(file: file, line: line),
                "ongeldige \(encoding)-reeks op byte \(offset); gelezen als U+FFFD, de tekst eromheen blijft")
        }
    }

    /// Why bytes could not be decoded as text.
    public enum Failure: Error, Hashable, Sendable {
        case empty
        case binary
    }

    /// Decodes `data`.
    /// - Returns: the text with its encoding; the text never starts with a byte-order mark.
    /// - Throws: ``Failure/empty`` for no bytes (or only a BOM or whitespace), ``Failure/binary`` for binary data.
    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        let bytes = data.withUnsafeBytes { [UInt8]($0) }
        guard !bytes.isEmpty else { throw .empty }
        let decoded: Decoded
        // Whether the decoded text may hold control characters (unknown after a BOM).
        var mayHaveControls = true
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            decoded = Decoded(
                text: String(decoding: body, as: UTF8.self), encoding: "utf-8-bom", isFallback: false,
                invalidSequences: String(validating: body, as: UTF8.self) == nil
                    ? invalidSequences(Array(body), as: Unicode.UTF8.self, unitSize: 1, start: 3) : [])
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let units = utf16Units(bytes.dropFirst(2), littleEndian: littleEndian)
            decoded = Decoded(
                text: String(decoding: units, as: UTF16.self), encoding: littleEndian ? "utf-16le" : "utf-16be",
                isFallback: false,
                invalidSequences: invalidSequences(units, as: Unicode.UTF16.self, unitSize: 2, start: 2))
        } else {
            let controls = controlBytes(bytes)
            guard !looksBinary(bytes, controls: controls) else { throw .binary }
            if let text = String(validating: bytes, as: UTF8.self) {
                decoded = Decoded(text: text, encoding: "utf-8", isFallback: false)
            } else {
                decoded = Decoded(text: windows1252(bytes), encoding: "windows-1252", isFallback: true)
            }
            // Both decodings keep each byte below 0x80 as one scalar: without control bytes, the
            // text has no control characters either.
            mayHaveControls = controls != 0
        }
        guard !decoded.text.isAllWhitespace else { throw .empty }
        guard !mayHaveControls || !looksBinary(decoded.text) else { throw .binary }
        return decoded
    }

    /// `UTF-16LE` or `UTF-16BE` when `data` has no byte-order mark but is evidently UTF-16: in
    /// its first 512 bytes (at least 8) nine in ten bytes at the odd (LE) or even (BE) positions
    /// are NUL, and none of the others is, as mostly Latin text in UTF-16 gives. Nil otherwise.
    public static func unmarkedUTF16(_ data: Data) -> String? {
        let bytes = [UInt8](data.prefix(512))
        guard bytes.count >= 8 else { return nil }
        let pairs = bytes.count / 2
        let evenNUL = (0..<pairs).count { bytes[2 * $0] == 0 }
        let oddNUL = (0..<pairs).count { bytes[2 * $0 + 1] == 0 }
        if oddNUL * 10 >= pairs * 9, evenNUL == 0 { return "UTF-16LE" }
        if evenNUL * 10 >= pairs * 9, oddNUL == 0 { return "UTF-16BE" }
        return nil
    }

    /// How much of a text is checked for binary data: its first 65,536 bytes or scalars.
    static let sampleSize = 65_536

    /// Whether raw bytes (without BOM) look binary: any NUL byte, or more than 10% control bytes
    /// among the first ``sampleSize``.
    static func looksBinary(_ bytes: [UInt8]) -> Bool { looksBinary(bytes, controls: controlBytes(bytes)) }

    /// ``looksBinary(_:)`` given `controls`, the ``controlBytes(_:)`` of `bytes`.
    private static func looksBinary(_ bytes: [UInt8], controls: Int?) -> Bool {
        guard let controls else { return true }
        return controls * 10 > min(bytes.count, sampleSize)
    }

    /// The number of control bytes (``isControl(_:)``) among the first ``sampleSize`` bytes, or
    /// nil when one of those is NUL.
    static func controlBytes(_ bytes: [UInt8]) -> Int? {
        let count = min(bytes.count, sampleSize)
        var controls = 0
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var offset = 0
            while offset < count {
                if offset + 8 <= count, let base = buffer.baseAddress {
                    // Eight bytes at once: skipped when none is below 0x20 (the usual case).
                    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        offset += 8
                        continue
                    }
                }
                let byte = buffer[offset]
                if byte == 0 { return nil }
                if isControl(byte) { controls += 1 }
                offset += 1
            }
            return controls
        }
    }

    /// A control character other than tab, line feed, form feed and carriage return.
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    /// Whether decoded text looks binary: NUL characters or more than 10% control characters
    /// among its first 65,536 scalars.
    static func looksBinary(_ text: String) -> Bool {
        // Counted on the UTF-8 bytes: each scalar has one lead byte (not 0b10xxxxxx), and NUL and
        // the control characters are single bytes.
        var total = 0
        var controls = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            if total == sampleSize { break }
            total += 1
            if byte == 0 { return true }
            if isControl(byte) { controls += 1 }
        }
        return controls * 10 > total
    }

    /// The sequences of `units` that are not valid in `encoding` (at most `limit`), with byte
    /// offsets counted from `start` in steps of `unitSize`.
    static func invalidSequences<E: Unicode.Encoding>(
        _ units: [E.CodeUnit], as encoding: E.Type, unitSize: Int, start: Int, limit: Int = 20
    ) -> [InvalidSequence] where E.CodeUnit: BinaryInteger {
        var found: [InvalidSequence] = []
        var parser = E.ForwardParser()
        var iterator = units.makeIterator()
        var offset = 0
        var line = 1
        parsing: while found.count < limit {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1 }
                offset += scalar.count
            case .error(let length):
                found.append(InvalidSequence(offset: start + offset * unitSize, line: line))
                offset += length
            case .emptyInput:
                break parsing
            }
        }
        return found
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        return units
    }

    /// The code points of 0x80–0x9F in Windows-1252 (0 where undefined; those map to the C1 control).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    /// A byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), where it is.
    public struct UndefinedByte: Hashable, Sendable {
        public var byte: UInt8
        /// 0-based offset in the bytes.
        public var offset: Int
        /// 1-based line and column (in bytes) of the byte.
        public var line: Int
        public var column: Int

        /// The finding for this byte in `file`: the text is kept, the byte read as its C1 code point.
        public func finding(file: String) -> Finding {
            let hex = String(byte, radix: 16, uppercase: true)
            return Finding(
                .warning, SourceLocation(file: file, line: line, column: column),
                "byte 0x\(hex) (offset \(offset)) bestaat niet in Windows-1252; gelezen als U+00\(hex), de tekst eromheen blijft"
            )
        }
    }

    /// The undefined bytes in `bytes` read as Windows-1252, at most `limit` of them.
    public static func undefinedWindows1252Bytes(_ bytes: [UInt8], limit: Int = 20) -> [UndefinedByte] {
        var found: [UndefinedByte] = []
        var line = 1
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A {
                line += 1
                lineStart = offset + 1
            } else if (0x80...0x9F).contains(byte), windows1252High[Int(byte) - 0x80] == 0 {
                found.append(UndefinedByte(byte: byte, offset: offset, line: line, column: offset - lineStart + 1))
                if found.count == limit { break }
            }
        }
        return found
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            var value = UInt32(byte)
            if (0x80...0x9F).contains(byte) {
                let mapped = windows1252High[Int(byte) - 0x80]
                if mapped != 0 { value = mapped }
            }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
