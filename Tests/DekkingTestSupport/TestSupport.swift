import Foundation

/// Paths of the repository, for tests that read shipped mappings, fixtures and sample inputs.
public enum TestPaths {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var mappings: URL { root.appendingPathComponent("Mappings") }
    public static var frameworkFile: URL { mappings.appendingPathComponent("frameworks/sfd-2021.yaml") }
    public static var inputs: URL { root.appendingPathComponent("Inputs") }
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// The built `dekking` executable of the current build configuration.
    public static var executable: URL {
        let bundle = Bundle.main.bundleURL  // .build/<config>/ for test runners
        let candidates = [
            bundle.appendingPathComponent("dekking"),
            bundle.deletingLastPathComponent().appendingPathComponent("dekking"),
            root.appendingPathComponent(".build/debug/dekking"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }
}

/// A fresh temporary directory, removed when the value is released by ``cleanUp()``.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dekking-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the directory and returns its URL.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    public func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

/// The outcome of running a command.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs the built `dekking` with `arguments` in `directory` (the repository root by default);
/// `input`, when given, is its standard input (at most 64 KiB, written before any output is read);
/// `executable` is another copy of the tool to run.
public func runDekking(
    _ arguments: [String], in directory: URL = TestPaths.root, input: Data? = nil,
    executable: URL = TestPaths.executable
) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = input.map { _ in Pipe() }
    if let stdin { process.standardInput = stdin }
    try process.run()
    if let stdin, let input {
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
    }
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs `executable` with `arguments` (and `environment`, default this process's) and returns
/// its exit status with its standard output and error together, read before waiting so that a
/// large output cannot block it.
public func runProgram(
    _ executable: URL, _ arguments: [String], environment: [String: String]? = nil
) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

/// The first executable file called `name` in a folder of `PATH`, if any.
public func executableOnPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
