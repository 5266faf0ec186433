import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// The scalar fast paths must answer exactly as `Character` does; these tests check the facts that
/// make that so, over every scalar where that is cheap enough.
@Suite struct TextUnitTests {
    /// Every Unicode scalar value (surrogates have none).
    private static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))

    @Test func scalarsAnswerLikeTheirCharacters() {
        for scalar in Self.allScalars {
            let character = Character(scalar)
            #expect(scalar.isWhitespace == character.isWhitespace, "\(scalar.value)")
            #expect(scalar.isLetter == character.isLetter, "\(scalar.value)")
            #expect(scalar.isNumber == character.isNumber, "\(scalar.value)")
            #expect(scalar.isASCIIDigit == character.isASCIIDigit, "\(scalar.value)")
            if scalar.isASCII {
                #expect(scalar.isUppercase == character.isUppercase, "\(scalar.value)")
                #expect(scalar.isLowercase == character.isLowercase, "\(scalar.value)")
            }
        }
    }

    /// A simple scalar is a Character of its own next to any simple scalar, and no other scalar
    /// is the same Character (it is its own canonical composition).
    @Test func simpleScalarsAreCharactersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = [
            "a", " ", "\n", "\t", "é", "•", "–", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{3000}", "\u{85}",
        ]
        for scalar in Self.allScalars where scalar.isSimple {
            for neighbour in neighbours + [scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                #expect(String(pair).count == 2, "\(scalar.value) then \(neighbour.value)")
                pair = String.UnicodeScalarView()
                pair.append(neighbour)
                pair.append(scalar)
                #expect(String(pair).count == 2, "\(neighbour.value) then \(scalar.value)")
            }
            #expect(!scalar.properties.isGraphemeExtend, "\(scalar.value)")
            #expect(
                ![.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory),
                "\(scalar.value)")
            let composed = String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars
            #expect(composed.count == 1 && composed.first == scalar, "\(scalar.value)")
        }
        for scalar in Self.allScalars {
            // The byte-level check agrees with the scalar's, also between runs of eight ASCII bytes.
            #expect(String(scalar).isSimpleText == scalar.isSimple, "\(scalar.value)")
            #expect("Kop van \(scalar) het stuk".isSimpleText == scalar.isSimple, "\(scalar.value)")
        }
        #expect(!Unicode.Scalar(0x0D)!.isSimple)
        #expect(!Unicode.Scalar(0x212A)!.isSimple)
        #expect(!Unicode.Scalar(0x301)!.isSimple)
        #expect("Kop met ë, é, € en •".isSimpleText)
        #expect(!"e\u{301}".isSimpleText)
        #expect(!"a\r\nb".isSimpleText)
    }

    /// ``StructuralCode/mayBeginCode(_:)`` turns a line away on its first scalar alone: no other
    /// first scalar can be the Character `B`, `P`, `K`, `L`, `O` or `R`, or lowercase to the first
    /// letter of a label.
    @Test func codesCanOnlyStartWithTheAdmittedScalars() {
        let capitals: [Character] = ["B", "P", "K", "L", "O", "R"]
        let labelInitials: Set<Unicode.Scalar> = ["r", "b", "c", "l", "o", "m", "k"]
        for scalar in Self.allScalars where !StructuralCode.mayBeginCode(scalar) {
            #expect(!capitals.contains(Character(scalar)), "\(scalar.value)")
            let lowered = scalar.properties.lowercaseMapping.unicodeScalars.first
            #expect(!labelInitials.contains(lowered ?? " "), "\(scalar.value)")
        }
    }

    /// The three-byte test never turns away a line whose first word the full reading takes for a
    /// code, short prefix or label: tricky lines by hand, then random ones.
    @Test func thePrefixTestOnlyTurnsAwayLinesWithoutCodes() {
        func fullReading(_ line: String) -> Bool {
            StructuralCode.mayStartWithCode(token: StructuralCode.firstToken(of: line))
        }
        let lines = [
            "B1-K1-W2 Voert intake uit", "B1–K1 Kerntaak", "K0125 Keuzedeel", "P2-K1 Organiseert", "R2 Intake", "R12.1",
            "RG1: Advies", "BT1 Beroepstaak", "LU2.1 Leeruitkomst", "OE3 Onderwijseenheid", "Resultaatgebied 2: Intake",
            "RESULTAATGEBIED 3", "beroepstaak 1", "Competentie 4", "Leeruitkomst 2", "Onderwijseenheid 5", "Module 1",
            "MODULE 2", "Kerntaak 1", "kerntaak 2", "\u{212A}erntaak 1", "Re\u{301}sultaatgebied 2", "B\u{301}1-K1",
            "Rapporteert aan de teamleider", "Begeleidt cliënten", "Kennis van schulden", "Past methoden toe", "Regelt",
            "Legt contact", "Ondersteunt", "Maakt", "Coacht", "R", "B1", "BT", "Ke", "Rx2", "BT.", "R-2", "Res",
        ]
        for line in lines where !StructuralCode.mayStartByPrefix(line) {
            #expect(!fullReading(line), "\(line)")
        }
        var generator = SplitMix(seed: 125)
        let pieces = [
            "B", "K", "P", "R", "L", "O", "M", "C", "T", "U", "E", "G", "e", "s", "r", "o", "n", "d", "m", "1", "2",
            "0", "-", "–", ".", ":", " ", "\u{301}", "\u{212A}", "é", "(", "\t", "res", "ber", "com", "lee", "ond",
            "mod", "ker",
            "ultaatgebied", "oepstaak", "petentie", "ruitkomst", "erwijseenheid", "ule", "ntaak",
        ]
        var turnedAway = 0
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                line += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            guard !StructuralCode.mayStartByPrefix(line) else { continue }
            turnedAway += 1
            #expect(!fullReading(line), "\(line.debugDescription)")
        }
        #expect(turnedAway > 5_000)
    }

    /// The byte-level reading of the first token answers as the general one for every line it
    /// answers at all, and leaves every line with non-ASCII in its first token to the general one.
    @Test func theASCIIReadingOfTheFirstTokenAgreesWithTheGeneralOne() {
        func fullReading(_ line: String) -> Bool {
            StructuralCode.mayStartWithCode(token: StructuralCode.firstToken(of: line))
        }
        let lines = [
            "B1-K1-W2 Voert intake uit", "B1-K1-W2: titel", "B1-K1-W2(x)", "K0125", "K0125.", "K01256", "P2-K1",
            "P2-K1-",
            "B12-K34-W56", "B123-K1", "B1-K1-W2-X3", "R2", "R12.1", "R1.", "R123456", "RG1: Advies", "BT1", "LU2.1 x",
            "OE3", "Resultaatgebied 2", "RESULTAATGEBIED", "Resultaatgebied.", "beroepstaak", "Competentie:",
            "Module(1)",
            "KERNTAAK\t1", "Kerntaken", "Rapporteert", "Leerlingen", "Onderwijs", "Rx2", "BT.", "R-2", "R", "B1", "",
            "Kerntaak" + String(repeating: "x", count: 40), String(repeating: "K", count: 39) + "é", "Kerntaak\u{A0}1",
            "Ke\u{301}rntaak", "B1–K1 Kerntaak", "\u{212A}erntaak 1", "Module é", "Resultaatgebied\u{0B}2",
        ]
        var answered = 0
        for line in lines {
            guard let fast = StructuralCode.asciiMayStartWithCode(line) else {
                #expect(line.utf8.prefix(41).contains { $0 >= 0x80 }, "\(line.debugDescription)")
                continue
            }
            answered += 1
            #expect(fast == fullReading(line), "\(line.debugDescription)")
        }
        #expect(answered > 30)
        var generator = SplitMix(seed: 7)
        let pieces = [
            "B", "K", "P", "R", "L", "O", "W", "G", "T", "U", "E", "1", "2", "0", "-", ".", ":", " ", "(", "\t",
            "res", "RES", "ultaatgebied", "ber", "oepstaak", "mod", "ule", "ker", "ntaak", "é", "–",
        ]
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<(1 + Int(generator.next() % 7)) {
                line += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            if let fast = StructuralCode.asciiMayStartWithCode(line) {
                #expect(fast == fullReading(line), "\(line.debugDescription)")
            }
        }
    }

    @Test func fastLowercasingEqualsLowercasing() {
        for scalar in Self.allScalars {
            let text = "A" + String(scalar) + "z"
            #expect(
                Array(text.fastLowercased().unicodeScalars) == Array(text.lowercased().unicodeScalars),
                "\(scalar.value)")
        }
        for text in ["ÉÉN KOP", "ΟΔΟΣ", "İstanbul", "\u{212A}ERNTAAK", "ǅ", "ẞ"] {
            #expect(Array(text.fastLowercased().unicodeScalars) == Array(text.lowercased().unicodeScalars), "\(text)")
        }
    }

    /// Whitespace tidying as `Character`s define it: a space followed by a combining mark is one
    /// whitespace Character, a carriage return and line feed one line break.
    static let tidyingCases: [(input: String, trimmed: String, collapsed: String)] = [
        ("  Kop\u{A0}van\u{3000}het\tstuk\u{2028}", "Kop\u{A0}van\u{3000}het\tstuk", "Kop van het stuk"),
        (" \u{301}x \u{301}y \u{301}", "x \u{301}y", "x y"),
        ("\u{600} a ", "\u{600} a", "\u{600} a"),
        ("\r\n a\r\n", "a", "a"),
        ("\u{85}\u{2000}", "", ""),
        ("al netjes", "al netjes", "al netjes"),
    ]

    @Test(arguments: tidyingCases.indices)
    func tidiesWhitespaceByCharacters(_ index: Int) {
        let testCase = Self.tidyingCases[index]
        #expect(Array(testCase.input.trimmingWhitespace().unicodeScalars) == Array(testCase.trimmed.unicodeScalars))
        #expect(Array(testCase.input.collapsingWhitespace().unicodeScalars) == Array(testCase.collapsed.unicodeScalars))
    }

    @Test func splitsLinesAtLineFeedsCarriageReturnsAndPairs() {
        #expect(PlainTextParser.lines(of: "a\r\nb\rc\u{2028}d\n\re\n") == ["a", "b", "c\u{2028}d", "", "e", ""])
        #expect(PlainTextParser.lines(of: "") == [""])
    }

    /// Occurrences are searched from the left without overlapping, so an overlapping one hides the next.
    @Test(arguments: [
        ("ab-ab", "ab-ab-ab ab-ab", 2), ("aa", "aaa aa a aa-aa", 3),
        ("kerntaak", "kerntaak 1, kerntaken, de kerntaak", 2),
        ("wij zoeken", "wij zoeken wij zoekenden", 2),
    ])
    func countsCuesWithoutOverlap(_ phrase: String, _ text: String, _ expected: Int) {
        #expect(CueCounter().occurrences(of: phrase, in: text) == expected)
        #expect(CueCounter().occurrences(of: phrase, in: text, limit: 1) == 1)
    }
}
