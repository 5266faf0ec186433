import DekkingModel

/// How one competency or indicator compares between document A and document B.
///
/// "Addressed" means gedekt or deels. When both address it, the status decides: a better status
/// in one document makes it stronger there; the same status is "in beide".
public enum ComparisonCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// Addressed in A only.
    case onlyInA = "only_in_a"
    /// Addressed in B only.
    case onlyInB = "only_in_b"
    /// Addressed in both with a better status in A.
    case strongerInA = "stronger_in_a"
    /// Addressed in both with a better status in B.
    case strongerInB = "stronger_in_b"
    /// Addressed in both with the same status.
    case inBoth = "in_both"
    /// Addressed in neither.
    case inNeither = "in_neither"

    /// The category of a pair of statuses.
    public init(a: CoverageStatus, b: CoverageStatus) {
        switch (a.isAddressed, b.isAddressed) {
        case (false, false): self = .inNeither
        case (true, false): self = .onlyInA
        case (false, true): self = .onlyInB
        case (true, true): self = a > b ? .strongerInA : b > a ? .strongerInB : .inBoth
        }
    }

    /// The Dutch label for people.
    public var label: String {
        switch self {
        case .onlyInA: "alleen in A"
        case .onlyInB: "alleen in B"
        case .strongerInA: "sterker in A"
        case .strongerInB: "sterker in B"
        case .inBoth: "in beide"
        case .inNeither: "in geen van beide"
        }
    }
}
