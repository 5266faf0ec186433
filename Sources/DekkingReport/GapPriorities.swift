import DekkingCore
import DekkingModel

/// What a document should take on first: its weakest competencies, grouped by cluster, each with
/// the one or two indicators most worth adding and a phrasing of each in the document's genre.
///
/// The one prioritisation behind "Eerst aanpakken" in `gaps.md` and in `report.html`; both writers
/// show this value and decide nothing themselves. The ranking (see `docs/gaps.md`):
///
/// 1. The competencies that are not gedekt, lowest score first (in whole percentages, as shown;
///    ties in framework order); at
///    most ``Limits/competencies`` of them, then shown per cluster in framework order.
/// 2. Per competency, its indicators that are not gedekt: those of the document's own level
///    first (a document of unknown level was matched at every level), then lowest score first
///    (whole percentages), ties in framework order; an indicator whose words overlap an already chosen one's by at
///    least ``Limits/duplicateOverlap`` (the mbo and hbo version of one indicator) is skipped;
///    at most ``Limits/indicators`` of them.
///
/// A pure function of the document and the framework texts: the same input gives the same value.
struct GapPriorities: Hashable, Sendable {
    /// How much "Eerst aanpakken" shows: the settings `gapPriorityCompetencies`,
    /// `gapPriorityIndicators` and `gapDuplicateOverlap` of `Mappings/thresholds.yaml`.
    struct Limits: Hashable, Sendable {
        var competencies: Int
        var indicators: Int
        var duplicateOverlap: Double

        /// The values of the shipped thresholds.yaml, for a manifest that records none.
        static let standard = Limits(competencies: 6, indicators: 2, duplicateOverlap: 0.6)

        /// The limits the run's manifest records; a setting it lacks keeps its ``standard`` value.
        init(settings: [String: Double]) {
            let standard = Self.standard
            competencies = settings["gapPriorityCompetencies"].map { max(0, Int($0)) } ?? standard.competencies
            indicators = settings["gapPriorityIndicators"].map { max(1, Int($0)) } ?? standard.indicators
            duplicateOverlap = settings["gapDuplicateOverlap"] ?? standard.duplicateOverlap
        }

        init(competencies: Int, indicators: Int, duplicateOverlap: Double) {
            self.competencies = competencies
            self.indicators = indicators
            self.duplicateOverlap = duplicateOverlap
        }
    }

    /// One indicator worth adding, with its framework text.
    struct Proposal: Hashable, Sendable {
        var indicator: IndicatorCoverage
        var text: String
    }

    /// One of the weakest competencies and what to add for it.
    struct Item: Hashable, Sendable {
        var competency: CompetencyCoverage
        var title: String
        /// Empty when every indicator is found and only their combination is weak.
        var proposals: [Proposal]
        /// A passage in the document's genre that describes the proposals' indicators
        /// (``GapSuggestion/phrasing(of:competency:cluster:)``); empty without proposals.
        var phrasing: String
    }

    /// The chosen competencies of one cluster, in framework order.
    struct Group: Hashable, Sendable {
        var clusterID: String
        var clusterTitle: String
        var items: [Item]
    }

    /// The chosen competencies per cluster, clusters in framework order.
    var groups: [Group]
    /// How many of the document's competencies are not gedekt (chosen or not).
    var openCount: Int

    /// How many competencies were chosen.
    var chosenCount: Int { groups.reduce(0) { $0 + $1.items.count } }

    /// The priorities of `document`, with framework texts from `lookup`.
    init(_ document: DocumentCoverage, lookup: ReportLookup, limits: Limits) {
        let competencies = lookup.competencies(of: document)
        let open = competencies.enumerated().filter { $0.element.status != .covered }
        openCount = open.count
        let chosen = open.sorted {
            (Self.percent($0.element.score), $0.offset) < (Self.percent($1.element.score), $1.offset)
        }
        .prefix(limits.competencies).map(\.element.id)
        let chosenIDs = Set(chosen)
        let suggestion = GapSuggestion(kind: document.kind)
        var groups: [Group] = []
        for (clusterID, ids) in lookup.outline {
            let items = ids.compactMap { id -> Item? in
                guard chosenIDs.contains(id), let competency = competencies.first(where: { $0.id == id }) else {
                    return nil
                }
                let title = lookup.competencyTitle(id)
                let proposals = Self.indicators(of: competency, document: document, lookup: lookup, limits: limits)
                    .map { Proposal(indicator: $0, text: lookup.indicatorText($0.id)) }
                let phrasing =
                    proposals.isEmpty
                    ? ""
                    : suggestion.phrasing(
                        of: proposals.map(\.text), competency: title, cluster: lookup.clusterTitle(clusterID))
                return Item(competency: competency, title: title, proposals: proposals, phrasing: phrasing)
            }
            if !items.isEmpty {
                groups.append(Group(clusterID: clusterID, clusterTitle: lookup.clusterTitle(clusterID), items: items))
            }
        }
        self.groups = groups
    }

    /// The priorities of every document of a detailed context, in result order; none otherwise.
    static func of(_ context: ReportContext) -> [GapPriorities] {
        guard context.isDetailed else { return [] }
        let lookup = ReportLookup(context)
        let limits = Limits(settings: context.manifest.settings)
        return lookup.documents.map { GapPriorities($0, lookup: lookup, limits: limits) }
    }

    /// The indicators of `competency` most worth adding, as ranked in the type's description.
    static func indicators(
        of competency: CompetencyCoverage, document: DocumentCoverage, lookup: ReportLookup, limits: Limits
    ) -> [IndicatorCoverage] {
        let own = document.level
        let ranked = competency.indicators.enumerated().filter { $0.element.status != .covered }.sorted {
            let left = ($0.element.level == own || own == nil ? 0 : 1, percent($0.element.score), $0.offset)
            let right = ($1.element.level == own || own == nil ? 0 : 1, percent($1.element.score), $1.offset)
            return left < right
        }
        var chosen: [(IndicatorCoverage, Set<String>)] = []
        for (_, indicator) in ranked where chosen.count < limits.indicators {
            let words = Self.words(lookup.indicatorText(indicator.id))
            guard !chosen.contains(where: { overlap($0.1, words) >= limits.duplicateOverlap }) else { continue }
            chosen.append((indicator, words))
        }
        return chosen.map(\.0)
    }

    /// A score in whole percentages, as the reports show it: scores that look the same rank the same
    /// (then the framework order decides), so the order never turns on an unseen decimal.
    static func percent(_ score: Double) -> Int { Int((score * 100).rounded()) }

    /// The words of `text` of at least three letters, lowercased: what near duplicates share.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 3 }.map(String.init))
    }

    /// The Jaccard overlap of two sets of words: shared words over all words; 0 for two empty sets.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let all = a.union(b).count
        return all == 0 ? 0 : Double(a.intersection(b).count) / Double(all)
    }
}
