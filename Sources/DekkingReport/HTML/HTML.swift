import Foundation

/// Small helpers for writing self-contained HTML: the page frame, escaping text and attributes,
/// and embedding JSON data so that no document text can end the `<script>` element that holds it.
enum HTML {
    /// A self-contained page in Dutch from `page.html`: the content-security policy that forbids
    /// every request, `title` (escaped here), the generator with `toolVersion`, `styles` inline and
    /// `body` (HTML) as the content of `<body>`.
    static func page(title: String, toolVersion: String, styles: String, body: String) -> String {
        Templates.page.render([
            "policy": contentSecurityPolicy, "toolVersion": escape(toolVersion), "title": escape(title),
            "styles": styles, "body": body,
        ])
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in double- or single-quoted attribute values.
    static func escape(_ text: String) -> String {
        // Most text has none of these characters: then it is its own escape.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// JSON text made safe inside `<script type="application/json">`.
    ///
    /// `<`, `>` and `&` only occur inside JSON strings, where `\u003c` and friends mean the same
    /// characters; so `</script>` or `<!--` in a document's text can never end or change the
    /// element. U+2028 and U+2029 are escaped too, for older JavaScript parsers.
    static func scriptSafeJSON(_ json: String) -> String { scriptSafeJSON(utf8: Array(json.utf8)) }

    /// ``scriptSafeJSON(_:)`` of UTF-8 bytes, byte by byte (U+2028 and U+2029 are `E2 80 A8/A9`).
    private static func scriptSafeJSON(utf8 bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x3C: out += Array("\\u003c".utf8)
            case 0x3E: out += Array("\\u003e".utf8)
            case 0x26: out += Array("\\u0026".utf8)
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Encodes `value` as compact JSON with sorted keys (the same value always gives the same text),
    /// made safe for a `<script>` element.
    static func embeddedJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return scriptSafeJSON(utf8: Array(try encoder.encode(value)))
    }

    /// A percentage for people: `0.724` → `72%`.
    static func percent(_ score: Double) -> String {
        let value = Int((max(0, min(1, score)) * 100).rounded())
        return "\(value)%"
    }

    /// The Content-Security-Policy of every page: inline styles and scripts only, no network at all.
    static let contentSecurityPolicy = HTMLReport.offlinePolicy
}

extension HTMLReport {
    /// The content-security policy every page is written with: inline styles and scripts only, no
    /// network at all.
    public static let offlinePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The policy of a page served by `dekking review`: the same, except that the page may send
    /// requests to the server it came from.
    public static let reviewPolicy = offlinePolicy + "; connect-src 'self'"
}
