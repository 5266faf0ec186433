import Testing

@testable import DekkingAnalysis

@Suite struct DecompounderTests {
    let analyzer = Fixture.analyzer

    func parts(_ word: String) -> [String] {
        analyzer.decompounder?.parts(of: word) ?? []
    }

    @Test(arguments: [
        ("schuldhulpverlening", ["schuld", "hulp", "verlening", "hulpverlening"]),
        ("budgetbeheer", ["budget", "beheer"]),
        ("ervaringsdeskundige", ["ervaring", "deskundige"]),
        ("beschermingsbewind", ["bescherming", "bewind"]),
        ("risicofactoren", ["risico", "factoren"]),
        ("kwaliteitsbewust", ["kwaliteit", "bewust"]),
        ("leefgebieden", ["leef", "gebieden"]),
        ("cliëntdossier", ["cliënt", "dossier"]),
    ])
    func splitsCompounds(_ word: String, _ expected: [String]) throws {
        try #require(Fixture.hunspell != nil, "hunspell-nl is nodig")
        #expect(parts(word) == expected)
    }

    @Test(arguments: [
        "verlening", "regelgeving", "wetgeving", "kinderen", "eerlijk", "overdracht", "voorzieningen", "signaleert",
        "zelfredzaamheid", "organisatie", "mogelijkheden", "beslissing", "informatie",
    ])
    func keepsNonCompoundsWhole(_ word: String) throws {
        try #require(Fixture.hunspell != nil, "hunspell-nl is nodig")
        #expect(parts(word) == [])
    }

    @Test func partsAreStemmedTokensWithTheWholeWordsOffsets() {
        let text = "Over schuldhulpverlening."
        let tokens = analyzer.analyze(text)
        let parts = tokens.filter { $0.origin == .compoundPart }
        #expect(Set(parts.map(\.term)).isSuperset(of: ["schuld", "hulp"]))
        #expect(parts.allSatisfy { Fixture.substring(text, $0.start, $0.end) == "schuldhulpverlening" })
        #expect(tokens.contains { $0.origin == .word && $0.term == analyzer.stem("schuldhulpverlening") })
    }

    @Test func vocabularyFallbackSplitsAgainstGivenWords() {
        let lexicon = VocabularyLexicon(words: ["schuld", "hulp", "verlening", "budget", "beheer"])
        let decompounder = Decompounder(lexicon: lexicon)
        #expect(decompounder.parts(of: "budgetbeheer") == ["budget", "beheer"])
        #expect(Set(decompounder.parts(of: "schuldhulpverlening")) == ["schuld", "hulp", "verlening"])
        #expect(decompounder.parts(of: "onbekendwoord") == [])
    }

    @Test func fallbackIsUsedWhenHunspellIsMissing() throws {
        var options = AnalysisOptions()
        options.hunspellDictionary = TestPathsShim.mappings.appendingPathComponent("bestaat-niet.dic")
        options.fallbackVocabulary = ["Het budget en het beheer van geld."]
        let analyzer = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(analyzer.lexiconName == "woordenlijst")
        #expect(analyzer.findings.contains { $0.severity == .note && $0.message.contains("hunspell") })
        #expect(Fixture.terms("budgetbeheer", analyzer).isSuperset(of: ["budget", "beheer"]))
    }

    @Test func decompounderCanBeSwitchedOff() throws {
        var options = AnalysisOptions()
        options.useDecompounder = false
        let analyzer = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(!analyzer.analyze("budgetbeheer").contains { $0.origin == .compoundPart })
    }
}
