/// Who may talk to the review server: only a page it served itself, on this machine, in this
/// session. The server listens on 127.0.0.1 only; on top of that every request must
///
/// - name the server itself as `Host` (`127.0.0.1:<port>` or `localhost:<port>`), so a web page
///   cannot reach it through a DNS name that points at 127.0.0.1 (DNS rebinding);
/// - carry the session's token (`?token=` on the first page load, then the `X-Dekking-Token`
///   header), which only the person who started the server has;
/// - for a write, come from the server's own `Origin`, and never from another site
///   (`Sec-Fetch-Site` other than `same-origin` or `none`), so another page open in the same
///   browser cannot send decisions.
public struct RequestGuard: Sendable {
    public let port: Int
    public let token: String

    public init(port: Int, token: String) {
        self.port = port
        self.token = token
    }

    /// A new random token: 32 bytes from the system's secure generator, as hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format2: UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private var ownHosts: Set<String> { ["127.0.0.1:\(port)", "localhost:\(port)"] }

    /// Refuses a request whose headers (lower-case names) or `token` do not fit, with the
    /// status and the reason.
    public func check(headers: [String: String], token offered: String?, writes: Bool) throws(ReviewRefusal) {
        guard let host = headers["host"]?.lowercased(), ownHosts.contains(host) else {
            throw ReviewRefusal(403, "verzoek geweigerd: onbekende Host")
        }
        if let origin = headers["origin"]?.lowercased() {
            guard ownHosts.contains(where: { "http://\($0)" == origin }) else {
                throw ReviewRefusal(403, "verzoek geweigerd: het komt van een andere website (\(origin.prefix(80)))")
            }
        } else if writes {
            throw ReviewRefusal(
                403, "verzoek geweigerd: een beslissing moet van de eigen pagina komen (Origin ontbreekt)")
        }
        if let site = headers["sec-fetch-site"]?.lowercased(), site != "same-origin", site != "none" {
            throw ReviewRefusal(403, "verzoek geweigerd: het komt van een andere website")
        }
        guard let offered, Self.equalInConstantTime(offered, token) else {
            throw ReviewRefusal(401, "verzoek geweigerd: de sleutel van deze sessie ontbreekt of klopt niet")
        }
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the token.
    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}

extension String {
    /// Two lower-case hex digits.
    fileprivate init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }
}
