import DekkingCore

/// The Dutch analysis chain, composed in one place: normalise → tokenise → expand elliptical
/// compounds → per word form (memoised): drop stop words → stem (overrides, verb stems, Snowball)
/// → add compound parts (stop-word parts left out) → per text: join separable verbs ("neemt … op"
/// → "opnemen") → add hyphenated wholes → add thesaurus terms → give new terms their ids.
///
/// Built by ``DutchAnalysis/analyzer(mappings:options:)``. An analyzer is immutable apart from
/// internally locked memo caches, so one instance is meant to be shared by every thread.
///
/// Token contract (see ``Token``): every word kept after stop-word filtering gets the next
/// position; its compound parts and synonyms share that position, a thesaurus phrase sits at the
/// position of its first word and spans the offsets of the whole phrase. Parts of a hyphenated word
/// ("sociaal-financiële") are words with their own positions and offsets, and the whole, as the
/// parts' stems joined by `-` ("sociaal-financieel"), is an extra `.word` token at the first
/// part's position spanning all of it.
/// Stop words take no position, so a phrase matches across them.
///
/// ``analyzeTerms(_:)`` gives the same tokens as ``analyze(_:)`` with each term as an id of
/// ``termTable``, so the matching of many documents never spells terms out.
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

    /// Everything the chain decides about one word form, memoised by its surface (see
    /// ``surface(of:in:)``), so a repeated word costs one memo lookup.
    ///
    /// The surface determines the folded text, so every field is a function of the key.
    struct WordAnalysis: Sendable {
        /// The stem; for a stop word the folded text itself (stop words are not stemmed).
        var stem: String
        /// The ``TermTable`` id of ``stem`` (-1 for a stop word, which yields no token).
        var stemID: Int32 = -1
        /// The ``TermTable`` ids of the stems of the compound parts, without stop words and the
        /// stem itself.
        var partIDs: [Int32] = []
        /// The folded text is in the stop-word list.
        var isStopWord = false
        /// The folded text is a single scalar: dropped like a stop word when the piece is a `.word`.
        var isSingleScalar = false
        /// What the separable-verb joiner asks about the word.
        var verbFacts = SeparableVerbs.Facts()
        /// Whether a thesaurus member starts with the stem (most words need no synonym lookup).
        var startsSynonym = false

        /// Whether a piece of `kind` with this text takes no position.
        func isDropped(as kind: WordPiece.Kind) -> Bool { isStopWord || (kind == .word && isSingleScalar) }
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
    let expander: EllipsisExpander?
    let stopWords: StopWords?
    let stemmer: DutchStemmer
    let decompounder: Decompounder?
    var separable: SeparableVerbs?
    var synonyms: SynonymMatcher?
    let memo = ShardedMemo<String, Frozen<WordAnalysis>>()
    /// The ids of every term this analyzer has produced (see ``analyzeTerms(_:)``).
    public let termTable = TermTable()

    /// The tokens of `text`.
    /// - Complexity: O(n) in the length of the text once the words are memoised.
    public func analyze(_ text: String) -> [Token] { tokens(analysis(of: text, keepingWords: false).tokens) }

    /// The tokens of `text` with their terms as ``termTable`` ids: ``analyze(_:)`` without a
    /// string per token, for the per-sentence work of matching documents.
    public func analyzeTerms(_ text: String) -> [TermToken] { analysis(of: text, keepingWords: false).tokens }

    /// The stem a single word gets in ``analyze(_:)`` (folded and stemmed; "Cliënten" → "client").
    public func stem(_ word: String) -> String {
        let pieces = tokenizer.tokenize(normalizer.normalize(word))
        return pieces.first.map { stemmer.stem($0.text) } ?? ""
    }

    /// The tokens and the words of `text`.
    public func analysis(of text: String) -> Analysis {
        let analysis = analysis(of: text, keepingWords: true)
        return Analysis(tokens: tokens(analysis.tokens), words: analysis.words)
    }

    /// `terms` with their terms spelled out.
    private func tokens(_ terms: [TermToken]) -> [Token] {
        zip(terms, termTable.terms(of: terms.map(\.termID))).map { token, term in
            Token(
                term: term, position: Int(token.position), start: Int(token.start), end: Int(token.end),
                origin: token.origin)
        }
    }

    /// The tokens of `text`, and its words when `keepingWords` (otherwise `words` is empty).
    private func analysis(of text: String, keepingWords: Bool) -> (tokens: [TermToken], words: [Word]) {
        let normalized = normalizer.normalize(text)
        var pieces = tokenizer.tokenize(normalized)
        if let expander {
            pieces = expander.expand(pieces) { self.surface(of: $0, in: normalized) }
        }
        let analyses = pieces.map { analyze($0, in: normalized) }
        var tokens: [TermToken] = []
        // Tokens whose term has no id yet (numbers, joined verbs and hyphenated wholes, synonyms):
        // their index in `tokens` and the term, given ids all at once at the end.
        var unnamed: [(index: Int, term: String)] = []
        func append(_ term: String, position: Int, start: Int, end: Int, origin: Token.Origin = .word) {
            unnamed.append((tokens.count, term))
            tokens.append(TermToken(termID: -1, position: position, start: start, end: end, origin: origin))
        }
        var words: [Word] = []
        var slots: [SynonymMatcher.Slot] = []
        tokens.reserveCapacity(pieces.count)
        slots.reserveCapacity(pieces.count)
        if keepingWords { words.reserveCapacity(pieces.count) }
        var groupStart: (position: Int, start: Int, stems: [String])?
        let joins = separable?.joins(pieces, in: normalized) { analyses[$0].value.verbFacts } ?? [:]
        for (index, piece) in pieces.enumerated() {
            let start = normalized.utf16Offset(ofScalar: piece.start)
            let end = normalized.utf16Offset(ofScalar: piece.end)
            let analysis = analyses[index]
            let isStop = analysis.value.isDropped(as: piece.kind)
            var word =
                keepingWords
                ? Word(original: original(normalized, piece), folded: piece.text, start: start, end: end) : nil
            var stem = piece.text
            if !isStop {
                let position = slots.count
                word?.position = position
                stem = analysis.value.stem
                if analysis.value.stemID >= 0 {
                    tokens.append(TermToken(termID: analysis.value.stemID, position: position, start: start, end: end))
                } else {
                    append(analysis.value.stem, position: position, start: start, end: end)
                }
                for part in analysis.value.partIDs {
                    tokens.append(
                        TermToken(termID: part, position: position, start: start, end: end, origin: .compoundPart))
                }
                var slot = SynonymMatcher.Slot(term: analysis.value.stem, start: start, end: end)
                slot.termStartsMember = analysis.value.startsSynonym
                if let infinitive = joins[index] {
                    let joined = stemmer.stem(infinitive)
                    if joined != analysis.value.stem {
                        append(joined, position: position, start: start, end: end, origin: .separableVerb)
                        slot.more.append(joined)
                    }
                }
                slots.append(slot)
            }
            // Hyphenated words: also the joined whole, at the first part's position.
            if piece.link == .hyphen {
                if groupStart == nil { groupStart = (slots.count - (isStop ? 0 : 1), start, []) }
                groupStart?.stems.append(stem)
            } else if let group = groupStart {
                groupStart = nil
                let joined = (group.stems + [stem]).joined(separator: "-")
                if group.position < slots.count {
                    append(joined, position: group.position, start: group.start, end: end)
                    slots[group.position].more.append(joined)
                    slots[group.position].end = max(slots[group.position].end, end)
                }
            }
            if let word { words.append(word) }
        }
        if let synonyms {
            for token in synonyms.match(slots) {
                append(token.term, position: token.position, start: token.start, end: token.end, origin: token.origin)
            }
        }
        if !unnamed.isEmpty {
            for (entry, id) in zip(unnamed, termTable.ids(of: unnamed.map(\.term))) { tokens[entry.index].termID = id }
        }
        tokens.sort { ($0.position, $0.origin.rank) < ($1.position, $1.origin.rank) }
        return (tokens, words)
    }

    /// What the chain decides about `piece`: memoised by surface, except for numbers (which are
    /// their own stem and never split).
    private func analyze(_ piece: WordPiece, in text: NormalizedText) -> Frozen<WordAnalysis> {
        guard piece.kind != .number else {
            let isStopWord = stopWords?.contains(piece.text) ?? false
            var analysis = WordAnalysis(stem: piece.text, isStopWord: isStopWord)
            analysis.startsSynonym = synonyms?.startsMember(piece.text) ?? false
            return Frozen(analysis)
        }
        let surface = surface(of: piece, in: text)
        return memo.value(for: surface) {
            let folded = piece.text
            let isStopWord = stopWords?.contains(folded) ?? false
            var analysis = WordAnalysis(
                stem: folded, isStopWord: isStopWord, isSingleScalar: folded.unicodeScalars.count < 2,
                verbFacts: SeparableVerbs.Facts(of: folded, isStopWord: isStopWord))
            guard !isStopWord else { return Frozen(analysis) }
            analysis.stem = stemmer.stem(folded)
            analysis.startsSynonym = synonyms?.startsMember(analysis.stem) ?? false
            guard let decompounder else {
                analysis.stemID = termTable.id(of: analysis.stem)
                return Frozen(analysis)
            }
            var parts: [String] = []
            for part in decompounder.parts(of: surface) {
                let foldedPart = VocabularyLexicon.fold(part)
                if stopWords?.contains(foldedPart) ?? false { continue }
                let partStem = stemmer.stem(foldedPart)
                if partStem != analysis.stem, !parts.contains(partStem) { parts.append(partStem) }
            }
            let ids = termTable.ids(of: [analysis.stem] + parts)
            analysis.stemID = ids[0]
            analysis.partIDs = Array(ids.dropFirst())
            return Frozen(analysis)
        }
    }

    /// The lower-case form with diacritics of a piece, for the lexicon ("cliënt").
    func surface(of piece: WordPiece, in text: NormalizedText) -> String {
        guard piece.kind == .word || piece.kind == .number,
            text.source[piece.start..<piece.end].contains(where: { $0.value >= 0x80 })
        else { return piece.text }
        let source = text.source[piece.start..<piece.end]
        // Fast path: already lower case and composed (ASCII plus Latin-1 lower-case letters).
        if source.allSatisfy({
            $0.value < 0x80
                ? !(0x41...0x5A).contains($0.value) : ($0.value >= 0xDF && $0.value <= 0xFF && $0.value != 0xF7)
        }) {
            return ScalarString.make(source)
        }
        let surface = text.surface(piece.start..<piece.end)
        return VocabularyLexicon.fold(surface) == piece.text ? surface : piece.text
    }

    private func original(_ text: NormalizedText, _ piece: WordPiece) -> String {
        ScalarString.make(text.source[piece.start..<piece.end])
    }
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
