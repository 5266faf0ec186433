import DekkingCore
import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
/// in the same folder, which is then renamed over the target in one step.
public enum AtomicFile {
    /// Why a file could not be written.
    public enum WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        case cannotCreateFolder(path: String, reason: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotCreateFolder(let path, let reason): "\(path): map kan niet worden aangemaakt: \(reason)"
            case .cannotWrite(let path, let reason): "\(path): kan niet worden geschreven: \(reason)"
            }
        }
    }

    /// Writes `data` to `url` atomically, creating the folder when needed.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: folder.path, reason: WriteFailureReason.text(error))
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the target in one step on the same file system.
            guard rename(temporary.path, url.path) == 0 else {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: url.path, reason: WriteFailureReason.text(error))
        }
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }
}
