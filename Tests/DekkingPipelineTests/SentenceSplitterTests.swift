import DekkingCore
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

/// The one sentence splitter with the shipped abbreviations, by example and against a plain
/// `Character`-based statement of its rules.
@Suite struct SentenceSplitterTests {
    static let splitter: SentenceSplitter = {
        do {
            return try LoadedMappings.sentenceSplitter(mappings: TestPaths.mappings)
        } catch {
            fatalError("the shipped abbreviations must load: \(error)")
        }
    }()

    static let examples: [(text: String, sentences: [String])] = [
        ("Eerste zin. Tweede zin.", ["Eerste zin.", "Tweede zin."]),
        ("Zie bijv. de nota. Daarna verder.", ["Zie bijv. de nota.", "Daarna verder."]),
        ("Het is 3.5 procent. dat klopt", ["Het is 3.5 procent. dat klopt"]),
        ("J. de Vries komt. Hij belt.", ["J. de Vries komt.", "Hij belt."]),
        ("Kop\nTekst van de alinea", ["Kop", "Tekst van de alinea"]),
        ("Tekst.\n12.\n- \nMeer", ["Tekst.", "Meer"]),
        ("Wat nu? Dat weten we! Klaar", ["Wat nu?", "Dat weten we!", "Klaar"]),
        ("De cliënt betaalt. Één keer per maand.", ["De cliënt betaalt.", "Één keer per maand."]),
        ("De cliënt betaalt. één keer per maand.", ["De cliënt betaalt. één keer per maand."]),
        ("Zin één.\u{00A0}Zin twee.", ["Zin één.", "Zin twee."]),
        ("Budget (o.a. huur) Verder.", ["Budget (o.a. huur) Verder."]),
        ("Regel (zie art. 3) Volgt.", ["Regel (zie art. 3) Volgt."]),
        ("  \n\t ", []),
        ("", []),
        ("Einde met spatie .  Nieuwe zin", ["Einde met spatie .", "Nieuwe zin"]),
        ("Dit is het eind.", ["Dit is het eind."]),
        ("Budgetcoach (m/v). Werkt 32 uur.", ["Budgetcoach (m/v).", "Werkt 32 uur."]),
    ]

    @Test(arguments: examples)
    func splitsLikeTheExample(_ example: (text: String, sentences: [String])) {
        #expect(Self.splitter.sentences(example.text) == example.sentences)
    }

    /// Every abbreviation of `Mappings/analysis/abbreviations.tsv` (the tokeniser's list) keeps a
    /// sentence whole, whatever its case.
    @Test func noSentenceEndsAfterAnAbbreviationOfTheMappings() throws {
        let keys = try String(
            contentsOf: TestPaths.mappings.appendingPathComponent("analysis/abbreviations.tsv"), encoding: .utf8
        )
        .split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("\t") }
        .map { String($0.split(separator: "\t")[0]) }
        #expect(keys.count >= 40)
        for key in keys where key.hasSuffix(".") {
            for written in [key, key.uppercased()] {
                let text = "Zie \(written) Jansen voor de regels. Daarna verder."
                #expect(Self.splitter.sentences(text) == ["Zie \(written) Jansen voor de regels.", "Daarna verder."])
            }
        }
        // Without the list, the same text is cut after the abbreviation.
        #expect(SentenceSplitter().sentences("Zie bijv. Jansen.").count == 2)
    }

    /// The pieces are the text cut, nothing lost: joined, they are the text again.
    @Test func thePiecesAreTheWholeText() {
        for (text, _) in Self.examples {
            #expect(Self.splitter.pieces(text).joined() == text, "\(text.debugDescription)")
        }
        #expect(Self.splitter.pieces("Een. Twee.\n\nDrie") == ["Een.", " Twee.", "\n", "\n", "Drie"])
    }

    /// Random texts from Dutch words, abbreviations, marks and several kinds of white space give
    /// the same sentences as the rules stated on `Character`s.
    @Test func agreesWithTheCharacterRules() {
        let pieces = [
            "de", "cliënt", "Cliënt", "schuld", "Budget", "bijv.", "o.a.", "J.", "nr.", "art.", "één", "Één", "ß",
            "(", ")", "\"", ".", "!", "?", ",", "3.5", "t.b.v.", "Ärger", "é", "ĳ", "x.",
        ]
        let spaces = [" ", " ", " ", "\n", "\t", "\u{00A0}", "  ", "\u{2003}", ""]
        var generator = SplitMix(seed: 20_211)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 24) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                text += spaces[Int(generator.next() % UInt64(spaces.count))]
            }
            #expect(Self.splitter.sentences(text) == CharacterRules.sentences(text), "\(text.debugDescription)")
        }
    }
}

/// The splitter's rules written plainly on `Character`s: the specification the byte-level
/// implementation must agree with.
private enum CharacterRules {
    static let abbreviations = SentenceSplitterTests.splitter.abbreviations

    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            current.append(c)
            if c == "\n" || ((c == "." || c == "!" || c == "?") && endsSentence(characters, at: i, current: current)) {
                flush(&current, into: &result)
            }
        }
        flush(&current, into: &result)
        return result
    }

    private static func endsSentence(_ chars: [Character], at i: Int, current: String) -> Bool {
        let next = i + 1 < chars.count ? chars[i + 1] : " "
        guard next.isWhitespace || next == "\"" || next == ")" else { return false }
        var j = i + 1
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        if j < chars.count, let first = chars[j].unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) {
            return false
        }
        guard chars[i] == "." else { return true }
        let word =
            current.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map(String.init) ?? ""
        let bare = word.lowercased()
        return bare.count > 1 && !abbreviations.contains(bare)
    }

    private static func flush(_ current: inout String, into result: inout [String]) {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains(where: { $0.isLetter }) { result.append(trimmed) }
        current = ""
    }
}
