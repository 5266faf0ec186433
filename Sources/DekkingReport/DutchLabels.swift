import DekkingCore
import DekkingModel

/// Dutch words for the values that reports show to people: the one place every report (HTML,
/// Markdown, XLSX, comparison) takes them from.
enum DutchLabels {
    /// `value` with a dot between thousands, as Dutch readers write it: `1.048.576`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `1 document` or `5.000 documenten`.
    static func documents(_ number: Int) -> String {
        number == 1 ? "1 document" : "\(count(number)) documenten"
    }

    /// The document kind as a curriculum designer names it, with a capital, such as `Kwalificatiedossier`.
    static func kind(_ kind: DocumentKind) -> String {
        switch kind {
        case .kwalificatiedossier: "Kwalificatiedossier"
        case .opleidingsprofiel: "Opleidingsprofiel"
        case .functiebeschrijving: "Functiebeschrijving"
        case .vacature: "Vacature"
        case .overig: "Overig document"
        }
    }

    /// The level for display (`mbo`, `hbo`), or `alle niveaus` when the document was matched
    /// against every level.
    static func level(_ level: LevelID?) -> String { level?.rawValue ?? "alle niveaus" }

    /// The user's decision about a match.
    static func override(_ decision: OverrideDecision?) -> String {
        switch decision {
        case .confirmed: "bevestigd"
        case .rejected: "afgewezen"
        case nil: ""
        }
    }

    /// `1 competentie` or `3 competenties`.
    static func competencies(_ count: Int) -> String { count == 1 ? "1 competentie" : "\(count) competenties" }

    /// One line summing up a document: `12 gedekt, 8 deels, 10 ontbreekt (van 30 competenties)`.
    static func summary(_ competencies: [CompetencyCoverage]) -> String {
        counts { status in competencies.filter { $0.status == status }.count }
            + " (van \(Self.competencies(competencies.count)))"
    }

    /// `12 gedekt, 8 deels, 10 ontbreekt`: counts in the order of the statuses, each with its label.
    static func counts(_ count: (CoverageStatus) -> Int) -> String {
        CoverageStatus.allCases.map { "\(count($0)) \($0.label)" }.joined(separator: ", ")
    }

    /// The status labels with a capital, for column titles: `Gedekt`, `Deels`, `Ontbreekt`.
    /// What a status means, for a legend: `gedekt` is "duidelijk beschreven".
    static func meaning(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "duidelijk beschreven"
        case .partial: "aangestipt, maar niet duidelijk of niet volledig"
        case .gap: "niet gevonden"
        }
    }

    static let statusColumns: [String] = CoverageStatus.allCases.map { capitalised($0.label) }

    /// `text` with its first character upper-cased: `gedekt` → `Gedekt`.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// How a passage was found, for a reader: the shared words, or by meaning with its similarity.
    static func basis(_ evidence: Evidence) -> String {
        if evidence.basis == .semantic {
            return "betekenis (gelijkenis \(Int(((evidence.similarity ?? 0) * 100).rounded())) %)"
        }
        return evidence.matchedTerms.isEmpty ? "" : "woorden: " + evidence.matchedTerms.joined(separator: ", ")
    }
}
