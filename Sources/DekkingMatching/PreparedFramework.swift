import DekkingAnalysis
import DekkingCore
import DekkingFramework
import Foundation

/// A framework analysed once per run: every indicator as a weighted query, term statistics, and
/// the key phrases of every competency. Immutable and shared by all documents of a run.
public struct PreparedFramework: Sendable {
    public let framework: Framework
    public let configuration: MatchingConfiguration
    /// Inverse document frequency of every term of the framework's texts.
    let idf: [String: Double]
    /// IDF of a term the framework never uses.
    let unseenIDF: Double
    let indicators: [PreparedIndicator]
    /// Scored-term id → (scoring query, query weight × idf), the inverted index for scoring windows.
    let postings: Postings
    /// Queries with the same weighted terms (an mbo and an hbo indicator of the same text, a title
    /// asked for each level) score the same in every window, so each distinct one is scored once:
    /// query → its scoring query, and per scoring query its self score.
    let scoringQuery: [Int]
    let scoringSelfScores: [Double]
    /// The queries of scoring query d, ascending, are
    /// `scoringMemberList[scoringMemberStart[d]..<scoringMemberStart[d + 1]]` (one flat list for
    /// the scoring loop).
    let scoringMemberStart: [Int]
    let scoringMemberList: [Int]

    /// The number of scoring queries.
    var scoringQueryCount: Int { scoringSelfScores.count }

    /// Competency id → its key phrases (curated first, then derived).
    let keyPhrases: [String: [KeyPhrase]]
    let proximity: Int
    let field: FieldProfile
    /// Per competency, how specific it is to the framework's field: the share of its texts (title
    /// and distinct indicator texts) that use a term of the field profile. Only this part of a
    /// competency is weighed down in documents outside the field; "plant en organiseert het eigen
    /// werk" is asked in any occupation.
    let specificity: [Double]
    /// The fitted combination of the signals (``CalibrationModel``).
    public let calibration: CalibrationModel
    /// Every term a key phrase, field term or query can match, interned.
    let vocabulary: TermVocabulary
    /// The scored-term ids of each scoring query, ascending, for quoting matched words in evidence
    /// (the same for all its queries, whose terms are the same).
    let scoringTermIDs: [[Int32]]
    /// Per query, flat copies of what the scoring loops read (no struct copies in hot loops).
    let queryCompetency: [Int]
    let queryIsTitle: [Bool]
    let queryLevel: [LevelID]
    /// The statements of every cluster's startbekwaam profile, as queries of their own.
    let profile: ProfileQueries

    struct PreparedIndicator: Sendable {
        let indicator: Indicator
        let competencyIndex: Int
        /// Whether this query is the competency's title: it counts for the competency (times
        /// `titleWeight`) but is never reported as an indicator.
        let isTitle: Bool
    }

