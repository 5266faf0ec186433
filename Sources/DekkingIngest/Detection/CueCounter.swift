/// Counts weighted cue phrases in lower-cased text, matching only at word starts (and, for short
/// cues of up to four letters, also at word ends) so that `oer` does not match `boer`.
struct CueCounter {
    /// A phrase and how strongly it signals its class.
    struct Cue {
        var phrase: String
        var weight: Double
        init(_ phrase: String, _ weight: Double) {
            self.phrase = phrase
            self.weight = weight
        }
    }

    /// Each cue counts at most this many times.
    var cap = 5

    /// The weighted score of `cues` in `text` (lower-cased by the caller).
    func score(_ cues: [Cue], in text: String) -> Double {
        cues.reduce(0) { $0 + Double(min(cap, occurrences(of: $1.phrase, in: text))) * $1.weight }
    }

    func occurrences(of phrase: String, in text: String) -> Int {
        var count = 0
        var searchStart = text.startIndex
        let wholeWord = phrase.count <= 4
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let endsWord = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if startsWord && (!wholeWord || endsWord) { count += 1 }
            searchStart = range.upperBound
        }
        return count
    }
}
