import DekkingCore
import DekkingFramework
import Foundation

/// Which indicators a document is matched against.
public enum LevelChoice: Hashable, Sendable {
    /// The document's own level when the framework declares it, otherwise every level.
    case auto
    /// This level, whatever the document says.
    case level(LevelID)
}

/// Whether a document is also matched against the clusters' startbekwaam profiles.
public enum ProfileChoice: Hashable, Sendable {
    /// For education documents (kwalificatiedossier, opleidingsprofiel) only.
    case auto
    case always
    case never
}

/// Matches documents against a prepared framework.
///
/// For every window of a document (a few sentences of one segment) the engine scores each
/// indicator by BM25 against the indicator's analysed text, normalised to the share of the
/// indicator's term weight that the window holds, and each competency by its key phrases found
/// close together. A competency's evidence in a window mixes both; its document score combines
/// its best windows and is scaled by the document's field relevance. Thresholds in
/// ``MatchingConfiguration`` turn scores into statuses. The result is a pure function of the
/// document, the framework, the mappings and the configuration.
public struct MatchingEngine: Sendable {
    public let prepared: PreparedFramework
    public let analyzer: any TermAnalyzer

    public init(prepared: PreparedFramework, analyzer: any TermAnalyzer) {
        self.prepared = prepared
        self.analyzer = analyzer
    }

    /// The levels `document` is matched at under `choice`.
    public func levels(for document: Document, choice: LevelChoice) -> [LevelID] {
        let declared = prepared.framework.levels.map(\.id)
        switch choice {
        case .level(let level): return [level]
        case .auto:
            if let level = document.level, declared.contains(level) { return [level] }
            return declared
        }
    }

