import Foundation

/// Staging files and folders that interrupted runs left behind (a SIGKILL gives a run no chance to
/// remove them), removed by the next run on the same target.
///
/// Only what is provably ours and not in use is removed: the name is the one Dekking gives the
/// target's staging (`.<run>.partial-<pid>`, `.<run>.old-<pid>`, `.<file>.<pid>.tmp`), the process
/// `<pid>` no longer exists, nobody holds the lock (`flock`) a live run keeps on it, and its
/// contents are a run's files (a folder) or start as the target's file does, or are still empty (a
/// file). A replaced run folder (`.old-`) whose run folder is missing is put back, not removed.
enum StagingLeftovers {
    /// Opens `path` and takes an exclusive lock on it, held until the descriptor is closed;
    /// -1 when that fails (the run goes on without a lock).
    static func lock(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return -1 }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// Removes the staging and replaced folders of dead runs named `name` in `root`.
    static func removeRunFolders(of name: String, in root: URL) {
        for entry in entries(of: root.path) {
            guard
                let pid = pid(in: entry, prefix: ".\(name).partial-", suffix: "")
                    ?? pid(in: entry, prefix: ".\(name).old-", suffix: "")
            else { continue }
            let path = root.appendingPathComponent(entry).path
            guard isGone(pid), let files = runFiles(in: path) else { continue }
            let descriptor = lock(path)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            // A run killed between moving the old run aside and moving its own into place (where
            // the file system cannot exchange folders in one step): the old run is put back.
            var info = stat()
            let target = root.appendingPathComponent(name).path
            if entry.hasPrefix(".\(name).old-"), lstat(target, &info) != 0, errno == ENOENT,
                rename(path, target) == 0
            {
                continue
            }
            for file in files { unlink(path + "/" + file) }
            rmdir(path)
        }
    }

    /// Removes the temporary files of dead runs for the file at `target` that start with `opening`.
    static func removeFiles(of target: URL, opening: Data) {
        let folder = target.deletingLastPathComponent().path
        for entry in entries(of: folder) {
            guard let pid = pid(in: entry, prefix: ".\(target.lastPathComponent).", suffix: ".tmp"), isGone(pid) else {
                continue
            }
            let path = folder + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let descriptor = lock(path)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            let head = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            // Ours if it opens as ours do, or is still empty (killed before its first byte; an empty
            // file holds nothing to lose).
            let read = (try? head.read(upToCount: opening.count)) ?? Data()
            guard read == opening || (read.isEmpty && info.st_size == 0) else { continue }
            unlink(path)
        }
    }

    private static func entries(of folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// The process id between `prefix` and `suffix` of `name`, if that is all digits.
    private static func pid(in name: String, prefix: String, suffix: String) -> pid_t? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else {
            return nil
        }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return pid_t(digits)
    }

    /// Whether no process `pid` exists (not ours, and `kill` says there is no such process).
    private static func isGone(_ pid: pid_t) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The names in a staging folder when each is a regular file of a run (or its temporary
    /// file); nil when the path is not a real folder or holds anything else.
    private static func runFiles(in path: String) -> [String]? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        let known = Set(RunReports.fileNames)
        let names = entries(of: path)
        for name in names {
            var entry = stat()
            guard lstat(path + "/" + name, &entry) == 0, entry.st_mode & S_IFMT == S_IFREG else { return nil }
            let isTemporary = known.contains { name.hasPrefix(".\($0).") && name.hasSuffix(".tmp") }
            guard known.contains(name) || isTemporary else { return nil }
        }
        return names
    }
}
