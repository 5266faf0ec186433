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

    /// What a unit states about itself, for one line: `Functiefamilie Schuldhulp · hbo-tekst · schaal 9`,
    /// `Jaar 1 · 5 EC · semester 2`; empty when it states nothing.
    static func unitFacts(_ unit: UnitCoverage) -> String {
        var facts: [String] = []
        if let group = unit.group { facts.append(group) }
        if let level = unit.level { facts.append("\(level)-niveau volgens de tekst") }
        if let scale = unit.scale { facts.append(scale) }
        if let ec = unit.ec { facts.append("\(NumberFormat.decimal(ec)) EC") }
        if let year = unit.year, unit.group?.contains(String(year)) != true { facts.append("jaar \(year)") }
        if let semester = unit.semester { facts.append("semester \(semester)") }
        return facts.joined(separator: " · ")
    }
}