    /// The coverage of `document`.
    ///
    /// - Complexity: O(w · t) for w windows and t postings of the window's terms, plus
    ///   O(w · p) for p key phrases.
    public func coverage(
        of document: Document, level choice: LevelChoice = .auto, overrides: OverrideSet = OverrideSet(),
        profile: ProfileChoice = .auto
    ) -> DocumentCoverage {
        let config = prepared.configuration
        let levels = levels(for: document, choice: choice)
        let activeList = prepared.indicatorIndices(levels: Set(levels))
        let active = Set(activeList)
        var counted = [Bool](repeating: false, count: prepared.indicators.count)  // queries that count: active and not rejected
        for i in activeList { counted[i] = true }
        let documentOverrides = overrides.entries[document.id] ?? [:]
        if !documentOverrides.isEmpty {
            for i in activeList where documentOverrides[prepared.indicators[i].indicator.id]?.decision == .rejected {
                counted[i] = false
            }
        }
        let builder = WindowBuilder(
            analyzer: analyzer, configuration: config, proximity: prepared.proximity, vocabulary: prepared.vocabulary)
        let (windows, words, passages, documentTerms) = builder.windows(of: document)
        let hits = prepared.field.hits(in: passages, vocabularySize: prepared.vocabulary.phraseCount)
        let relevance = prepared.field.relevance(
            hits: hits, words: words, density: config.fieldDensity, singleFacet: config.fieldSingleFacet)
        let fieldFactor = config.fieldFloor + (1 - config.fieldFloor) * relevance

        let competencies = prepared.framework.competencies
        // Phrases whose words all occur somewhere in the document; only these are tried per window.
        var candidates = CandidatePhrases(competencies.map { competency in
            (prepared.keyPhrases[competency.id] ?? []).filter { PhraseMatcher.mayOccur($0, in: documentTerms) }
        })
        // Scoring queries: a distinct query is scored when any of its indicators is active.
        var scoringActive = [Bool](repeating: false, count: prepared.scoringQueryCount)
        for i in activeList { scoringActive[prepared.scoringQuery[i]] = true }
        var queryHits = QueryHits(
            queries: prepared.scoringQueryCount, keepingFrom: config.evidenceMinimum, windowsPerQuery: config.evidencePerIndicator)
        var competencyEvidence = BestValues(groups: competencies.count, keep: config.windowsCombined)
        var foundKeywords = [Set<String>](repeating: [], count: competencies.count)
        var present = PresentTerms(vocabularySize: prepared.vocabulary.phraseCount)
        var shares = ShareAccumulator(queries: prepared.scoringQueryCount)
        var best = [Double](repeating: 0, count: competencies.count)
        var touched: [Int] = []  // competencies with a query or phrase hit in the current window
        var isTouched = [Bool](repeating: false, count: competencies.count)
        // Read in the loop below for every window: local, flat copies.
        let memberStart = prepared.scoringMemberStart
        let memberList = prepared.scoringMemberList
        let queryIsTitle = prepared.queryIsTitle
        let queryCompetency = prepared.queryCompetency
        for (w, window) in windows.enumerated() {
            present.mark(window.terms)
            defer { present.mark(window.terms, false) }
            shares.score(window, postings: prepared.postings, selfScores: prepared.scoringSelfScores, active: scoringActive, configuration: config)
            queryHits.record(shares, window: w, segment: window.segment)
            for d in shares.matched {
                let share = shares.values[d]
                for k in memberStart[d]..<memberStart[d + 1] {
                    let i = memberList[k]
                    guard counted[i] else { continue }
                    let value = queryIsTitle[i] ? config.titleWeight * share : share
                    let c = queryCompetency[i]
                    if value > best[c] { best[c] = value }
                    if !isTouched[c] { isTouched[c] = true; touched.append(c) }
                }
            }
            let found = candidates.occurring(in: window.terms, present: present, proximity: prepared.proximity, window: w)
            for c in candidates.competenciesFound where !isTouched[c] {
                isTouched[c] = true
                touched.append(c)
            }
            // Competencies are independent of each other: only those with a hit need a look.
            for c in touched {
                var keywordMass = 0.0
                for p in found[c] {
                    keywordMass += candidates.phrases[c][p].weight
                    if candidates.phrases[c][p].curated { foundKeywords[c].insert(candidates.phrases[c][p].text) }
                }
                let similarity = best[c]
                // Evidence is 0 without a query or phrase hit, and 0 never changes a competency's score.
                guard similarity > 0 || keywordMass > 0 else { continue }
                let keyword = keywordMass == 0 ? 0 : 1 - exp(-keywordMass / config.keywordSaturation)
                let evidence = 1 - (1 - config.similarityWeight * similarity) * (1 - config.keywordWeight * keyword)
                competencyEvidence.insert(evidence, into: c)
            }
            for c in touched {  // all 0 again for the next window
                best[c] = 0
                isTouched[c] = false
            }
            touched.removeAll(keepingCapacity: true)
        }

        let quotes = WindowQuotes(windows)
        // Indicators that share a scoring query (the same text at mbo and hbo) share their evidence.
        var evidenceByQuery: [Int: [Evidence]] = [:]
        var competencyResults: [CompetencyCoverage] = []
        for (c, competency) in competencies.enumerated() {
            let raw = Self.combine(competencyEvidence.best(c), windows: config.windowsCombined)
            var score = raw * fieldFactor
            var indicatorResults: [IndicatorCoverage] = []
            for i in activeList where prepared.queryCompetency[i] == c && !prepared.queryIsTitle[i] {
                var result = indicatorCoverage(
                    i, windows: windows, quotes: quotes, hits: queryHits, document: document, fieldFactor: fieldFactor,
                    evidenceByQuery: &evidenceByQuery)
                if let entry = documentOverrides[result.id] {
                    result.override = entry.decision
                    result.overrideNote = entry.note
                    switch entry.decision {
                    case .confirmed:
                        result.score = max(result.score, config.indicatorCovered)
                        result.status = .covered
                        score = max(score, config.partial)
                    case .rejected:
                        result.status = .gap
                    }
                }
                indicatorResults.append(result)
            }
            let reported = indicatorResults.filter { $0.override != .rejected }
            if !indicatorResults.isEmpty && reported.isEmpty { score = 0 }  // the user rejected every indicator
            score = Self.rounded(min(1, score))
            competencyResults.append(
                CompetencyCoverage(
                    id: competency.id, clusterID: competency.id.split(separator: ".").first.map(String.init) ?? "",
                    score: score, status: config.competencyStatus(score), indicators: indicatorResults,
                    keywords: foundKeywords[c].sorted()))
        }
        return DocumentCoverage(
            id: document.id, path: document.path, title: document.title, kind: document.kind,
            level: levels.count == 1 ? levels[0] : nil, matchedLevels: levels, fieldRelevance: Self.rounded(relevance),
            fieldHits: Dictionary(uniqueKeysWithValues: zip(prepared.field.facets.map(\.name), hits)),
            wordCount: words, clusters: clusterCoverage(competencyResults), competencies: competencyResults,
            startbekwaam: wantsProfile(document, profile) ? profileCoverage(windows: windows, quotes: quotes, document: document, fieldFactor: fieldFactor) : nil,
            findings: overrideFindings(document, overrides: overrides, active: active))
    }

