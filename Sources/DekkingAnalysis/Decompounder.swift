import Foundation

/// Splits Dutch compounds into their parts with a ``Lexicon``.
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
/// Words longer than ``maximumWordLength`` are left whole, and so is a word whose search would
/// need more than ``lookupBudget`` lexicon look-ups (see ``CompoundSearch``).
///
/// - Complexity: at most ``lookupBudget`` lexicon look-ups per word (the analyser calls it once per new word); the
///   search itself is O(n³) in the word's length n ≤ ``maximumWordLength``, without look-ups.
public final class Decompounder: Sendable {
    /// Data that steers the splitting (`Mappings/analysis/decompound.txt`).
    public struct Rules: Sendable {
        /// Heads that are never a compound's first part (prefixes, particles).
        public var blockedHeads: Set<String>
        /// Tails that are never a compound's last part (suffixes, inflected forms).
        public var blockedTails: Set<String>
        /// Words never split.
        public var keepWhole: Set<String>
        /// The lines of the file that were not used, with the reason, for findings.
        public var skippedLines: [DataFile.Skipped] = []

        public init(blockedHeads: Set<String> = [], blockedTails: Set<String> = [], keepWhole: Set<String> = []) {
            self.blockedHeads = blockedHeads
            self.blockedTails = blockedTails
            self.keepWhole = keepWhole
        }

        /// Reads a rules file: sections `[heads]`, `[tails]` and `[keep]`, one folded word a line.
        /// An unknown section, a line before any section and a line that is not one word are not
        /// used and listed in ``skippedLines``.
        /// - Throws: ``AnalysisError/unreadable(file:)``.
        public init(contentsOf url: URL) throws {
            self.init()
            let sections: Set<String> = ["[heads]", "[tails]", "[keep]"]
            let expected = "één woord per regel, onder [heads], [tails] of [keep]"
            var section = ""
            for line in try DataFile.lines(of: url) {
                if line.text.hasPrefix("[") {
                    section = line.text
                    if !sections.contains(section) { skippedLines.append(.init(line: line, expected: expected)) }
                    continue
                }
                guard sections.contains(section), !line.text.contains(where: \.isWhitespace) else {
                    // The lines of an unknown section are covered by the finding on its header.
                    if section.isEmpty || sections.contains(section) {
                        skippedLines.append(.init(line: line, expected: expected))
                    }
                    continue
                }
                let word = VocabularyLexicon.fold(line.text.lowercased())
                switch section {
                case "[heads]": blockedHeads.insert(word)
                case "[tails]": blockedTails.insert(word)
                default: keepWhole.insert(word)
                }
            }
        }
    }

    /// The longest word, in characters, that is split.
    ///
    /// Dutch compounds in running text stay well below this: dictionary compounds such as
    /// "arbeidsongeschiktheidsverzekering" have about 35 letters, and the constructed record
    /// "kindercarnavalsoptochtvoorbereidingswerkzaamhedenplan" 53. A longer "word" is glued text
    /// (a PDF without spaces, a repeated word, random letters), whose splitting only costs time:
    /// the search grows with the cube of the length.
    public static let maximumWordLength = 60

    /// The most lexicon look-ups the search for one word may make; a word that needs more is
    /// left whole. A look-up is a hunspell call (about 30 µs). The words of the samples, the
    /// development set and the framework need at most 36; 60 letters of glued field words about
    /// 280, so the budget bounds a word at about 30 ms without leaving any real word whole.
    public static let lookupBudget = 1_000

    public let lexicon: any Lexicon
    public let rules: Rules
    public let minimumHead: Int
    public let minimumTail: Int

    /// - Parameters: `minimumHead` and `minimumTail` are at least 1 (smaller values are raised).
    public init(lexicon: any Lexicon, rules: Rules = Rules(), minimumHead: Int = 4, minimumTail: Int = 4) {
        self.lexicon = lexicon
        self.rules = rules
        self.minimumHead = max(1, minimumHead)
        self.minimumTail = max(1, minimumTail)
    }

    /// The parts of `word` (lower case, diacritics kept), or `[]` when it is not a compound, is
    /// longer than ``maximumWordLength`` or needs more than ``lookupBudget`` look-ups.
    public func parts(of word: String) -> [String] {
        let length = word.count
        guard length >= minimumHead + minimumTail, length <= Self.maximumWordLength else { return [] }
        return search(word).parts ?? []
    }

    /// The search behind ``parts(of:)``: the parts (`nil` when the search ran out of
    /// look-ups) and the lexicon look-ups it made, for tests.
    func search(_ word: String) -> (parts: [String]?, lookups: Int) {
        // Finite verb forms ("signaleert") are inflections, not compounds.
        if lexicon.verbStem(word) != nil { return ([], 1) }
        var search = CompoundSearch(word: Array(word), decompounder: self)
        guard let leaves = search.leaves() else { return (nil, search.lookups) }
        guard leaves.count > 1 else { return ([], search.lookups) }
        var result = leaves
        for start in 1..<(leaves.count - 1) {
            let tail = leaves[start...].joined()
            if lexicon.knows(tail) { result.append(tail) }
        }
        return (result, search.lookups + leaves.count - 2)
    }
}
