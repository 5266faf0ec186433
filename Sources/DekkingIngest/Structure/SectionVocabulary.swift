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
        ("indicatoren", .gedragsindicator, nil), ("leeruitkomsten", .leeruitkomst, nil),
        ("leeruitkomst", .leeruitkomst, nil),
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
        ("resultaatgebieden", .resultaatgebied, .activiteit),
        ("taken en verantwoordelijkheden", .resultaatgebied, .activiteit),
        ("werkzaamheden", .activiteit, nil), ("wat ga je doen", .activiteit, nil),
        ("kennis en vaardigheden", .kennisEnVaardigheden, nil), ("kennis en ervaring", .kennisEnVaardigheden, nil),
        ("functie-eisen", .kennisEnVaardigheden, nil), ("functie eisen", .kennisEnVaardigheden, nil),
        ("wat vragen wij", .kennisEnVaardigheden, nil), ("wie zoeken wij", .kennisEnVaardigheden, nil),
        ("wie ben jij", .kennisEnVaardigheden, nil), ("jouw profiel", .kennisEnVaardigheden, nil),
        ("gedragscompetenties", .competentie, nil), ("kerncompetenties", .competentie, nil),
        ("competenties", .competentie, nil),
        ("contacten", .contacten, nil), ("interne en externe contacten", .contacten, nil),
        ("functieniveau", .functieniveau, nil), ("functieschaal", .functieniveau, nil),
        ("inschaling", .functieniveau, nil),
        ("indeling", .functieniveau, nil), ("salarisschaal", .functieniveau, nil),
        ("functiewaardering", .functieniveau, nil),
        ("beroepstaken", .beroepstaak, nil), ("body of knowledge", .bodyOfKnowledge, nil),
        ("kennisbasis", .bodyOfKnowledge, nil),
        ("onderwijseenheden", .onderwijseenheid, nil), ("modules", .onderwijseenheid, nil),
        ("opbouw van de opleiding", .onderwijseenheid, nil), ("studieprogramma", .onderwijseenheid, nil),
        ("leeruitkomsten", .leeruitkomst, nil),
        ("wat bieden wij", .boilerplate, nil), ("wij bieden", .boilerplate, nil),
        ("arbeidsvoorwaarden", .boilerplate, nil),
        ("solliciteren", .boilerplate, nil), ("interesse", .boilerplate, nil), ("contactgegevens", .boilerplate, nil),
        ("colofon", .boilerplate, nil), ("inhoudsopgave", .boilerplate, nil),
    ]

    /// The meaning of `heading` in a document of `kind`, or nil for an ordinary heading.
    static func section(for heading: String, kind: DocumentKind) -> Section? {
        let text = normalisedHeading(heading)
        if let label = labels.first(where: { $0.0 == text }) {
            if kind == .functiebeschrijving, label.0.hasPrefix("resultaat") {
                return Section(paragraphRole: .resultaatgebied, isLabel: true)
            }
            return Section(paragraphRole: label.1, listRole: label.2, isLabel: true)
        }
        if kind == .kwalificatiedossier || kind == .overig, let part = kdParts.first(where: { text.hasPrefix($0.0) }) {
            return Section(paragraphRole: part.1, isPart: true)
        }
        if kind == .functiebeschrijving, text.hasPrefix("kerntaken") {
            return Section(paragraphRole: .resultaatgebied, listRole: .activiteit)
        }
        if let section = sectionsWithSpace.first(where: { text == $0.0 || text.hasPrefix($0.words) }) {
            return Section(paragraphRole: section.2, listRole: section.3)
        }
        return nil
    }

    /// ``sections`` with each prefix followed by a space: `(prefix, prefix + " ", roles)`.
    private static let sectionsWithSpace: [(String, words: String, SegmentRole, SegmentRole?)] = sections.map {
        ($0.0, $0.0 + " ", $0.1, $0.2)
    }

    /// Lower-cased, without leading numbering (`2.3`), final `:`, `.`, `?` or `!`, collapsed whitespace.
    static func normalisedHeading(_ heading: String) -> String {
        var text = heading.fastLowercased().collapsingWhitespace()
        func numberingEnd(_ units: some TextView) -> String.Index { units.prefix { $0.isNumber || $0 == "." }.endIndex }
        let numbering = text.isSimpleText ? numberingEnd(text.unicodeScalars) : numberingEnd(text)
        if numbering != text.startIndex { text = text[numbering...].trimmingWhitespace() }
        return text.trimmingAll(of: " :.?!")
    }

    /// A paragraph that opens with a label (`Resultaat: …`), as the label's role and the rest.
    static func inlineLabel(_ text: String, kind: DocumentKind) -> (role: SegmentRole, rest: String)? {
        // The first colon, if it is among the first 23 Characters.
        func colon(_ units: some TextView) -> String.Index? { units.prefix(23).firstIndex(of: ":") }
        guard let colon = text.isSimpleText ? colon(text.unicodeScalars) : colon(text) else { return nil }
        let label = String(text[..<colon])
        guard let section = section(for: label, kind: kind), section.isLabel, let role = section.paragraphRole else {
            return nil
        }
        let rest = text[text.index(after: colon)...].trimmingWhitespace()
        return rest.isEmpty ? nil : (role, rest)
    }
}
