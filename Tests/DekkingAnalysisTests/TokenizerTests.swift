import Testing

@testable import DekkingAnalysis

@Suite struct TokenizerTests {
    /// The folded pieces of `text`, with the shipped abbreviations and elliptical expansion.
    func pieces(_ text: String) -> [String] {
        let analyzer = Fixture.analyzer
        let normalized = TextNormalizer().normalize(text)
        var pieces = analyzer.tokenizer.tokenize(normalized)
        for filter in analyzer.chain.pieceFilters { pieces = filter.apply(to: pieces, in: normalized) }
        return pieces.map(\.text)
    }

    @Test(arguments: [
        ("sociaal-financieel", ["sociaal", "financieel"]),
        ("burgers/cliënten", ["burgers", "clienten"]),
        ("en/of", ["en", "of"]),
        ("cliënt's", ["client"]),
        ("auto's en risico's", ["auto", "en", "risico"]),
        ("zo'n", ["zo'n"]),
        ("€ 1.250,50 in 2021", ["1.250,50", "in", "2021"]),
        ("B1-K1-W2", ["b1", "k1", "w2"]),
    ])
    func cuts(_ text: String, _ expected: [String]) {
        #expect(pieces(text) == expected)
    }

    @Test(arguments: [
        ("t.b.v. het vervolg", ["ten", "behoeve", "van", "het", "vervolg"]),
        ("i.v.m. schulden", ["in", "verband", "met", "schulden"]),
        ("m.b.t. geld", ["met", "betrekking", "tot", "geld"]),
        ("o.a. banken", ["onder", "andere", "banken"]),
        ("bijv. budget", ["bijvoorbeeld", "budget"]),
        ("d.w.z. regie", ["dat", "wil", "zeggen", "regie"]),
        ("toeslagen e.d.", ["toeslagen", "en", "dergelijke"]),
        ("i.o.m. de cliënt", ["in", "overleg", "met", "de", "client"]),
        ("T.B.V.", ["ten", "behoeve", "van"]),
    ])
    func expandsAbbreviations(_ text: String, _ expected: [String]) {
        #expect(pieces(text) == expected)
    }

    @Test func abbreviationWordsSpanTheAbbreviation() {
        let text = "Typeert gegevens t.b.v. het vervolg"
        let tokens = Fixture.analyzer.analyze(text)
        let behoeve = Fixture.analyzer.analysis(of: text).words.filter { $0.folded == "behoeve" }
        #expect(behoeve.count == 1)
        #expect(behoeve.map { Fixture.substring(text, $0.start, $0.end) } == ["t.b.v."])
        #expect(!tokens.contains { $0.term == "behoev" || $0.term == "behoeve" })
    }

    @Test(arguments: [
        ("wet- en regelgeving", ["wetgeving", "en", "regelgeving"]),
        ("kwaliteits- en kostenbewust", ["kwaliteitsbewust", "en", "kostenbewust"]),
        ("mens-, doel- en resultaatgerichtheid", ["mensgerichtheid", "doelgerichtheid", "en", "resultaatgerichtheid"]),
        ("risico- en beschermende factoren", ["risicofactoren", "en", "beschermende", "factoren"]),
        ("initiatief- en vindingrijk", ["initiatiefrijk", "en", "vindingrijk"]),
    ])
    func expandsEllipticalCompounds(_ text: String, _ expected: [String]) {
        #expect(pieces(text) == expected)
    }

    @Test func ellipticalExpansionSpansTheSource() {
        let text = "Toetst aan wet- en regelgeving."
        let analysis = Fixture.analyzer.analysis(of: text)
        let wetgeving = analysis.words.first { $0.folded == "wetgeving" }
        #expect(wetgeving.map { Fixture.substring(text, $0.start, $0.end) } == "wet- en regelgeving")
    }

    @Test func danglingHyphenWithoutPartnerStaysAWord() {
        #expect(pieces("de cliënt- zonder meer") == ["de", "client", "zonder", "meer"])
    }
}
