import DekkingCore
import DekkingFramework
import DekkingModel

/// The profile made from one or more filled-in wijzers: per member and competency how far the
/// member masters it, the member's strengths and development points, and for a team the
/// competencies too few members master.
///
/// The rules, the same for every report (no weights, no thresholds):
/// - a competency's **score** is the mean of its answered indicators' ratings on the scale 0 (nog
///   niet) to 3 (kan ik anderen leren), divided by 3;
/// - its **status** is `covered` (beheerst) when every indicator of the member's level is rated
///   "beheers ik" or higher, `gap` (nog niet) when none is rated above "nog niet" (an unanswered
///   indicator counts as not rated), and `partial` (in ontwikkeling) otherwise;
/// - **strengths** are the mastered competencies, highest score first; **development points** the
///   others with at least one answer, lowest score first (ties in framework order); a competency
///   without any answer is *niet ingevuld* and neither;
/// - in a team, a competency is **thin** when fewer than half of the members master it.
public struct WijzerProfile: Hashable, Sendable, Codable {
    /// How far one member masters one competency.
    public struct Mastery: Hashable, Sendable, Codable {
        public var competency: String
        public var cluster: String
        public var score: Double
        public var status: CoverageStatus
        /// Indicators of the member's level.
        public var indicators: Int
        public var answered: Int
        /// Indicators rated "beheers ik" or higher.
        public var mastered: Int
    }

    /// One member: whose wijzer, and the mastery of every competency in framework order.
    public struct Member: Hashable, Sendable, Codable {
        public var name: String
        public var file: String
        public var level: LevelID
        public var profile: WijzerProfileKind
        public var date: String
        public var competencies: [Mastery]
        /// Competency ids, strongest first.
        public var strengths: [String]
        /// Competency ids, weakest first.
        public var developmentPoints: [String]

        /// The competencies with indicators at the member's level but no answer.
        public var unanswered: Int { competencies.filter { $0.indicators > 0 && $0.answered == 0 }.count }

        /// "2 beheerst, 3 in ontwikkeling, 1 nog niet, 24 niet ingevuld": the answered competencies
        /// per status, then the unanswered ones.
        public var countsText: String {
            let answered = competencies.filter { $0.answered > 0 }
            var parts = CoverageStatus.allCases.map { status in
                "\(answered.filter { $0.status == status }.count) \(WijzerLabels.mastery(status))"
            }
            if unanswered > 0 { parts.append("\(unanswered) niet ingevuld") }
            return parts.joined(separator: ", ")
        }

        /// The mastery of competency `id`.
        public func mastery(_ id: String) -> Mastery? { competencies.first { $0.competency == id } }
    }

    /// How many members of a team master a competency.
    public struct TeamCompetency: Hashable, Sendable, Codable {
        public var competency: String
        public var mastered: Int
        public var members: Int
        public var thin: Bool
    }

    public var framework: String
    public var frameworkVersion: String
    public var members: [Member]
    /// Per competency, only when there are two or more members.
    public var team: [TeamCompetency]

    /// The profile of `files` (each a file name and its answers), in the given order.
    public init(_ files: [(file: String, answers: WijzerAnswers)], framework: Framework) {
        self.framework = framework.id
        self.frameworkVersion = framework.version
        let members = files.map { Self.member(file: $0.file, answers: $0.answers, framework: framework) }
        self.members = members
        team =
            members.count < 2
            ? []
            : framework.competencies.map { competency in
                let count = members.filter { $0.mastery(competency.id)?.status == .covered }.count
                return TeamCompetency(
                    competency: competency.id, mastered: count, members: members.count,
                    thin: count * 2 < members.count)
            }
    }

    static func member(file: String, answers: WijzerAnswers, framework: Framework) -> Member {
        let competencies = framework.clusters.flatMap { cluster in
            cluster.competencies.map { mastery($0, cluster: cluster.id, answers: answers) }
        }
        let order = Dictionary(uniqueKeysWithValues: competencies.enumerated().map { ($1.competency, $0) })
        func position(_ m: Mastery) -> Int { order[m.competency] ?? 0 }
        let strengths = competencies.filter { $0.status == .covered }.sorted {
            $0.score != $1.score ? $0.score > $1.score : position($0) < position($1)
        }
        let points = competencies.filter { $0.status != .covered && $0.answered > 0 }.sorted {
            $0.score != $1.score ? $0.score < $1.score : position($0) < position($1)
        }
        return Member(
            name: answers.displayName(fallback: file), file: file, level: answers.level, profile: answers.profile,
            date: answers.date, competencies: competencies, strengths: strengths.map(\.competency),
            developmentPoints: points.map(\.competency))
    }

    static func mastery(_ competency: Competency, cluster: String, answers: WijzerAnswers) -> Mastery {
        let indicators = competency.indicators(for: answers.level)
        let ratings = indicators.compactMap { answers.answers[$0.id]?.rating }
        let mastered = ratings.filter(\.isMastered).count
        let score = ratings.isEmpty ? 0 : Double(ratings.reduce(0) { $0 + $1.value }) / Double(3 * ratings.count)
        let status: CoverageStatus
        if !indicators.isEmpty && mastered == indicators.count {
            status = .covered
        } else if ratings.contains(where: { $0 > .notYet }) {
            status = .partial
        } else {
            status = .gap
        }
        return Mastery(
            competency: competency.id, cluster: cluster, score: score, status: status, indicators: indicators.count,
            answered: ratings.count, mastered: mastered)
    }
}

/// The words of the wijzer's reports for a mastery status: the status colours and symbols are
/// those of report.html, the words say what they mean for a person.
public enum WijzerLabels {
    /// `covered` → "beheerst", `partial` → "in ontwikkeling", `gap` → "nog niet".
    public static func mastery(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "beheerst"
        case .partial: "in ontwikkeling"
        case .gap: "nog niet"
        }
    }

    /// The profile's name as the page shows it.
    public static func profile(_ kind: WijzerProfileKind) -> String {
        switch kind {
        case .startbekwaam: "startbekwaam"
        case .vakvolwassen: "vakvolwassen"
        }
    }
}
