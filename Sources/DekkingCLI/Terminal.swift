import DekkingCore
import Foundation

/// Writing to standard output and standard error.
///
/// Every text passes ``TerminalText``: control characters of file names and excerpts are shown
/// as escapes, never sent raw. Machine output (`write(_: Data)`, JSON) is written as it is.
enum Terminal {
    /// Text for standard output; its line breaks stay.
    static func write(_ text: String) { FileHandle.standardOutput.write(Data(TerminalText.safeLines(text).utf8)) }
    static func write(_ data: Data) { FileHandle.standardOutput.write(data) }
    /// A message for standard error; its line breaks stay, a newline is added.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.safeLines(text) + "\n").utf8))
    }
    /// One finding on one line of standard error: a newline in its file name or message is
    /// shown as `\n`, so one finding is always one line.
    static func report(_ finding: Finding) {
        FileHandle.standardError.write(Data((TerminalText.safe(finding.description) + "\n").utf8))
    }
    /// Whether standard error is a terminal (progress bars only then).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
