import CHunspell
import Foundation

/// The Dutch hunspell dictionary (`nl.aff` + `nl.dic`) as a ``Lexicon``.
///
/// The one owner of a `Hunhandle*`: created in `init`, destroyed in `deinit`, never exposed.
/// Hunspell handles are not thread-safe, so every call holds a lock; answers are memoised per word,
/// so that a word costs a hunspell call once per process.
public final class HunspellLexicon: Lexicon, @unchecked Sendable {
    /// The standard Debian location of hunspell-nl; override with ``init(affix:dictionary:)``.
    public static let debianAffix = URL(fileURLWithPath: "/usr/share/hunspell/nl.aff")
    public static let debianDictionary = URL(fileURLWithPath: "/usr/share/hunspell/nl.dic")

    /// The C handle, only touched while holding `handle`'s lock.
    private let handle: Locked<OpaquePointer>
    private let known = ShardedMemo<String, Bool>()
    private let verbs = ShardedMemo<String, String?>()
    public var name: String { "hunspell" }

    /// Opens the dictionary; `nil` when either file is missing or hunspell cannot load it. Takes
    /// over a handle that ``preload(affix:dictionary:)`` started loading for the same files.
    public init?(affix: URL = HunspellLexicon.debianAffix, dictionary: URL = HunspellLexicon.debianDictionary) {
        let key = Self.key(affix, dictionary)
        let created: OpaquePointer?
        if let pending = Self.pending.withLock({ $0.removeValue(forKey: key) }) {
            created = pending.wait()
        } else {
            created = Self.create(affix, dictionary)
        }
        guard let created else { return nil }
        handle = Locked(created)
        // An empty or foreign dictionary loads without error: require a very common word.
        guard knows("werk") else { return nil }
    }

    deinit {
        handle.withLock { Hunspell_destroy($0) }
    }

    /// Starts loading the dictionary on a thread of its own (loading takes a noticeable part of a
    /// short run), so that other start-up work overlaps with it; the next
    /// ``init(affix:dictionary:)`` for the same files takes the handle over (a load nobody takes
    /// over lives until the process ends). Does nothing when a load of these files is already
    /// pending.
    public static func preload(
        affix: URL = HunspellLexicon.debianAffix, dictionary: URL = HunspellLexicon.debianDictionary
    ) {
        let key = key(affix, dictionary)
        let load = PendingLoad()
        guard
            pending.withLock({ table in
                guard table[key] == nil else { return false }
                table[key] = load
                return true
            })
        else { return }
        Thread.detachNewThread { load.finish(create(affix, dictionary)) }
    }

    /// A handle for the files, or nil when either is unreadable or hunspell cannot load them.
    private static func create(_ affix: URL, _ dictionary: URL) -> OpaquePointer? {
        let files = FileManager.default
        guard files.isReadableFile(atPath: affix.path), files.isReadableFile(atPath: dictionary.path) else {
            return nil
        }
        return Hunspell_create(affix.path, dictionary.path)
    }

    private static func key(_ affix: URL, _ dictionary: URL) -> String { affix.path + "\n" + dictionary.path }

    /// Loads started by ``preload(affix:dictionary:)`` and not yet taken over, by file pair.
    private static let pending = Locked<[String: PendingLoad]>([:])

    /// A handle being loaded on another thread; whoever takes it over owns it.
    private final class PendingLoad: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var handle: OpaquePointer?

        func finish(_ loaded: OpaquePointer?) {
            handle = loaded
            done.signal()
        }

        func wait() -> OpaquePointer? {
            done.wait()
            return handle
        }
    }

    public func knows(_ word: String) -> Bool {
        guard !word.isEmpty, word.utf8.count < 100 else { return false }
        return known.value(for: word) {
            handle.withLock { Hunspell_spell($0, word) != 0 }
        }
    }

    /// Uses hunspell's morphological analysis: when the analyses tagged `ts:VB…` (a finite verb
    /// form) all give the same `st:` field, that is the stem ("stelt" is also a noun, still "stel").
    public func verbStem(_ word: String) -> String? {
        guard word.utf8.count > 3, word.utf8.count < 100, word.hasSuffix("t") else { return nil }
        return verbs.value(for: word) {
            let analyses = handle.withLock { pointer -> [String] in
                var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
                let count = Hunspell_analyze(pointer, &list, word)
                defer { Hunspell_free_list(pointer, &list, count) }
                guard count > 0, let list else { return [] }
                return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
            }
            let verbStems = Set(
                analyses.filter { $0.contains("ts:VB") }.compactMap { analysis in
                    analysis.split(separator: " ").first { $0.hasPrefix("st:") }.map { String($0.dropFirst(3)) }
                })
            guard verbStems.count == 1, let stem = verbStems.first, !stem.isEmpty else { return nil }
            return stem
        }
    }
}
