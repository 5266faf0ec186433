import DekkingModel

extension CoverageStatus {
    /// A symbol that tells the status apart without colour: ● gedekt, ◐ deels, ○ ontbreekt.
    var statusSymbol: String {
        switch self {
        case .covered: "●"
        case .partial: "◐"
        case .gap: "○"
        }
    }

    /// The CSS class that colours a cell with this status.
    var statusClass: String { "s-\(rawValue)" }
}
