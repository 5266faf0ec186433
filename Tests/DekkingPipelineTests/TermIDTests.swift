import DekkingAnalysis
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingMatching

/// Documents are matched by term id, the framework was prepared by term text: for every kind of
/// token the chain makes, looking a term up by its id must find what looking it up by its text finds.
@Suite struct TermIDTests {
    static let texts = [
        "De consulent stelt samen met de cliënt een budgetplan op en neemt contact op met schuldeisers.",
        "Kennis van wet- en regelgeving t.b.v. de Wet gemeentelijke schuldhulpverlening (Wgs), art. 3 lid 2.",
        "Sociaal-financiële dienstverlening: 1.250,50 euro per maand, 12 betalingsachterstanden.",
        "Hij verwijst klanten door naar het wijkteam; zij schrijft een adviesrapport voor de burger.",
        "Brengt de financiële situatie methodisch in kaart en signaleert problematische schulden vroegtijdig.",
        "Schuldhulpverleningstrajecten, budgetcoaching en inkomensondersteuning voor inwoners.",
        "Legt contact met cliënten die zelf geen hulp vragen en bouwt een vertrouwensrelatie op.",
        "", "De de de.", "B1-K1-W2 Voert een intakegesprek",
    ]

    /// What `AnalysedPassage` takes from a vocabulary, as plain tuples.
    private static func interned(_ passage: AnalysedPassage) -> (phrase: [[Int32]], scored: [[Double]]) {
        (
            passage.phraseTerms.map { [$0.id, $0.position, Int32($0.kind)] },
            passage.scoredTerms.map { [Double($0.id), Double($0.token), $0.weight] }
        )
    }

    @Test func aTermFoundByIDIsTheTermFoundByText() throws {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let analyzer = mappings.analyzer
        let prepared = mappings.engine.prepared
        let vocabulary = prepared.vocabulary
        // The engine's own table, as the engine asks for it.
        let terms = analyzer.interning(into: vocabulary.table)
        var found = 0
        for text in Self.texts {
            let byID = AnalysedPassage(
                text: text, tokens: terms.analyzeTerms(text), vocabulary: vocabulary,
                configuration: prepared.configuration)
            let tokens = analyzer.analyze(text)
            #expect(byID.tokens.count == tokens.count, "\(text)")
            for (index, token) in tokens.enumerated() where index < byID.tokens.count {
                let byText = vocabulary.entries[token.term]
                let entry = vocabulary.entry(termID: byID.tokens[index].termID)
                #expect(entry?.phrase == byText?.phrase && entry?.scored == byText?.scored, "\(token.term) in \(text)")
                #expect(vocabulary.table.terms(of: [byID.tokens[index].termID]) == [token.term])
                if byText != nil { found += 1 }
            }
            // A foreign table (another analyzer's) gives the same passage through the text path.
            let viaText = AnalysedPassage(
                text: text, tokens: vocabulary.table.termTokens(tokens), vocabulary: vocabulary,
                configuration: prepared.configuration)
            #expect(Self.interned(viaText) == Self.interned(byID), "\(text)")
        }
        #expect(found > 40)
    }

    @Test func aTableGivesEachTermOneDenseIDUnderConcurrentUse() async {
        let table = TermTable()
        let words = (0..<2_000).map { "term\($0 % 700)" }
        let results = await withTaskGroup(of: [Int32].self) { group in
            for offset in 0..<8 {
                group.addTask { words.indices.map { table.id(of: words[($0 + offset * 97) % words.count]) } }
            }
            return await group.reduce(into: [[Int32]]()) { $0.append($1) }
        }
        #expect(table.count == 700)
        for ids in results { #expect(Set(ids) == Set(0..<700)) }
        let ids = table.ids(of: words)
        #expect(table.terms(of: ids) == words)
        #expect(table.id(of: "nieuw") == 700)
    }
}
