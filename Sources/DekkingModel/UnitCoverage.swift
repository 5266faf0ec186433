import DekkingCore

/// The coverage of one unit of a document (a function, module, kerntaak or uitstroomprofiel),
/// matched on its own text alone: what the units × competencies matrix is made of.
public struct UnitCoverage: Hashable, Sendable, Codable, UnitFacts {
    public var id: String
    public var kind: UnitKind
    public var title: String
    /// The function family, study year or part of the dossier that groups the unit.
    public var group: String?
    /// The level the unit's own text names, when it names one.
    public var level: LevelID?
    public var levelConfidence: Double
    /// The levels whose indicators the unit was matched against.
    public var matchedLevels: [LevelID]
    public var ec: Double?
    public var year: Int?
    public var semester: Int?
    public var scale: String?
    /// The unit's first segment (its heading) and how many segments it has.
    public var firstSegment: Int
    public var segmentCount: Int
    /// Words of the unit that were analysed.
    public var wordCount: Int
    public var clusters: [ClusterCoverage]
    public var competencies: [CompetencyCoverage]

    public init(
        id: String, kind: UnitKind, title: String, group: String?, level: LevelID?, levelConfidence: Double,
        matchedLevels: [LevelID], ec: Double?, year: Int?, semester: Int?, scale: String?, firstSegment: Int,
        segmentCount: Int, wordCount: Int, clusters: [ClusterCoverage], competencies: [CompetencyCoverage]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.group = group
        self.level = level
        self.levelConfidence = levelConfidence
        self.matchedLevels = matchedLevels
        self.ec = ec
        self.year = year
        self.semester = semester
        self.scale = scale
        self.firstSegment = firstSegment
        self.segmentCount = segmentCount
        self.wordCount = wordCount
        self.clusters = clusters
        self.competencies = competencies
    }

    /// The coverage of competency `id` in this unit.
    public func competency(_ id: String) -> CompetencyCoverage? { competencies.first { $0.id == id } }
}
