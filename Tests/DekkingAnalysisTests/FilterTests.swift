import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

/// Asserts that the tokeniser followed by `steps` alone gives `expected` for `input`: every token
/// as `term@position`, with ` part`, ` verb` or ` synonym` after a token that is not a word, in
/// the analyser's order (by position; at one position the word, its parts, a joined verb,
/// synonyms).
func assertTokens(
    _ steps: [AnalysisChain.Step], _ input: String, _ expected: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let analyzer = Analyzer(chain: AnalysisChain(steps))
    let tokens = analyzer.analyze(input).map { token in
        let suffix =
            switch token.origin {
            case .word: ""
            case .compoundPart: " part"
            case .separableVerb: " verb"
            case .synonym: " synonym"
            }
        return "\(token.term)@\(token.position)\(suffix)"
    }
    #expect(tokens == expected, "\(input)", sourceLocation: sourceLocation)
}

/// Each filter of the chain on its own, behind the tokeniser only: without a stem filter a word's
/// term is its folded text, so what a test shows is the filter's doing alone.
@Suite struct FilterTests {
    static let snowball = SnowballStemmer(algorithm: "dutch")

    @Test func withoutFiltersEveryWordIsItsFoldedText() {
        assertTokens([], "De cliënt, en de buurt.", ["de@0", "client@1", "en@2", "de@3", "buurt@4"])
    }

    @Test(arguments: [
        ("De cliënt en de buurt", ["client@0", "buurt@1"]),
        ("de en de", []),
        // A phrase matches across stop words: they take no position.
        ("hulp bij schulden", ["hulp@0", "schulden@1"]),
    ])
    func stopWordsTakeNoPosition(input: String, expected: [String]) {
        assertTokens([.word(StopWordFilter(StopWords(["de", "en", "bij"])))], input, expected)
    }

    @Test(arguments: [
        ("punt a en punt b", ["punt@0", "en@1", "punt@2"]),
        // A number is a number, however short.
        ("stap 5 van 7", ["stap@0", "5@1", "van@2", "7@3"]),
    ])
    func singleLettersTakeNoPosition(input: String, expected: [String]) {
        assertTokens([.word(SingleLetterFilter())], input, expected)
    }

