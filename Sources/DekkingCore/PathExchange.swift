import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`): both names exist before
/// and after, so a reader, or a process killed at any moment, never sees either name missing.
///
/// `renameat2` is looked up at run time, as older C libraries and the Swift Glibc module do not
/// declare it; where it is missing, or the file system cannot exchange, ``exchange(_:_:)`` says so
/// and the caller falls back to two renames.
public enum PathExchange {
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 1 << 1

    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
            // RTLD_DEFAULT: the symbol as the program's libraries define it.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()

    /// What an exchange gave.
    public enum Outcome: Equatable, Sendable {
        case exchanged
        /// The system or the file system cannot exchange; nothing was changed.
        case unsupported
        /// The exchange failed with this error number; nothing was changed.
        case failed(Int32)
    }

    /// Exchanges the entries at `first` and `second` (files or folders, on one file system).
    public static func exchange(_ first: String, _ second: String) -> Outcome {
        guard let renameAt2 else { return .unsupported }
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
    }
}
