import Foundation
import Testing

@testable import DekkingAnalysis

@Suite struct NormalizerTests {
    let normalizer = TextNormalizer()

    func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(normalizer.normalize(text).chars))
    }

    @Test(arguments: [
        ("Cliënt", "client"),
        ("beïnvloeden", "beinvloeden"),
        ("financiële", "financiele"),
        ("ZELFREDZAAMHEID", "zelfredzaamheid"),
        ("financie\u{0308}le", "financiele"),  // NFD input folds like NFC
        ("ﬁnanciën", "financien"),
        ("schuld\u{00AD}hulp", "schuldhulp"),  // soft hyphen removed
        ("sociaal‐financieel", "sociaal-financieel"),  // U+2010 hyphen
        ("“cliënt’s”", "\"client's\""),
        ("Ĳsselstein", "ijsselstein"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(folded(input) == expected)
    }

    @Test(arguments: ["Cliënt", "cli\u{0065}\u{0308}nt", "beïnvloedt", "😀 cliënt", "ﬁnanciën", "a\u{00AD}b"])
    func offsetsPointIntoTheOriginal(_ input: String) {
        let text = normalizer.normalize(input)
        #expect(text.chars.count == text.sourceStart.count)
        #expect(text.utf16Offset(ofScalar: text.source.count) == input.utf16.count)
        for index in text.chars.indices {
            #expect(text.sourceStart[index] < text.sourceEnd[index])
            #expect(text.sourceEnd[index] <= text.source.count)
        }
    }

    @Test func tokensQuoteTheOriginalWord() {
        let text = "De Cli\u{0065}\u{0308}nt (beïnvloed) en 😀 ﬁnanciële zorgen."
        let analysis = Fixture.analyzer.analysis(of: text)
        let originals = analysis.words.map { Fixture.substring(text, $0.start, $0.end) }
        #expect(originals == ["De", "Cli\u{0065}\u{0308}nt", "beïnvloed", "en", "ﬁnanciële", "zorgen"])
        #expect(analysis.words.map(\.original) == originals)
        #expect(analysis.words[1].folded == "client")
    }

    /// Inputs whose folding is not one character per scalar, or whose UTF-16 offsets are not the
    /// scalar indices; pinned map renderings (folded text, source starts and ends, UTF-16 offsets) in `mapExpected`.
    static let mapInputs = [
        "Cliënt", "cli\u{0065}\u{0308}nt", "\u{0308}a", "a\u{0308}\u{0301}b", "😀 cliënt 😀x", "ﬁnanciën", "a\u{00AD}b",
        "Straße … “ĳs”", "\u{FEFF}é\u{200B}😀\u{0301}z", "",
    ]

    static func renderMap(_ text: NormalizedText) -> String {
        let chars = String(String.UnicodeScalarView(text.chars))
        let offsets = (0...text.source.count).map { String(text.utf16Offset(ofScalar: $0)) }
        return "\(chars)|\(text.sourceStart)|\(text.sourceEnd)|\(offsets.joined(separator: ","))|\(text.utf16Offsets)"
    }

    static let mapExpected = [
        #"client|[0, 1, 2, 3, 4, 5]|[1, 2, 3, 4, 5, 6]|0,1,2,3,4,5,6|[0, 1, 2, 3, 4, 5, 6]"#,
        #"client|[0, 1, 2, 3, 5, 6]|[1, 2, 3, 5, 6, 7]|0,1,2,3,4,5,6,7|[0, 1, 2, 3, 4, 5, 6, 7]"#,
        #"a|[1]|[2]|0,1,2|[0, 1, 2]"#,
        #"ab|[0, 3]|[3, 4]|0,1,2,3,4|[0, 1, 2, 3, 4]"#,
        #"😀 client 😀x|[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]|[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]|0,2,3,4,5,6,7,8,9,10,12,13|[0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]"#,
        #"financien|[0, 0, 1, 2, 3, 4, 5, 6, 7]|[1, 1, 2, 3, 4, 5, 6, 7, 8]|0,1,2,3,4,5,6,7,8|[0, 1, 2, 3, 4, 5, 6, 7, 8]"#,
        #"ab|[0, 2]|[1, 3]|0,1,2,3|[0, 1, 2, 3]"#,
        #"strasse ... "ijs"|[0, 1, 2, 3, 4, 4, 5, 6, 7, 7, 7, 8, 9, 10, 10, 11, 12]|[1, 2, 3, 4, 5, 5, 6, 7, 8, 8, 8, 9, 10, 11, 11, 12, 13]|0,1,2,3,4,5,6,7,8,9,10,11,12,13|[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]"#,
        #"e😀z|[1, 3, 5]|[2, 5, 6]|0,1,2,3,5,6,7|[0, 1, 2, 3, 5, 6, 7]"#,
        #"|[]|[]|0|[0]"#,
    ]

    @Test func mapsAreUnchanged() {
        for (input, expected) in zip(Self.mapInputs, Self.mapExpected) {
            #expect(Self.renderMap(normalizer.normalize(input)) == expected, "\(input.unicodeScalars.map(\.value))")
        }
    }

    @Test func recordsMapsWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["DEKKING_MAP_OUT"] else { return }
        let lines = Self.mapInputs.map { Self.renderMap(normalizer.normalize($0)) }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
