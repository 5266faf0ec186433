import Foundation

/// A value guarded by a lock, for the few pieces of shared mutable state in the analysis chain
/// (C handles that are not thread-safe, memo caches).
///
/// `NSLock` rather than `Synchronization.Mutex` so the package keeps building for macOS 14.
/// The lock is held only for the duration of `withLock`, and the value never escapes it, so the
/// `@unchecked Sendable` is real synchronisation, not a promise.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// A key that names its memo shard from a cheap summary instead of a full hash, so that a memo
/// lookup hashes the key only once (in the shard's dictionary).
///
/// The hint only spreads keys over shards; any value is correct, a poor one only adds waiting.
protocol MemoKey: Hashable {
    /// A cheap, deterministic summary of the key.
    var shardHint: Int { get }
}

extension String: MemoKey {
    /// Length and first byte: O(1) for native strings, and words differ enough in them.
    var shardHint: Int { utf8.count &* 31 &+ Int(utf8.first ?? 0) }
}

/// A thread-safe memo of `key → value`, split into shards so that threads analysing different
/// documents rarely wait for each other.
///
/// Entries are never evicted: the vocabulary of a corpus is small (tens of thousands of words), and
/// the memo is what makes repeated words cost a single dictionary lookup.
final class ShardedMemo<Key: MemoKey, Value>: Sendable {
    private let shards: [Locked<[Key: Value]>]

    init(shardCount: Int = 16) {
        shards = (0..<max(1, shardCount)).map { _ in Locked([:]) }
    }

    /// The memoised value for `key`, computing and storing it with `make` on a miss.
    ///
    /// `make` runs outside the shard's lock, so two threads may compute the same value once each;
    /// values are pure functions of the key, so either result is correct.
    /// - Complexity: O(1) expected on a hit: one hash of the key and one lock.
    func value(for key: Key, _ make: () -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.shardHint) % UInt(shards.count))]
        if let hit = shard.withLock({ $0[key] }) { return hit }
        let made = make()
        shard.withLock { $0[key] = made }
        return made
    }

    /// Forgets every entry (when what the values depend on has changed).
    func removeAll() {
        for shard in shards { shard.withLock { $0.removeAll() } }
    }

    /// The number of memoised entries (for tests and diagnostics).
    var count: Int { shards.reduce(0) { $0 + $1.withLock { $0.count } } }
}

/// An immutable value behind a reference: a memo hit hands out one reference instead of copying
/// (and retaining) every field of a larger value.
final class Frozen<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
