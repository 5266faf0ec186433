/// How many documents gave one row of a report (a cluster, competency, indicator or startbekwaam
/// statement) each status, and the sum of their scores.
public struct StatusTally: Hashable, Sendable {
    public var covered = 0
    public var partial = 0
    public var gap = 0
    public var scoreSum = 0.0

    public init() {}

    /// The documents counted.
    public var documents: Int { covered + partial + gap }
    /// The mean score of the documents counted; 0 when there are none.
    public var meanScore: Double { documents == 0 ? 0 : scoreSum / Double(documents) }

    /// The documents with `status`.
    public func count(_ status: CoverageStatus) -> Int {
        switch status {
        case .covered: covered
        case .partial: partial
        case .gap: gap
        }
    }

    /// The share (0–1) of the documents counted that have `status`; 0 when none are counted.
    public func share(_ status: CoverageStatus) -> Double {
        documents == 0 ? 0 : Double(count(status)) / Double(documents)
    }

    /// Counts one document with `status` and `score`.
    public mutating func add(_ status: CoverageStatus, score: Double) {
        switch status {
        case .covered: covered += 1
        case .partial: partial += 1
        case .gap: gap += 1
        }
        scoreSum += score
    }
}
