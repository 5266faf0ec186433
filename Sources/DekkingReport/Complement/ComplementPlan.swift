import DekkingCore
import DekkingModel

/// Which candidate documents (keuzedelen, minors, courses) together close most of a target's gaps:
/// a greedy weighted cover over the target's missing indicators.
///
/// A *gap* is an indicator of the target that is not covered (status deels or ontbreekt), weighed
/// by its competency's status in the target (``ComplementWeights``); a gap of weight 0 is left out.
/// A candidate *closes* a gap when its own coverage, matched at the target's level, gives that
/// indicator the status gedekt. The cover then takes, again and again, the candidate that closes
/// the most remaining weight, each gap counted once (what an earlier choice closed adds nothing),
/// ties broken by the smaller document id, until no candidate closes anything more.
///
/// Level: a candidate whose own level is known and differs from the target's (an hbo minor for an
/// mbo kwalificatiedossier) is not taken into the cover; it is listed in ``otherLevel`` with what it
/// alone would close. A candidate of unknown level takes part. The same inputs always give the
/// same plan.
public struct ComplementPlan: Hashable, Sendable {
    /// One candidate as the plan receives it: its coverage at the target's level, and the level
    /// the document itself is written for (nil when unknown).
    public struct Candidate: Hashable, Sendable {
        public var coverage: DocumentCoverage
        public var ownLevel: LevelID?

        public init(coverage: DocumentCoverage, ownLevel: LevelID?) {
            self.coverage = coverage
            self.ownLevel = ownLevel
        }
    }

    /// One missing indicator of the target.
    public struct Gap: Hashable, Sendable {
        public var indicatorID: String
        public var competencyID: String
        public var clusterID: String
        /// The indicator's status in the target (deels or ontbreekt).
        public var status: CoverageStatus
        /// The competency's status in the target, which gives the weight.
        public var competencyStatus: CoverageStatus
        public var weight: Double
    }

    /// A gap a candidate closes, with the passage of the candidate that supports it.
    public struct Addition: Hashable, Sendable {
        public var gap: Gap
        /// The candidate's score for the indicator.
        public var score: Double
        /// The candidate's best passage for the indicator (nil when a user's decision alone
        /// covers it).
        public var evidence: Evidence?
    }

    /// A candidate with the gaps it closes: in the cover, the gaps no earlier choice closed.
    public struct Choice: Hashable, Sendable {
        public var candidate: Candidate
        /// In the order of the target's gaps.
        public var additions: [Addition]
        /// The summed weight of ``additions``.
        public var weight: Double
        /// The gaps closed by this choice and every one before it (in ``chosen``).
        public var closedSoFar: Int

        /// The competencies of ``additions``, in the order of the target's gaps, each with its additions.
        public var competencies: [(id: String, additions: [Addition])] {
            var order: [String] = []
            var byID: [String: [Addition]] = [:]
            for addition in additions {
                if byID[addition.gap.competencyID] == nil { order.append(addition.gap.competencyID) }
                byID[addition.gap.competencyID, default: []].append(addition)
            }
            return order.map { ($0, byID[$0] ?? []) }
        }
    }

    /// The target, as analysed.
    public var target: DocumentCoverage
    /// The weights the gaps were given.
    public var weights: ComplementWeights
    /// The target's gaps, in framework order (the order of its competencies and indicators).
    public var gaps: [Gap]
    /// The cover, best first: every candidate at the target's level that closes something.
    public var chosen: [Choice]
    /// Candidates at the target's level that close nothing the cover had not closed, by id.
    public var unused: [Candidate]
    /// Candidates at another level, each with what it alone would close, most weight first.
    public var otherLevel: [Choice]

    /// The summed weight of every gap.
    public var totalWeight: Double { gaps.reduce(0) { $0 + $1.weight } }

    /// How many gaps the first `count` choices close together.
    public func closed(byFirst count: Int) -> Int {
        chosen.prefix(max(0, count)).reduce(0) { $0 + $1.additions.count }
    }

