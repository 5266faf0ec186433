import Foundation
import ZIPFoundation

/// Reads the content of a zip entry with a bound on what it inflates and an end to its input.
///
/// ZIPFoundation's `Archive.extract` (0.9.x on Linux) inflates until the deflate stream's end
/// marker: a truncated or corrupt stream makes it read on past the entry to the end of the file
/// and then spin forever on empty reads, at full CPU. This reader gives ZIPFoundation's public
/// `Data.decompress` a provider that serves exactly the entry's compressed bytes and throws when
/// asked for more, so such a stream is ``Failure/truncated``. It reads only `.file` entries (a
/// symbolic link's "content" would be read at the size its header claims).
struct ZIPEntryReader {
    /// Why an entry's content could not be read.
    enum Failure: Error {
        /// The file or its directory cannot be read, or the entry's header is not where it says.
        case unreadable
        /// The compressed bytes end before the deflate stream does.
        case truncated
        /// The content would exceed the limit the caller set.
        case tooLarge
        /// Not a regular file, an unknown compression method or broken deflate data.
        case corrupt
        /// The content is read whole, but its CRC-32 is not the one the archive records.
        case checksum
    }

    /// Closed when the last copy of the reader is gone.
    private let file: FileHandle
    private let size: UInt64
    private let directory: ZIPDirectory

    /// The first encrypted entry of the archive, or nil (see ``ZIPDirectory/encryptedEntry``).
    var encryptedEntry: String? { directory.encryptedEntry }

    /// Opens the archive at `url` and reads the positions of its first `maxEntries` entries.
    init(url: URL, maxEntries: Int) throws(Failure) {
        guard let file = try? FileHandle(forReadingFrom: url), let end = try? file.seekToEnd() else {
            throw .unreadable
        }
        self.file = file
        size = end
        do {
            directory = try ZIPDirectory(file: file, size: size, maxEntries: maxEntries)
        } catch {
            try? file.close()
            throw .unreadable
        }
    }

    /// The content of `entry` (an entry of the same archive, as ZIPFoundation lists it): at most
    /// `limit` bytes, and its CRC-32 checked unless `checkingCRC` is false.
    func contents(of entry: Entry, limit: UInt64, checkingCRC: Bool = true) throws(Failure) -> Data {
        guard entry.type == .file else { throw .corrupt }
        guard entry.uncompressedSize <= limit else { throw .tooLarge }
        guard let header = directory.localHeaders[entry.path] else { throw .unreadable }
        let local = try? ZIPDirectory.read(file, at: header, count: 30)
        guard let local, local.u32(0) == 0x0403_4B50 else { throw .unreadable }
        let start = header + 30 + UInt64(local.u16(26)) + UInt64(local.u16(28))
        let method = local.u16(8)
        let stored = method == 0 ? entry.uncompressedSize : entry.compressedSize
        guard start <= size, stored <= size - start else { throw .truncated }
        var content = Data()
        var checksum: CRC32 = 0
        switch method {
        case 0:
            guard let data = try? ZIPDirectory.read(file, at: start, count: Int(stored)) else { throw .unreadable }
            content = data
            if checkingCRC { checksum = data.crc32(checksum: 0) }
        case 8:
            checksum = try inflate(from: start, count: stored, limit: limit, checkingCRC: checkingCRC, into: &content)
        default:
            throw .corrupt
        }
        guard !checkingCRC || checksum == entry.checksum else { throw .checksum }
        return content
    }

    /// Inflates the `count` compressed bytes at `start` into `content`; returns their CRC-32.
    private func inflate(
        from start: UInt64, count: UInt64, limit: UInt64, checkingCRC: Bool, into content: inout Data
    ) throws(Failure) -> CRC32 {
        var served: UInt64 = 0
        var output = Data()
        do {
            let checksum = try Data.decompress(
                size: Int64(count), bufferSize: 16_384, skipCRC32: !checkingCRC,
                provider: { _, chunkSize in
                    // Asked for more than the entry holds: the stream did not end where it should.
                    guard served < count else { throw Failure.truncated }
                    let length = min(UInt64(chunkSize), count - served)
                    var chunk = try ZIPDirectory.read(file, at: start + served, count: Int(length))
                    served += length
                    // ZIPFoundation tells zlib that every chunk holds `chunkSize` bytes, so a shorter
                    // last chunk would be read past its end (found by fuzzing): pad it with zeros.
                    // Inflating stops at the stream's end marker; a stream that runs on into the
                    // padding is corrupt, and the next request for input throws `truncated`.
                    if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard UInt64(output.count + chunk.count) <= limit else { throw Failure.tooLarge }
                    output.append(chunk)
                })
            content = output
            return checksum
        } catch let failure as Failure {
            throw failure
        } catch is ZIPDirectory.Failure {
            throw .unreadable
        } catch {
            throw .corrupt
        }
    }
}