    /// Analyses `framework` with `analyzer`.
    ///
    /// Term statistics come from the framework's own texts (indicators, titles, cluster texts),
    /// never from the documents of a run, so a document scores the same alone or in a batch.
    public init(
        framework: Framework, analyzer: any TermAnalyzer, configuration: MatchingConfiguration,
        keywords: KeywordFile = KeywordFile(), field: FieldProfile = FieldProfile(facets: []),
        calibration: CalibrationModel = .standard
    ) {
        self.framework = framework
        self.configuration = configuration
        self.calibration = calibration
        self.specificity = Self.specificity(of: framework, field: field, analyzer: analyzer)
        self.proximity = keywords.proximity

        // Term statistics over the framework's passages.
        var passages: [String] = framework.indicators.map(\.text)
        for cluster in framework.clusters {
            passages.append(
                contentsOf: [cluster.title, cluster.typering ?? "", cluster.rol ?? ""] + cluster.startbekwaam)
            passages.append(contentsOf: cluster.competencies.map(\.title))
        }
        var documentFrequency: [String: Int] = [:]
        for passage in passages where !passage.isEmpty {
            for term in Set(analyzer.analyze(passage).map(\.term)) { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(passages.count)
        var idf: [String: Double] = [:]
        for (term, df) in documentFrequency { idf[term] = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        self.idf = idf
        let unseen = log(1 + (n + 0.5) / 0.5)
        self.unseenIDF = unseen

        // Queries.
        let competencies = framework.competencies
        let competencyIndex = Dictionary(uniqueKeysWithValues: competencies.enumerated().map { ($1.id, $0) })
        var prepared: [PreparedIndicator] = []
        var postings: [String: [(Int, Double)]] = [:]
        var scoringQuery: [Int] = []
        var scoringMembers: [[Int]] = []
        var scoringSelfScores: [Double] = []
        var scoringByTerms: [ScoringKey: Int] = [:]
        var termCountsByCompetency: [String: [String: Int]] = [:]
        var groupTerms = Set<String>()
        var scoringTerms: [[String]] = []
        // A competency's title is asked at every level, as a query of its own that is never reported.
        let titleQueries = framework.levels.flatMap { level in
            competencies.map {
                Indicator(id: "\($0.id) (titel, \(level.id))", competencyID: $0.id, level: level.id, text: $0.title)
            }
        }
        let queries = framework.indicators.map { ($0, false) } + titleQueries.map { ($0, true) }
        for (indicator, isTitle) in queries {
            var query: [String: Double] = [:]
            for token in analyzer.analyze(indicator.text) {
                let weight = configuration.weight(of: token.origin)
                query[token.term] = max(query[token.term] ?? 0, weight)
                if token.origin == .word, !isTitle {
                    termCountsByCompetency[indicator.competencyID, default: [:]][token.term, default: 0] += 1
                }
                if token.origin == .synonym { groupTerms.insert(token.term) }  // thesaurus groups are never key phrases
            }
            let weighted = query.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value * (idf[$0.key] ?? unseen)) }
            let key = ScoringKey(terms: weighted.map(\.0), weights: weighted.map(\.1))
            if let existing = scoringByTerms[key] {
                scoringQuery.append(existing)
                scoringMembers[existing].append(prepared.count)
            } else {
                let d = scoringMembers.count
                scoringByTerms[key] = d
                scoringQuery.append(d)
                scoringMembers.append([prepared.count])
                // Σ query weight × idf: the score of a window that contains every term once.
                var selfScore = 0.0
                for (_, w) in weighted { selfScore += w }
                scoringSelfScores.append(selfScore)
                scoringTerms.append(key.terms)
                for (term, w) in weighted { postings[term, default: []].append((d, w)) }
            }
            prepared.append(
                PreparedIndicator(
                    indicator: indicator, competencyIndex: competencyIndex[indicator.competencyID] ?? 0,
                    isTitle: isTitle))
        }
        self.indicators = prepared
        self.queryCompetency = prepared.map(\.competencyIndex)
        self.queryIsTitle = prepared.map(\.isTitle)
        self.queryLevel = prepared.map(\.indicator.level)
        self.scoringQuery = scoringQuery
        self.scoringMemberList = scoringMembers.flatMap { $0 }
        self.scoringMemberStart = scoringMembers.reduce(into: [0]) { starts, members in
            starts.append(starts.last! + members.count)
        }
        self.scoringSelfScores = scoringSelfScores

        // Key phrases: curated, then terms that are distinctive for one competency.
        var phrases: [String: [KeyPhrase]] = [:]
        for competency in competencies {
            phrases[competency.id] = (keywords.phrases[competency.id] ?? []).compactMap {
                KeyPhrase(text: $0.text, weight: $0.weight, curated: true, analyzer: analyzer)
            }
        }
        var totalCounts: [String: Int] = [:]
        for counts in termCountsByCompetency.values { for (term, c) in counts { totalCounts[term, default: 0] += c } }
        for competency in competencies {
            let counts = termCountsByCompetency[competency.id] ?? [:]
            let distinctive = counts.filter { term, count in
                count >= configuration.derivedKeywordCount
                    && Double(count) / Double(totalCounts[term] ?? count) >= configuration.derivedKeywordShare
                    && !groupTerms.contains(term)
            }
            let existing = Set(phrases[competency.id, default: []].flatMap { $0.words.flatMap { $0 } })
            for term in distinctive.keys.sorted() where !existing.contains(term) {
                phrases[competency.id, default: []].append(
                    KeyPhrase(text: term, words: [[term]], weight: configuration.derivedKeywordWeight, curated: false))
            }
        }
        let profile = ProfileQueries(
            framework: framework, analyzer: analyzer, idf: idf, unseenIDF: unseenIDF, configuration: configuration)

        // Intern every phrase, field and query term.
        var phraseIDs: [String: Int32] = [:]
        let allWords =
            phrases.keys.sorted().flatMap { phrases[$0] ?? [] }.flatMap(\.words)
            + field.facets.flatMap(\.terms).flatMap(\.words)
        for term in allWords.flatMap({ $0.sorted() }) where phraseIDs[term] == nil {
            phraseIDs[term] = Int32(phraseIDs.count)
        }
        let vocabulary = TermVocabulary(
            phrase: phraseIDs, scored: Set(postings.keys).union(profile.postings.keys).sorted(),
            table: TermTable())
        self.vocabulary = vocabulary
        self.scoringTermIDs = scoringTerms.map { vocabulary.scoredIDs(of: Set($0)) }
        self.postings = Postings(vocabulary.postingsByID(postings))
        self.profile = profile.interned(vocabulary)
        self.keyPhrases = phrases.mapValues { $0.map { $0.interned(phraseIDs) } }
        self.field = FieldProfile(
            facets: field.facets.map {
                FieldProfile.Facet(name: $0.name, terms: $0.terms.map { $0.interned(phraseIDs) })
            })
    }

    /// The share of each competency's texts that use a term of `field` (0 for every competency
    /// when the framework has no field profile).
    private static func specificity(of framework: Framework, field: FieldProfile, analyzer: any TermAnalyzer)
        -> [Double]
    {
        let terms = field.facets.flatMap(\.terms)
        guard !terms.isEmpty else { return framework.competencies.map { _ in 0 } }
        return framework.competencies.map { competency in
            var texts = [competency.title]
            for indicator in competency.indicators where !texts.contains(indicator.text) {
                texts.append(indicator.text)
            }
            let specific = texts.filter { text in
                let present = Set(analyzer.analyze(text).map(\.term))
                return terms.contains { term in term.words.allSatisfy { !$0.isDisjoint(with: present) } }
            }
            return Double(specific.count) / Double(texts.count)
        }
    }

    /// A query's weighted terms, in term order: equal keys score equally in every window.
    private struct ScoringKey: Hashable {
        let terms: [String]
        let weights: [Double]
    }

    /// The indices of indicators of `levels`.
    func indicatorIndices(levels: Set<LevelID>) -> [Int] {
        queryLevel.indices.filter { levels.contains(queryLevel[$0]) }
    }
}

extension MatchingConfiguration {
    /// The weight of a token of `origin` relative to a word.
    func weight(of origin: Token.Origin) -> Double {
        switch origin {
        case .word, .separableVerb: 1
        case .compoundPart: compoundPartWeight
        case .synonym: synonymWeight
        }
    }
}