    private func wantsProfile(_ document: Document, _ choice: ProfileChoice) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: document.kind == .kwalificatiedossier || document.kind == .opleidingsprofiel
        }
    }

    /// The document against every cluster's startbekwaam profile.
    private func profileCoverage(windows: [Window], quotes: WindowQuotes, document: Document, fieldFactor: Double) -> [ProfileCoverage] {
        let config = prepared.configuration
        let statements = prepared.profile.statements
        let selfScores = statements.map(\.selfScore)
        var shares = ShareAccumulator(queries: statements.count)
        // Only each statement's best window is shown, so no window lists are kept.
        var hits = QueryHits(queries: statements.count, keepingFrom: .infinity)
        for (w, window) in windows.enumerated() {
            shares.score(window, postings: prepared.profile.postingsByID, selfScores: selfScores, active: nil, configuration: config)
            hits.record(shares, window: w, segment: window.segment)
        }
        let results = statements.indices.map { s -> StatementCoverage in
            let best = hits.best(s)
            let score = Self.rounded(best * fieldFactor)
            let status = config.indicatorStatus(score)
            let evidence = status == .gap ? [] : hits.bestWindow(s).map { hit in
                [self.evidence(hit.window, in: windows, quotes: quotes, score: hit.value * fieldFactor, terms: prepared.profile.termIDs[s], document: document)]
            } ?? []
            return StatementCoverage(text: statements[s].text, score: score, status: status, evidence: evidence)
        }
        return prepared.framework.clusters.map { cluster in
            let own = zip(statements, results).filter { $0.0.clusterID == cluster.id }.map(\.1)
            let mean = own.isEmpty ? 0 : own.map(\.score).reduce(0, +) / Double(own.count)
            let addressed = own.filter { $0.status != .gap }.count
            let status: CoverageStatus = own.isEmpty || addressed == 0 ? .gap : (3 * addressed >= 2 * own.count ? .covered : .partial)
            return ProfileCoverage(clusterID: cluster.id, score: Self.rounded(mean), status: status, statements: own)
        }
    }

    /// Evidence for a window: its text and place, and the words that matched `terms`.
    private func evidence(
        _ w: Int, in windows: [Window], quotes: WindowQuotes, score: Double, terms: [Int32], document: Document
    ) -> Evidence {
        let window = windows[w]
        let segment = document.segments.indices.contains(window.segment) && document.segments[window.segment].index == window.segment
            ? document.segments[window.segment] : document.segments.first { $0.index == window.segment }
        return Evidence(
            segment: window.segment, text: quotes.text(w), code: segment?.code, headingPath: segment?.headingPath ?? [],
            page: segment?.page, score: Self.rounded(score), matchedTerms: quotes.matchedWords(w, terms: terms))
    }

    /// The coverage of indicator `i`. Its evidence depends only on its scoring query, so it is
    /// worked out once per scoring query and taken from `evidenceByQuery` for the query's others.
    private func indicatorCoverage(
        _ i: Int, windows: [Window], quotes: WindowQuotes, hits: QueryHits, document: Document, fieldFactor: Double,
        evidenceByQuery: inout [Int: [Evidence]]
    ) -> IndicatorCoverage {
        let config = prepared.configuration
        let indicator = prepared.indicators[i].indicator
        let scoring = prepared.scoringQuery[i]
        let score = Self.rounded(hits.best(scoring) * fieldFactor)
        let status = config.indicatorStatus(score)
        // Evidence is quoted for addressed indicators only: a gap has nothing to show, and batches
        // of thousands of documents must not carry every weak window.
        guard status != .gap, config.evidencePerIndicator > 0 else {
            return IndicatorCoverage(id: indicator.id, level: indicator.level, score: score, status: status, evidence: [])
        }
        let evidence = evidenceByQuery[scoring] ?? hits.evidenceWindows(scoring).map { hit in
            self.evidence(
                hit.window, in: windows, quotes: quotes, score: hit.value * fieldFactor, terms: prepared.scoringTermIDs[scoring],
                document: document)
        }
        evidenceByQuery[scoring] = evidence
        return IndicatorCoverage(id: indicator.id, level: indicator.level, score: score, status: status, evidence: evidence)
    }

    /// A cluster is covered when all its competencies are, partial when any is addressed.
    private func clusterCoverage(_ competencies: [CompetencyCoverage]) -> [ClusterCoverage] {
        prepared.framework.clusters.map { cluster in
            let members = competencies.filter { $0.clusterID == cluster.id }
            let mean = members.isEmpty ? 0 : members.map(\.score).reduce(0, +) / Double(members.count)
            let covered = members.filter { $0.status == .covered }.count
            let partial = members.filter { $0.status == .partial }.count
            let status: CoverageStatus = covered == members.count && !members.isEmpty ? .covered : (covered + partial > 0 ? .partial : .gap)
            return ClusterCoverage(
                id: cluster.id, score: Self.rounded(mean), status: status, covered: covered, partial: partial,
                gaps: members.count - covered - partial)
        }
    }

    private func overrideFindings(_ document: Document, overrides: OverrideSet, active: Set<Int>) -> [Finding] {
        guard let entries = overrides.entries[document.id] else { return [] }
        let known = Set(prepared.indicators.filter { !$0.isTitle }.map(\.indicator.id))
        let activeIDs = Set(active.map { prepared.indicators[$0].indicator.id })
        return entries.keys.sorted().compactMap { id in
            let entry = entries[id]!
            if !known.contains(id) {
                return Finding(.warning, entry.location, "override voor onbekende indicator '\(id)' (document \(document.id)) wordt genegeerd")
            }
            if !activeIDs.contains(id) {
                return Finding(.warning, entry.location, "override voor \(id) geldt niet: document \(document.id) wordt op een ander niveau vergeleken")
            }
            return nil
        }
    }

    /// Noisy-or of the best `windows` evidences, each next one counting half as much.
    static func combine<Values: Collection<Double>>(_ evidence: Values, windows: Int) -> Double {
        var top = BestValues(groups: 1, keep: windows)
        for value in evidence { top.insert(value, into: 0) }
        var remaining = 1.0
        var factor = 1.0
        for value in top.best(0) {
            remaining *= 1 - factor * value
            factor *= 0.5
        }
        return 1 - remaining
    }

    /// Scores are rounded to 4 decimals so that JSON output is stable across platforms.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
