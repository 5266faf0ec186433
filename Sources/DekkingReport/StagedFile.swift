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
        guard FileManager.default.createFile(atPath: temporary.path, contents: contents) else {
            throw AtomicFile.WriteError.cannotWrite(
                path: url.path, reason: "tijdelijk bestand kan niet worden aangemaakt")
        }
        handle = try FileHandle(forWritingTo: temporary)
        _ = flock(handle.fileDescriptor, LOCK_EX | LOCK_NB)
        try handle.seekToEnd()
    }

    /// Appends `data`.
    func write(_ data: Data) throws { try handle.write(contentsOf: data) }

    /// Closes the file and moves it into place.
    func finish() throws {
        try handle.close()
        guard rename(temporary.path, target.path) == 0 else {
            throw AtomicFile.WriteError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Abandons the file: removes the temporary file.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
