import DekkingCore
import DekkingModel

/// The overlap between two functions (personele mobiliteit): how many of each one's gedekte
/// competencies the other covers too, and what someone who moves from one to the other would
/// need to learn.
///
/// Made from a ``DocumentComparison`` of two function descriptions or vacancies
/// (``init(_:)`` gives nil for any other pair). "Gedekt" is the status gedekt; what a person
/// moving from A to B needs to learn are B's gedekte competencies that A does not cover (A
/// ontbreekt or deels), those B stresses most (highest score in B) first, ties in framework order;
/// under each, B's gedekte indicators of it that A does not cover, in the same order. The other
/// way round likewise.
public struct FunctionOverlap: Hashable, Sendable {
    /// One competency to learn, with the indicators of it to learn.
    public struct Learning: Hashable, Sendable {
        public var competency: DocumentComparison.CompetencyComparison
        public var indicators: [DocumentComparison.IndicatorComparison]
    }

    /// The ids of A's gedekte competencies, in framework order.
    public var coveredInA: [String]
    /// The ids of B's gedekte competencies, in framework order.
    public var coveredInB: [String]
    /// The competencies gedekt in both, in framework order.
    public var shared: [String]
    /// What someone moving from A to B needs to learn.
    public var fromAToB: [Learning]
    /// What someone moving from B to A needs to learn.
    public var fromBToA: [Learning]

    /// Whether a document of `kind` describes a function: a functiebeschrijving or a vacature.
    public static func describesFunction(_ kind: DocumentKind) -> Bool {
        kind == .functiebeschrijving || kind == .vacature
    }

    /// The overlap of the two documents of `comparison`, or nil unless both describe a function.
    public init?(_ comparison: DocumentComparison) {
        guard Self.describesFunction(comparison.a.kind), Self.describesFunction(comparison.b.kind) else { return nil }
        let competencies = comparison.competencies
        coveredInA = competencies.filter { $0.a.status == .covered }.map(\.id)
        coveredInB = competencies.filter { $0.b.status == .covered }.map(\.id)
        shared = competencies.filter { $0.a.status == .covered && $0.b.status == .covered }.map(\.id)
        fromAToB = Self.learning(competencies, towardsB: true)
        fromBToA = Self.learning(competencies, towardsB: false)
    }

    /// The gedekte competencies of the side moved to that the side moved from does not cover,
    /// highest score on the side moved to first; `towardsB` is the move from A to B.
    private static func learning(_ competencies: [DocumentComparison.CompetencyComparison], towardsB: Bool)
        -> [Learning]
    {
        typealias Indicator = DocumentComparison.IndicatorComparison
        let target = { (c: DocumentComparison.CompetencyComparison) in towardsB ? c.b : c.a }
        let origin = { (c: DocumentComparison.CompetencyComparison) in towardsB ? c.a : c.b }
        let targetIndicator = { (i: Indicator) in towardsB ? i.b : i.a }
        let originIndicator = { (i: Indicator) in towardsB ? i.a : i.b }
        let chosen = competencies.enumerated()
            .filter { target($0.element).status == .covered && origin($0.element).status != .covered }
            .sorted { (-target($0.element).score, $0.offset) < (-target($1.element).score, $1.offset) }
        return chosen.map { _, competency in
            let indicators = competency.indicators.enumerated()
                .filter {
                    targetIndicator($0.element)?.status == .covered && originIndicator($0.element)?.status != .covered
                }
                .sorted {
                    (-(targetIndicator($0.element)?.score ?? 0), $0.offset)
                        < (-(targetIndicator($1.element)?.score ?? 0), $1.offset)
                }
            return Learning(competency: competency, indicators: indicators.map(\.element))
        }
    }

    /// `Functie A deelt 7 van haar 9 gedekte competenties met B.`; `letter` is A or B.
    public func sharing(_ letter: String) -> String {
        let own = letter == "A" ? coveredInA.count : coveredInB.count
        let other = letter == "A" ? "B" : "A"
        guard own > 0 else { return "Functie \(letter) dekt geen enkele competentie helemaal." }
        return "Functie \(letter) deelt \(shared.count) van haar \(own) gedekte "
            + "\(own == 1 ? "competentie" : "competenties") met \(other)."
    }
}
