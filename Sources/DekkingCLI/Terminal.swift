import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    static func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    static func write(_ data: Data) { FileHandle.standardOutput.write(data) }
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    /// Whether standard error is a terminal (progress bars only then).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
