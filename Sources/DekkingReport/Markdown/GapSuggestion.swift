import DekkingCore
import DekkingModel

/// A concrete, Dutch suggestion of what to add to a document so that it covers an indicator,
/// phrased for the kind of document (werkproces, leeruitkomst, resultaatgebied, taak).
///
/// Framework indicators are written as the predicate of a list that starts "De professional:"
/// (`Maakt en houdt (online) contact …`), so the suggestion ends in "waarin de student:" and
/// continues with the indicator, its first letter lowered, as Dutch profiles do.
struct GapSuggestion {
    var kind: DocumentKind

    /// Who the document describes: `de student` for education, `de medewerker` for work.
    var actor: String {
        switch kind {
        case .kwalificatiedossier, .opleidingsprofiel: "de student"
        case .functiebeschrijving, .vacature: "de medewerker"
        case .overig: "de student of medewerker"
        }
    }

    /// What a curriculum designer or social partner adds: `een werkproces`, `een leeruitkomst of
    /// gedragsindicator`, …
    var unit: String {
        switch kind {
        case .kwalificatiedossier: "een werkproces"
        case .opleidingsprofiel: "een leeruitkomst of gedragsindicator"
        case .functiebeschrijving: "een resultaatgebied of activiteit"
        case .vacature: "een taak"
        case .overig: "een passage"
        }
    }

    /// The suggestion for an indicator that is missing or only partly there, such as
    /// `Voeg een werkproces toe waarin de student: maakt en houdt (online) contact, ook als …
    /// (indicator 1.1-mbo-4)`.
    /// - Parameters:
    ///   - indicator: the indicator's coverage in the document.
    ///   - text: the indicator's text from the framework.
    func sentence(for indicator: IndicatorCoverage, text: String) -> String {
        sentence(for: indicator, predicate: Self.predicate(text))
    }

    /// ``sentence(for:text:)`` with the indicator text already turned into its ``predicate(_:)``.
    func sentence(for indicator: IndicatorCoverage, predicate what: String) -> String {
        let reference = "(indicator \(indicator.id))"
        switch indicator.status {
        case .partial, .covered:
            let strength = "\(NumberFormat.percent(indicator.score)) overeenkomst"
            if let place = indicator.evidence.first.flatMap(EvidencePlace.reference(to:)) {
                return
                    "Werk de passage bij \(place) (nu \(strength)) uit tot \(unit) waarin \(actor): \(what) \(reference)"
            }
            return
                "Werk dit verder uit in \(unit) waarin \(actor): \(what) — nu deels gevonden, \(strength) \(reference)"
        case .gap:
            return "Voeg \(unit) toe waarin \(actor): \(what) \(reference)"
        }
    }

    /// The indicator text as the continuation of a sentence: first letter lowered unless the first
    /// word has more capitals (an abbreviation such as `AVG`), and without a trailing full stop.
    static func predicate(_ text: String) -> String {
        var words = Excerpt.of(text, limit: Int.max).split(separator: " ", omittingEmptySubsequences: false).map(
            String.init)
        if let first = words.first, first.count > 1, first.dropFirst().allSatisfy({ !$0.isUppercase }) {
            words[0] = first.prefix(1).lowercased() + first.dropFirst()
        }
        var sentence = words.joined(separator: " ")
        if sentence.hasSuffix(".") { sentence.removeLast() }
        return sentence
    }
}
