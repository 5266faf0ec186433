import DekkingEncoder
import DekkingTestSupport
import Foundation
import Testing

/// The repository's encoder, loaded once for the suite (nil when it is not installed: then every
/// test here fails at its `#require`).
let sharedEncoder: SentenceEncoder? = SentenceEncoder.locate(
    environment: [:], currentDirectory: TestPaths.root, executable: nil
).flatMap { try? SentenceEncoder(location: $0) }

/// Fictitious sentences of the kind a function description or study guide holds.
enum Sentences {
    static let query = "brengt de financiële situatie van de cliënt in kaart"
    static let paraphrase = "maakt een overzicht van inkomsten, uitgaven en schulden"
    static let unrelated = "rijdt met een heftruck pallets naar het magazijn"
    static let passages = [
        paraphrase, unrelated,
        "De budgetcoach bespreekt met het gezin hoe de vaste lasten elke maand betaald kunnen worden.",
        "Stelt samen met de klant een aflossingsplan op en legt contact met de schuldeisers.",
        "", "€ 250,- per maand – incl. btw",
    ]
}

@Suite struct SentenceEncoderTests {
    @Test func hasTheModelsDimension() throws {
        let encoder = try #require(sharedEncoder)
        #expect(encoder.dimension == 384)
        let vector = try #require(try encoder.embed([Sentences.query], role: .query).first)
        #expect(vector.count == 384)
    }

    @Test func vectorsHaveUnitLength() throws {
        let encoder = try #require(sharedEncoder)
        let vectors = try encoder.embed(Sentences.passages, role: .passage)
        #expect(vectors.count == Sentences.passages.count)
        for vector in vectors {
            #expect(abs(vector.length - 1) < 1e-4)
            #expect(abs(vector.dot(vector) - vector.cosine(vector)) < 1e-4)
        }
        #expect(try encoder.embed([], role: .passage).isEmpty)
    }

    @Test func aParaphraseIsCloserThanAnUnrelatedSentence() throws {
        let encoder = try #require(sharedEncoder)
        let query = try #require(try encoder.embed([Sentences.query], role: .query).first)
        let passages = try encoder.embed([Sentences.paraphrase, Sentences.unrelated], role: .passage)
        let paraphrase = query.dot(passages[0])
        let unrelated = query.dot(passages[1])
        #expect(paraphrase > unrelated + 0.02, "paraphrase \(paraphrase), unrelated \(unrelated)")
    }

    @Test func theRoleChangesTheVector() throws {
        let encoder = try #require(sharedEncoder)
        let query = try encoder.embed([Sentences.paraphrase], role: .query)
        let passage = try encoder.embed([Sentences.paraphrase], role: .passage)
        #expect(query != passage)
        // "query: " is one token more than "passage: "
        #expect(
            encoder.tokenCount(Sentences.paraphrase, role: .query) == encoder.tokenCount(
                Sentences.paraphrase, role: .passage) + 1)
    }

    @Test func aBatchGivesTheVectorsOfSingleTexts() throws {
        let encoder = try #require(sharedEncoder)
        let batch = try encoder.embed(Sentences.passages, role: .passage)
        for (text, batched) in zip(Sentences.passages, batch) {
            let single = try #require(try encoder.embed([text], role: .passage).first)
            let largest = zip(single.components, batched.components).map { abs($0 - $1) }.max() ?? .infinity
            #expect(largest < 1e-5, "\(text): \(largest)")
        }
    }

    @Test func countsTokensWithPrefixAndSpecialTokens() throws {
        let encoder = try #require(sharedEncoder)
        let empty = encoder.tokenCount("", role: .passage)
        #expect(empty == 5)  // <s>, "passage: " (3 tokens), </s>
        #expect(encoder.tokenCount(Sentences.query, role: .passage) > empty + 5)
        #expect(encoder.tokenCount("a\u{0}b", role: .passage) == encoder.tokenCount("a b", role: .passage))
    }

    @Test func twoThreadsAtOnceGetWhatOneThreadGets() async throws {
        let encoder = try #require(sharedEncoder)
        let expected = try encoder.embed(Sentences.passages, role: .passage)
        let results = try await withThrowingTaskGroup(of: [SentenceEncoder.Vector].self) { group in
            for index in 0..<4 {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? try encoder.embed(Sentences.passages, role: .passage)
                        : try Sentences.passages.map { try encoder.embed([$0], role: .passage)[0] }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for vectors in results {
            for (got, want) in zip(vectors, expected) {
                #expect(zip(got.components, want.components).allSatisfy { abs($0 - $1) < 1e-5 })
            }
        }
    }

    /// (Whether releasing the last encoder is safe: ``EncoderReleaseTests``.)
    @Test func anEncoderCanBeLoadedAndReleasedAgain() throws {
        let location = try #require(sharedEncoder?.location)
        let expected = try #require(sharedEncoder).embed([Sentences.query], role: .query)
        for _ in 0..<3 {
            let encoder = try SentenceEncoder(location: location)
            let again = try #require(try encoder.embed([Sentences.query], role: .query).first)
            #expect(zip(again.components, expected[0].components).allSatisfy { abs($0 - $1) < 1e-6 })
        }
    }
}
