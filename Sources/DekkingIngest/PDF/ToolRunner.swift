import Foundation

/// What an external tool produced.
public struct ToolOutput: Hashable, Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String

    public init(status: Int32, stdout: Data, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Why an external tool could not deliver its output.
public enum ToolFailure: Error, Hashable, Sendable {
    /// The tool is not installed (not found on `PATH`).
    case notFound(tool: String)
    /// The tool could not be started.
    case launchFailed(tool: String, reason: String)
    /// The tool ran longer than allowed and was killed.
    case timedOut(tool: String, seconds: Int)
    /// The tool wrote more than allowed on standard output and was killed.
    case outputTooLarge(tool: String, limit: Int)
}

/// Runs an external program. Injectable so that readers can be tested without the program, or
/// with output the program would give for inputs that are hard to make (such as an encrypted PDF).
public protocol ToolRunner: Sendable {
    /// Runs `tool` (a name looked up on `PATH`, or a path) with `arguments`.
    /// - Parameters:
    ///   - timeout: seconds after which the tool is killed.
    ///   - outputLimit: bytes of standard output after which the tool is killed.
    func run(_ tool: String, arguments: [String], timeout: Int, outputLimit: Int) throws(ToolFailure) -> ToolOutput
}
