/// Marks the words of the stop-word list (`Mappings/analysis/stopwords-nl.txt`): they take no
/// position, so a phrase matches across them, and the word filters after this one skip them.
public struct StopWordFilter: WordFilter {
    public let stopWords: StopWords

    public init(_ stopWords: StopWords) { self.stopWords = stopWords }

    public func apply(to form: inout WordForm) {
        if stopWords.contains(form.text) { form.isStopWord = true }
    }
}

/// Marks one-letter words ("a", "b" of a list), which take no position when they stand as words.
public struct SingleLetterFilter: WordFilter {
    public init() {}

    public func apply(to form: inout WordForm) {
        if !form.isNumber, form.text.unicodeScalars.count < 2 { form.isSingleLetter = true }
    }
}

/// Stems a word with the Dutch stemmer (overrides, verb stems, Snowball); numbers are their own
/// stem.
public struct StemFilter: WordFilter {
    public let stemmer: DutchStemmer

    public init(_ stemmer: DutchStemmer) { self.stemmer = stemmer }

    public func apply(to form: inout WordForm) {
        guard !form.isNumber else { return }
        form.stem = stemmer.stem(form.text)
    }
}

/// Adds the stems of a compound's parts ("schuldhulpverlening" → schuld, hulp, verlen,
/// hulpverlen), leaving out parts that are stop words and parts whose stem is the word's own.
public struct CompoundPartFilter: WordFilter {
    public let decompounder: Decompounder
    public let stopWords: StopWords?
    public let stemmer: DutchStemmer

    public init(_ decompounder: Decompounder, stopWords: StopWords?, stemmer: DutchStemmer) {
        self.decompounder = decompounder
        self.stopWords = stopWords
        self.stemmer = stemmer
    }

    public func apply(to form: inout WordForm) {
        guard !form.isNumber else { return }
        for part in decompounder.parts(of: form.surface) {
            let folded = VocabularyLexicon.fold(part)
            if stopWords?.contains(folded) ?? false { continue }
            let stem = stemmer.stem(folded)
            if stem != form.stem, !form.parts.contains(stem) { form.parts.append(stem) }
        }
    }
}
