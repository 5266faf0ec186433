import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A list of input paths for `--files-from`: one path per line, as `find … > lijst.txt` writes it.
///
/// Lines are taken whole (spaces inside a name stay), only a trailing carriage return is dropped,
/// and empty lines are skipped. Relative paths are relative to the current folder, as on the
/// command line. The list may be a pipe, as `--files-from <(find …)` gives: it is read to its end.
enum PathList {
    /// Why a list cannot be read.
    enum ReadError: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notUTF8(path: String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): lijst kan niet worden gelezen (\(reason))"
            case .notUTF8(let path): "\(path): lijst is geen UTF-8-tekst"
            }
        }
    }

    /// How a list is named in messages and run names: `stdin` for `-`.
    static func displayName(_ path: String) -> String { path == "-" ? "stdin" : path }

    /// The paths in the list at `path`; `-` reads standard input.
    static func read(_ path: String) throws(ReadError) -> [String] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw .unreadable(path: path, reason: "bestaat niet")
            }
            data = try contents(of: path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: displayName(path)) }
        return paths(in: text)
    }

    /// The largest list read, in bytes: far above any real list, and an end to reading a device
    /// such as `/dev/zero` that never ends.
    static let maxBytes = 64 << 20

    /// The bytes of the list at `path`, a file or a pipe, read to its end.
    private static func contents(of path: String) throws(ReadError) -> Data {
        // A blocking open: a pipe is read once its writer has opened it, as `cat` would.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(path: path, reason: "dit is een map") }
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                guard data.count <= maxBytes else {
                    throw ReadError.unreadable(path: path, reason: "groter dan \(maxBytes >> 20) MB")
                }
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return data
    }

    /// The Dutch reason for a failed system call with `code` (`errno`).
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "bestaat niet"
        case EACCES, EPERM: "geen leesrechten"
        default: String(cString: strerror(code))
        }
    }

    /// The non-empty lines of `text`, each without a trailing carriage return.
    static func paths(in text: String) -> [String] {
        // "\r\n" is one Character in Swift: split on it as well as on "\n".
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            let path = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            return path.isEmpty ? nil : path
        }
    }
}
