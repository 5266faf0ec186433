import DekkingCore
import Foundation

/// The folder of one run, `Output/<run>/`, written so that it is complete or absent.
///
/// Reports are written into a hidden staging folder beside it (`.<run>.partial-<pid>`, locked
/// while the run lives); only ``commit()`` renames the staging folder to its final name, in one
/// step. An interrupted run thus never leaves report files that look complete: at worst a hidden
/// `.partial` folder, which ``discard()`` (called on SIGINT) removes, and which the next run on the
/// same target removes when its process is gone (``StagingLeftovers``). An existing folder is
/// never overwritten unless `force` is set, and then only when it is a run folder
/// (``RunFolderLayout``) that holds no input or mapping; it is replaced only at commit.
public final class RunFolder: @unchecked Sendable {
    /// Why a run folder cannot be used.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case exists(path: String)
        case notARunFolder(path: String, reason: String)
        case invalidName(name: String, reason: String)
        case unsafe(OutputSafety.Refusal)
        case cannotCreate(path: String, reason: String)
        case cannotCommit(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) bestaat al; kies een andere naam met --name of overschrijf met --force"
            case .notARunFolder(let path, let reason):
                "\(path) bestaat al en is geen run-map van Dekking (\(reason)); --force vervangt alleen run-mappen: kies een andere naam met --name of een andere --out"
            case .invalidName(let name, let reason):
                "ongeldige naam voor de run-map '\(name)': \(reason); kies een andere met --name"
            case .unsafe(let refusal):
                if case .holdsProtected = refusal {
                    "\(refusal); kies een andere naam met --name of een andere --out"
                } else {
                    refusal.description
                }
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
    /// The staging folder, open and locked (`flock`) while this run lives.
    private var stagingLock: Int32 = -1

    /// Prepares `root/name`.
    /// - Throws: ``Failure/invalidName(name:reason:)`` unless `name` is one safe path component
    ///   (``checkName(_:)``); ``Failure/unsafe(_:)`` when `safety` refuses the folder (it is, holds
    ///   or lies inside an input or mapping); ``Failure/exists(path:)`` when it exists and `force`
    ///   is off, or ``Failure/notARunFolder(path:reason:)`` when it exists and is not a run folder.
    public init(root: URL, name: String, force: Bool, safety: OutputSafety = .unrestricted) throws(Failure) {
        try Self.checkName(name)
        url = root.appendingPathComponent(name)
        staging = root.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        self.force = force
        do {
            try safety.checkFolder(url.path)
        } catch {
            throw .unsafe(error)
        }
        var info = stat()
        if lstat(url.path, &info) == 0 {
            if let reason = RunFolderLayout.whyNotARunFolder(url) {
                throw .notARunFolder(path: url.path, reason: reason)
            }
            if !force { throw .exists(path: url.path) }
        }
        StagingLeftovers.removeRunFolders(of: name, in: root)
        do {
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: staging.path, reason: WriteFailureReason.text(error))
        }
        stagingLock = StagingLeftovers.lock(staging.path)
    }

    deinit { if stagingLock >= 0 { close(stagingLock) } }

    /// Refuses a run name that is not one path component of letters, digits, `-`, `_` and `.`,
    /// starting with a letter or digit (so never `.`, `..`, hidden, or a path).
    public static func checkName(_ name: String) throws(Failure) {
        guard !name.isEmpty else { throw .invalidName(name: name, reason: "de naam is leeg") }
        if name.contains("/") { throw .invalidName(name: name, reason: "een naam is één map, zonder /") }
        guard name.utf8.count <= 200 else { throw .invalidName(name: name, reason: "langer dan 200 bytes") }
        guard let first = name.unicodeScalars.first, CharacterSet.alphanumerics.contains(first) else {
            throw .invalidName(name: name, reason: "begin met een letter of cijfer")
        }
        guard name.unicodeScalars.allSatisfy(nameCharacters.contains) else {
            throw .invalidName(name: name, reason: "alleen letters, cijfers, -, _ en . zijn toegestaan")
        }
    }

    private static let nameCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))

    /// The staging location of `file`.
    public func file(_ name: String) -> URL { staging.appendingPathComponent(name) }

    /// Moves the finished run into place (replacing an old run only now, when `force` is set).
    public func commit() throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        let old = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        var info = stat()
        let replacing = force && lstat(url.path, &info) == 0
        // Checked again: the folder may have changed since the run started.
        if replacing, let reason = RunFolderLayout.whyNotARunFolder(url) {
            throw .cannotCommit(
                path: url.path, reason: "de bestaande map is geen run-map van Dekking (meer): \(reason)")
        }
        if replacing {
            // One step where the system can: the old run moves to the staging name, so the folder
            // holds a complete run at every moment, even when the process is killed in between.
            switch PathExchange.exchange(staging.path, url.path) {
            case .exchanged:
                try? FileManager.default.removeItem(at: staging)
                finished = true
                releaseLock()
                return
            case .failed(let code):
                throw .cannotCommit(path: url.path, reason: WriteFailureReason.text(errno: code))
            case .unsupported:
                break
            }
        }
        if replacing, rename(url.path, old.path) != 0 {
            throw .cannotCommit(path: url.path, reason: WriteFailureReason.text(errno: errno))
        }
        guard rename(staging.path, url.path) == 0 else {
            let reason = WriteFailureReason.text(errno: errno)
            if replacing { _ = rename(old.path, url.path) }
            throw .cannotCommit(path: url.path, reason: reason)
        }
        if replacing { try? FileManager.default.removeItem(at: old) }
        finished = true
        releaseLock()
    }

    private func releaseLock() {
        if stagingLock >= 0 { close(stagingLock) }
        stagingLock = -1
    }

    /// Removes the staging folder (the run is abandoned); safe to call from a signal handler's queue.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        try? FileManager.default.removeItem(at: staging)
        finished = true
        releaseLock()
    }

    /// A folder name derived from the inputs: the single input's name, or the first one's name and
    /// how many more; letters, digits, `-`, `_` and `.` only.
    public static func defaultName(for paths: [String]) -> String {
        let stems = paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        var name = stems.first ?? "run"
        if stems.count > 1 { name += "-en-\(stems.count - 1)-meer" }
        let cleaned = String(name.unicodeScalars.map { nameCharacters.contains($0) ? Character($0) : "-" })
            .trimmingCharacters(in: CharacterSet(charactersIn: "-._"))
        return cleaned.isEmpty ? "run" : cleaned
    }
}
