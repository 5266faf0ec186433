/// Limits that keep a hostile DOCX or ODT archive from exhausting memory or time.
///
/// Declared sizes are checked before anything is inflated; while inflating, actual bytes are
/// counted as well, because declared sizes can lie.
public struct ArchiveLimits: Sendable, Hashable {
    /// The largest archive file accepted, in bytes.
    public var maxArchiveBytes: Int
    /// The most entries an archive may have.
    public var maxEntries: Int
    /// The largest total declared uncompressed size of all entries, in bytes.
    public var maxTotalUncompressedBytes: UInt64
    /// The largest uncompressed size of one part that is read, in bytes.
    public var maxPartBytes: UInt64
    /// The highest compression ratio accepted for an entry larger than ``ratioCheckMinimumBytes``.
    public var maxCompressionRatio: UInt64
    /// Entries whose declared uncompressed size is at most this are not ratio-checked.
    public var ratioCheckMinimumBytes: UInt64

    public init(
        maxArchiveBytes: Int = 100 * 1_048_576, maxEntries: Int = 10_000,
        maxTotalUncompressedBytes: UInt64 = 200 * 1_048_576, maxPartBytes: UInt64 = 100 * 1_048_576,
        maxCompressionRatio: UInt64 = 100, ratioCheckMinimumBytes: UInt64 = 1_048_576
    ) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxTotalUncompressedBytes = maxTotalUncompressedBytes
        self.maxPartBytes = maxPartBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckMinimumBytes = ratioCheckMinimumBytes
    }

    /// 100 MB archives, 10,000 entries, 200 MB uncompressed in total, ratio 100:1 above 1 MB.
    public static let `default` = ArchiveLimits()
}
