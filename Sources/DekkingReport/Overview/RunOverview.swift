import DekkingCore
import DekkingFramework
import DekkingModel

/// A status and score, as a matrix cell holds them.
public struct ScoreCell: Hashable, Sendable {
    public var status: CoverageStatus
    public var score: Double

    public init(status: CoverageStatus, score: Double) {
        self.status = status
        self.score = score
    }
}

/// One document of a large run as its overview keeps it: what it is and its cluster and
/// competency scores; no indicator scores, evidence or texts.
public struct DocumentSummary: Hashable, Sendable {
    public var id: String
    public var title: String
    public var kind: DocumentKind
    /// The level(s) it was matched at, for people: `mbo`, or `hbo + mbo`.
    public var levels: String
    public var fieldRelevance: Double
    /// Per cluster of the framework, in its order; `nil` where the coverage has no such cluster.
    public var clusters: [ScoreCell?]
    /// Per competency of the framework, in its order; `nil` where the coverage has no such competency.
    public var competencies: [ScoreCell?]

    /// The document's competencies with `status`.
    public func count(_ status: CoverageStatus) -> Int { competencies.count { $0?.status == status } }
}

/// What the reports of a run too large to keep per document are made from: a summary per document
/// (``DocumentSummary``) and, per cluster, competency and indicator of the framework and per
/// statement of its startbekwaam profiles, how many documents covered it (``StatusTally``).
///
/// Built one document at a time; each document adds O(c + i + s) for the framework's c
/// competencies, i indicators and s statements, and keeps a few hundred bytes.
public struct RunOverview: Sendable {
    public let framework: Framework
    public private(set) var documents: [DocumentSummary] = []
    /// Per cluster, in framework order.
    public private(set) var clusters: [StatusTally]
    /// Per competency, in framework order (``Framework/competencies``).
    public private(set) var competencies: [StatusTally]
    /// Per indicator, in framework order (``Framework/indicators``), over the documents matched at
    /// the indicator's level; an indicator the user rejected for a document counts as a gap there.
    public private(set) var indicators: [StatusTally]
    /// Per cluster, per statement of its startbekwaam profile (``statementTexts``), over the
    /// documents matched against the profiles.
    public private(set) var statements: [[StatusTally]]
    /// Per cluster, the statements of its startbekwaam profile as the documents report them (each
    /// sentence of the profile that is matched), in the order first met.
    public private(set) var statementTexts: [[String]]
    /// Documents matched against the startbekwaam profiles.
    public private(set) var profileDocuments = 0
    /// Documents per kind.
    public private(set) var kinds: [DocumentKind: Int] = [:]

    private let clusterIndex: [String: Int]
    private let competencyIndex: [String: Int]
    private let indicatorIndex: [String: Int]
    private var statementIndex: [[String: Int]]

    /// An empty overview of `framework`.
    public init(framework: Framework) {
        self.framework = framework
        clusters = Array(repeating: StatusTally(), count: framework.clusters.count)
        competencies = Array(repeating: StatusTally(), count: framework.competencies.count)
        indicators = Array(repeating: StatusTally(), count: framework.indicators.count)
        statements = Array(repeating: [], count: framework.clusters.count)
        statementTexts = Array(repeating: [], count: framework.clusters.count)
        statementIndex = Array(repeating: [:], count: framework.clusters.count)
        clusterIndex = Self.firstIndex(framework.clusters.map(\.id))
        competencyIndex = Self.firstIndex(framework.competencies.map(\.id))
        indicatorIndex = Self.firstIndex(framework.indicators.map(\.id))
    }

    private static func firstIndex(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The status and score of cluster `id` in `document`; `nil` when the framework has no such
    /// cluster or the document no score for it.
    public func clusterCell(of document: DocumentSummary, _ id: String) -> ScoreCell? {
        clusterIndex[id].flatMap { document.clusters[$0] }
    }

    /// The status and score of competency `id` in `document`; `nil` when the framework has no
    /// such competency or the document no score for it.
    public func competencyCell(of document: DocumentSummary, _ id: String) -> ScoreCell? {
        competencyIndex[id].flatMap { document.competencies[$0] }
    }

    /// Counts `document` and keeps its summary. Clusters, competencies, indicators and statements
    /// the framework does not know are left out.
    public mutating func add(_ document: DocumentCoverage) {
        var clusterCells = [ScoreCell?](repeating: nil, count: clusters.count)
        for cluster in document.clusters {
            guard let index = clusterIndex[cluster.id], clusterCells[index] == nil else { continue }
            clusterCells[index] = ScoreCell(status: cluster.status, score: cluster.score)
            clusters[index].add(cluster.status, score: cluster.score)
        }
        var competencyCells = [ScoreCell?](repeating: nil, count: competencies.count)
        for competency in document.competencies {
            guard let index = competencyIndex[competency.id], competencyCells[index] == nil else { continue }
            competencyCells[index] = ScoreCell(status: competency.status, score: competency.score)
            competencies[index].add(competency.status, score: competency.score)
            for indicator in competency.indicators {
                guard let i = indicatorIndex[indicator.id] else { continue }
                indicators[i].add(indicator.override == .rejected ? .gap : indicator.status, score: indicator.score)
            }
        }
        if let profile = document.startbekwaam {
            profileDocuments += 1
            for cluster in profile {
                guard let c = clusterIndex[cluster.clusterID] else { continue }
                for statement in cluster.statements {
                    let s: Int
                    if let known = statementIndex[c][statement.text] {
                        s = known
                    } else {
                        s = statements[c].count
                        statementIndex[c][statement.text] = s
                        statementTexts[c].append(statement.text)
                        statements[c].append(StatusTally())
                    }
                    statements[c][s].add(statement.status, score: statement.score)
                }
            }
        }
        kinds[document.kind, default: 0] += 1
        documents.append(
            DocumentSummary(
                id: document.id, title: document.title, kind: document.kind, levels: document.levelsText,
                fieldRelevance: document.fieldRelevance, clusters: clusterCells, competencies: competencyCells))
    }
}
