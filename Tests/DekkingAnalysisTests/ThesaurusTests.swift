import DekkingCore
import Testing

@testable import DekkingAnalysis

@Suite struct ThesaurusTests {
    let analyzer = Fixture.analyzer

    func synonyms(_ text: String) -> Set<String> {
        Set(analyzer.analyze(text).filter { $0.origin == .synonym }.map(\.term))
    }

    @Test func shippedThesaurusHasNoProblems() {
        #expect(analyzer.findings.filter { $0.severity >= .warning }.map(\.description) == [])
        #expect(analyzer.thesaurusGroups.count >= 60)
    }

    @Test(arguments: [
        ("cliënt", "~client"), ("burgers", "~client"), ("inwoners", "~client"), ("hulpvrager", "~client"),
        ("schuldhulp", "~schuldhulpverlening"), ("schuldhulpverlening", "~schuldhulpverlening"),
        ("budgetteren", "~budgetbeheer"), ("huishoudboekje", "~budgetbeheer"),
        ("bewindvoering", "~beschermingsbewind"), ("naasten", "~naasten"), ("vroegsignalering", "~vroegsignalering"),
        ("zelfstandigheid", "~zelfredzaamheid"), ("ketenpartners", "~ketenpartners"), ("cliëntdossier", "~dossier"),
        ("minimaregelingen", "~inkomensondersteuning"),
    ])
    func singleWords(_ word: String, _ group: String) {
        #expect(synonyms(word).contains(group))
    }

    @Test(arguments: [
        ("hulp bij schulden", "~schuldhulpverlening"), ("Hulp bij Schulden", "~schuldhulpverlening"),
        ("geldzaken regelen", "~budgetbeheer"), ("bijzondere bijstand", "~inkomensondersteuning"),
        ("sociaal netwerk", "~naasten"), ("plan van aanpak", "~plan-van-aanpak"), ("eigen regie", "~zelfredzaamheid"),
        ("wet- en regelgeving", "~wetgeving"),
    ])
    func phrases(_ phrase: String, _ group: String) {
        #expect(synonyms(phrase).contains(group))
    }

    @Test func phraseSynonymSpansThePhrase() {
        let text = "Zij biedt hulp bij schulden aan gezinnen."
        let token = analyzer.analyze(text).first { $0.term == "~schuldhulpverlening" }
        #expect(token.map { Fixture.substring(text, $0.start, $0.end) } == "hulp bij schulden")
        #expect(token?.origin == .synonym)
    }

    @Test func phraseNeedsItsWordsInOrder() {
        #expect(!synonyms("schulden bij hulp").contains("~schuldhulpverlening"))
    }

    @Test func thesaurusCanBeSwitchedOff() throws {
        var options = AnalysisOptions()
        options.useThesaurus = false
        let plain = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(!plain.analyze("cliënt").contains { $0.origin == .synonym })
    }

    @Test func problemsBecomeFindingsWithLines() {
        let yaml = """
            schema: 1
            groups:
              client: [cliënt, burger]
              leeg: []
              klant: [klant, Burger]
              dubbel: [geld, geld]
            """
        let thesaurus = Thesaurus(yaml: yaml, file: "test.yaml")
        let problems = thesaurus.findings.map { "\($0.severity.rawValue) \($0.location.line ?? 0)" }
        #expect(problems.contains("error 4"))  // empty group
        #expect(problems.contains("warning 5"))  // "Burger" also in client
        #expect(problems.contains("warning 6"))  // twice in one group
        #expect(thesaurus.groups.map(\.id) == ["client", "klant", "dubbel"])
        #expect(thesaurus.groups.last?.members == ["geld"])
    }

    @Test func brokenYamlIsAnErrorWithALine() {
        let thesaurus = Thesaurus(yaml: "groups:\n  client: [cliënt\n", file: "kapot.yaml")
        #expect(thesaurus.findings.contains { $0.severity == .error && $0.location.line != nil })
        #expect(thesaurus.groups.isEmpty)
    }

    @Test func badGroupNameIsAnError() {
        let thesaurus = Thesaurus(yaml: "groups:\n  \"met spatie\": [a]\n", file: "t.yaml")
        #expect(thesaurus.findings.map(\.location.line) == [2])
    }
}
