import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client over a raw TCP socket, so a test can send exactly the bytes it
/// wants (a foreign Host, a forged Origin, an oversized body) to the review server.
enum HTTPProbe {
    struct Answer {
        var status: Int
        var body: String
    }

    /// Sends `request` (the whole request, head and body) to `address`:`port` and reads the
    /// answer until the server closes or `Content-Length` bytes arrived.
    static func send(_ request: String, port: Int, address: String = "127.0.0.1") -> Answer? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, address, &target.sin_addr)
        let connected = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if n <= 0 { break }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received += buffer[0..<n]
            if let answer = parse(received), answer.complete { return answer.answer }
        }
        return parse(received)?.answer
    }

    private static func parse(_ bytes: [UInt8]) -> (answer: Answer, complete: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<split.lowerBound]
        let body = String(text[split.upperBound...])
        let parts = head.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
        return (Answer(status: status, body: body), length.map { body.utf8.count >= $0 } ?? false)
    }

    /// A request for the review server at `port`, as its own page would send it unless told otherwise.
    static func request(
        _ method: String, _ path: String, port: Int, token: String?, body: String = "",
        host: String? = nil, origin: String? = nil
    ) -> String {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: \(host ?? "127.0.0.1:\(port)")", "Connection: close"]
        if let token { lines.append("X-Dekking-Token: \(token)") }
        if let origin { lines.append("Origin: \(origin)") }
        if method == "POST" {
            lines.append("Content-Type: application/json")
            lines.append("Content-Length: \(body.utf8.count)")
        }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }
}
