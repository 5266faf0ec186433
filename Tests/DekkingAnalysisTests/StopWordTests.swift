import Testing

@testable import DekkingAnalysis

@Suite struct StopWordTests {
    @Test(arguments: [
        "de", "en", "van", "het", "een", "zijn", "welke", "daarbij", "bijvoorbeeld", "behoeve", "En", "ZIJ",
    ])
    func dropsStopWords(_ word: String) {
        #expect(Fixture.words(word).isEmpty)
    }

    @Test(arguments: ["geld", "werk", "hulp", "zorg", "eigen", "regie", "plan", "doel", "schulden", "netwerk"])
    func keepsMeaningfulWords(_ word: String) {
        #expect(Fixture.words(word).count == 1)
    }

    @Test func stopWordsTakeNoPosition() {
        let tokens = Fixture.analyzer.analyze("het plan van de aanpak").filter { $0.origin == .word }
        #expect(tokens.map(\.term) == ["plan", "aanpak"])
        #expect(tokens.map(\.position) == [0, 1])
    }

    @Test func stopWordsCanBeSwitchedOff() throws {
        var options = AnalysisOptions()
        options.useStopWords = false
        let analyzer = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(Fixture.words("het plan", analyzer) == ["het", "plan"])
    }
}
