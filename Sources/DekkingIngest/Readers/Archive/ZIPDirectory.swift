import Foundation

/// Where each entry's local header is in a zip archive, read from its central directory.
///
/// ZIPFoundation reads the directory too, but does not tell where an entry's bytes are; that is
/// all this reads (``ZIPEntryReader`` needs it to serve an entry's compressed bytes itself).
/// ZIP64 records are understood. The first entry of a name wins, as in ZIPFoundation.
struct ZIPDirectory {
    /// Why the directory cannot be read.
    enum Failure: Error { case unreadable, malformed }

    /// The offset of the local header of each entry, by path (names decoded as UTF-8).
    let localHeaders: [String: UInt64]
    /// The first entry whose data are encrypted (general-purpose flag bit 0, or compression
    /// method 99 of WinZip's AES), or nil: a document saved with a password.
    let encryptedEntry: String?

    /// The largest central directory read, in bytes: far above 10,000 entries of 1 KB each.
    static let maxDirectoryBytes: UInt64 = 16 * 1_048_576

    /// Reads the directory of the open `file` of `size` bytes, at most `maxEntries` records.
    init(file: FileHandle, size: UInt64, maxEntries: Int) throws(Failure) {
        let tailSize = min(size, 22 + 65_535)
        let tail = try Self.read(file, at: size - tailSize, count: Int(tailSize))
        guard let end = Self.lastSignature(0x0605_4B50, in: tail, recordSize: 22) else { throw .malformed }
        var count = UInt64(tail.u16(end + 10))
        var length = UInt64(tail.u32(end + 12))
        var offset = UInt64(tail.u32(end + 16))
        if count == 0xFFFF || length == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            guard end >= 20, tail.u32(end - 20) == 0x0706_4B50 else { throw .malformed }
            let record = try Self.read(file, at: tail.u64(end - 20 + 8), count: 56)
            guard record.u32(0) == 0x0606_4B50 else { throw .malformed }
            (count, length, offset) = (record.u64(32), record.u64(40), record.u64(48))
        }
        guard length <= Self.maxDirectoryBytes, offset <= size, length <= size - offset else { throw .malformed }
        let directory = try Self.read(file, at: offset, count: Int(length))
        var headers: [String: UInt64] = [:]
        var encrypted: String?
        var position = 0
        for _ in 0..<min(count, UInt64(max(0, maxEntries))) {
            guard position + 46 <= directory.count, directory.u32(position) == 0x0201_4B50 else { throw .malformed }
            let nameLength = Int(directory.u16(position + 28))
            let extraLength = Int(directory.u16(position + 30))
            let next = position + 46 + nameLength + extraLength + Int(directory.u16(position + 32))
            guard next <= directory.count else { throw .malformed }
            let name = String(decoding: directory[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            if encrypted == nil, directory.u16(position + 8) & 1 == 1 || directory.u16(position + 10) == 99 {
                encrypted = name
            }
            var local = UInt64(directory.u32(position + 42))
            if local == 0xFFFF_FFFF {
                let extra = Data(directory[(position + 46 + nameLength)..<(position + 46 + nameLength + extraLength)])
                // The ZIP64 field holds the saturated sizes first, then the offset.
                let skipped =
                    (directory.u32(position + 24) == 0xFFFF_FFFF ? 8 : 0)
                    + (directory.u32(position + 20) == 0xFFFF_FFFF ? 8 : 0)
                guard let field = Self.zip64Field(in: extra), field.count >= skipped + 8 else { throw .malformed }
                local = field.u64(skipped)
            }
            if headers[name] == nil { headers[name] = local }
            position = next
        }
        localHeaders = headers
        encryptedEntry = encrypted
    }

    /// `count` bytes of `file` from `offset`; fewer than asked is an error, and so is an offset no
    /// file can have (a lying record may give up to 2^64 − 1, which `seek` cannot take).
    static func read(_ file: FileHandle, at offset: UInt64, count: Int) throws(Failure) -> Data {
        guard count > 0 else { return Data() }
        guard offset <= UInt64(Int64.max) - UInt64(count) else { throw .unreadable }
        do {
            try file.seek(toOffset: offset)
            guard let data = try file.read(upToCount: count), data.count == count else { throw Failure.unreadable }
            return data
        } catch {
            throw .unreadable
        }
    }

    /// The start of the last record with `signature` that has `recordSize` bytes after it.
    private static func lastSignature(_ signature: UInt32, in data: Data, recordSize: Int) -> Int? {
        guard data.count >= recordSize else { return nil }
        return stride(from: data.count - recordSize, through: 0, by: -1).first { data.u32($0) == signature }
    }

    /// The data of the ZIP64 extended-information field (id 1) in an extra block.
    private static func zip64Field(in extra: Data) -> Data? {
        var position = 0
        while position + 4 <= extra.count {
            let size = Int(extra.u16(position + 2))
            guard position + 4 + size <= extra.count else { return nil }
            if extra.u16(position) == 1 { return Data(extra[(position + 4)..<(position + 4 + size)]) }
            position += 4 + size
        }
        return nil
    }
}

extension Data {
    /// The little-endian integer at `offset` from the start (not from `startIndex`).
    func u16(_ offset: Int) -> UInt16 { littleEndian(offset, 2).map(UInt16.init(truncatingIfNeeded:)) ?? 0 }
    func u32(_ offset: Int) -> UInt32 { littleEndian(offset, 4).map(UInt32.init(truncatingIfNeeded:)) ?? 0 }
    func u64(_ offset: Int) -> UInt64 { littleEndian(offset, 8) ?? 0 }

    private func littleEndian(_ offset: Int, _ width: Int) -> UInt64? {
        guard offset >= 0, offset + width <= count else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(self[startIndex + offset + index]) }
        return value
    }
}
