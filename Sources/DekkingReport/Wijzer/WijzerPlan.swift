import DekkingCore
import DekkingFramework
import DekkingModel

/// An ontwikkelplan: what a function asks that the professional does not yet master, ordered by
/// the function's emphasis.
///
/// A competency is **asked** when the function's coverage gives it `covered` or `partial`. Within
/// an asked competency the plan lists the indicators of the professional's level that the function
/// asks (covered or partial, when the function was analysed at that level; every indicator of the
/// level otherwise, as indicator ids differ per level) and that the professional rates below
/// "beheers ik" or left unanswered. Competencies come in the order of the function's score, highest
/// first (ties in framework order); a competency without such indicators is counted as mastered.
public struct WijzerPlan: Hashable, Sendable, Codable {
    /// One indicator to work on.
    public struct Step: Hashable, Sendable, Codable {
        public var indicator: String
        public var text: String
        /// The professional's rating; `nil` when not answered.
        public var rating: WijzerRating?
        public var example: String?
        /// The next step on the scale: "in ontwikkeling" after "nog niet", else "beheers ik".
        public var target: WijzerRating
    }

    /// One competency the function asks, with the indicators to work on.
    public struct Item: Hashable, Sendable, Codable {
        public var competency: String
        public var title: String
        public var cluster: String
        /// The function's score and status for the competency: its emphasis.
        public var functionScore: Double
        public var functionStatus: CoverageStatus
        public var steps: [Step]
    }

    public var name: String
    public var level: LevelID
    public var function: String
    public var functionLevel: LevelID?
    public var items: [Item]
    /// Asked competencies the professional already masters (every asked indicator "beheers ik" or higher).
    public var mastered: [String]

    /// The plan for `answers` (of the professional called `name`) against the function's `coverage`.
    public init(name: String, answers: WijzerAnswers, function coverage: DocumentCoverage, framework: Framework) {
        self.name = name
        level = answers.level
        function = coverage.title.isEmpty ? coverage.id : coverage.title
        functionLevel = coverage.level
        let order = Dictionary(uniqueKeysWithValues: framework.competencies.enumerated().map { ($1.id, $0) })
        let askedCompetencies = coverage.competencies.filter { $0.status != .gap && order[$0.id] != nil }.sorted {
            $0.score != $1.score ? $0.score > $1.score : (order[$0.id] ?? 0) < (order[$1.id] ?? 0)
        }
        var items: [Item] = []
        var mastered: [String] = []
        for asked in askedCompetencies {
            guard let competency = framework.competency(asked.id) else { continue }
            let statusByID = Dictionary(asked.indicators.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
            let ofLevel = competency.indicators(for: answers.level)
            let sameLevel = ofLevel.contains { statusByID[$0.id] != nil }
            let wanted = sameLevel ? ofLevel.filter { (statusByID[$0.id] ?? .gap) != .gap } : ofLevel
            let steps = wanted.compactMap { indicator -> Step? in
                let answer = answers.answers[indicator.id]
                if let rating = answer?.rating, rating.isMastered { return nil }
                return Step(
                    indicator: indicator.id, text: indicator.text, rating: answer?.rating, example: answer?.example,
                    target: (answer?.rating ?? .notYet) == .notYet && answer != nil ? .developing : .mastered)
            }
            if steps.isEmpty {
                mastered.append(asked.id)
            } else {
                items.append(
                    Item(
                        competency: asked.id, title: competency.title, cluster: asked.clusterID,
                        functionScore: asked.score, functionStatus: asked.status, steps: steps))
            }
        }
        self.items = items
        self.mastered = mastered
    }
}
