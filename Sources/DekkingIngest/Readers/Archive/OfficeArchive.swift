import DekkingCore
import Foundation
import ZIPFoundation

/// A DOCX or ODT zip archive opened for reading its XML parts, with bomb protection.
///
/// Opening checks the archive's directory against ``ArchiveLimits`` before anything is inflated;
/// ``data(of:)`` counts inflated bytes and stops at the declared size, and a deflate stream that
/// ends early is an error, not a hang (``ZIPEntryReader``). Nothing is written to disk.
struct OfficeArchive {
    /// The file as the user named it, for errors.
    let file: String
    let limits: ArchiveLimits
    private let reader: ZIPEntryReader
    private let entries: [String: Entry]

    /// Opens the archive at `url`.
    ///
    /// - Throws: `notFound`, `empty`, `tooLarge`, `passwordProtected` for an encrypted zip entry
    ///   or the encrypted OLE container Word writes for a document with a password,
    ///   `unsupportedFormat` for another OLE file (an old `.doc`), `corruptArchive` for anything
    ///   else that is not a readable zip, `archiveBomb` when the declared sizes or ratios exceed
    ///   `limits`.
    init(contentsOf url: URL, displayPath: String, limits: ArchiveLimits) throws(IngestError) {
        file = displayPath
        self.limits = limits
        let size = try XMLFamilySupport.fileSize(of: url, displayPath: displayPath)
        guard size <= limits.maxArchiveBytes else {
            throw .tooLarge(file: displayPath, bytes: size, limit: limits.maxArchiveBytes)
        }
        try OLEContainer.refuse(url, displayPath: displayPath)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
            reader = try ZIPEntryReader(url: url, maxEntries: limits.maxEntries)
        } catch {
            throw .corruptArchive(file: displayPath, reason: "het bestand is geen leesbaar zip-archief")
        }
        if let name = reader.encryptedEntry {
            throw .passwordProtected(file: displayPath, detail: "het onderdeel '\(name)' is versleuteld")
        }
        var entries: [String: Entry] = [:]
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw .archiveBomb(file: displayPath, reason: "meer dan \(limits.maxEntries) onderdelen")
            }
            let declared = entry.uncompressedSize
            let (sum, overflow) = total.addingReportingOverflow(declared)
            total = overflow ? .max : sum
            guard total <= limits.maxTotalUncompressedBytes else {
                throw .archiveBomb(
                    file: displayPath,
                    reason: "uitgepakt meer dan \(limits.maxTotalUncompressedBytes / 1_048_576) MB")
            }
            if declared > limits.ratioCheckMinimumBytes {
                let compressed = max(entry.compressedSize, 1)
                guard declared / compressed <= limits.maxCompressionRatio else {
                    throw .archiveBomb(
                        file: displayPath,
                        reason: "'\(entry.path)' is meer dan \(limits.maxCompressionRatio) keer gecomprimeerd")
                }
            }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        self.entries = entries
    }

    /// Whether the archive has an entry at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The inflated content of the entry at `path`, or `nil` when there is none.
    ///
    /// - Throws: `archiveBomb` when the entry inflates beyond its declared size or the part limit,
    ///   `corruptArchive` when its compressed data end before the stream does, or it cannot be
    ///   inflated, or its checksum is wrong.
    func data(of path: String) throws(IngestError) -> Data? {
        guard let entry = entries[path] else { return nil }
        guard entry.type == .file else { return nil }
        guard entry.uncompressedSize <= limits.maxPartBytes else {
            throw .archiveBomb(file: file, reason: "'\(path)' is groter dan \(limits.maxPartBytes / 1_048_576) MB")
        }
        do {
            return try reader.contents(of: entry, limit: entry.uncompressedSize)
        } catch .tooLarge {
            throw .archiveBomb(file: file, reason: "'\(path)' wordt uitgepakt groter dan het archief aangeeft")
        } catch .checksum {
            throw .corruptArchive(
                file: file, reason: "'\(path)' is beschadigd: de controlesom (CRC-32) klopt niet met de inhoud")
        } catch .truncated {
            throw .corruptArchive(
                file: file, reason: "'\(path)' is onvolledig: de gecomprimeerde gegevens houden voortijdig op")
        } catch {
            throw .corruptArchive(file: file, reason: "'\(path)' kan niet worden uitgepakt")
        }
    }

    /// The content of a part that must exist.
    ///
    /// - Throws: `corruptArchive` naming the part when it is missing, and what ``data(of:)`` throws.
    func requiredData(of path: String) throws(IngestError) -> Data {
        guard let data = try data(of: path) else {
            throw .corruptArchive(file: file, reason: "het onderdeel '\(path)' ontbreekt")
        }
        return data
    }
}