    /// Plans the cover of `target`'s gaps by `candidates` (see the type's documentation).
    public init(target: DocumentCoverage, candidates: [Candidate], weights: ComplementWeights) {
        self.target = target
        self.weights = weights
        var gaps: [Gap] = []
        for competency in target.competencies {
            let weight = weights.weight(competency.status)
            guard weight > 0 else { continue }
            for indicator in competency.indicators where indicator.status != .covered {
                gaps.append(
                    Gap(
                        indicatorID: indicator.id, competencyID: competency.id, clusterID: competency.clusterID,
                        status: indicator.status, competencyStatus: competency.status, weight: weight))
            }
        }
        self.gaps = gaps
        let ordered = candidates.sorted { $0.coverage.id < $1.coverage.id }
        let sameLevel = ordered.filter { Self.sharesLevel($0, with: target) }
        otherLevel = ordered.filter { !Self.sharesLevel($0, with: target) }
            .map { Self.choice($0, closing: gaps, open: Set(gaps.map(\.indicatorID)), closedBefore: 0) }
            .filter { !$0.additions.isEmpty }
            .sorted { Self.better($0, than: $1) }
        var open = Set(gaps.map(\.indicatorID))
        var remaining = sameLevel
        var chosen: [Choice] = []
        while !remaining.isEmpty {
            let options = remaining.map {
                Self.choice($0, closing: gaps, open: open, closedBefore: gaps.count - open.count)
            }
            guard let best = options.min(by: { Self.better($0, than: $1) }), !best.additions.isEmpty else { break }
            chosen.append(best)
            open.subtract(best.additions.map(\.gap.indicatorID))
            remaining.removeAll { $0.coverage.id == best.candidate.coverage.id }
        }
        self.chosen = chosen
        unused = remaining
    }

    /// Whether `candidate` takes part in the cover: its own level is unknown, the target's is, or
    /// they are the same.
    static func sharesLevel(_ candidate: Candidate, with target: DocumentCoverage) -> Bool {
        guard let own = candidate.ownLevel, let level = target.level else { return true }
        return own == level
    }

    /// More weight first; equal weight (to a billionth) by the smaller id.
    static func better(_ a: Choice, than b: Choice) -> Bool {
        let (x, y) = ((a.weight * 1e9).rounded(), (b.weight * 1e9).rounded())
        if x != y { return x > y }
        return a.candidate.coverage.id < b.candidate.coverage.id
    }

    /// What `candidate` closes of the `open` gaps.
    static func choice(_ candidate: Candidate, closing gaps: [Gap], open: Set<String>, closedBefore: Int) -> Choice {
        var indicators: [String: IndicatorCoverage] = [:]
        for competency in candidate.coverage.competencies {
            for indicator in competency.indicators where indicator.status == .covered {
                indicators[indicator.id] = indicator
            }
        }
        let additions = gaps.compactMap { gap -> Addition? in
            guard open.contains(gap.indicatorID), let found = indicators[gap.indicatorID] else { return nil }
            return Addition(gap: gap, score: found.score, evidence: found.evidence.first)
        }
        return Choice(
            candidate: candidate, additions: additions, weight: additions.reduce(0) { $0 + $1.gap.weight },
            closedSoFar: closedBefore + additions.count)
    }
}

/// The weight of a target's missing indicator by its competency's status in the target
/// (`complementWeightGap`, `complementWeightPartial`, `complementWeightCovered` in
/// `Mappings/thresholds.yaml`).
public struct ComplementWeights: Hashable, Sendable {
    public var gap: Double
    public var partial: Double
    public var covered: Double

    public init(gap: Double, partial: Double, covered: Double) {
        self.gap = gap
        self.partial = partial
        self.covered = covered
    }

    /// The weight of an indicator of a competency with `status` in the target.
    public func weight(_ status: CoverageStatus) -> Double {
        switch status {
        case .gap: gap
        case .partial: partial
        case .covered: covered
        }
    }
}
