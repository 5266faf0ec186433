import DekkingCore
import Testing

@testable import DekkingIngest

/// A passage longer than the limit is cut between sentences, where the one sentence splitter says
/// a sentence ends, and no word is lost or changed.
@Suite struct LongPassageTests {
    static let sentences = [
        "De budgetcoach van Stichting Wijkkracht Noordhaven brengt samen met de cliënt de schulden in kaart.",
        "Zij bespreekt o.a. de vaste lasten en de inkomsten van het huishouden.",
        "Daarna stelt zij een plan op met de gemeente en bijv. Stichting Geldwijzer in Noordhaven.",
        "Het plan wordt elke maand besproken.",
    ]

    static func segments(maxWords: Int, splitter: SentenceSplitter) -> [String] {
        let recognizer = StructureRecognizer(maxWords: maxWords, sentences: splitter)
        return recognizer.segments(
            from: [TextBlock(.paragraph, sentences.joined(separator: " "))], kind: .functiebeschrijving
        )
        .map(\.text)
    }

    @Test func aLongPassageIsCutBetweenSentences() {
        let splitter = SentenceSplitter(abbreviations: ["o.a.", "bijv."])
        #expect(Self.segments(maxWords: 12, splitter: splitter) == Self.sentences)
        // Sentences are packed up to the limit.
        #expect(
            Self.segments(maxWords: 30, splitter: splitter) == [
                Self.sentences[0] + " " + Self.sentences[1], Self.sentences[2] + " " + Self.sentences[3],
            ])
        // A short passage is left whole.
        #expect(Self.segments(maxWords: 80, splitter: splitter) == [Self.sentences.joined(separator: " ")])
    }

    @Test func noPassageIsCutAfterAnAbbreviationOfTheList() {
        let without = Self.segments(maxWords: 8, splitter: SentenceSplitter())
        let with = Self.segments(maxWords: 8, splitter: SentenceSplitter(abbreviations: ["o.a.", "bijv."]))
        #expect(without.contains { $0.hasSuffix("bijv.") })
        #expect(!with.contains { $0.hasSuffix("bijv.") || $0.hasSuffix("o.a.") })
    }

    @Test func aVeryLongSentenceIsCutAtWordsAndNoWordIsLost() {
        let words = (1...50).map { "woord\($0)" }
        let recognizer = StructureRecognizer(maxWords: 10)
        let chunks = recognizer.segments(
            from: [TextBlock(.paragraph, words.joined(separator: " ") + ".")], kind: .functiebeschrijving
        )
        .map(\.text)
        #expect(chunks.count == 5)
        #expect(chunks.joined(separator: " ") == words.joined(separator: " ") + ".")
    }
}
