import DekkingCore

/// The analysis of Dutch text: normalise → tokenise → the steps of an ``AnalysisChain`` (piece
/// filters, word filters, token filters) → tokens. The Dutch chain is written in one place,
/// ``DutchAnalysis/chain(_:)``, and built by ``DutchAnalysis/analyzer(mappings:options:)``.
///
/// An analyzer is immutable apart from its word caches (locked inside), so one instance is meant
/// to be shared by every thread.
///
/// Token contract (see ``Token``): every word kept after the word filters gets the next
/// position; its compound parts and synonyms share that position, a thesaurus phrase sits at the
/// position of its first word and spans the offsets of the whole phrase. Parts of a hyphenated word
/// ("sociaal-financiële") are words with their own positions and offsets, and the whole, as the
/// parts' stems joined by `-` ("sociaal-financieel"), is an extra `.word` token at the first
/// part's position spanning all of it.
/// Stop words take no position, so a phrase matches across them. At one position the word comes
/// first, then its parts, then a joined verb, then synonyms.
public struct Analyzer: Sendable {
    /// The result of analysing a text.
    public struct Analysis: Sendable {
        /// Terms for matching, ordered by position.
        public var tokens: [Token]
        /// Every word of the text, stop words included, with the original text for quoting.
        public var words: [Word]
    }

    /// A word of the original text.
    public struct Word: Hashable, Sendable {
        /// The text exactly as in the original (`original[start..<end]` in UTF-16 offsets).
        public var original: String
        /// The folded form ("client" for "Cliënt's").
        public var folded: String
        public var start: Int
        public var end: Int
        /// The token position, or `nil` for a stop word.
        public var position: Int?
    }

    public let options: AnalysisOptions
    /// Problems found in the mappings while building (thesaurus findings, fallbacks used).
    public internal(set) var findings: [Finding]
    /// The thesaurus groups in use (empty when the thesaurus is off).
    public internal(set) var thesaurusGroups: [Thesaurus.Group] = []
    /// The lexicon in use ("hunspell" or "woordenlijst").
    public let lexiconName: String

    let normalizer = TextNormalizer()
    let tokenizer: Tokenizer
    /// Where a sentence ends: the tokeniser's abbreviations, so a sentence never ends inside a
    /// word the tokeniser keeps whole.
    public let sentences: SentenceSplitter
    public internal(set) var chain: AnalysisChain
    /// The word forms behind ``analyze(_:)`` and ``analysis(of:)``, which spell their terms out.
    let forms = WordCache(table: nil)

    public init(
        options: AnalysisOptions = AnalysisOptions(), tokenizer: Tokenizer = Tokenizer(), chain: AnalysisChain,
        findings: [Finding] = [], lexiconName: String = "woordenlijst"
    ) {
        self.options = options
        self.tokenizer = tokenizer
        self.sentences = SentenceSplitter(abbreviations: tokenizer.abbreviations.keys)
        self.chain = chain
        self.findings = findings
        self.lexiconName = lexiconName
    }

    /// Analysis with terms as ids of one table (``interning(into:)``).
    public struct Interning: Sendable {
        let analyzer: Analyzer
        let cache: WordCache
        /// The table the ids are from.
        public let table: TermTable

        /// The tokens of `text` with their terms as ids: ``Analyzer/analyze(_:)`` without a string
        /// per token, for the per-sentence work of matching documents.
        public func analyzeTerms(_ text: String) -> [TermToken] {
            analyzer.run(text, cache: cache, keepingWords: false).tokens.map {
                TermToken(termID: $0.termID, position: $0.position, start: $0.start, end: $0.end, origin: $0.origin)
            }
        }
    }

    /// This analyzer giving its terms as ids of `table`, with a word cache of its own: the
    /// consumer owns the table, and keeps the result for as long as it analyses.
    public func interning(into table: TermTable) -> Interning {
        Interning(analyzer: self, cache: WordCache(table: table), table: table)
    }

    /// The tokens of `text`.
    /// - Complexity: O(n) in the length of the text once its words are cached.
    public func analyze(_ text: String) -> [Token] { run(text, cache: forms, keepingWords: false).tokens.map(\.token) }

    /// The tokens and the words of `text`.
    public func analysis(of text: String) -> Analysis {
        let result = run(text, cache: forms, keepingWords: true)
        return Analysis(tokens: result.tokens.map(\.token), words: result.words)
    }

