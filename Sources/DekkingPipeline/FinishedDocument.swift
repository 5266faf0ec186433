import DekkingCore
import DekkingModel
import DekkingReport
import Foundation

/// One document done, read and matched now or taken from the cache: what the outputs write and
/// what the run counts, the same whichever way it came. It is also the cache's entry
/// (``DocumentCache``): a cached document is stored and handed back as this value.
public struct FinishedDocument: Sendable {
    /// The path as the user named it (the run manifest's key).
    public var path: String
    /// What reading and matching it found (not the cache's own warnings about it).
    public var findings: [Finding]
    /// Score and status per cluster, for the run's totals (also when ``coverage`` is not decoded).
    public var clusters: [ClusterTotal]
    /// Its line of coverage.json, the coverage in the report's JSON encoding, made once when it
    /// was matched; a cached document is written from it without being decoded.
    public var line: Data
    /// The coverage; nil for a cached document that nothing but coverage.json needs.
    public var coverage: DocumentCoverage?

    /// One cluster of the document: its score and status.
    public struct ClusterTotal: Hashable, Sendable {
        public var id: String
        public var score: Double
        public var status: CoverageStatus
    }

    /// A document just matched: its line of coverage.json is encoded here.
    init(path: String, findings: [Finding], coverage: DocumentCoverage) {
        self.init(
            path: path, findings: findings,
            clusters: coverage.clusters.map { ClusterTotal(id: $0.id, score: $0.score, status: $0.status) },
            line: CoverageJSON.line(coverage), coverage: coverage)
    }

    init(path: String, findings: [Finding], clusters: [ClusterTotal], line: Data, coverage: DocumentCoverage?) {
        self.path = path
        self.findings = findings
        self.clusters = clusters
        self.line = line
        self.coverage = coverage
    }

    /// What the document was read as; nil when its coverage was not decoded.
    public var identity: CoverageRun.DocumentIdentity? {
        coverage.map { CoverageRun.DocumentIdentity(id: $0.id, kind: $0.kind, level: $0.level) }
    }
}
