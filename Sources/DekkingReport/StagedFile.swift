import DekkingCore
import Foundation

/// A file written in blocks through a temporary file beside it, moved into place by ``finish()``,
/// so that nobody sees it half written and a failed run leaves nothing behind.
///
/// The temporary file (`.<name>.<pid>.tmp`) is locked while it is written; temporary files of the
/// same target that killed runs left behind are removed first (``StagingLeftovers``).
final class StagedFile {
    private let target: URL
    /// The temporary file the bytes go to until ``finish()``.
    let temporary: URL
    private let handle: FileHandle

    /// Starts the file at `url` with `contents`.
    /// - Throws: ``AtomicFile/WriteError`` when the temporary file cannot be made.
    init(url: URL, contents: Data = Data()) throws {
        target = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !contents.isEmpty { StagingLeftovers.removeFiles(of: url, opening: contents) }
        // Opened here, not with FileManager.createFile: that writes through a temporary file of its
        // own (".dat.nosync…"), which a kill at that moment would leave behind under a name that is
        // not provably Dekking's. The file is locked before its first byte is written.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError.cannotWrite(
                path: url.path,
                reason: "tijdelijk bestand kan niet worden aangemaakt: \(WriteFailureReason.text(errno: errno))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        do {
            try handle.write(contentsOf: contents)
        } catch {
            try? handle.close()
            unlink(temporary.path)
            throw AtomicFile.WriteError.cannotWrite(path: url.path, reason: WriteFailureReason.text(error))
        }
    }

    /// Appends `data`.
    /// - Throws: ``AtomicFile/WriteError`` naming the target and the reason (a full disk, …).
    func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw AtomicFile.WriteError.cannotWrite(path: target.path, reason: WriteFailureReason.text(error))
        }
    }

    /// Closes the file and moves it into place.
    func finish() throws {
        do {
            try handle.close()
        } catch {
            throw AtomicFile.WriteError.cannotWrite(path: target.path, reason: WriteFailureReason.text(error))
        }
        guard rename(temporary.path, target.path) == 0 else {
            throw AtomicFile.WriteError.cannotWrite(path: target.path, reason: WriteFailureReason.text(errno: errno))
        }
    }

    /// Abandons the file: removes the temporary file.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
