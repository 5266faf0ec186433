import DekkingCore
import Testing

/// `TerminalText`, the one place that makes text safe for a terminal (file names reach it
/// through the readers' findings).
@Suite struct TerminalTextSafeTests {
    @Test(arguments: [
        ("\u{1B}[31mrood.txt", "\\e[31mrood.txt"),
        ("regel\nbreuk\r.txt", "regel\\nbreuk\\r.txt"),
        ("tab\there", "tab\\there"),
        ("nul\u{0}bel\u{07}del\u{7F}", "nul\\0bel\\u{7}del\\u{7F}"),
        ("c1\u{9B}31m", "c1\\u{9B}31m"),
        ("omgekeerd\u{202E}txt.exe", "omgekeerd\\u{202E}txt.exe"),
        ("gewoon café-€ \\pad", "gewoon café-€ \\pad"),
    ])
    func controlsBecomeVisibleEscapes(_ raw: String, _ shown: String) {
        #expect(TerminalText.safe(raw) == shown)
    }

    @Test func safeLinesKeepsLineBreaksOnly() {
        #expect(TerminalText.safeLines("eerste \u{1B}[2J\ntweede\r\n") == "eerste \\e[2J\ntweede\\r\n")
        #expect(TerminalText.safeLines("zonder meer") == "zonder meer")
    }
}
