import DekkingCore
import DekkingModel

/// The Dutch words of "Eerst aanpakken", plain text (each writer escapes it), so that `gaps.md`
/// and `report.html` say the same.
extension GapPriorities {
    /// `De 6 zwakst gedekte van de 24 competenties die niet gedekt zijn, per cluster, met …
    /// een voorbeeldtekst als resultaatgebied. Pas de tekst aan uw eigen situatie aan.`
    func introduction(kind: DocumentKind) -> String {
        let shown = chosenCount
        let open = openCount
        let which =
            shown == open
            ? "\(DutchLabels.capitalised(DutchLabels.count(open))) \(open == 1 ? "competentie is" : "competenties zijn") "
                + "niet gedekt"
            : "De \(DutchLabels.count(shown)) zwakst gedekte van de \(DutchLabels.count(open)) competenties die niet "
                + "gedekt zijn"
        return which
            + ", per cluster, met per competentie de indicatoren die het meest opleveren en een voorbeeldtekst als "
            + "\(Self.genre(kind)). Pas de tekst aan uw eigen situatie aan."
    }

    /// The warning for a document that seems to be about another field.
    static let outsideFieldWarning =
        "Let op: dit document lijkt over een ander vakgebied te gaan. Dan zegt deze lijst vooral dat het kader er "
        + "niet bij past, niet wat er ontbreekt."

    /// What a combination of found indicators needs when none of them is open.
    static let combinationAdvice =
        "De afzonderlijke indicatoren zijn gevonden, maar samen nog niet sterk genoeg; maak de samenhang in het "
        + "document duidelijker."

    /// The name of what a proposal is written as, for the kind of document.
    static func genre(_ kind: DocumentKind) -> String {
        switch kind {
        case .functiebeschrijving, .vacature: "resultaatgebied"
        case .opleidingsprofiel: "leeruitkomst"
        case .kwalificatiedossier: "werkproces"
        case .overig: "passage"
        }
    }
}

extension GapPriorities.Proposal {
    /// What to do: `Voeg toe (1.3-hbo-2, nu 0%)`; for an indicator partly there
    /// `Werk uit bij Resultaatgebied 4 (2.1-hbo-2, nu 52%)`, or without a place
    /// `Werk verder uit (2.1-hbo-2, nu 52%)`.
    var action: String {
        let reference = "\(indicator.id), nu \(NumberFormat.percent(indicator.score))"
        guard indicator.status != .gap else { return "Voeg toe (\(reference))" }
        if let place = indicator.evidence.first.flatMap(EvidencePlace.reference(to:)) {
            return "Werk uit bij \(place) (\(reference))"
        }
        return "Werk verder uit (\(reference))"
    }
}
