import Foundation

/// Counts weighted cue phrases in lower-cased text, matching only at word starts (and, for short
/// cues of up to four letters, also at word ends) so that `oer` does not match `boer`.
///
/// Works on the UTF-8 bytes (`memchr` for the first byte, `memcmp` for the rest): a byte of a multi-byte character counts as a letter
/// for the word-boundary tests, as do ASCII letters.
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
        let bytes = Array(text.utf8)
        return cues.reduce(0) { $0 + Double(occurrences(of: $1.phrase, in: bytes, limit: cap)) * $1.weight }
    }

    /// Occurrences of `phrase` in `text`, counting at most `limit`.
    func occurrences(of phrase: String, in text: String, limit: Int = .max) -> Int {
        occurrences(of: phrase, in: Array(text.utf8), limit: limit)
    }

    private func occurrences(of phrase: String, in text: [UInt8], limit: Int) -> Int {
        let needle = Array(phrase.utf8)
        guard !needle.isEmpty, needle.count <= text.count else { return 0 }
        let wholeWord = phrase.count <= 4
        var count = 0
        text.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return }
                var offset = 0
                let first = Int32(needle[0])
                while count < limit, offset + needle.count <= text.count {
                    guard let hit = memchr(base + offset, first, text.count - offset - needle.count + 1) else { break }
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    let end = start + needle.count
                    if memcmp(base + start, patternBase, needle.count) == 0 {
                        let startsWord = start == 0 || !Self.isLetter(text[start - 1])
                        let endsWord = end == text.count || !Self.isLetter(text[end])
                        if startsWord && (!wholeWord || endsWord) { count += 1 }
                        offset = end
                    } else {
                        offset = start + 1
                    }
                }
            }
        }
        return count
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
