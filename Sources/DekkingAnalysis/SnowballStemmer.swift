import CStemmer

/// The Snowball stemmer of libstemmer for one language, safe to share across threads.
///
/// The one owner of a `sb_stemmer*`: created in `init`, deleted in `deinit`, never exposed.
/// `sb_stemmer` keeps its result in an internal buffer and is not thread-safe, so every call holds
/// a lock. The analyser asks once per new word (``WordCache``), which keeps the lock uncontended.
public final class SnowballStemmer: Sendable {
    private let handle: Locked<OpaquePointer>
    /// The Snowball algorithm name, such as `dutch`.
    public let algorithm: String

    /// Creates a stemmer for `algorithm` with UTF-8 input; `nil` when libstemmer does not know it.
    public init?(algorithm: String = "dutch") {
        guard let created = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        handle = Locked(created)
        self.algorithm = algorithm
    }

    deinit {
        handle.withLock { sb_stemmer_delete($0) }
    }

    /// The stem of `word` (lower case, UTF-8).
    /// - Complexity: O(n) in the length of the word, plus waiting for the lock.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return handle.withLock { stemmer in
            bytes.withUnsafeMutableBufferPointer { buffer -> String in
                guard let base = buffer.baseAddress,
                    let result = sb_stemmer_stem(stemmer, base, Int32(buffer.count))
                else { return word }
                let length = Int(sb_stemmer_length(stemmer))
                return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
            }
        }
    }
}