    @Test func theStemFilterStemsWordsButNotNumbers() throws {
        let stemmer = DutchStemmer(snowball: try #require(Self.snowball))
        assertTokens(
            [.word(StemFilter(stemmer))], "Cliënten signaleren 1.250,50 schulden",
            ["client@0", "signaler@1", "1.250,50@2", "schuld@3"])
    }

    @Test func theStemFilterPrefersAnOverride() throws {
        let stemmer = DutchStemmer(
            snowball: try #require(Self.snowball), overrides: StemOverrides(words: ["clienten": "klant"]))
        assertTokens([.word(StemFilter(stemmer))], "cliënten", ["klant@0"])
    }

    @Test func compoundPartsShareTheWordsPosition() throws {
        let stemmer = DutchStemmer(snowball: try #require(Self.snowball))
        let lexicon = VocabularyLexicon(words: ["schuld", "hulp", "verlening", "hulpverlening"])
        let filter = CompoundPartFilter(Decompounder(lexicon: lexicon), stopWords: nil, stemmer: stemmer)
        let tokens = Analyzer(chain: AnalysisChain([.word(filter)])).analyze("schuldhulpverlening nu")
        #expect(tokens.first?.term == "schuldhulpverlening" && tokens.first?.origin == .word)
        let parts = tokens.filter { $0.origin == .compoundPart }
        #expect(Set(parts.map(\.term)).isSuperset(of: ["schuld", "hulp"]), "\(parts.map(\.term))")
        #expect(parts.allSatisfy { $0.position == 0 && $0.start == 0 && $0.end == 19 })
        #expect(tokens.last?.term == "nu" && tokens.last?.position == 1)
    }

    @Test func aCompoundPartThatIsAStopWordIsLeftOut() throws {
        let stemmer = DutchStemmer(snowball: try #require(Self.snowball))
        let lexicon = VocabularyLexicon(words: ["door", "stroom"])
        let filter = CompoundPartFilter(
            Decompounder(lexicon: lexicon), stopWords: StopWords(["door"]), stemmer: stemmer)
        let terms = Analyzer(chain: AnalysisChain([.word(filter)])).analyze("doorstroom").map(\.term)
        #expect(terms.contains(stemmer.stem("stroom")), "\(terms)")
        #expect(!terms.contains("door"), "\(terms)")
    }

    @Test func aSplitSeparableVerbIsJoinedAtTheVerb() throws {
        let stemmer = DutchStemmer(snowball: try #require(Self.snowball))
        let lexicon = VocabularyLexicon(words: ["stellen", "opstellen", "plan"])
        let filter = SeparableVerbFilter(SeparableVerbs(lexicon: lexicon), stemmer: stemmer)
        assertTokens(
            [.tokens(filter)], "Wij stellen een plan op.",
            ["wij@0", "stellen@1", "\(stemmer.stem("opstellen"))@1 verb", "een@2", "plan@3", "op@4"])
        // A particle that does not end the clause is a preposition.
        assertTokens([.tokens(filter)], "Wij stellen op de Markt", ["wij@0", "stellen@1", "op@2", "de@3", "markt@4"])
    }

    @Test func aHyphenatedWordIsAlsoOneWholeAtItsFirstPart() {
        assertTokens(
            [.tokens(HyphenWholeFilter())], "sociaal-financiële dienstverlening",
            ["sociaal@0", "sociaal-financiele@0", "financiele@1", "dienstverlening@2"])
        assertTokens([.tokens(HyphenWholeFilter())], "geen streepje", ["geen@0", "streepje@1"])
    }

    @Test func aThesaurusMemberGivesItsGroupAtItsFirstWord() {
        var matcher = SynonymMatcher()
        matcher.add(terms: ["hulp", "schulden"], group: "~schuldhulpverlening")
        let steps: [AnalysisChain.Step] = [.word(StopWordFilter(StopWords(["bij"]))), .tokens(SynonymFilter(matcher))]
        assertTokens(
            steps, "hulp bij schulden geven",
            ["hulp@0", "~schuldhulpverlening@0 synonym", "schulden@1", "geven@2"])
        // The words must stand next to each other (apart from stop words).
        assertTokens(steps, "hulp en schulden", ["hulp@0", "en@1", "schulden@2"])
    }

    @Test func aThesaurusMemberSpansThePhrase() throws {
        var matcher = SynonymMatcher()
        matcher.add(terms: ["hulp", "schulden"], group: "~schuldhulp")
        let text = "Wij geven hulp bij schulden."
        let analyzer = Analyzer(
            chain: AnalysisChain([.word(StopWordFilter(StopWords(["bij"]))), .tokens(SynonymFilter(matcher))]))
        let synonym = try #require(analyzer.analyze(text).first { $0.origin == .synonym })
        #expect(Fixture.substring(text, synonym.start, synonym.end) == "hulp bij schulden")
    }

    @Test func anEllipticalCompoundIsExpanded() {
        let lexicon = VocabularyLexicon(words: ["wet", "regel", "wetgeving", "regelgeving"])
        assertTokens(
            [.pieces(EllipsisExpander(lexicon: lexicon))], "wet- en regelgeving",
            ["wetgeving@0", "en@1", "regelgeving@2"])
        // Without a word the lexicon knows, the dangling piece stays a word of its own.
        assertTokens(
            [.pieces(EllipsisExpander(lexicon: VocabularyLexicon()))], "wet- en regelgeving",
            ["wet@0", "en@1", "regelgeving@2"])
    }

    @Test func aWordFilterAfterATokenFilterIsRefused() async {
        await #expect(processExitsWith: .failure) {
            _ = AnalysisChain([.tokens(HyphenWholeFilter()), .word(SingleLetterFilter())])
        }
    }

    /// The Dutch chain is the list `docs/architecture.md` shows, and an option leaves its step out.
    @Test func theDutchChainIsOneListInItsOrder() throws {
        func names(_ analyzer: Analyzer) -> [String] {
            analyzer.chain.steps.map { step in
                switch step {
                case .pieces(let filter): "\(type(of: filter))"
                case .word(let filter): "\(type(of: filter))"
                case .tokens(let filter): "\(type(of: filter))"
                }
            }
        }
        #expect(
            names(Fixture.analyzer) == [
                "EllipsisExpander", "StopWordFilter", "SingleLetterFilter", "StemFilter", "CompoundPartFilter",
                "SeparableVerbFilter", "HyphenWholeFilter", "SynonymFilter",
            ])
        var options = AnalysisOptions()
        options.useEllipsis = false
        options.useDecompounder = false
        options.useThesaurus = false
        let plain = try DutchAnalysis.analyzer(mappings: TestPaths.mappings, options: options)
        #expect(
            names(plain) == [
                "StopWordFilter", "SingleLetterFilter", "StemFilter", "SeparableVerbFilter", "HyphenWholeFilter",
            ])
    }

    /// The one cache around the chain: a repeated word is worked out once, and every consumer's
    /// table gets ids of its own.
    @Test func aRepeatedWordIsWorkedOutOnce() {
        let analyzer = Analyzer(chain: AnalysisChain([.word(SingleLetterFilter())]))
        _ = analyzer.analyze("plan plan plan en plan")
        #expect(analyzer.forms.count == 2)
        let table = TermTable()
        let interning = analyzer.interning(into: table)
        let tokens = interning.analyzeTerms("plan en plan")
        #expect(tokens.map(\.termID) == [table.id(of: "plan"), table.id(of: "en"), table.id(of: "plan")])
    }
}
