import Foundation

/// One temporary file per fuzzing process, rewritten with every input, for the readers that only
/// read from a file. It is removed when the process exits normally; a crashing run leaves it behind
/// in the system's temporary folder (one file per process, named after the process id).
public final class ScratchFile: @unchecked Sendable {
    /// The file's location; the name ends in `.<ext>` so readers that look at the extension see
    /// the format they expect.
    public let url: URL

    public init(ext: String) {
        let name = "dekking-fuzz-\(ProcessInfo.processInfo.processIdentifier).\(ext)"
        url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        ScratchFile.registerRemoval(of: url)
    }

    /// Replaces the file's contents with `size` bytes from `data`; returns the file's location.
    public func write(_ data: UnsafePointer<UInt8>, _ size: Int) -> URL {
        let bytes = Data(bytes: data, count: size)
        do {
            try bytes.write(to: url)
        } catch {
            fatalError("the scratch file cannot be written: \(error)")
        }
        return url
    }

    nonisolated(unsafe) private static var removals: [URL] = []

    private static func registerRemoval(of url: URL) {
        if removals.isEmpty {
            atexit {
                for url in ScratchFile.removals { try? FileManager.default.removeItem(at: url) }
            }
        }
        removals.append(url)
    }
}

/// The fuzzer's input as text: the bytes read as UTF-8, invalid sequences as U+FFFD, the way the
/// readers read a tool's output.
public func inputText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// The repository's `Mappings/` folder: `DEKKING_MAPPINGS` when set, else the one next to this
/// package (found from this source file's place at build time).
public func mappingsFolder() -> URL {
    if let folder = ProcessInfo.processInfo.environment["DEKKING_MAPPINGS"] {
        return URL(fileURLWithPath: folder, isDirectory: true)
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Mappings", isDirectory: true)
}
