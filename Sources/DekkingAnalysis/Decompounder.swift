import Foundation

/// Stage 5 of the chain: splits Dutch compounds into their parts with a ``Lexicon``.
///
/// "schuldhulpverlening" → ["schuld", "hulp", "verlening", "hulpverlening"]: the atomic parts, then
/// every right-hand part sequence that is itself a word (in Dutch the head of a compound is on the
/// right, so "schuldhulpverlening" *is* hulpverlening). The whole word is not among the parts; the
/// analyser keeps it as the word token.
///
/// The search, on the lower-case word with diacritics:
/// - a split is head + tail with head ≥ ``minimumHead`` and tail ≥ ``minimumTail`` characters,
///   where the lexicon knows the head and knows or can itself split the tail; a head may end in a linking `s` ("ervarings" → "ervaring") and
///   is emitted without it;
/// - finite verb forms ("signaleert", as the lexicon tells) are never split;
/// - heads that are prefixes or particles ("ver", "be", "aan", "voor", …) and tails that are
///   suffixes or inflections ("heid", "lijk", "eren", …) are refused (``Rules``), so "verlening",
///   "eerlijk", "kinderen" stay whole;
/// - of all valid splits the most balanced one (longest shorter side) wins, then each side is split
///   again the same way; so a word splits into few, long parts.
/// Because hunspell-nl accepts compounds as words, "known" alone does not mean "atomic": the
/// recursion stops where no valid split exists.
///
/// - Complexity: O(n²) lexicon probes per new word of length n, memoised per word.
public final class Decompounder: Sendable {
    /// Data that steers the splitting (`Mappings/analysis/decompound.txt`).
    public struct Rules: Sendable {
        /// Heads that are never a compound's first part (prefixes, particles).
        public var blockedHeads: Set<String>
        /// Tails that are never a compound's last part (suffixes, inflected forms).
        public var blockedTails: Set<String>
        /// Words never split.
        public var keepWhole: Set<String>

        public init(blockedHeads: Set<String> = [], blockedTails: Set<String> = [], keepWhole: Set<String> = []) {
            self.blockedHeads = blockedHeads
            self.blockedTails = blockedTails
            self.keepWhole = keepWhole
        }

        /// Reads a rules file: sections `[heads]`, `[tails]` and `[keep]`, one folded word a line.
        /// - Throws: ``AnalysisError/unreadable(file:)``.
        public init(contentsOf url: URL) throws {
            self.init()
            var section = ""
            for line in try DataFile.lines(of: url) {
                if line.text.hasPrefix("[") {
                    section = line.text
                    continue
                }
                let word = VocabularyLexicon.fold(line.text.lowercased())
                switch section {
                case "[heads]": blockedHeads.insert(word)
                case "[tails]": blockedTails.insert(word)
                case "[keep]": keepWhole.insert(word)
                default: continue
                }
            }
        }
    }

    public let lexicon: any Lexicon
    public let rules: Rules
    public let minimumHead: Int
    public let minimumTail: Int
    private let memo = ShardedMemo<String, [String]>()

    public init(lexicon: any Lexicon, rules: Rules = Rules(), minimumHead: Int = 4, minimumTail: Int = 4) {
        self.lexicon = lexicon
        self.rules = rules
        self.minimumHead = minimumHead
        self.minimumTail = minimumTail
    }

    /// The parts of `word` (lower case, diacritics kept), or `[]` when it is not a compound.
    public func parts(of word: String) -> [String] {
        guard word.count >= minimumHead + minimumTail else { return [] }
        return memo.value(for: word) {
            // Finite verb forms ("signaleert") are inflections, not compounds.
            if lexicon.verbStem(word) != nil { return [] }
            var cache: [String: [String]] = [:]
            let leaves = split(Array(word), cache: &cache)
            guard leaves.count > 1 else { return [] }
            var result = leaves
            for start in 1..<(leaves.count - 1) {
                let tail = leaves[start...].joined()
                if lexicon.knows(tail) { result.append(tail) }
            }
            return result
        }
    }

    /// The atomic parts of `word` (`[word]` when it does not split); `cache` memoises substrings.
    private func split(_ word: [Character], cache: inout [String: [String]]) -> [String] {
        let whole = String(word)
        if let known = cache[whole] { return known }
        guard word.count >= minimumHead + minimumTail, !rules.keepWhole.contains(VocabularyLexicon.fold(whole)) else {
            return [whole]
        }
        cache[whole] = [whole]  // guards against re-entry while this word is being split
        var best: (head: String, tail: [Character], balance: Int)?
        for cut in minimumHead...(word.count - minimumTail) {
            let tail = Array(word[cut...])
            let tailText = String(tail)
            let balance = min(cut, tail.count)
            if let current = best, current.balance >= balance { continue }
            guard !rules.blockedTails.contains(VocabularyLexicon.fold(tailText)),
                let head = validHead(String(word[..<cut])),
                lexicon.knows(tailText) || split(tail, cache: &cache).count > 1
            else { continue }
            best = (head, tail, balance)
        }
        let result = best.map { split(Array($0.head), cache: &cache) + split($0.tail, cache: &cache) } ?? [whole]
        cache[whole] = result
        return result
    }

    /// The head as it should be emitted (linking `s` dropped), or `nil` when it is no valid head.
    private func validHead(_ head: String) -> String? {
        if rules.blockedHeads.contains(VocabularyLexicon.fold(head)) { return nil }
        if lexicon.knows(head) { return head }
        if head.hasSuffix("s"), head.count > minimumHead {
            let stripped = String(head.dropLast())
            if !rules.blockedHeads.contains(VocabularyLexicon.fold(stripped)), lexicon.knows(stripped) { return stripped }
        }
        return nil
    }
}
