import Foundation

/// A list of input paths for `--files-from`: one path per line, as `find … > lijst.txt` writes it.
///
/// Lines are taken whole (spaces inside a name stay), only a trailing carriage return is dropped,
/// and empty lines are skipped. Relative paths are relative to the current folder, as on the
/// command line.
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
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: displayName(path)) }
        return paths(in: text)
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
