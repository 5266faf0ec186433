import DekkingCore
import DekkingFramework
import DekkingModel
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
    /// The documents' terms as ids of the prepared vocabulary's table, which the engine owns.
    let terms: TermAnalysis

    public init(prepared: PreparedFramework, analyzer: any TermAnalyzer) {
        self.prepared = prepared
        self.analyzer = analyzer
        self.terms = analyzer.termAnalysis(into: prepared.vocabulary.table)
    }

    /// The levels `document` is matched at under `choice`.
    public func levels(for document: Document, choice: LevelChoice) -> [LevelID] {
        let declared = prepared.framework.levels.map(\.id)
        switch choice {
        case .level(let level): return [level]
        case .auto:
            // Units whose own texts name different levels (a functieboek of mbo and hbo functions):
            // the document is read at every level, each unit at its own.
            if Set(document.units.compactMap(\.level)).count > 1 { return declared }
            if let level = document.level, declared.contains(level) { return [level] }
            return declared
        }
    }

    /// The coverage of `document`, in the named steps of `docs/scoring.md`: windows → lexical
    /// share and key phrases per window → semantic similarity (when a ``SemanticLayer`` is given)
    /// → combination into probabilities (``CalibrationModel``) → overrides → aggregation.
    ///
    /// - Complexity: O(w · t) for w windows and t postings of the window's terms, plus
    ///   O(w · p) for p key phrases, plus the encoder's cost for at most `semanticWindows` windows.
    public func coverage(
        of document: Document, level choice: LevelChoice = .auto, overrides: OverrideSet = OverrideSet(),
        profile: ProfileChoice = .auto, semantic: SemanticLayer? = nil
    ) -> DocumentCoverage {
        do {
            return try coverage(
                of: document, level: choice, overrides: overrides, profile: profile, semantic: semantic,
                within: .unlimited)
        } catch {
            preconditionFailure("an unlimited budget never runs out")
        }
    }

    /// ``coverage(of:level:overrides:profile:semantic:)`` within `budget`, checked once per segment
    /// while analysing and once per window while scoring.
    ///
    /// - Throws: ``DekkingCore/WorkBudgetExceeded`` when the budget runs out; nothing is kept.
    public func coverage(
        of document: Document, level choice: LevelChoice = .auto, overrides: OverrideSet = OverrideSet(),
        profile: ProfileChoice = .auto, semantic: SemanticLayer? = nil, within budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> DocumentCoverage {
        let config = prepared.configuration
        let levels = levels(for: document, choice: choice)
        let activeList = prepared.indicatorIndices(levels: Set(levels))
        let active = Set(activeList)
        let decisions = UserDecisions(entries: overrides.entries[document.id] ?? [:], covered: config.covered)
        let builder = WindowBuilder(
            terms: terms, sentences: analyzer.sentences, configuration: config, proximity: prepared.proximity,
            vocabulary: prepared.vocabulary)
        let (windows, words, passages, documentTerms) = try builder.windows(of: document, within: budget)
        let hits = prepared.field.hits(
            in: passages, vocabularySize: prepared.vocabulary.phraseCount, proximity: config.fieldProximity)
        let relevance = Self.rounded(
            prepared.field.relevance(
                hits: hits, words: words, density: config.fieldDensity, singleFacet: config.fieldSingleFacet,
                minimumWords: config.fieldMinimumWords))

        // Step 1: lexical share of every active query and key-phrase evidence of every competency.
        var scoringActive = [Bool](repeating: false, count: prepared.scoringQueryCount)
        for i in activeList { scoringActive[prepared.scoringQuery[i]] = true }
        let lexical = try lexicalPass(
            windows: windows, document: document, documentTerms: documentTerms, active: scoringActive,
            budget: budget)

        // Step 2: semantic similarity of every active query to the best candidate windows.
        let similarity = semantic.flatMap { layer in
            layer.similarities(windows: windows, ranking: lexical.windowBest, active: scoringActive, prepared: prepared)
        }
        let combination = SignalCombination(
            prepared: prepared, lexical: lexical, similarity: similarity, activeList: activeList, relevance: relevance)

        // Steps 3–6: the competency's probability from its signals; its indicators' by attribution;
        // overrides; the competency as its best indicator.
        let quotes = WindowQuotes(windows)
        var evidenceByQuery: [Int: [Evidence]] = [:]
        var competencyResults: [CompetencyCoverage] = []
        try budget.check()
        for (c, competency) in prepared.framework.competencies.enumerated() {
            let queries = activeList.filter { prepared.queryCompetency[$0] == c && !prepared.queryIsTitle[$0] }
            let signals = queries.map(combination.indicatorSignals)
            let counted = signals.indices.filter {
                decisions.decision(prepared.indicators[queries[$0]].indicator.id)?.decision != .rejected
            }
            let own = combination.competencySignals(c, indicators: counted.map { signals[$0] })
            let probability = UserDecisions.competencyProbability(
                engine: combination.model.probability(own),
                rejected: signals.indices.filter { !counted.contains($0) }.map {
                    combination.model.probability(signals[$0])
                },
                remaining: counted.map { combination.model.probability(signals[$0]) })
            let attribution = Attribution(
                model: combination.model, competency: probability, indicators: counted.map { signals[$0] })
            var score = Self.rounded(probability)
            var indicatorResults: [IndicatorCoverage] = []
            for (k, i) in queries.enumerated() {
                var result = indicatorCoverage(
                    i, signals: signals[k], score: attribution.probability(of: signals[k]), windows: windows,
                    quotes: quotes,
                    combination: combination, attribution: attribution, document: document,
                    evidenceByQuery: &evidenceByQuery)
                decisions.apply(to: &result)
                if result.override == .confirmed { score = max(score, result.score) }
                indicatorResults.append(result)
            }
            var competencyResult = CompetencyCoverage(
                id: competency.id, clusterID: competency.id.split(separator: ".").first.map(String.init) ?? "",
                score: score, status: config.status(score), indicators: indicatorResults,
                keywords: lexical.keywords[c].sorted(), signals: own)
            decisions.apply(to: &competencyResult, status: config.status)
            competencyResults.append(competencyResult)
        }
        let startbekwaam =
            wantsProfile(document, profile)
            ? try profileCoverage(
                windows: windows, quotes: quotes, document: document, combination: combination,
                competencies: competencyResults, decisions: decisions, budget: budget)
            : nil
        var result = DocumentCoverage(
            id: document.id, path: document.path, title: document.title, kind: document.kind,
            level: levels.count == 1 ? levels[0] : nil, matchedLevels: levels, fieldRelevance: relevance,
            fieldHits: Dictionary(uniqueKeysWithValues: zip(prepared.field.facets.map(\.name), hits)),
            wordCount: words, clusters: clusterCoverage(competencyResults), competencies: competencyResults,
            startbekwaam: startbekwaam,
            findings: overrideFindings(document, overrides: overrides, active: active, profiled: startbekwaam != nil),
            semantic: similarity != nil)
        if !document.units.isEmpty {
            // Step 7: every unit alone; evidence led by the unit that supports it; every passage
            // named by its unit.
            try fromUnits(&result, of: document, level: choice, semantic: semantic, within: budget)
        }
        return result
    }

    /// What the lexical pass over a document's windows finds.
    struct LexicalPass {
        /// Per scoring query, its best share and evidence windows.
        var hits: QueryHits
        /// Per competency, the best window's key-phrase evidence, `1 - exp(-mass / keywordSaturation)`.
        var keyword: [Double]
        /// Per competency, the curated key phrases found (each word of which occurs in the text).
        var keywords: [Set<String>]
        /// Per window, its best share over all active queries (to rank windows for the encoder).
        var windowBest: [Double]
    }

    /// Step 1: BM25 share of every active scoring query in every window, and key phrases found
    /// close together. A phrase counts only when its own word forms occur in the document
    /// (``SurfaceWords``): a stem collision is not a find.
    private func lexicalPass(
        windows: [Window], document: Document, documentTerms: PresentTerms, active: [Bool], budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> LexicalPass {
        var meter = WorkMeter(budget)
        let config = prepared.configuration
        let competencies = prepared.framework.competencies
        var candidates = CandidatePhrases(
            competencies.map { competency in
                (prepared.keyPhrases[competency.id] ?? []).filter { PhraseMatcher.mayOccur($0, in: documentTerms) }
            })
        var surface: SurfaceWords?
        var verified: [String: Bool] = [:]
        var result = LexicalPass(
            hits: QueryHits(
                queries: prepared.scoringQueryCount, keepingFrom: config.evidenceMinimum,
                windowsPerQuery: config.evidencePerIndicator),
            keyword: [Double](repeating: 0, count: competencies.count),
            keywords: [Set<String>](repeating: [], count: competencies.count),
            windowBest: [Double](repeating: 0, count: windows.count))
        var present = PresentTerms(vocabularySize: prepared.vocabulary.phraseCount)
        var shares = ShareAccumulator(queries: prepared.scoringQueryCount)
        for (w, window) in windows.enumerated() {
            try meter.tick()
            present.mark(window.terms)
            defer { present.mark(window.terms, false) }
            shares.score(
                window, postings: prepared.postings, selfScores: prepared.scoringSelfScores, active: active,
                configuration: config)
            result.hits.record(shares, window: w, segment: window.segment)
            for d in shares.matched where shares.values[d] > result.windowBest[w] {
                result.windowBest[w] = shares.values[d]
            }
            let found = candidates.occurring(
                in: window.terms, present: present, proximity: prepared.proximity, window: w)
            for c in candidates.competenciesFound {
                var mass = 0.0
                for p in found[c] {
                    let phrase = candidates.phrases[c][p]
                    if phrase.curated {
                        let isTrue =
                            verified[phrase.text]
                            ?? {
                                if surface == nil { surface = SurfaceWords(document) }
                                let value = surface!.contains(phrase: phrase.text)
                                verified[phrase.text] = value
                                return value
                            }()
                        guard isTrue else { continue }
                        result.keywords[c].insert(phrase.text)
                    }
                    mass += phrase.weight
                }
                let evidence = mass == 0 ? 0 : 1 - exp(-mass / config.keywordSaturation)
                if evidence > result.keyword[c] { result.keyword[c] = evidence }
            }
        }
        return result
    }

    private func wantsProfile(_ document: Document, _ choice: ProfileChoice) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: document.kind == .kwalificatiedossier || document.kind == .opleidingsprofiel
        }
    }

    /// The document against every cluster's startbekwaam profile. The profile describes the
    /// cluster's competencies at the start of a career, so a cluster's probability (its best
    /// competency's) is attributed to its statements as to indicators (``Attribution``): the
    /// statement the text holds most of gets it, the others less by their odds.
    private func profileCoverage(
        windows: [Window], quotes: WindowQuotes, document: Document, combination: SignalCombination,
        competencies: [CompetencyCoverage], decisions: UserDecisions, budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> [ProfileCoverage] {
        var meter = WorkMeter(budget)
        let config = prepared.configuration
        let statements = prepared.profile.statements
        let selfScores = statements.map(\.selfScore)
        var shares = ShareAccumulator(queries: statements.count)
        // Only each statement's best window is shown, so no window lists are kept.
        var hits = QueryHits(queries: statements.count, keepingFrom: .infinity)
        for (w, window) in windows.enumerated() {
            try meter.tick()
            shares.score(
                window, postings: prepared.profile.postingsByID, selfScores: selfScores, active: nil,
                configuration: config)
            hits.record(shares, window: w, segment: window.segment)
        }
        let signals = statements.indices.map {
            combination.statementSignals(share: hits.best($0), cluster: statements[$0].clusterID)
        }
        return prepared.framework.clusters.map { cluster in
            let members = statements.indices.filter { statements[$0].clusterID == cluster.id && hits.best($0) > 0 }
            let clusterScore = competencies.filter { $0.clusterID == cluster.id }.map(\.score).max() ?? 0
            let attribution = Attribution(
                model: combination.model, competency: clusterScore, indicators: members.map { signals[$0] })
            let own = statements.indices.filter { statements[$0].clusterID == cluster.id }.map {
                s -> StatementCoverage in
                let score = Self.rounded(hits.best(s) > 0 ? attribution.probability(of: signals[s]) : 0)
                let status = config.status(score)
                let evidence =
                    status == .gap
                    ? []
                    : hits.bestWindow(s).map { hit in
                        [
                            self.evidence(
                                hit.window, in: windows, quotes: quotes, score: score,
                                terms: prepared.profile.termIDs[s], document: document)
                        ]
                    } ?? []
                var statement = StatementCoverage(
                    id: statements[s].id, text: statements[s].text, score: score, status: status, evidence: evidence)
                decisions.apply(to: &statement)
                return statement
            }
            let score = own.filter { $0.override != .rejected }.map(\.score).max() ?? 0
            return ProfileCoverage(clusterID: cluster.id, score: score, status: config.status(score), statements: own)
        }
    }

    /// Evidence for a window: its text and place, and the words that matched `terms`.
    private func evidence(
        _ w: Int, in windows: [Window], quotes: WindowQuotes, score: Double, terms: [Int32], document: Document,
        similarity: Double? = nil
    ) -> Evidence {
        let window = windows[w]
        let segment =
            document.segments.indices.contains(window.segment)
                && document.segments[window.segment].index == window.segment
            ? document.segments[window.segment] : document.segments.first { $0.index == window.segment }
        return Evidence(
            segment: window.segment, text: quotes.text(w), code: segment?.code, headingPath: segment?.headingPath ?? [],
            page: segment?.page, score: Self.rounded(score), matchedTerms: quotes.matchedWords(w, terms: terms),
            basis: similarity == nil ? nil : .semantic, similarity: similarity.map(Self.rounded))
    }

    /// The coverage of indicator `i` with `signals` and probability `score`. Its lexical evidence
    /// depends only on its scoring query, so it is worked out once per scoring query and taken from
    /// `evidenceByQuery` for the query's others. Each lexical window is scored by the same
    /// attribution as if it were the indicator's best (its own share in place of the best); a window
    /// found by meaning is added when the encoder found it and no lexical window shows it.
    private func indicatorCoverage(
        _ i: Int, signals: Signals, score probability: Double, windows: [Window], quotes: WindowQuotes,
        combination: SignalCombination, attribution: Attribution, document: Document,
        evidenceByQuery: inout [Int: [Evidence]]
    ) -> IndicatorCoverage {
        let config = prepared.configuration
        let indicator = prepared.indicators[i].indicator
        let scoring = prepared.scoringQuery[i]
        let score = Self.rounded(probability)
        let status = config.status(score)
        // Evidence is quoted for addressed indicators only: a gap has nothing to show, and batches
        // of thousands of documents must not carry every weak window.
        guard status != .gap, config.evidencePerIndicator > 0 else {
            return IndicatorCoverage(
                id: indicator.id, level: indicator.level, score: score, status: status, evidence: [], signals: signals)
        }
        let evidence =
            evidenceByQuery[scoring]
            ?? {
                var list = combination.lexical.hits.evidenceWindows(scoring).map { hit in
                    var own = signals
                    own.lexical = Self.rounded(hit.value)
                    own.restated = combination.restated(own.lexical)
                    return self.evidence(
                        hit.window, in: windows, quotes: quotes, score: attribution.probability(of: own),
                        terms: prepared.scoringTermIDs[scoring], document: document)
                }
                if let similarity = combination.similarity, combination.model.weights[3] * signals.semantic > 0,
                    let best = similarity.bestWindow[scoring],
                    !combination.lexical.hits.evidenceWindows(scoring).contains(where: { $0.window == best })
                {
                    list.append(
                        self.evidence(
                            best, in: windows, quotes: quotes, score: score, terms: prepared.scoringTermIDs[scoring],
                            document: document,
                            similarity: similarity.cosine[scoring]))
                }
                return list
            }()
        evidenceByQuery[scoring] = evidence
        return IndicatorCoverage(
            id: indicator.id, level: indicator.level, score: score, status: status, evidence: evidence, signals: signals
        )
    }

    /// A cluster by the same rule as a competency: its score is its best competency's; the
    /// counts say how many of its competencies are covered, partly covered or missing.
    private func clusterCoverage(_ competencies: [CompetencyCoverage]) -> [ClusterCoverage] {
        let config = prepared.configuration
        return prepared.framework.clusters.map { cluster in
            let members = competencies.filter { $0.clusterID == cluster.id }
            let score = members.map(\.score).max() ?? 0
            let covered = members.filter { $0.status == .covered }.count
            let partial = members.filter { $0.status == .partial }.count
            return ClusterCoverage(
                id: cluster.id, score: score, status: config.status(score), covered: covered, partial: partial,
                gaps: members.count - covered - partial)
        }
    }

    /// Decisions that do not apply to `document`: an unknown item, an indicator of another level,
    /// a statement of a profile that is not computed for it. Each is a warning, never dropped
    /// silently.
    private func overrideFindings(
        _ document: Document, overrides: OverrideSet, active: Set<Int>, profiled: Bool
    ) -> [Finding] {
        guard let entries = overrides.entries[document.id] else { return [] }
        let indicators = Set(prepared.indicators.filter { !$0.isTitle }.map(\.indicator.id))
        let competencies = Set(prepared.framework.competencies.map(\.id))
        let statements = Set(prepared.profile.statements.map(\.id))
        let activeIDs = Set(active.map { prepared.indicators[$0].indicator.id })
        return entries.keys.sorted().compactMap { id in
            let entry = entries[id]!
            if competencies.contains(id) { return nil }
            if statements.contains(id) {
                return profiled
                    ? nil
                    : Finding(
                        .warning, entry.location,
                        "override voor \(id) geldt niet: voor document \(document.id) wordt geen "
                            + "startbekwaam-profiel berekend")
            }
            if !indicators.contains(id) {
                return Finding(
                    .warning, entry.location,
                    "override voor onbekende indicator '\(id)' (document \(document.id)) wordt genegeerd: "
                        + "noem een indicator (4.2-mbo-3), een competentie (6.2) of een uitspraak (3-startbekwaam-2)")
            }
            if !activeIDs.contains(id) {
                return Finding(
                    .warning, entry.location,
                    "override voor \(id) geldt niet: document \(document.id) wordt op een ander niveau vergeleken")
            }
            return nil
        }
    }

    /// Scores are rounded to 4 decimals so that JSON output is stable across platforms.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
