import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a write failed, in Dutch, with what to do: the one place where a system error of a write
/// (a full disk, a read-only file system, a missing permission) becomes words for the user.
public enum WriteFailureReason {
    /// The Dutch reason for the system error number `code` (`errno`).
    public static func text(errno code: Int32) -> String {
        switch code {
        case ENOSPC: "de schijf is vol (geen ruimte meer); maak ruimte vrij of kies een andere map"
        case EDQUOT: "de schijfruimte van deze gebruiker is op (quotum); maak ruimte vrij of kies een andere map"
        case EROFS: "het bestandssysteem is alleen-lezen; kies een map waarin geschreven mag worden"
        case EACCES, EPERM: "geen toestemming om hier te schrijven; kies een andere map of pas de rechten aan"
        case EIO: "de schijf gaf een invoer-/uitvoerfout; controleer de schijf en probeer het opnieuw"
        case ENOENT, ENOTDIR: "de map bestaat niet; maak haar eerst aan of kies een andere map"
        case EISDIR: "er staat een map met deze naam; kies een andere naam"
        case EFBIG: "het bestand wordt te groot voor dit bestandssysteem; kies een andere map"
        default: "systeemfout \(code) (\(String(cString: strerror(code))))"
        }
    }

    /// The Dutch reason for `error`, thrown by Foundation or by a system call: by its error number
    /// when it carries one, else its own description.
    public static func text(_ error: any Error) -> String {
        errorNumber(of: error).map { text(errno: $0) } ?? "\(error)"
    }

    /// The system error number `error` carries, if any (POSIX errors, and Cocoa file errors with
    /// an underlying POSIX error or a known meaning).
    static func errorNumber(of error: any Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return Int32(underlying.code)
        }
        guard nsError.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteNoPermission: return EACCES
        default: return nil
        }
    }
}
