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
    public var text: String
    public var score: Double
    public var status: CoverageStatus
    public var evidence: [Evidence]

    public init(text: String, score: Double, status: CoverageStatus, evidence: [Evidence]) {
        self.text = text
        self.score = score
        self.status = status
        self.evidence = evidence
    }
}
