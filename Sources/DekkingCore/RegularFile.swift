import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens a path for reading only when it is a regular file: opened with `O_NONBLOCK` (a FIFO
/// or a device never blocks the open) and checked with `fstat` on the opened descriptor (so a
/// file swapped between check and read is still refused), before a byte is read.
public enum RegularFile {
    /// Why a path was not opened, in Dutch, for a finding.
    public enum Refusal: Error, Equatable, Sendable {
        /// Opening failed; the text is the system's reason.
        case unopenable(String)
        /// The path is not a regular file (FIFO, device, socket or folder); the text names the kind.
        case notRegular(String)

        /// The Dutch description of the refusal.
        public var message: String {
            switch self {
            case .unopenable(let reason): return "het bestand kan niet worden geopend (\(reason))"
            case .notRegular(let kind): return "geen gewoon bestand maar \(kind); niet gelezen"
            }
        }
    }

    /// A read-only handle on the regular file at `path`, or the reason it was refused.
    public static func openForReading(_ path: String) -> Result<FileHandle, Refusal> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unopenable(String(cString: strerror(errno)))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(.unopenable(reason))
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            return .failure(.notRegular(kindName(kind)))
        }
        // Reading from a regular file never blocks; clear the flag so reads behave as usual.
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return .success(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    static func kindName(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: return "een FIFO (named pipe)"
        case S_IFCHR: return "een apparaat (character device)"
        case S_IFBLK: return "een apparaat (block device)"
        case S_IFSOCK: return "een socket"
        case S_IFDIR: return "een map"
        default: return "een speciaal bestand"
        }
    }
}
