import Foundation

/// Counts weighted cue phrases in lower-cased text, matching only at word starts (and, for short
/// cues of up to four letters, also at word ends) so that `oer` does not match `boer`.
///
/// Works on the UTF-8 bytes: a byte of a multi-byte character counts as a letter for the
/// word-boundary tests, as do ASCII letters. Matches are searched from the left and do not overlap:
/// after one, counted or not, the search goes on behind it.
struct CueCounter {
    /// A phrase and how strongly it signals its class.
    struct Cue {
        var phrase: String
        var weight: Double
        /// The phrase's UTF-8 bytes.
        let needle: [UInt8]
        /// Whether the phrase must also end a word: short cues of up to four Characters.
        let wholeWord: Bool
        /// Whether two occurrences can overlap: some proper prefix of the phrase is also its suffix.
        let canOverlap: Bool

        init(_ phrase: String, _ weight: Double) {
            self.phrase = phrase
            self.weight = weight
            let bytes = Array(phrase.utf8)
            needle = bytes
            wholeWord = phrase.count <= 4
            canOverlap = bytes.indices.dropFirst().contains { bytes.starts(with: bytes[$0...]) }
        }
    }

    /// A lower-cased text prepared for counting many cues in it: its UTF-8 bytes and the offsets
    /// where words start, grouped by the byte there.
    struct Text {
        let bytes: [UInt8]
        /// Word-start offsets ordered by their byte, then ascending: those at byte `b` are
        /// `wordStarts[bounds[b]..<bounds[b + 1]]`.
        private let wordStarts: [Int]
        private let bounds: [Int]

        init(_ text: String) { self.init(bytes: Array(text.utf8)) }

        init(bytes: [UInt8]) {
            self.bytes = bytes
            func isWordStart(_ offset: Int) -> Bool { offset == 0 || !CueCounter.isLetter(bytes[offset - 1]) }
            var bounds = [Int](repeating: 0, count: 257)
            for offset in bytes.indices where isWordStart(offset) { bounds[Int(bytes[offset]) + 1] += 1 }
            for byte in 0..<256 { bounds[byte + 1] += bounds[byte] }
            var next = bounds
            var wordStarts = [Int](repeating: 0, count: bounds[256])
            for offset in bytes.indices where isWordStart(offset) {
                wordStarts[next[Int(bytes[offset])]] = offset
                next[Int(bytes[offset])] += 1
            }
            self.wordStarts = wordStarts
            self.bounds = bounds
        }

        /// The offsets where a word starts with `byte`, ascending.
        func wordStarts(at byte: UInt8) -> ArraySlice<Int> { wordStarts[bounds[Int(byte)]..<bounds[Int(byte) + 1]] }
    }

    /// Each cue counts at most this many times.
    var cap = 5

    /// The weighted score of `cues` in `text` (lower-cased by the caller).
    func score(_ cues: [Cue], in text: String) -> Double { score(cues, in: Text(text)) }

    /// The weighted score of `cues` in a prepared lower-cased text.
    func score(_ cues: [Cue], in text: Text) -> Double {
        cues.reduce(0) { $0 + Double(occurrences(of: $1, in: text, limit: cap)) * $1.weight }
    }

    /// Occurrences of `phrase` in `text`, counting at most `limit`.
    func occurrences(of phrase: String, in text: String, limit: Int = .max) -> Int {
        occurrences(of: Cue(phrase, 1), in: Text(text), limit: limit)
    }

    private func occurrences(of cue: Cue, in text: Text, limit: Int) -> Int {
        guard let first = cue.needle.first, cue.needle.count <= text.bytes.count else { return 0 }
        // Occurrences that cannot overlap never hide one another, so only word starts need looking at.
        guard !cue.canOverlap else { return scanningOccurrences(of: cue, in: text.bytes, limit: limit) }
        let bytes = text.bytes
        var count = 0
        for start in text.wordStarts(at: first) {
            let end = start + cue.needle.count
            guard count < limit, end <= bytes.count else { break }
            if bytes[start..<end].elementsEqual(cue.needle),
                !cue.wholeWord || end == bytes.count || !Self.isLetter(bytes[end])
            {
                count += 1
            }
        }
        return count
    }

    /// The general search: `memchr` for the first byte, `memcmp` for the rest.
    private func scanningOccurrences(of cue: Cue, in text: [UInt8], limit: Int) -> Int {
        let needle = cue.needle
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
                        if startsWord && (!cue.wholeWord || endsWord) { count += 1 }
                        offset = end
                    } else {
                        offset = start + 1
                    }
                }
            }
        }
        return count
    }

    fileprivate static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
