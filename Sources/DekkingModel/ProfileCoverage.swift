/// How well a document matches the startbekwaam profile of one cluster: each sentence of the
/// profile is a statement, matched like an indicator.
public struct ProfileCoverage: Hashable, Sendable, Codable {
    public var clusterID: String
    /// Mean of the statements' scores.
    public var score: Double
    /// Covered when at least two thirds of the statements are addressed, partial when any is.
    public var status: CoverageStatus
    public var statements: [StatementCoverage]

    public init(clusterID: String, score: Double, status: CoverageStatus, statements: [StatementCoverage]) {
        self.clusterID = clusterID
        self.score = score
        self.status = status
        self.statements = statements
    }
}

/// One statement of a startbekwaam profile and where the document addresses it.
public struct StatementCoverage: Hashable, Sendable, Codable {
    /// `<cluster>-startbekwaam-<n>`, the statement's place in its cluster's profile (from 1): the
    /// id an override names.
    public var id: String?
    public var text: String
    public var score: Double
    public var status: CoverageStatus
    public var evidence: [Evidence]
    /// The user's decision, when an override applies.
    public var override: OverrideDecision?
    public var overrideNote: String?

    public init(
        id: String? = nil, text: String, score: Double, status: CoverageStatus, evidence: [Evidence],
        override: OverrideDecision? = nil, overrideNote: String? = nil
    ) {
        self.id = id
        self.override = override
        self.overrideNote = overrideNote
        self.text = text
        self.score = score
        self.status = status
        self.evidence = evidence
    }
}
