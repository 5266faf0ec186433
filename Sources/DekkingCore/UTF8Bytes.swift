/// The UTF-8 bytes of a string, for byte-level fast paths: decodes single scalars where a caller
/// has to look at one, and leaves the rest as bytes.
///
/// Only exists inside ``Swift/StringProtocol/withUTF8Bytes(_:)``; never stored or returned. The
/// bytes are valid UTF-8, as every Swift string's are.
public struct UTF8Bytes {
    public let buffer: UnsafeBufferPointer<UInt8>

    @inlinable public init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    @inlinable public var count: Int { buffer.count }

    @inlinable public subscript(offset: Int) -> UInt8 { buffer[offset] }

    /// The scalar that starts at `offset`, which must be a scalar boundary, and the offset after it.
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, end: Int) {
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

    /// The scalar that ends just before `end` (a scalar boundary), and the offset where it starts;
    /// nil at the start of the bytes.
    public func scalar(endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, buffer[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).scalar, start)
    }

    /// The bytes `range` as a string.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }
}

extension StringProtocol {
    /// Runs `body` on the UTF-8 bytes; nil when the string has no contiguous UTF-8 storage (a
    /// bridged string), and callers then take their general path.
    @inlinable public func withUTF8Bytes<Result>(_ body: (UTF8Bytes) -> Result) -> Result? {
        utf8.withContiguousStorageIfAvailable { body(UTF8Bytes(buffer: $0)) }
    }
}

extension Unicode.Scalar {
    /// `Character.isWhitespace` for a Character that starts with this scalar: the White_Space
    /// property.
    public var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `Character.isLetter` for a Character that starts with this scalar: the Alphabetic property.
    public var isLetter: Bool { value < 0x80 ? (0x61...0x7A).contains(value | 0x20) : properties.isAlphabetic }
}
