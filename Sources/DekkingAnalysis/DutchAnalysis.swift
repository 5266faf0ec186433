import DekkingCore
import Foundation

/// Builds the Dutch ``Analyzer`` from the mapping files.
///
/// Files read under `mappings` (the repository's `Mappings/` folder):
/// - `analysis/stopwords-nl.txt` (required), `analysis/abbreviations.tsv`,
///   `analysis/stem-overrides.tsv`, `analysis/decompound.txt`;
/// - `thesaurus/*.yaml`.
///
/// The lexicon for decompounding, elliptical compounds and verb stems is hunspell-nl
/// (``AnalysisOptions/hunspellAffix``/``AnalysisOptions/hunspellDictionary``). When hunspell or the
/// dictionary is missing, or ``AnalysisOptions/useHunspell`` is off, a ``VocabularyLexicon`` of
/// ``AnalysisOptions/fallbackVocabulary`` plus the thesaurus members is used instead, and a note
/// says so in ``Analyzer/findings``.
public enum DutchAnalysis {
    /// The abbreviations of `analysis/abbreviations.tsv` under `mappings`, none when the file is
    /// absent: the one list the tokeniser and the sentence splitter (``Analyzer/sentences``) use.
    /// - Throws: ``AnalysisError`` when the file is there but cannot be read.
    public static func abbreviations(mappings: URL) throws -> Abbreviations {
        try optionalFile("abbreviations.tsv", mappings: mappings).map(Abbreviations.init(contentsOf:))
            ?? Abbreviations([])
    }