    /// The stem a single word gets in ``analyze(_:)`` (folded and stemmed; "Cliënten" → "client"),
    /// stop word or not.
    public func stem(_ word: String) -> String {
        let normalized = normalizer.normalize(word)
        guard let piece = tokenizer.tokenize(normalized).first else { return "" }
        var form = WordForm(
            text: piece.text, surface: normalized.surface(of: piece), isNumber: piece.kind == .number)
        for case .word(let filter) in chain.steps where filter is StemFilter { filter.apply(to: &form) }
        return form.stem
    }

    /// The tokens of `text` (ids from `cache`'s table where it has one, and only then), and its
    /// words when `keepingWords` (otherwise `words` is empty).
    func run(_ text: String, cache: WordCache, keepingWords: Bool) -> (
        tokens: [TokenStream.Entry], words: [Word]
    ) {
        let normalized = normalizer.normalize(text)
        var pieces = tokenizer.tokenize(normalized)
        for filter in chain.pieceFilters { pieces = filter.apply(to: pieces, in: normalized) }
        let entries = pieces.map { entry(of: $0, in: normalized, cache: cache) }
        var tokens: [TokenStream.Entry] = []
        var positions: [Int?] = []
        var slots: [TokenStream.Slot] = []
        var offsets: [Range<Int>] = []
        var words: [Word] = []
        tokens.reserveCapacity(pieces.count)
        positions.reserveCapacity(pieces.count)
        slots.reserveCapacity(pieces.count)
        offsets.reserveCapacity(pieces.count)
        if keepingWords { words.reserveCapacity(pieces.count) }
        for (index, piece) in pieces.enumerated() {
            let start = normalized.utf16Offset(ofScalar: piece.start)
            let end = normalized.utf16Offset(ofScalar: piece.end)
            offsets.append(start..<end)
            let entry = entries[index].value
            var position: Int?
            if !entry.form.isDropped(as: piece.kind) {
                position = slots.count
                slots.append(TokenStream.Slot(piece: index, start: start, end: end))
                tokens.append(
                    .init(
                        term: entry.form.stem, termID: entry.stemID, position: slots.count - 1, start: start, end: end,
                        origin: .word))
                for (offset, part) in entry.form.parts.enumerated() {
                    let id = offset < entry.partIDs.count ? entry.partIDs[offset] : -1
                    tokens.append(
                        .init(
                            term: part, termID: id, position: slots.count - 1, start: start, end: end,
                            origin: .compoundPart))
                }
            }
            positions.append(position)
            if keepingWords {
                words.append(
                    Word(
                        original: ScalarString.make(normalized.source[piece.start..<piece.end]), folded: piece.text,
                        start: start, end: end, position: position))
            }
        }
        var stream = TokenStream(
            text: normalized, pieces: pieces, forms: .init(entries: entries), positions: positions, slots: slots,
            offsets: offsets, tokens: tokens)
        for filter in chain.tokenFilters { filter.apply(to: &stream) }
        tokens = stream.tokens
        if let table = cache.table {
            let unnamed = tokens.indices.filter { tokens[$0].termID < 0 }
            if !unnamed.isEmpty {
                for (index, id) in zip(unnamed, table.ids(of: unnamed.map { tokens[$0].term })) {
                    tokens[index].termID = id
                }
            }
        }
        tokens.sort { ($0.position, $0.origin.rank) < ($1.position, $1.origin.rank) }
        return (tokens, words)
    }

    /// The cached form of `piece`; numbers (their own stem, never split) are not cached.
    private func entry(of piece: WordPiece, in text: NormalizedText, cache: WordCache) -> Frozen<WordCache.Entry> {
        guard piece.kind != .number else {
            return Frozen(cache.entry(chain.form(of: piece.text, surface: piece.text, isNumber: true)))
        }
        let surface = text.surface(of: piece)
        return cache.entry(for: surface) { chain.form(of: piece.text, surface: surface, isNumber: false) }
    }
}

extension TokenStream.Entry {
    var token: Token { Token(term: term, position: position, start: start, end: end, origin: origin) }
}

extension Token.Origin {
    /// Order of tokens at one position: the word first, then its parts, then synonyms.
    var rank: Int {
        switch self {
        case .word: 0
        case .compoundPart: 1
        case .separableVerb: 2
        case .synonym: 3
        }
    }
}
