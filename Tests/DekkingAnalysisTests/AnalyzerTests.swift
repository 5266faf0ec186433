import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

@Suite struct AnalyzerTests {
    let analyzer = Fixture.analyzer

    @Test func realisticSentence() {
        let text =
            "De schuldhulpverlener brengt samen met de cliënt en diens naasten de financiële situatie "
            + "in kaart, t.b.v. een plan van aanpak dat voldoet aan wet- en regelgeving."
        let analysis = analyzer.analysis(of: text)
        let words = analysis.tokens.filter { $0.origin == .word }
        #expect(words.map(\.term).prefix(4) == ["schuldhulpverlener", "breng", "sam", "client"])
        #expect(words.map(\.position) == Array(0..<words.count))
        let terms = Set(analysis.tokens.map(\.term))
        #expect(
            terms.isSuperset(of: [
                "schuld", "~professional", "~client", "~naasten", "~financien", "~plan-van-aanpak",
                "wetgev", "regelgev", "~wetgeving",
            ]))
        for token in analysis.tokens {
            #expect(token.start >= 0 && token.start < token.end && token.end <= text.utf16.count)
        }
        let client = analysis.tokens.first { $0.term == "client" }
        #expect(client.map { Fixture.substring(text, $0.start, $0.end) } == "cliënt")
    }

    @Test func randomUnicodeNeverBreaksOffsets() {
        var generator = SplitMix(seed: 300)
        let pools: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x2000...0x206F, 0xFB00...0xFB06, 0x1F600...0x1F64F,
            0x4E00...0x4E80,
        ]
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                let pool = pools.randomElement(using: &generator) ?? pools[0]
                if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &generator)) { scalars.append(scalar) }
                if Bool.random(using: &generator) {
                    scalars.append(
                        contentsOf: ["-", " ", "'", ".", "/"].randomElement(using: &generator).map { $0.unicodeScalars }
                            ?? "".unicodeScalars)
                }
            }
            let text = String(scalars)
            let length = text.utf16.count
            for token in analyzer.analyze(text) {
                #expect(token.start >= 0 && token.start <= token.end && token.end <= length, "\(text.debugDescription)")
                #expect(!token.term.isEmpty)
            }
        }
    }

    @Test func concurrentAnalysisGivesIdenticalResults() async throws {
        let texts = [
            "Signaleert risicofactoren en beschermende factoren voor burgers/cliënten.",
            "Werkt samen met ketenpartners aan schuldhulpverlening en budgetbeheer.",
            "Kwaliteits- en kostenbewust werken, m.b.t. het beschermingsbewind.",
            "Ervaringsdeskundigen helpen bij de thuisadministratie en vroegsignalering.",
        ]
        // A fresh analyzer, so the threads race on empty caches.
        let fresh = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings)
        let expected = texts.map(analyzer.analyze)
        try await withThrowingTaskGroup(of: [[Token]].self) { group in
            for _ in 0..<16 { group.addTask { texts.map(fresh.analyze) } }
            for try await result in group { #expect(result == expected) }
        }
    }

    @Test func wordsIncludeStopWordsWithoutPosition() {
        let analysis = analyzer.analysis(of: "de cliënt")
        #expect(analysis.words.map(\.position) == [nil, 0])
    }

    @Test func hyphenatedWordKeepsWholeAndParts() {
        let text = "sociaal-financiële dienstverlening"
        let tokens = analyzer.analyze(text).filter { $0.origin == .word }
        let whole = tokens.first { $0.term == "sociaal-financieel" }
        #expect(whole.map { Fixture.substring(text, $0.start, $0.end) } == "sociaal-financiële")
        #expect(tokens.map(\.term).contains("sociaal") && tokens.map(\.term).contains("financieel"))
        #expect(Fixture.terms("sociaal-financieel").contains("sociaal-financieel"))
    }

    @Test func throughput() throws {
        // Prints, does not assert: timing depends on the machine.
        let sentence =
            "De professional signaleert vroegtijdig betalingsachterstanden en brengt samen met de cliënt "
            + "en diens netwerk de financiële situatie op alle leefgebieden in kaart, t.b.v. een plan van aanpak "
            + "dat voldoet aan wet- en regelgeving; hij werkt kwaliteits- en kostenbewust samen met ketenpartners. "
        let text = String(repeating: sentence, count: 2000)
        _ = analyzer.analyze(sentence)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = analyzer.analyze(text) }
        let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(
            "DekkingAnalysis throughput: \(String(format: "%.2f", megabytes / seconds)) MB/s (\(text.utf8.count) bytes in \(String(format: "%.3f", seconds)) s, one thread, warm caches)"
        )
        #expect(seconds > 0)
    }
}
