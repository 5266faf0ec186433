import DekkingCore
import DekkingModel

extension MatchingEngine {
    /// Step 7 for a document of several units: each unit matched alone (``unitCoverages``), and
    /// each indicator's evidence led by the unit that supports it best on its own (at least
    /// partly; a unit that reads the indicator as a gap leads nothing), so that the
    /// passage shown first for a function's competency is that function's.
    ///
    /// The document's scores stay those of its whole text: the calibration was fitted on whole
    /// texts, and a dossier's typering or a programme's own leeruitkomsten, outside every unit,
    /// count for the document (docs/units.md). The startbekwaam profiles likewise. Every passage
    /// names the unit it lies in.
    func fromUnits(
        _ coverage: inout DocumentCoverage, of document: Document, level choice: LevelChoice,
        semantic: SemanticLayer?, within budget: WorkBudget
    ) throws(WorkBudgetExceeded) {
        let units = try unitCoverages(
            of: document, level: choice, documentLevels: coverage.matchedLevels, semantic: semantic, within: budget)
        var best: [String: Evidence] = [:]
        var bestScore: [String: Double] = [:]
        for unit in units {
            for indicator in unit.competencies.flatMap(\.indicators) {
                guard let top = indicator.evidence.first, indicator.status != .gap,
                    indicator.score > bestScore[indicator.id] ?? 0
                else {
                    continue
                }
                best[indicator.id] = top
                bestScore[indicator.id] = indicator.score
            }
        }
        for c in coverage.competencies.indices {
            for i in coverage.competencies[c].indicators.indices {
                let indicator = coverage.competencies[c].indicators[i]
                guard let lead = best[indicator.id], !indicator.evidence.isEmpty,
                    indicator.evidence.first?.segment != lead.segment
                else { continue }
                let others = indicator.evidence.filter { $0.segment != lead.segment }
                coverage.competencies[c].indicators[i].evidence = Array(
                    ([lead] + others).prefix(indicator.evidence.count))
            }
        }
        coverage.units = units
        UnitPlaces(document.units).name(&coverage)
    }

    /// Each unit of `document` matched on its own segments alone, as a document of one unit: a
    /// unit whose own text names a level (``DekkingCore/DocumentUnit/level``) that is among
    /// `documentLevels` is matched at that level when the choice is `.auto`, every other at
    /// `documentLevels`. Users' decisions and the startbekwaam profiles belong to the document,
    /// not to its units.
    ///
    /// - Complexity: the cost of matching the document once more, plus a constant per unit.
    func unitCoverages(
        of document: Document, level choice: LevelChoice, documentLevels: [LevelID], semantic: SemanticLayer?,
        within budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> [UnitCoverage] {
        var coverages: [UnitCoverage] = []
        for unit in document.units {
            let part = Document(
                id: document.id, path: document.path, format: document.format, kind: document.kind,
                kindConfidence: document.kindConfidence, level: documentLevels.count == 1 ? documentLevels[0] : nil,
                levelConfidence: document.levelConfidence, title: unit.title,
                segments: Array(document.segments[unit.segments]))
            let unitChoice: LevelChoice =
                if case .auto = choice, let own = unit.level, documentLevels.contains(own) {
                    .level(own)
                } else if documentLevels.count == 1 {
                    .level(documentLevels[0])
                } else {
                    choice
                }
            let coverage = try self.coverage(
                of: part, level: unitChoice, profile: .never, semantic: semantic, within: budget)
            coverages.append(
                UnitCoverage(
                    id: unit.id, kind: unit.kind, title: unit.title, group: unit.group, level: unit.level,
                    levelConfidence: unit.levelConfidence, matchedLevels: coverage.matchedLevels, ec: unit.ec,
                    year: unit.year, semester: unit.semester, scale: unit.scale,
                    firstSegment: unit.segments.lowerBound, segmentCount: unit.segments.count,
                    wordCount: coverage.wordCount, clusters: coverage.clusters,
                    competencies: coverage.competencies.map { Self.named($0, unit: unit.id) }))
        }
        return coverages
    }

    /// `competency` with every evidence passage named by `unit`.
    private static func named(_ competency: CompetencyCoverage, unit: String) -> CompetencyCoverage {
        var competency = competency
        for i in competency.indicators.indices {
            for e in competency.indicators[i].evidence.indices { competency.indicators[i].evidence[e].unit = unit }
        }
        return competency
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
