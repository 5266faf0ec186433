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

    /// Opens the dictionary; `nil` when either file is missing or hunspell cannot load it.
    public init?(affix: URL = HunspellLexicon.debianAffix, dictionary: URL = HunspellLexicon.debianDictionary) {
        let files = FileManager.default
        guard files.isReadableFile(atPath: affix.path), files.isReadableFile(atPath: dictionary.path),
            let created = Hunspell_create(affix.path, dictionary.path)
        else { return nil }
        handle = Locked(created)
        // An empty or foreign dictionary loads without error: require a very common word.
        guard knows("werk") else { return nil }
    }

    deinit {
        handle.withLock { Hunspell_destroy($0) }
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
            let verbStems = Set(analyses.filter { $0.contains("ts:VB") }.compactMap { analysis in
                analysis.split(separator: " ").first { $0.hasPrefix("st:") }.map { String($0.dropFirst(3)) }
            })
            guard verbStems.count == 1, let stem = verbStems.first, !stem.isEmpty else { return nil }
            return stem
        }
    }
}
