import DekkingCore
import DekkingModel

extension DutchLabels {
    /// `functie`/`functies`, `module`/`modules`, `kerntaak`/`kerntaken`, `uitstroomprofiel`/`uitstroomprofielen`.
    static func unitNoun(_ kind: UnitKind, plural: Bool) -> String {
        switch kind {
        case .functie: plural ? "functies" : "functie"
        case .module: plural ? "modules" : "module"
        case .kerntaak: plural ? "kerntaken" : "kerntaak"
        case .uitstroomprofiel: plural ? "uitstroomprofielen" : "uitstroomprofiel"
        }
    }

    /// What a unit states about itself, for one line (``DekkingCore/UnitFacts/factsText(separator:confidence:)``).
    static func unitFacts(_ unit: UnitCoverage) -> String { unit.factsText() }
}
