/// The one cache of the analysis chain: the word form of every distinct word, as the word filters
/// and the token filters' marks left it, with the ids of its terms in one ``TermTable``.
///
/// It wraps the chain; no filter caches anything itself (only the dictionary's owning wrapper,
/// ``HunspellLexicon``, remembers the answers of the C library). Whoever owns the table owns the
/// cache (``Analyzer/interning(into:)``), so ids are always the consumer's. Thread-safe; entries
/// are never evicted (the vocabulary of a corpus is tens of thousands of words).
final class WordCache: Sendable {
    /// A word form and its terms' ids (empty when the cache has no table).
    struct Entry: Sendable {
        var form: WordForm
        /// The id of the stem, or -1 (no table, or a stop word, which yields no token).
        var stemID: Int32 = -1
        /// The ids of the compound parts' stems, in the order of ``WordForm/parts``.
        var partIDs: [Int32] = []
    }

    /// The table the ids are from, or nil for a cache of forms only.
    let table: TermTable?
    private let memo = ShardedMemo<String, Frozen<Entry>>()

    init(table: TermTable?) { self.table = table }

    /// The entry of the word with `surface`, made with `make` on a miss (outside any lock).
    func entry(for surface: String, _ make: () -> WordForm) -> Frozen<Entry> {
        memo.value(for: surface) { Frozen(entry(make())) }
    }

    /// `form` with the ids of its terms.
    func entry(_ form: WordForm) -> Entry {
        var entry = Entry(form: form)
        guard let table, !form.isStopWord else { return entry }
        let ids = table.ids(of: [form.stem] + form.parts)
        entry.stemID = ids[0]
        entry.partIDs = Array(ids.dropFirst())
        return entry
    }

    /// Forgets every entry (when the chain has changed).
    func removeAll() { memo.removeAll() }

    /// The number of cached words, for tests.
    var count: Int { memo.count }
}
