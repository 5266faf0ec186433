import DekkingCore
import Foundation

/// Cuts long passages between sentences into chunks of at most a given number of words.
///
/// Sentences end where the one ``DekkingCore/SentenceSplitter`` says; they are packed greedily and
/// keep their text as it was (only a chunk's ends are trimmed). A single sentence longer than
/// twice the limit is cut at spaces.
enum SentenceChunker {
    static func chunks(of text: String, maxWords: Int, splitter: SentenceSplitter) -> [String] {
        guard maxWords > 0, hasMoreWords(text, than: maxWords) else { return [text] }
        var result: [String] = []
        var current = ""
        var currentWords = 0
        func flush() {
            let chunk = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !chunk.isEmpty { result.append(chunk) }
            current = ""
            currentWords = 0
        }
        for sentence in splitter.pieces(text) {
            let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if words.count > maxWords * 2 {
                flush()
                var rest = words[...]
                while !rest.isEmpty {
                    result.append(rest.prefix(maxWords).joined(separator: " "))
                    rest = rest.dropFirst(maxWords)
                }
                continue
            }
            if currentWords > 0, currentWords + words.count > maxWords { flush() }
            current += sentence
            currentWords += words.count
        }
        flush()
        return result
    }

    /// Whether `text` has more than `limit` words between spaces (as `split(separator: " ")` counts them).
    private static func hasMoreWords(_ text: String, than limit: Int) -> Bool {
        func hasMore(_ units: some TextView) -> Bool {
            var count = 0
            var inWord = false
            for unit in units {
                if unit != " ", !inWord {
                    count += 1
                    if count > limit { return true }
                }
                inWord = unit != " "
            }
            return false
        }
        return text.isSimpleText ? hasMore(text.unicodeScalars) : hasMore(text)
    }
}