    /// The file `name` of `analysis/` under `mappings`, or nil when there is none.
    private static func optionalFile(_ name: String, mappings: URL) -> URL? {
        let url = mappings.appendingPathComponent("analysis").appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The analyzer for `options`.
    /// - Throws: ``AnalysisError`` when a required data file is missing, unreadable or empty, or
    ///   libstemmer has no Dutch stemmer.
    public static func analyzer(mappings: URL, options: AnalysisOptions = AnalysisOptions()) throws -> Analyzer {
        func optionalFile(_ name: String) -> URL? { Self.optionalFile(name, mappings: mappings) }
        let stopWords = try StopWords(
            contentsOf: mappings.appendingPathComponent("analysis").appendingPathComponent("stopwords-nl.txt"))
        let abbreviations = try Self.abbreviations(mappings: mappings)
        let overrides = try optionalFile("stem-overrides.tsv").map(StemOverrides.init(contentsOf:)) ?? StemOverrides()
        let rules = try optionalFile("decompound.txt").map(Decompounder.Rules.init(contentsOf:)) ?? Decompounder.Rules()
        let thesaurus = options.useThesaurus ? Thesaurus(directory: mappings.appendingPathComponent("thesaurus")) : nil

        var findings = thesaurus?.findings ?? []
        findings += overrides.skippedLines.map { $0.finding(file: "analysis/stem-overrides.tsv") }
        findings += rules.skippedLines.map { $0.finding(file: "analysis/decompound.txt") }
        let lexicon: any Lexicon
        if options.useHunspell,
            let hunspell = HunspellLexicon(affix: options.hunspellAffix, dictionary: options.hunspellDictionary)
        {
            lexicon = hunspell
        } else {
            let members = thesaurus?.groups.flatMap(\.members) ?? []
            lexicon = VocabularyLexicon(texts: options.fallbackVocabulary + members)
            if options.useHunspell {
                findings.append(
                    Finding(
                        .note, SourceLocation(file: options.hunspellDictionary.lastPathComponent),
                        "hunspell of het Nederlandse woordenboek ontbreekt; samenstellingen worden gesplitst met de woordenlijst van raamwerk en thesaurus"
                    ))
            }
        }
        guard let snowball = SnowballStemmer(algorithm: "dutch") else {
            throw AnalysisError.unreadable(file: "libstemmer: dutch")
        }
        let parts = Parts(
            options: options, lexicon: lexicon, stopWords: stopWords,
            stemmer: DutchStemmer(
                snowball: snowball, overrides: options.useStemOverrides ? overrides : StemOverrides(),
                lexicon: options.useVerbStems ? lexicon : nil),
            decompounder: Decompounder(
                lexicon: lexicon, rules: rules, minimumHead: options.minimumCompoundHead,
                minimumTail: options.minimumCompoundTail))
        var analyzer = Analyzer(
            options: options, tokenizer: Tokenizer(abbreviations: abbreviations), chain: chain(parts),
            findings: findings, lexiconName: lexicon.name)
        if let thesaurus {
            // Members are analysed by the chain without synonyms, as a text would be.
            let matcher = analyzer.compile(thesaurus)
            analyzer.chain = chain(parts, synonyms: matcher)
            analyzer.forms.removeAll()
        }
        return analyzer
    }

    /// What the Dutch chain is built from: the options and the loaded data.
    public struct Parts: Sendable {
        public var options: AnalysisOptions
        public var lexicon: any Lexicon
        public var stopWords: StopWords
        public var stemmer: DutchStemmer
        public var decompounder: Decompounder
    }

    /// The Dutch analysis chain after the normaliser and the tokeniser, in its order; a step the
    /// options turn off is left out.
    public static func chain(_ parts: Parts, synonyms: SynonymMatcher? = nil) -> AnalysisChain {
        let options = parts.options
        let stopWords = options.useStopWords ? parts.stopWords : nil
        var steps: [AnalysisChain.Step] = []
        // "wet- en regelgeving" → "wetgeving", "regelgeving"
        if options.useEllipsis { steps.append(.pieces(EllipsisExpander(lexicon: parts.lexicon))) }
        // "de", "van", "en": no position
        if let stopWords { steps.append(.word(StopWordFilter(stopWords))) }
        // "a", "b": no position when they stand as words
        steps.append(.word(SingleLetterFilter()))
        // "cliënten" → "client", "signaleert" → "signaler"
        steps.append(.word(StemFilter(parts.stemmer)))
        // "schuldhulpverlening" → + schuld, hulp, verlen, hulpverlen
        if options.useDecompounder {
            steps.append(.word(CompoundPartFilter(parts.decompounder, stopWords: stopWords, stemmer: parts.stemmer)))
        }
        // "stelt … op" → + opstel
        if options.useSeparableVerbs {
            steps.append(.tokens(SeparableVerbFilter(SeparableVerbs(lexicon: parts.lexicon), stemmer: parts.stemmer)))
        }
        // "sociaal-financiële" → + sociaal-financieel
        steps.append(.tokens(HyphenWholeFilter()))
        // "hulp bij schulden" → + ~schuldhulpverlening
        if let synonyms { steps.append(.tokens(SynonymFilter(synonyms))) }
        return AnalysisChain(steps)
    }
}

extension Analyzer {
    /// The thesaurus compiled with this analyzer's own chain, so members match as text does;
    /// problems go to ``findings`` and the groups to ``thesaurusGroups``.
    mutating func compile(_ thesaurus: Thesaurus) -> SynonymMatcher {
        var matcher = SynonymMatcher()
        var problems: [Finding] = []
        var owners: [[String]: String] = [:]
        for group in thesaurus.groups {
            for member in group.members {
                let terms = analysis(of: member).tokens.filter { $0.origin == .word }
                    .reduce(into: [Int: String]()) { slots, token in
                        slots[token.position] = slots[token.position] ?? token.term
                    }
                    .sorted { $0.key < $1.key }.map(\.value)
                if terms.isEmpty {
                    problems.append(
                        Finding(
                            .warning,
                            SourceLocation(file: group.file ?? "thesaurus", line: group.line, element: group.id),
                            "'\(member)' bestaat alleen uit stopwoorden en kan nooit gevonden worden"))
                }
                if !terms.isEmpty, let owner = owners[terms], owner != group.id {
                    problems.append(
                        Finding(
                            .warning,
                            SourceLocation(file: group.file ?? "thesaurus", line: group.line, element: group.id),
                            "'\(member)' wordt na analyse '\(terms.joined(separator: " "))', net als een term van groep '\(owner)'; de tekst krijgt beide groepen"
                        ))
                }
                owners[terms] = owners[terms] ?? group.id
                matcher.add(terms: terms, group: group.term)
            }
        }
        thesaurusGroups = thesaurus.groups
        findings += problems
        return matcher
    }
}
