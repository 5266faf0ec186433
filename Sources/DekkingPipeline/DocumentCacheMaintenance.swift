import Foundation

/// Looking after a ``DocumentCache`` folder: what it holds, and removing entries no run has used
/// for a while (entries of old mappings or settings, and of documents that have gone).
///
/// Only files the cache itself writes are looked at or removed: entries (64 hexadecimal
/// characters) in folders named by their first two, and temporary files of interrupted writes.
/// Anything else in the folder is left alone and counted as foreign, so pointing this at the wrong
/// folder removes nothing of value.
public enum DocumentCacheMaintenance {
    /// What a cache folder holds.
    public struct Survey: Hashable, Sendable {
        public var entries = 0
        public var bytes = 0
        /// When the least and the most recently used entry was last used (nil without entries).
        public var oldestUse: Date?
        public var newestUse: Date?
        /// Files and folders that are not the cache's own.
        public var foreign = 0
    }

    /// What ``prune(_:unusedFor:now:dryRun:)`` removed (or would remove).
    public struct Pruning: Hashable, Sendable {
        public var removedEntries = 0
        public var removedBytes = 0
        /// Temporary files of interrupted writes: of processes that are gone, or older than an hour.
        public var removedTemporaries = 0
        public var keptEntries = 0
    }

    /// The cache's own files and what they are; foreign names are counted.
    public static func survey(_ directory: URL) -> Survey {
        var survey = Survey()
        walk(
            directory, foreign: { survey.foreign += 1 },
            { _, info, isTemporary in
                guard !isTemporary else { return }
                survey.entries += 1
                survey.bytes += Int(info.st_size)
                let used = date(info.st_mtim)
                survey.oldestUse = min(survey.oldestUse ?? used, used)
                survey.newestUse = max(survey.newestUse ?? used, used)
            })
        return survey
    }

    /// Removes entries last used before `now - unusedFor`, temporary files whose writing process
    /// is gone or that are older than an hour, and shard folders left empty. With `dryRun`, only
    /// counts.
    public static func prune(_ directory: URL, unusedFor: TimeInterval, now: Date = Date(), dryRun: Bool = false)
        -> Pruning
    {
        var pruning = Pruning()
        let entryLimit = now.addingTimeInterval(-unusedFor)
        let temporaryLimit = now.addingTimeInterval(-3600)
        var shards: Set<String> = []
        walk(
            directory, foreign: {},
            { path, info, isTemporary in
                let used = date(info.st_mtim)
                let expired = isTemporary ? used < temporaryLimit || writerIsGone(path) : used < entryLimit
                guard expired, dryRun || unlink(path) == 0 else {
                    if !isTemporary { pruning.keptEntries += 1 }
                    return
                }
                if isTemporary {
                    pruning.removedTemporaries += 1
                } else {
                    pruning.removedEntries += 1
                    pruning.removedBytes += Int(info.st_size)
                }
                shards.insert((path as NSString).deletingLastPathComponent)
            })
        // Folders something was removed from; rmdir fails, harmlessly, unless one is now empty.
        if !dryRun { for shard in shards.sorted() { _ = rmdir(shard) } }
        return pruning
    }

    /// Calls `body` for every cache file (path, `stat`, whether it is a temporary file) in a stable
    /// order, and `foreign` for every other name in the folder or its shard folders.
    private static func walk(_ directory: URL, foreign: () -> Void, _ body: (String, stat, Bool) -> Void) {
        let files = FileManager.default
        guard let shards = try? files.contentsOfDirectory(atPath: directory.path) else { return }
        for shard in shards.sorted() {
            let shardPath = directory.appendingPathComponent(shard).path
            var shardInfo = stat()
            // A real folder, not a link to one elsewhere.
            guard isHex(shard, count: 2), lstat(shardPath, &shardInfo) == 0, shardInfo.st_mode & S_IFMT == S_IFDIR,
                let names = try? files.contentsOfDirectory(atPath: shardPath)
            else {
                foreign()
                continue
            }
            for name in names.sorted() {
                let path = shardPath + "/" + name
                let isEntry = isHex(name, count: 64) && name.hasPrefix(shard)
                let isTemporary =
                    name.hasPrefix(".") && name.hasSuffix(".tmp")
                    && isHex(String(name.dropFirst().prefix(64)), count: 64)
                var info = stat()
                guard isEntry || isTemporary, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    foreign()
                    continue
                }
                body(path, info, isTemporary)
            }
        }
    }

    /// Whether the process that wrote the temporary file at `path` (`.<key>.<pid>.tmp`) is gone.
    private static func writerIsGone(_ path: String) -> Bool {
        let parts = (path as NSString).lastPathComponent.split(separator: ".")
        guard parts.count == 3, let pid = pid_t(parts[1]), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    private static func isHex(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func date(_ time: timespec) -> Date {
        Date(timeIntervalSince1970: TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9)
    }
}
