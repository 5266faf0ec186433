import Foundation
import Testing

@testable import DekkingReport

/// HTML, script-safe JSON and Markdown escaping: text without special characters comes back as
/// it is, and every special character is escaped wherever it stands.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("gewone tekst, met ë en ĳ", "gewone tekst, met ë en ĳ"),
        ("", ""),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("\"citaat\" en 'zo'", "&quot;citaat&quot; en &#39;zo&#39;"),
        ("<script>", "&lt;script&gt;"),
    ])
    func html(text: String, expected: String) {
        #expect(HTML.escape(text) == expected)
    }

    @Test(arguments: [
        (#"{"t":"gewoon"}"#, #"{"t":"gewoon"}"#),
        (#"{"t":"</script><!--"}"#, #"{"t":"\u003c/script\u003e\u003c!--"}"#),
        (#"{"t":"a & b"}"#, #"{"t":"a \u0026 b"}"#),
        ("{\"t\":\"r\u{2028}s\u{2029}\"}", #"{"t":"r\u2028s\u2029"}"#),
        ("{\"t\":\"\u{2026}\u{2030}é\"}", "{\"t\":\"\u{2026}\u{2030}é\"}"),
        ("\u{E2}", "\u{E2}"),
    ])
    func scriptSafeJSON(json: String, expected: String) {
        #expect(HTML.scriptSafeJSON(json) == expected)
    }

    /// Every string of special and plain pieces: the fast path agrees with escaping piece by piece.
    @Test func escapesAgreeWithTheirDefinitionOnRandomText() {
        let pieces = [
            "a", "é", " ", "<", ">", "&", "\"", "'", "*", "_", "`", "[", "]", "|", "\\", "\n", "\r\n", "\u{2028}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let chosen = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            let text = chosen.joined()
            #expect(HTML.escape(text) == chosen.map(Self.html).joined(), "\(text)")
            #expect(MarkdownText.escape(text) == chosen.map(Self.markdown).joined(), "\(text)")
        }
    }

    private static func html(_ piece: String) -> String {
        ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"][piece] ?? piece
    }

    private static func markdown(_ piece: String) -> String {
        if ["\n", "\r\n"].contains(piece) { return " " }
        return ["<", ">", "*", "_", "`", "[", "]", "|", "\\"].contains(piece) ? "\\" + piece : piece
    }
}
