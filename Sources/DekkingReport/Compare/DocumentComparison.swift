import DekkingCore
import DekkingModel

/// Two documents' coverage of one framework side by side: per competency and per indicator the
/// status and score in A and in B, the difference and a ``ComparisonCategory``.
///
/// Made by ``Compare/compare(_:_:framework:)``. Typical uses: a kwalificatiedossier (A) against a
/// CAO function description (B), where "alleen in B" is what the function asks and the education
/// does not cover; or two versions of one opleidingsprofiel, where the categories show what changed.
public struct DocumentComparison: Hashable, Sendable {
    /// The status and score of one item in one document.
    public struct Side: Hashable, Sendable {
        public var status: CoverageStatus
        public var score: Double

        public init(status: CoverageStatus, score: Double) {
            self.status = status
            self.score = score
        }
    }

    /// One indicator in both documents.
    public struct IndicatorComparison: Hashable, Sendable, Identifiable {
        public var id: String
        public var level: LevelID
        public var text: String
        /// `nil` when the document was not matched at this indicator's level.
        public var a: Side?
        public var b: Side?

        public init(id: String, level: LevelID, text: String, a: Side?, b: Side?) {
            self.id = id
            self.level = level
            self.text = text
            self.a = a
            self.b = b
        }

        /// Whether both documents were matched at this indicator's level.
        public var isAssessedInBoth: Bool { a != nil && b != nil }

        /// Score in B minus score in A (a side not assessed counts as 0).
        public var difference: Double { (b?.score ?? 0) - (a?.score ?? 0) }

        /// The category; a side not assessed counts as not addressed.
        public var category: ComparisonCategory { ComparisonCategory(a: a?.status ?? .gap, b: b?.status ?? .gap) }
    }

    /// One competency in both documents.
    public struct CompetencyComparison: Hashable, Sendable, Identifiable {
        public var id: String
        public var clusterID: String
        public var clusterTitle: String
        public var title: String
        public var a: Side
        public var b: Side
        public var indicators: [IndicatorComparison]

        public init(
            id: String, clusterID: String, clusterTitle: String = "", title: String, a: Side, b: Side,
            indicators: [IndicatorComparison]
        ) {
            self.id = id
            self.clusterID = clusterID
            self.clusterTitle = clusterTitle
            self.title = title
            self.a = a
            self.b = b
            self.indicators = indicators
        }

        /// Score in B minus score in A.
        public var difference: Double { b.score - a.score }

        public var category: ComparisonCategory { ComparisonCategory(a: a.status, b: b.status) }
    }

    public var framework: CoverageResult.FrameworkReference
    /// Document A, with its evidence.
    public var a: DocumentCoverage
    /// Document B, with its evidence.
    public var b: DocumentCoverage
    /// Every competency of the framework, in framework order.
    public var competencies: [CompetencyComparison]

    public init(
        framework: CoverageResult.FrameworkReference, a: DocumentCoverage, b: DocumentCoverage,
        competencies: [CompetencyComparison]
    ) {
        self.framework = framework
        self.a = a
        self.b = b
        self.competencies = competencies
    }

    /// Whether A and B were matched at different levels, so that their indicators differ.
    public var levelsDiffer: Bool { Set(a.matchedLevels) != Set(b.matchedLevels) }

    /// The level each document was matched at, in Dutch: `niveau A: mbo, niveau B: hbo` (a
    /// document of unknown level, matched at every level: `hbo + mbo`).
    public var levelsLine: String { "niveau A: \(a.levelsText), niveau B: \(b.levelsText)" }

    /// The competencies in `category`, in framework order.
    public func competencies(in category: ComparisonCategory) -> [CompetencyComparison] {
        competencies.filter { $0.category == category }
    }

    /// How many competencies fall in each category (every category present, zero or not).
    public var categoryCounts: [ComparisonCategory: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ComparisonCategory.allCases.map { ($0, 0) })
        for competency in competencies { counts[competency.category, default: 0] += 1 }
        return counts
    }
}
