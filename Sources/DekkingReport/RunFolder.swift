import Foundation

/// The folder of one run, `Output/<run>/`, written so that it is complete or absent.
///
/// Reports are written into a hidden staging folder beside it (`.<run>.partial-<pid>`); only
/// ``commit()`` renames the staging folder to its final name, in one step. An interrupted run thus
/// never leaves report files that look complete: at worst a hidden `.partial` folder, which
/// ``discard()`` (called on SIGINT) removes. An existing run folder is never overwritten unless
/// `force` is set; then it is replaced only at commit.
public final class RunFolder: @unchecked Sendable {
    /// Why a run folder cannot be used.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case exists(path: String)
        case cannotCreate(path: String, reason: String)
        case cannotCommit(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) bestaat al; kies een andere naam met --name of overschrijf met --force"
            case .cannotCreate(let path, let reason): "\(path): kan niet worden aangemaakt: \(reason)"
            case .cannotCommit(let path, let reason): "\(path): de run kan niet worden afgerond: \(reason)"
            }
        }
    }

    /// The final folder.
    public let url: URL
    /// Where files are written until ``commit()``.
    public let staging: URL
    private let force: Bool
    private let lock = NSLock()
    private var finished = false

    /// Prepares `root/name`; throws ``Failure/exists(path:)`` when it exists and `force` is off.
    public init(root: URL, name: String, force: Bool) throws(Failure) {
        url = root.appendingPathComponent(name)
        staging = root.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        self.force = force
        if FileManager.default.fileExists(atPath: url.path) && !force { throw .exists(path: url.path) }
        do {
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// The staging location of `file`.
    public func file(_ name: String) -> URL { staging.appendingPathComponent(name) }

    /// Moves the finished run into place (replacing an old run only now, when `force` is set).
    public func commit() throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        let old = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        let replacing = force && FileManager.default.fileExists(atPath: url.path)
        if replacing, rename(url.path, old.path) != 0 {
            throw .cannotCommit(path: url.path, reason: String(cString: strerror(errno)))
        }
        guard rename(staging.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if replacing { _ = rename(old.path, url.path) }
            throw .cannotCommit(path: url.path, reason: reason)
        }
        if replacing { try? FileManager.default.removeItem(at: old) }
        finished = true
    }

    /// Removes the staging folder (the run is abandoned); safe to call from a signal handler's queue.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        try? FileManager.default.removeItem(at: staging)
        finished = true
    }

    /// A folder name derived from the inputs: the single input's name, or the first one's name and
    /// how many more; letters, digits, `-`, `_` and `.` only.
    public static func defaultName(for paths: [String]) -> String {
        let stems = paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        var name = stems.first ?? "run"
        if stems.count > 1 { name += "-en-\(stems.count - 1)-meer" }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        let cleaned = String(name.unicodeScalars.map { allowed.contains($0) ? Character($0) : "-" })
            .trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return cleaned.isEmpty ? "run" : cleaned
    }
}
