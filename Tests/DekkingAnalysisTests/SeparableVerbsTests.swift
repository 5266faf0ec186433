import DekkingAnalysis
import DekkingTestSupport
import Testing

/// Split separable verbs are joined at the verb's position; other particles are left alone.
@Suite struct SeparableVerbsTests {
    static let analyzer: Analyzer? = try? DutchAnalysis.analyzer(mappings: TestPaths.mappings)

    @Test(arguments: [
        ("Je stelt samen met de cliënt een plan op.", "opstellen", "stelt"),
        ("Zij zet haar netwerk in, en dat werkt.", "inzetten", "zet"),
        ("De consulent neemt contact op.", "opnemen", "neemt"),
        ("Hij geeft de informatie door en belt daarna.", "doorgeven", "geeft"),
        ("Wij leggen de regels uit.", "uitleggen", "leggen"),
        // hunspell's compounding accepts "op" + "valpreventieplannen", but that is no infinitive.
        ("De coach zet het valpreventieplan op.", "opzetten", "zet"),
    ])
    func joinsTheVerb(sentence: String, infinitive: String, verb: String) throws {
        let analyzer = try #require(Self.analyzer)
        let analysis = analyzer.analysis(of: sentence)
        let joined = analyzer.stem(infinitive)
        let token = try #require(
            analysis.tokens.first { $0.term == joined }, "no \(joined) in \(analysis.tokens.map(\.term))")
        let verbWord = try #require(analysis.words.first { $0.folded == verb })
        #expect(token.origin == .separableVerb)
        #expect(token.position == verbWord.position)
        #expect(token.start == verbWord.start && token.end == verbWord.end)
    }

    @Test(arguments: [
        "Hij woont op de Markt.",
        "Zij gaat met de trein naar Utrecht.",
        "De schuldhulpverlener brengt samen met de cliënt de schulden in kaart.",
        "Ze werkt aan een plan voor de buurt.",
    ])
    func leavesParticlesThatDoNotEndAClause(sentence: String) throws {
        let analyzer = try #require(Self.analyzer)
        let plain = try #require(
            try? DutchAnalysis.analyzer(
                mappings: TestPaths.mappings,
                options: {
                    var options = AnalysisOptions()
                    options.useSeparableVerbs = false
                    return options
                }()))
        #expect(analyzer.analyze(sentence) == plain.analyze(sentence))
    }

    /// A noun between verb and particle is passed over, even when the dictionary accepts the
    /// particle + plural as a compound: only an infinitive it knows on its own is a verb.
    @Test func aNounIsNoVerbEvenWhenTheDictionaryCompoundsIt() throws {
        let analyzer = try #require(Self.analyzer)
        let analysis = analyzer.analysis(of: "Zij neemt de valpreventiediensten mee.")
        let joined = analysis.tokens.filter { $0.origin == .separableVerb }
        let verb = try #require(analysis.words.first { $0.folded == "neemt" })
        #expect(joined.map(\.term) == [analyzer.stem("meenemen")])
        #expect(joined.allSatisfy { $0.position == verb.position })
    }

}
