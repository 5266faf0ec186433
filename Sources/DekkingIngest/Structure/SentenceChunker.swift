/// Splits long passages at sentence boundaries into chunks of at most a given number of words.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and a capital, digit or opening quote.
/// Sentences are packed greedily; a single sentence longer than twice the limit is cut at words.
enum SentenceChunker {
    static func chunks(of text: String, maxWords: Int) -> [String] {
        guard maxWords > 0, hasMoreWords(text, than: maxWords) else { return [text] }
        let words = text.split(separator: " ")
        var sentences: [[Substring]] = [[]]
        func startsSentence(_ word: Substring) -> Bool {
            word.first.map { $0.isUppercase || $0.isNumber || $0 == "\"" || $0 == "‘" } ?? false
        }
        for (offset, word) in words.enumerated() {
            sentences[sentences.count - 1].append(word)
            if let last = word.last, ".!?".contains(last), offset + 1 < words.count, startsSentence(words[offset + 1]),
                !isAbbreviation(word)
            {
                sentences.append([])
            }
        }
        var result: [[Substring]] = []
        var current: [Substring] = []
        for sentence in sentences where !sentence.isEmpty {
            if sentence.count > maxWords * 2 {
                if !current.isEmpty {
                    result.append(current)
                    current = []
                }
                var rest = sentence[...]
                while !rest.isEmpty {
                    result.append(Array(rest.prefix(maxWords)))
                    rest = rest.dropFirst(maxWords)
                }
                continue
            }
            if !current.isEmpty, current.count + sentence.count > maxWords {
                result.append(current)
                current = []
            }
            current += sentence
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.joined(separator: " ") }
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

    private static let abbreviations: Set<String> = [
        "bijv.", "o.a.", "m.b.t.", "t.a.v.", "enz.", "dhr.", "mevr.", "nr.", "art.", "incl.", "excl.", "ca.", "d.w.z.",
        "i.v.m.", "z.s.m.",
    ]

    private static func isAbbreviation(_ word: Substring) -> Bool { abbreviations.contains(word.lowercased()) }
}
