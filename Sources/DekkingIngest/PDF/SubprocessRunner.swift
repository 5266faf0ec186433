import Foundation

/// Runs tools as child processes with a time limit and an output limit.
///
/// Standard output and standard error are read on their own threads while the process runs, so a
/// tool that fills one pipe cannot block; on timeout or excess output the process is terminated
/// (on timeout SIGTERM, then SIGKILL after a second; on excess output SIGKILL at once).
public struct SubprocessRunner: ToolRunner {
    /// The most virtual memory the tool may use, in bytes (`ulimit -v`, set by `/bin/sh` before it
    /// starts the tool); nil: no limit. A tool that needs more fails with its own out-of-memory
    /// message instead of taking the machine's memory.
    public var memoryLimit: Int?

    public init(memoryLimit: Int? = nil) { self.memoryLimit = memoryLimit }

    public func run(_ tool: String, arguments: [String], timeout: Int, outputLimit: Int) throws(ToolFailure)
        -> ToolOutput
    {
        guard let executable = Self.locate(tool) else { throw .notFound(tool: tool) }
        let process = Process()
        if let memoryLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "ulimit -v \(max(1, memoryLimit / 1024)) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .launchFailed(tool: tool, reason: error.localizedDescription)
        }
        let pid = process.processIdentifier
        let stdout = PipeCollector(out.fileHandleForReading, limit: outputLimit) {
            kill(pid, SIGKILL)
        }
        let stderr = PipeCollector(err.fileHandleForReading, limit: 65_536) {}
        stdout.start()
        stderr.start()

        var timedOut = false
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            timedOut = true
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(1)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        let outData = stdout.finish()
        let errData = stderr.finish()
        if timedOut { throw .timedOut(tool: tool, seconds: timeout) }
        if stdout.overflowed { throw .outputTooLarge(tool: tool, limit: outputLimit) }
        return ToolOutput(
            status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The executable for `tool`: the path itself if it contains a slash, else the first match on `PATH`.
    static func locate(_ tool: String) -> URL? {
        if tool.contains("/") {
            return FileManager.default.isExecutableFile(atPath: tool) ? URL(fileURLWithPath: tool) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }
}

/// Drains one pipe on a background thread, keeping at most `limit` bytes.
private final class PipeCollector: @unchecked Sendable {
    private let handle: FileHandle
    private let limit: Int
    private let onOverflow: @Sendable () -> Void
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()
    private var didOverflow = false

    init(_ handle: FileHandle, limit: Int, onOverflow: @escaping @Sendable () -> Void) {
        self.handle = handle
        self.limit = limit
        self.onOverflow = onOverflow
    }

    var overflowed: Bool { lock.withLock { didOverflow } }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                let overflowNow: Bool = lock.withLock {
                    guard !didOverflow else { return false }
                    if data.count + chunk.count > limit {
                        didOverflow = true
                        return true
                    }
                    data.append(chunk)
                    return false
                }
                if overflowNow { onOverflow() }
            }
            done.signal()
        }
    }

    /// Waits until the pipe is closed and returns what was kept.
    func finish() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
