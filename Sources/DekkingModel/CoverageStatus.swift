/// How well a document covers an indicator, a competency or a cluster.
public enum CoverageStatus: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Clearly addressed.
    case covered
    /// Touched on, but not clearly or not fully.
    case partial
    /// Not addressed.
    case gap

    private var rank: Int {
        switch self {
        case .gap: 0
        case .partial: 1
        case .covered: 2
        }
    }

    public static func < (lhs: CoverageStatus, rhs: CoverageStatus) -> Bool { lhs.rank < rhs.rank }

    /// The Dutch word for reports.
    public var label: String {
        switch self {
        case .covered: "gedekt"
        case .partial: "deels"
        case .gap: "ontbreekt"
        }
    }

    /// Whether the status counts as addressed (covered or partial).
    public var isAddressed: Bool { self != .gap }
}

/// A user's decision about one match, recorded in `Mappings/overrides/`.
public enum OverrideDecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// The user confirms the indicator is addressed (also adds a match the engine missed).
    case confirmed
    /// The user rejects the match: the indicator is not addressed.
    case rejected
}
