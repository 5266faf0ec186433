import DekkingAnalysis
import DekkingCore

/// The analysed heading and sentences of one segment, shared by the segment's windows.
final class SegmentPassages {
    let heading: AnalysedPassage?
    let sentences: [AnalysedPassage]

    init(heading: AnalysedPassage?, sentences: [AnalysedPassage]) {
        self.heading = heading
        self.sentences = sentences
    }
}

/// A window of a document: up to a few consecutive sentences of one segment, analysed.
struct Window {
    let segment: Int
    /// The segment's passages; the window holds `sentences[range]`.
    let passages: SegmentPassages
    let range: Range<Int>
    /// Key-phrase terms of the window's sentences; heading terms come first, separated by a gap.
    let terms: TermOccurrences
    /// Weighted frequencies of scored terms (heading terms weighted down), in order of first
    /// appearance so that every sum over them runs in the same order in every process.
    let frequencies: [(term: Int32, weight: Double)]
    /// Words of the window's own text.
    let length: Int

    /// The window's sentences, joined by spaces.
    var text: String { passages.sentences[range].map(\.text).joined(separator: " ") }

}

/// Builds the windows of a document.
struct WindowBuilder {
    /// The document's terms as ids of the vocabulary's table.
    let terms: TermAnalysis
    /// Where a sentence ends.
    let sentences: SentenceSplitter
    let configuration: MatchingConfiguration
    let proximity: Int
    let vocabulary: TermVocabulary

    /// Windows of every matchable segment, the document's word count, its passages' terms (for
    /// field relevance) and every phrase term of the document, headings included. `budget` is
    /// checked once per segment.
    func windows(of document: Document, within budget: WorkBudget = .unlimited) throws(WorkBudgetExceeded)
        -> (windows: [Window], words: Int, passages: [TermOccurrences], allTerms: PresentTerms)
    {
        var meter = WorkMeter(budget, interval: 16)
        var windows: [Window] = []
        var words = 0
        var passages: [TermOccurrences] = []
        var allTerms = PresentTerms(vocabularySize: vocabulary.phraseCount)
        var headingCache: [String: AnalysedPassage] = [:]
        var frequencies = FrequencyAccumulator(capacity: vocabulary.scoredCount)
        for segment in document.segments where segment.role.isMatchable && segment.role != .heading {
            try meter.tick()
            let sentences = sentences.sentences(segment.text).map { analysed($0) }
            guard !sentences.isEmpty else { continue }
            let headingText = segment.headingPath.last ?? ""
            let heading: AnalysedPassage?
            if headingText.isEmpty {
                heading = nil
            } else if let cached = headingCache[headingText] {
                heading = cached
            } else {
                let passage = analysed(headingText)
                headingCache[headingText] = passage
                allTerms.mark(passage)
                heading = passage
            }
            let shared = SegmentPassages(heading: heading, sentences: sentences)
            var segmentTerms = TermOccurrences()
            var segmentOffset = 0
            for sentence in sentences {
                segmentTerms.add(sentence, offset: segmentOffset)
                segmentOffset += sentence.span
            }
            passages.append(segmentTerms)
            allTerms.mark(segmentTerms)
            words += segmentTerms.positions
            let size = max(1, configuration.windowSentences)
            let lastStart = max(0, sentences.count - size)
            for start in 0...lastStart {
                windows.append(
                    window(
                        segment: segment.index, passages: shared, range: start..<min(sentences.count, start + size),
                        frequencies: &frequencies))
            }
        }
        return (windows, words, passages, allTerms)
    }

    private func analysed(_ text: String) -> AnalysedPassage {
        AnalysedPassage(text: text, tokens: terms(text), vocabulary: vocabulary, configuration: configuration)
    }

    private func window(
        segment: Int, passages: SegmentPassages, range: Range<Int>, frequencies: inout FrequencyAccumulator
    )
        -> Window
    {
        var terms = TermOccurrences()
        var offset = proximity + 1
        if let heading = passages.heading {
            terms.add(heading, offset: 0)
            for t in heading.scoredTerms { frequencies.add(t.id, t.weight * configuration.headingWeight) }
            offset += heading.span
        }
        var length = 0
        for sentence in passages.sentences[range] {
            terms.add(sentence, offset: offset)
            for t in sentence.scoredTerms { frequencies.add(t.id, t.weight) }
            length += sentence.words
            offset += sentence.span
        }
        return Window(
            segment: segment, passages: passages, range: range, terms: terms, frequencies: frequencies.take(),
            length: max(length, 1))
    }
}

/// Sums weights per scored term in order of first appearance, so sums over them are reproducible;
/// reused from window to window without reallocating its index.
struct FrequencyAccumulator {
    private var slot: [Int32]
    private var entries: [(term: Int32, weight: Double)] = []

    init(capacity: Int) { slot = [Int32](repeating: -1, count: capacity) }

    mutating func add(_ term: Int32, _ weight: Double) {
        let s = slot[Int(term)]
        if s >= 0 {
            entries[Int(s)].weight += weight
        } else {
            slot[Int(term)] = Int32(entries.count)
            entries.append((term, weight))
        }
    }

    /// The sums so far, in order of first appearance; the accumulator is empty afterwards.
    mutating func take() -> [(term: Int32, weight: Double)] {
        for entry in entries { slot[Int(entry.term)] = -1 }
        defer { entries.removeAll(keepingCapacity: true) }
        return entries
    }
}
