import DekkingMatching
import FlyingFox
import FlyingSocks
import Foundation

/// The local review server of `dekking review`: it serves one run's report with decision
/// buttons and writes each decision to the reviewer's overrides file (``DecisionLog``).
///
/// It listens on 127.0.0.1 only, on a free port, and answers three fixed routes; no part of a
/// request ever names a file. Every request passes ``RequestGuard`` first.
///
/// - `GET /?token=…`: the page (``ReviewPage``).
/// - `GET /beslissingen`: this reviewer's decisions so far and the warnings about the overrides,
///   as JSON.
/// - `POST /beslissingen`: one decision (``ReviewDecision``); the answer is the row written.
public actor ReviewServer {
    public struct Content: Sendable {
        /// The run's report.html.
        public var report: String
        public var items: ReviewItems
        /// Warnings about the overrides (unknown documents or items, conflicts, bad rows), shown
        /// on the page.
        public var warnings: [String]

        public init(report: String, items: ReviewItems, warnings: [String]) {
            self.report = report
            self.items = items
            self.warnings = warnings
        }
    }

    private let content: Content
    private let log: DecisionLog
    private let token: String
    private let server: HTTPServer

    /// A server for `content` writing to `log`, on `port` of 127.0.0.1 (0: a free port).
    public init(content: Content, log: DecisionLog, port: UInt16 = 0, token: String = RequestGuard.newToken()) throws {
        self.content = content
        self.log = log
        self.token = token
        self.server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled)
    }

    /// Serves until the task is cancelled or ``stop()`` is called.
    public func run() async throws {
        let server = self.server
        let handler = ReviewHandler(content: content, log: log, token: token) { await server.listeningPort }
        await server.appendRoute("*") { request in await handler.respond(to: request) }
        try await server.run()
    }

    /// Starts listening in the background and returns the address to open, with the token.
    public func start() async throws -> (task: Task<Void, any Error>, address: String) {
        let task = Task { try await self.run() }
        try await server.waitUntilListening(timeout: 10)
        guard let port = await server.listeningPort else { throw ReviewRefusal(500, "de server luistert niet") }
        return (task, "http://127.0.0.1:\(port)/?token=\(token)")
    }

    public func stop() async { await server.stop(timeout: 1) }
}

extension HTTPServer {
    /// The port it listens on, once it does.
    var listeningPort: Int? {
        if case .ip4(_, let port) = listeningAddress { return Int(port) }
        return nil
    }
}
