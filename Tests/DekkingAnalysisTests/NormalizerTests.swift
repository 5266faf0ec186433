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
}
