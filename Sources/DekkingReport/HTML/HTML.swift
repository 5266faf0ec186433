import Foundation

/// Small helpers for writing self-contained HTML by hand: escaping text and attributes, and
/// embedding JSON data so that no document text can end the `<script>` element that holds it.
enum HTML {
    /// The start of a self-contained page in Dutch, up to and including `<body>` and a line break:
    /// the content-security policy that forbids every request, `title` (escaped here), the
    /// generator with `toolVersion`, and `styles` inline.
    static func pageStart(title: String, toolVersion: String, styles: String) -> String {
        """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="generator" content="Dekking \(escape(toolVersion))">
        <title>\(escape(title))</title>
        <style>\(styles)</style>
        </head>
        <body>

        """
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in double- or single-quoted attribute values.
    static func escape(_ text: String) -> String {
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
    static func scriptSafeJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Encodes `value` as compact JSON with sorted keys (the same value always gives the same text),
    /// made safe for a `<script>` element.
    static func embeddedJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return scriptSafeJSON(String(decoding: data, as: UTF8.self))
    }

    /// A percentage for people: `0.724` → `72%`.
    static func percent(_ score: Double) -> String {
        let value = Int((max(0, min(1, score)) * 100).rounded())
        return "\(value)%"
    }

    /// The Content-Security-Policy of every page: inline styles and scripts only, no network at all.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
}
