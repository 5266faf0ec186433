import DekkingCore
import DekkingModel

/// Two documents compared unit by unit, when either has units (``DekkingModel/DocumentCoverage/units``).
///
/// - **Tasks without preparation**: the passages of B (a function's resultaatgebieden and
///   activities) that show a competency B covers (each unit of B read alone, when B has units)
///   and that no unit of A carries and A as a whole does not cover: what a dossier's
///   werkprocessen (A) do not prepare for in the function (B).
/// - **Unit by unit**: the units of A and B paired by id or, failing that, by title (two
///   versions of a study guide), with per pair the competencies carried in one and not the
///   other; units without a partner are new (only in B) or gone (only in A). Only units of one
///   kind are paired (modules with modules, not kerntaken with functions).
///
/// A unit *carries* a competency when it is covered in the unit matched on its own.
public struct UnitComparison: Hashable, Sendable {
    /// A passage of B with the competencies it shows that A does not prepare for.
    public struct Task: Hashable, Sendable {
        /// The passage's place (heading path, code, page), as reports show it.
        public var place: String
        public var text: String
        /// The unit of B the passage lies in, if B has units.
        public var unit: String?
        /// The competencies (ids, framework order) the passage shows and A does not carry.
        public var competencies: [String]
    }

    /// Two units paired, or one without a partner.
    public struct Pair: Hashable, Sendable {
        public var a: UnitCoverage?
        public var b: UnitCoverage?
        /// Competencies carried in B's unit and not in A's.
        public var gained: [String]
        /// Competencies carried in A's unit and not in B's.
        public var lost: [String]
    }

    public var tasks: [Task]
    public var pairs: [Pair]

    /// The unit comparison of A and B, or nil when neither has units. Competencies in `order`.
    public init?(_ a: DocumentCoverage, _ b: DocumentCoverage, order: [String]) {
        guard a.units != nil || b.units != nil else { return nil }
        let carriedInA = Set((a.units ?? []).flatMap { Self.carried($0.competencies) }).union(
            Self.carried(a.competencies))
        var tasks: [Task] = []
        var index: [Int: Int] = [:]
        // B's own units, each read alone, or B as a whole.
        for reading in b.units.map({ $0.map(\.competencies) }) ?? [b.competencies] {
            for id in order {
                guard let competency = reading.first(where: { $0.id == id }), competency.status == .covered,
                    !carriedInA.contains(id)
                else { continue }
                // The passages that carry it: the first of each indicator covered at least partly.
                for evidence in competency.indicators.filter({ $0.status != .gap }).compactMap(\.evidence.first) {
                    if let known = index[evidence.segment] {
                        if !tasks[known].competencies.contains(id) { tasks[known].competencies.append(id) }
                    } else {
                        index[evidence.segment] = tasks.count
                        tasks.append(
                            Task(
                                place: EvidencePlace(evidence).text, text: evidence.text, unit: evidence.unit,
                                competencies: [id]))
                    }
                }
            }
        }
        self.tasks = tasks
        pairs = Self.pairs(a.units ?? [], b.units ?? [], order: order)
    }

    /// The unit comparison of the two documents of `comparison`, or nil when neither has units.
    public init?(_ comparison: DocumentComparison) {
        self.init(comparison.a, comparison.b, order: comparison.competencies.map(\.id))
    }

    private static func carried(_ competencies: [CompetencyCoverage]) -> [String] {
        competencies.filter { $0.status == .covered }.map(\.id)
    }

    /// Units paired by id, then the rest by title (case and spacing ignored), in B's order with
    /// A's unpaired units after.
    private static func pairs(_ a: [UnitCoverage], _ b: [UnitCoverage], order: [String]) -> [Pair] {
        // Kerntaken and functions are not versions of each other.
        guard !a.isEmpty, !b.isEmpty, Set(a.map(\.kind)) == Set(b.map(\.kind)) else { return [] }
        let key = { (unit: UnitCoverage) in unit.title.lowercased().split(separator: " ").joined(separator: " ") }
        var unpaired = a
        var pairs: [Pair] = []
        for unit in b {
            let match =
                unpaired.firstIndex { $0.id == unit.id && key($0) == key(unit) }
                ?? unpaired.firstIndex { key($0) == key(unit) } ?? unpaired.firstIndex { $0.id == unit.id }
            let partner = match.map { unpaired.remove(at: $0) }
            let inB = Set(carried(unit.competencies))
            let inA = Set(partner.map { carried($0.competencies) } ?? [])
            pairs.append(
                Pair(
                    a: partner, b: unit, gained: order.filter { inB.contains($0) && !inA.contains($0) },
                    lost: order.filter { inA.contains($0) && !inB.contains($0) }))
        }
        for unit in unpaired {
            pairs.append(
                Pair(a: unit, b: nil, gained: [], lost: order.filter { Set(carried(unit.competencies)).contains($0) }))
        }
        return pairs
    }
}
