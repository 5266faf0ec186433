import Testing

@testable import DekkingMatching

/// A key phrase counts only when its own word forms occur in the text (``SurfaceWords``).
@Suite struct SurfaceWordsTests {
    static let text = SurfaceWords(
        text:
            "Zij bespreekt alle leefgebieden, signaleert schulden vroeg en legt dossiers aan bij de Schuldhulpverlening. Café-overleg."
    )

    @Test(arguments: [
        ("lef", false),  // the Snowball stem of "leef" in "leefgebieden" is "lef"
        ("leefgebied", true),  // inside a compound of the text
        ("signaleren", true),  // inflection: the text has "signaleert"
        ("schuld", true),  // inside "schulden" and "schuldhulpverlening"
        ("dossiervorming", false),  // only "dossiers" occurs
        ("dossier", true),
        ("cafe", true),  // diacritics folded
        ("de", true),
        ("ee", false),  // a short word must start a word of the text
    ])
    func aWordCountsOnlyInItsOwnForms(word: String, expected: Bool) {
        #expect(Self.text.contains(word: word) == expected)
    }

    @Test func aPhraseNeedsEveryWord() {
        #expect(Self.text.contains(phrase: "schulden signaleren"))
        #expect(!Self.text.contains(phrase: "schulden voorkomen"))
        #expect(!Self.text.contains(phrase: ""))
    }
}
