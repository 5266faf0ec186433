import DekkingMatching
import FlyingFox
import Foundation

/// Answers the review server's requests (see ``ReviewServer`` for the routes). Every request is
/// checked by ``RequestGuard`` before anything else; a refusal is a JSON `{"fout": …}` with its
/// status, and nothing is written.
struct ReviewHandler: Sendable {
    let content: ReviewServer.Content
    let log: DecisionLog
    let token: String
    /// The port the server listens on (the guard checks `Host` and `Origin` against it).
    let port: @Sendable () async -> Int?

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        do {
            return try await route(request)
        } catch {
            return Self.json(["fout": error.message], status: error.status)
        }
    }

    private func route(_ request: HTTPRequest) async throws(ReviewRefusal) -> HTTPResponse {
        guard let port = await port() else { throw ReviewRefusal(503, "de server start nog") }
        let gate = RequestGuard(port: port, token: token)
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        let writes = request.method != .GET && request.method != .HEAD
        let offered = headers["x-dekking-token"] ?? request.query.first { $0.name == "token" }?.value
        try gate.check(headers: headers, token: offered, writes: writes)
        switch (request.method, request.path) {
        case (.GET, "/"):
            return try page(port: port)
        case (.GET, "/beslissingen"):
            return await decisions()
        case (.POST, "/beslissingen"):
            return try await record(request)
        case (_, "/"), (_, "/beslissingen"):
            throw ReviewRefusal(405, "deze methode wordt hier niet gebruikt")
        default:
            throw ReviewRefusal(404, "onbekend adres")
        }
    }

    private func page(port: Int) throws(ReviewRefusal) -> HTTPResponse {
        let config = [
            "endpoint": "/beslissingen", "token": token, "reviewer": log.reviewer, "file": log.url.lastPathComponent,
        ]
        do {
            let page = try ReviewPage.served(report: content.report, config: config)
            return HTTPResponse(
                statusCode: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                    HTTPHeader("X-Frame-Options"): "DENY", HTTPHeader("Referrer-Policy"): "no-referrer",
                ], body: Data(page.utf8))
        } catch {
            throw ReviewRefusal(500, error.message)
        }
    }

    private func decisions() async -> HTTPResponse {
        let rows = await log.decisions.map(Self.object)
        return Self.json(["beslissingen": rows, "waarschuwingen": content.warnings], status: 200)
    }

    private func record(_ request: HTTPRequest) async throws(ReviewRefusal) -> HTTPResponse {
        if let length = request.bodySequence.count, length > ReviewDecision.maximumBodyBytes {
            throw ReviewRefusal(413, "het verzoek is te groot (meer dan \(ReviewDecision.maximumBodyBytes) bytes)")
        }
        let body: Data
        do {
            body = try await Self.read(request.bodySequence, limit: ReviewDecision.maximumBodyBytes)
        } catch {
            throw error as? ReviewRefusal ?? ReviewRefusal(400, "het verzoek kon niet worden gelezen")
        }
        let decision = try ReviewDecision(json: body, items: content.items)
        do {
            let row = try await log.record(decision)
            return Self.json(["opgeslagen": Self.object(row)], status: 200)
        } catch {
            throw ReviewRefusal(507, "de beslissing is niet opgeslagen: \(error.description)")
        }
    }

    /// The body, refused once it passes `limit` bytes (also without a Content-Length).
    private static func read(_ body: HTTPBodySequence, limit: Int) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            data.append(chunk)
            if data.count > limit { throw ReviewRefusal(413, "het verzoek is te groot (meer dan \(limit) bytes)") }
        }
        return data
    }

    static func object(_ row: OverrideFile.Row) -> [String: String] {
        [
            "document": row.document, "item": row.item, "decision": row.entry.decision.rawValue,
            "note": row.entry.note ?? "", "reviewer": row.entry.reviewer ?? "", "decided": row.entry.decided ?? "",
        ]
    }

    static func json(_ value: [String: Any], status: Int) -> HTTPResponse {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data("{}".utf8)
        return HTTPResponse(
            statusCode: HTTPStatusCode(status, phrase: phrase(status)),
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"], body: data)
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        case 503: "Service Unavailable"
        case 507: "Insufficient Storage"
        default: "Error"
        }
    }
}
