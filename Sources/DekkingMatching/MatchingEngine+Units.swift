import DekkingCore
import DekkingModel

extension MatchingEngine {
    /// Each unit of `document` matched on its own segments alone, as a document of one unit: a
    /// unit whose own text names its level (``DekkingCore/DocumentUnit/level``) is matched at that level
    /// when the choice is `.auto`, every other at the document's levels. Users' decisions and the
    /// startbekwaam profiles belong to the document, not to its units.
    ///
    /// - Complexity: the cost of matching the document once more, plus a constant per unit.
    func unitCoverages(
        of document: Document, level choice: LevelChoice, semantic: SemanticLayer?, within budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> [UnitCoverage] {
        var coverages: [UnitCoverage] = []
        let places = UnitPlaces(document.units)
        for unit in document.units {
            let part = Document(
                id: document.id, path: document.path, format: document.format, kind: document.kind,
                kindConfidence: document.kindConfidence, level: document.level,
                levelConfidence: document.levelConfidence, title: unit.title,
                segments: Array(document.segments[unit.segments]))
            let unitChoice: LevelChoice =
                if case .auto = choice, let own = unit.level,
                    prepared.framework.levels.contains(where: { $0.id == own })
                {
                    .level(own)
                } else {
                    choice
                }
            var coverage = try self.coverage(
                of: part, level: unitChoice, profile: .never, semantic: semantic, within: budget)
            places.name(&coverage)
            coverages.append(
                UnitCoverage(
                    id: unit.id, kind: unit.kind, title: unit.title, group: unit.group, level: unit.level,
                    levelConfidence: unit.levelConfidence, matchedLevels: coverage.matchedLevels, ec: unit.ec,
                    year: unit.year, semester: unit.semester, scale: unit.scale,
                    firstSegment: unit.segments.lowerBound, segmentCount: unit.segments.count,
                    wordCount: coverage.wordCount, clusters: coverage.clusters, competencies: coverage.competencies))
        }
        return coverages
    }
}

/// Which unit each segment of a document lies in.
struct UnitPlaces {
    private let units: [DocumentUnit]

    init(_ units: [DocumentUnit]) { self.units = units.sorted { $0.segments.lowerBound < $1.segments.lowerBound } }

    /// The id of the unit holding segment `index`, if any (binary search).
    func unit(of index: Int) -> String? {
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].segments.upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < units.count && units[low].segments.contains(index) ? units[low].id : nil
    }

    /// Names the unit of every evidence passage in `coverage`.
    func name(_ coverage: inout DocumentCoverage) {
        guard !units.isEmpty else { return }
        for c in coverage.competencies.indices {
            for i in coverage.competencies[c].indicators.indices {
                for e in coverage.competencies[c].indicators[i].evidence.indices {
                    let segment = coverage.competencies[c].indicators[i].evidence[e].segment
                    coverage.competencies[c].indicators[i].evidence[e].unit = unit(of: segment)
                }
            }
        }
        guard let profiles = coverage.startbekwaam else { return }
        for p in profiles.indices {
            for s in profiles[p].statements.indices {
                for e in profiles[p].statements[s].evidence.indices {
                    let segment = profiles[p].statements[s].evidence[e].segment
                    coverage.startbekwaam?[p].statements[s].evidence[e].unit = unit(of: segment)
                }
            }
        }
    }
}
