import DekkingCore

/// A competency framework (beroepscompetentieprofiel): clusters of competencies, each with
/// indicators per level of practice.
///
/// Loaded from a YAML file by ``FrameworkLoader``. Any framework in the same schema works; levels
/// are declared in the file, not fixed in code.
public struct Framework: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var subtitle: String?
    /// The version of the framework itself, such as `2021-11`.
    public var version: String
    public var edition: String?
    public var source: String?
    public var owners: [String]
    public var editors: [String]
    /// ISO 639-1 language of the texts, such as `nl`.
    public var language: String
    /// The levels of practice this framework has indicators for, in the file's order.
    public var levels: [Level]
    /// The startbekwaam/vakvolwassen comparison, where the framework has one.
    public var comparison: [ComparisonAspect]
    public var clusters: [Cluster]

    public init(
        id: String, title: String, subtitle: String? = nil, version: String, edition: String? = nil,
        source: String? = nil, owners: [String] = [], editors: [String] = [], language: String = "nl",
        levels: [Level], comparison: [ComparisonAspect] = [], clusters: [Cluster]
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.version = version
        self.edition = edition
        self.source = source
        self.owners = owners
        self.editors = editors
        self.language = language
        self.levels = levels
        self.comparison = comparison
        self.clusters = clusters
    }

    /// All competencies, in framework order.
    public var competencies: [Competency] { clusters.flatMap(\.competencies) }

    /// All indicators of all levels, in framework order.
    public var indicators: [Indicator] { competencies.flatMap(\.indicators) }

    /// The competency with `id`, if there is one.
    public func competency(_ id: String) -> Competency? { competencies.first { $0.id == id } }

    /// The cluster that holds competency `id`, if there is one.
    public func cluster(containing competencyID: String) -> Cluster? {
        clusters.first { $0.competencies.contains { $0.id == competencyID } }
    }

    /// Whether the framework declares `level`.
    public func declares(_ level: LevelID) -> Bool { levels.contains { $0.id == level } }

    /// A copy that keeps only the clusters whose id is in `clusterIDs` and only indicators of
    /// `levels` (all levels when `nil`).
    public func filtered(clusters clusterIDs: Set<String>? = nil, levels keep: Set<LevelID>? = nil) -> Framework {
        var copy = self
        if let clusterIDs { copy.clusters = copy.clusters.filter { clusterIDs.contains($0.id) } }
        if let keep {
            copy.levels = copy.levels.filter { keep.contains($0.id) }
            for c in copy.clusters.indices {
                for k in copy.clusters[c].competencies.indices {
                    copy.clusters[c].competencies[k].indicators.removeAll { !keep.contains($0.level) }
                }
            }
        }
        return copy
    }
}

/// A level of practice declared by a framework, such as hbo or mbo.
public struct Level: Hashable, Sendable, Codable {
    public var id: LevelID
    public var title: String

    public init(id: LevelID, title: String) {
        self.id = id
        self.title = title
    }
}

/// A cluster (competentiecluster) of related competencies.
public struct Cluster: Hashable, Sendable, Codable {
    /// Stable id, such as `5`.
    public var id: String
    public var title: String
    /// What the cluster means for the person who relies on the service.
    public var typering: String?
    /// The role of the professional in this cluster.
    public var rol: String?
    /// Paragraphs describing the startbekwaam professional in this cluster.
    public var startbekwaam: [String]
    public var competencies: [Competency]

    public init(
        id: String, title: String, typering: String? = nil, rol: String? = nil, startbekwaam: [String] = [],
        competencies: [Competency]
    ) {
        self.id = id
        self.title = title
        self.typering = typering
        self.rol = rol
        self.startbekwaam = startbekwaam
        self.competencies = competencies
    }
}

/// A competency (beroepscompetentie) with its indicators for every level.
public struct Competency: Hashable, Sendable, Codable {
    /// Stable id, such as `5.3`.
    public var id: String
    public var title: String
    /// Indicators of all levels, grouped by level in the file's order.
    public var indicators: [Indicator]

    public init(id: String, title: String, indicators: [Indicator]) {
        self.id = id
        self.title = title
        self.indicators = indicators
    }

    /// The indicators for `level`, in order.
    public func indicators(for level: LevelID) -> [Indicator] { indicators.filter { $0.level == level } }
}

/// One observable indicator of a competency at one level.
///
/// A multi-part indicator (a lead sentence with sub-items) is one indicator: ``text`` holds the
/// whole, ``lead`` and ``parts`` the pieces for display.
public struct Indicator: Hashable, Sendable, Codable {
    /// Stable id, such as `5.3-hbo-2`.
    public var id: String
    public var competencyID: String
    public var level: LevelID
    public var text: String
    public var lead: String?
    public var parts: [String]

    public init(
        id: String, competencyID: String, level: LevelID, text: String, lead: String? = nil, parts: [String] = []
    ) {
        self.id = id
        self.competencyID = competencyID
        self.level = level
        self.text = text
        self.lead = lead
        self.parts = parts
    }
}

/// One aspect of the startbekwaam/vakvolwassen comparison, with aligned rows.
public struct ComparisonAspect: Hashable, Sendable, Codable {
    public var aspect: String
    public var rows: [Row]

    public struct Row: Hashable, Sendable, Codable {
        public var startbekwaam: String
        public var vakvolwassen: String

        public init(startbekwaam: String, vakvolwassen: String) {
            self.startbekwaam = startbekwaam
            self.vakvolwassen = vakvolwassen
        }
    }

    public init(aspect: String, rows: [Row]) {
        self.aspect = aspect
        self.rows = rows
    }
}
