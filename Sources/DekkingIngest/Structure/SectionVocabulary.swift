import DekkingCore

/// What a heading's words say about the text beneath it, for each document family.
///
/// Headings are compared after ``normalisedHeading(_:)`` (lower case, numbering and final
/// punctuation removed) by exact match or prefix. The tables are the vocabulary of SBB
/// kwalificatiedossiers, hbo opleidingsprofielen and CAO functieboeken.
enum SectionVocabulary {
    /// The meaning of a heading.
    struct Section: Equatable {
        /// The role of paragraphs beneath.
        var paragraphRole: SegmentRole?
        /// The role of list items beneath, when it differs.
        var listRole: SegmentRole?
        /// A label inside a part (`Resultaat`, `Gedrag`): it refines the role but is not a heading of its own.
        var isLabel = false
        /// A top-level part of a kwalificatiedossier (`Basisdeel`, `Typering van het beroep`).
        var isPart = false
    }

    /// Labels inside werkprocessen, competenties and resultaatgebieden.
    private static let labels: [(String, SegmentRole?, SegmentRole?)] = [
        ("omschrijving", .werkproces, nil), ("resultaat", .resultaat, nil), ("resultaten", .resultaat, nil),
        ("gedrag", .gedrag, nil), ("activiteiten", .activiteit, nil), ("gedragsindicatoren", .gedragsindicator, nil),
        ("indicatoren", .gedragsindicator, nil), ("leeruitkomsten", .leeruitkomst, nil), ("leeruitkomst", .leeruitkomst, nil),
    ]

    private static let kdParts: [(String, SegmentRole?)] = [
        ("typering van het beroep", .typeringBeroep), ("beroepsvereisten", .beroepsvereisten),
        ("basisdeel", nil), ("profieldeel", nil), ("keuzedelen", .keuzedeel), ("keuzedeel", .keuzedeel),
        ("algemene informatie", nil), ("overzicht van het kwalificatiedossier", nil), ("leeswijzer", nil),
    ]

    /// Section headings with the role of their content: (prefix, paragraph role, list role).
    private static let sections: [(String, SegmentRole, SegmentRole?)] = [
        ("vakkennis en vaardigheden", .vakkennis, nil), ("typering", .typeringBeroep, nil),
        ("doel van de functie", .doelFunctie, nil), ("functiedoel", .doelFunctie, nil), ("doel", .doelFunctie, nil),
        ("resultaatgebieden", .resultaatgebied, .activiteit), ("taken en verantwoordelijkheden", .resultaatgebied, .activiteit),
        ("werkzaamheden", .activiteit, nil), ("wat ga je doen", .activiteit, nil),
        ("kennis en vaardigheden", .kennisEnVaardigheden, nil), ("kennis en ervaring", .kennisEnVaardigheden, nil),
        ("functie-eisen", .kennisEnVaardigheden, nil), ("functie eisen", .kennisEnVaardigheden, nil),
        ("wat vragen wij", .kennisEnVaardigheden, nil), ("wie zoeken wij", .kennisEnVaardigheden, nil),
        ("wie ben jij", .kennisEnVaardigheden, nil), ("jouw profiel", .kennisEnVaardigheden, nil),
        ("gedragscompetenties", .competentie, nil), ("kerncompetenties", .competentie, nil), ("competenties", .competentie, nil),
        ("contacten", .contacten, nil), ("interne en externe contacten", .contacten, nil),
        ("functieniveau", .functieniveau, nil), ("functieschaal", .functieniveau, nil), ("inschaling", .functieniveau, nil),
        ("indeling", .functieniveau, nil), ("salarisschaal", .functieniveau, nil), ("functiewaardering", .functieniveau, nil),
        ("beroepstaken", .beroepstaak, nil), ("body of knowledge", .bodyOfKnowledge, nil), ("kennisbasis", .bodyOfKnowledge, nil),
        ("onderwijseenheden", .onderwijseenheid, nil), ("modules", .onderwijseenheid, nil),
        ("opbouw van de opleiding", .onderwijseenheid, nil), ("studieprogramma", .onderwijseenheid, nil),
        ("leeruitkomsten", .leeruitkomst, nil),
        ("wat bieden wij", .boilerplate, nil), ("wij bieden", .boilerplate, nil), ("arbeidsvoorwaarden", .boilerplate, nil),
        ("solliciteren", .boilerplate, nil), ("interesse", .boilerplate, nil), ("contactgegevens", .boilerplate, nil),
        ("colofon", .boilerplate, nil), ("inhoudsopgave", .boilerplate, nil),
    ]

    /// The meaning of `heading` in a document of `kind`, or nil for an ordinary heading.
    static func section(for heading: String, kind: DocumentKind) -> Section? {
        let text = normalisedHeading(heading)
        if let label = labels.first(where: { $0.0 == text }) {
            if kind == .functiebeschrijving, label.0.hasPrefix("resultaat") { return Section(paragraphRole: .resultaatgebied, isLabel: true) }
            return Section(paragraphRole: label.1, listRole: label.2, isLabel: true)
        }
        if kind == .kwalificatiedossier || kind == .overig, let part = kdParts.first(where: { text.hasPrefix($0.0) }) {
            return Section(paragraphRole: part.1, isPart: true)
        }
        if kind == .functiebeschrijving, text.hasPrefix("kerntaken") {
            return Section(paragraphRole: .resultaatgebied, listRole: .activiteit)
        }
        if let section = sections.first(where: { text == $0.0 || text.hasPrefix($0.0 + " ") }) {
            return Section(paragraphRole: section.1, listRole: section.2)
        }
        return nil
    }

    /// Lower-cased, without leading numbering (`2.3`), final `:`, `.`, `?` or `!`, collapsed whitespace.
    static func normalisedHeading(_ heading: String) -> String {
        var text = heading.lowercased().collapsingWhitespace()
        let numbering = text.prefix { $0.isNumber || $0 == "." }
        if !numbering.isEmpty { text = String(text.dropFirst(numbering.count)).trimmingWhitespace() }
        return text.trimmingAll(of: " :.?!")
    }

    /// A paragraph that opens with a label (`Resultaat: …`), as the label's role and the rest.
    static func inlineLabel(_ text: String, kind: DocumentKind) -> (role: SegmentRole, rest: String)? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 22 else { return nil }
        let label = String(text[..<colon])
        let rest = String(text[text.index(after: colon)...]).trimmingWhitespace()
        guard !rest.isEmpty, let section = section(for: label, kind: kind), section.isLabel,
            let role = section.paragraphRole
        else { return nil }
        return (role, rest)
    }
}
