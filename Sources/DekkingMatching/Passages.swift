import DekkingAnalysis
import DekkingCore
import Foundation

/// Splits text into sentences, keeping Dutch abbreviations ("bijv.", "o.a.", "t.b.v.") whole.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "bijv", "bv", "o.a", "e.d", "d.w.z", "t.b.v", "i.v.m", "m.b.t", "t.a.v", "i.o.m", "nr", "ca", "incl", "excl",
        "enz", "etc", "evt", "resp", "mr", "dr", "drs", "ir", "ing", "mevr", "dhr", "jl", "vgl", "zgn", "m.n", "o.b.v",
        "a.d.h.v", "n.a.v", "i.c", "p.p", "art", "lid", "blz", "z.s.m", "e.v",
    ]

    /// The sentences of `text`, trimmed, in order; a text without sentence ends is one sentence.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            current.append(c)
            if c == "\n" || ((c == "." || c == "!" || c == "?") && endsSentence(characters, at: i, current: current)) {
                flush(&current, into: &result)
            }
            i += 1
        }
        flush(&current, into: &result)
        return result
    }

    private static func endsSentence(_ chars: [Character], at i: Int, current: String) -> Bool {
        let next = i + 1 < chars.count ? chars[i + 1] : " "
        guard next.isWhitespace || next == "\"" || next == ")" else { return false }
        var j = i + 1
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        if j < chars.count, let first = chars[j].unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) {
            return false
        }
        guard chars[i] == "." else { return true }
        let word = current.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map(String.init) ?? ""
        let bare = word.lowercased()
        if bare.count <= 1 || abbreviations.contains(bare) { return false }
        return true
    }

    private static func flush(_ current: inout String, into result: inout [String]) {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains(where: { $0.isLetter }) { result.append(trimmed) }
        current = ""
    }
}

/// A window of a document: up to a few consecutive sentences of one segment, analysed.
struct Window {
    let segment: Int
    let text: String
    /// Key-phrase terms of the window's sentences; heading terms come first, separated by a gap.
    let terms: TermOccurrences
    /// Weighted term frequencies (heading terms weighted down), in order of first appearance so
    /// that every sum over them runs in the same order in every process.
    let frequencies: [(term: String, weight: Double)]
    /// Words of the window's own text.
    let length: Int
    /// The analysed heading and sentences, kept to quote matched words on demand.
    let headingText: String
    let headingTokens: [Token]
    let sentences: [String]
    let sentenceTokens: [[Token]]

    /// The words of the window (heading included) whose terms are in `terms`, as written.
    func surfaces(of terms: Set<String>) -> [String] {
        var found: [String] = []
        for token in headingTokens where terms.contains(token.term) {
            found.append(WindowBuilder.substring(headingText, token.start, token.end))
        }
        for (sentence, tokens) in zip(sentences, sentenceTokens) {
            for token in tokens where terms.contains(token.term) {
                found.append(WindowBuilder.substring(sentence, token.start, token.end))
            }
        }
        return found
    }
}

/// Builds the windows of a document.
struct WindowBuilder {
    let analyzer: any TermAnalyzer
    let configuration: MatchingConfiguration
    let proximity: Int
    let vocabulary: [String: Int32]

    /// Windows of every matchable segment, the document's word count, its passages' terms (for
    /// field relevance) and every phrase term of the document, headings included.
    func windows(of document: Document)
        -> (windows: [Window], words: Int, passages: [TermOccurrences], allTerms: TermOccurrences)
    {
        var windows: [Window] = []
        var words = 0
        var passages: [TermOccurrences] = []
        var allTerms = TermOccurrences()
        var headingCache: [String: [Token]] = [:]
        for segment in document.segments where segment.role.isMatchable && segment.role != .heading {
            let sentences = SentenceSplitter.sentences(segment.text)
            guard !sentences.isEmpty else { continue }
            let analysed = sentences.map { analyzer.analyze($0) }
            let heading = segment.headingPath.last ?? ""
            let headingTokens: [Token]
            if let cached = headingCache[heading] {
                headingTokens = cached
            } else {
                headingTokens = heading.isEmpty ? [] : analyzer.analyze(heading)
                headingCache[heading] = headingTokens
                allTerms.add(headingTokens, vocabulary: vocabulary, offset: 0)
            }
            var segmentTerms = TermOccurrences()
            var segmentOffset = 0
            for sentenceTokens in analysed {
                segmentTerms.add(sentenceTokens, vocabulary: vocabulary, offset: segmentOffset)
                segmentOffset += (sentenceTokens.map(\.position).max() ?? -1) + 1
            }
            passages.append(segmentTerms)
            allTerms.merge(segmentTerms)
            words += segmentTerms.positions
            let size = max(1, configuration.windowSentences)
            let starts = sentences.count <= size ? [0] : Array(0...(sentences.count - size))
            for start in starts {
                let range = start..<min(sentences.count, start + size)
                windows.append(
                    window(segment: segment.index, sentences: Array(sentences[range]), tokens: Array(analysed[range]),
                        heading: headingTokens, headingText: heading))
            }
        }
        return (windows, words, passages, allTerms)
    }

    private func window(segment: Int, sentences: [String], tokens: [[Token]], heading: [Token], headingText: String) -> Window {
        var terms = TermOccurrences()
        var frequencies = OrderedWeights()
        var offset = 0
        terms.add(heading, vocabulary: vocabulary, offset: offset)
        for t in heading {
            frequencies.add(t.term, configuration.weight(of: t.origin) * configuration.headingWeight)
        }
        offset = (heading.map(\.position).max() ?? -1) + proximity + 2
        var length = 0
        for sentenceTokens in tokens {
            terms.add(sentenceTokens, vocabulary: vocabulary, offset: offset)
            var lastPosition = -1
            var maxPosition = -1
            for t in sentenceTokens {
                frequencies.add(t.term, configuration.weight(of: t.origin))
                if t.position != lastPosition { length += 1; lastPosition = t.position }  // tokens are in position order
                maxPosition = max(maxPosition, t.position)
            }
            offset += maxPosition + 1
        }
        return Window(
            segment: segment, text: sentences.joined(separator: " "), terms: terms,
            frequencies: frequencies.entries, length: max(length, 1), headingText: headingText, headingTokens: heading,
            sentences: sentences, sentenceTokens: tokens)
    }

    /// The substring of `text` at UTF-16 offsets, or "" when they are out of range.
    static func substring(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf16 = text.utf16
        guard start >= 0, end <= utf16.count, start < end else { return "" }
        let from = utf16.index(utf16.startIndex, offsetBy: start)
        let to = utf16.index(utf16.startIndex, offsetBy: end)
        guard let lower = from.samePosition(in: text), let upper = to.samePosition(in: text) else { return "" }
        return String(text[lower..<upper])
    }
}

/// Weights per term in order of first appearance, so sums over them are reproducible.
struct OrderedWeights {
    private var index: [String: Int] = [:]
    private(set) var entries: [(term: String, weight: Double)] = []

    mutating func add(_ term: String, _ weight: Double) {
        if let i = index[term] {
            entries[i].weight += weight
        } else {
            index[term] = entries.count
            entries.append((term, weight))
        }
    }
}
