import DekkingCore
import DekkingModel

/// The units × competencies view of one document of several units, computed once for every
/// writer (gaps.md, report.html, coverage.xlsx): per competency the status in each unit, which
/// competencies rest on one unit only or on none, and, per function family, what each function
/// asks that its neighbours do not.
///
/// A unit *carries* a competency when the competency is covered (``CoverageStatus/covered``) in
/// the unit matched on its own; a partial coverage is shown but carries nothing.
public struct UnitMatrix: Sendable {
    public var units: [UnitCoverage]
    /// Competency ids in framework order.
    public var competencyIDs: [String]
    /// Per competency id, the ids of the units that carry it, in unit order.
    public var carriers: [String: [String]]
    /// Per competency id, the units where it is partly covered.
    public var partial: [String: [String]]

    /// The matrix of `document`, or nil when it is one unit; competencies in `lookup`'s order.
    init?(_ document: DocumentCoverage, lookup: ReportLookup) {
        guard let units = document.units, !units.isEmpty else { return nil }
        self.units = units
        competencyIDs = lookup.competencies(of: document).map(\.id)
        var carriers: [String: [String]] = [:]
        var partial: [String: [String]] = [:]
        for unit in units {
            for competency in unit.competencies {
                switch competency.status {
                case .covered: carriers[competency.id, default: []].append(unit.id)
                case .partial: partial[competency.id, default: []].append(unit.id)
                case .gap: break
                }
            }
        }
        self.carriers = carriers
        self.partial = partial
    }

    /// The status of competency `id` in `unit`.
    public func cell(_ id: String, in unit: UnitCoverage) -> CompetencyCoverage? { unit.competency(id) }

    /// Competencies carried by exactly one unit (fragile), in framework order, with that unit.
    public var singleCarrier: [(competency: String, unit: String)] {
        competencyIDs.compactMap { id in carriers[id].flatMap { $0.count == 1 ? (id, $0[0]) : nil } }
    }

    /// Competencies no unit carries, in framework order.
    public var uncarried: [String] { competencyIDs.filter { carriers[$0, default: []].isEmpty } }

    /// Per group of two or more functions (a function family), each function's competencies that
    /// no other function of the group carries, in framework order.
    public var familyDistinctions: [(group: String, functions: [(unit: UnitCoverage, own: [String])])] {
        var order: [String] = []
        var members: [String: [UnitCoverage]] = [:]
        for unit in units where unit.kind == .functie {
            guard let group = unit.group else { continue }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(unit)
        }
        return order.compactMap { group in
            let functions = members[group]!
            guard functions.count > 1 else { return nil }
            return (
                group,
                functions.map { unit in
                    let others = functions.filter { $0.id != unit.id }
                    let own = competencyIDs.filter { id in
                        unit.competency(id)?.status == .covered
                            && !others.contains { $0.competency(id)?.status == .covered }
                    }
                    return (unit, own)
                }
            )
        }
    }

    /// The unit with id `id`.
    public func unit(_ id: String) -> UnitCoverage? { units.first { $0.id == id } }
}
