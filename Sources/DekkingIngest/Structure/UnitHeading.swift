import DekkingCore
import Foundation

/// What a heading says about units: that it opens one (`Functie 2: Medewerker receptie`,
/// `Module 3 Schuldhulpverlening (5 EC)`, `B1-K1 Biedt ondersteuning`, `Uitstroomprofiel
/// Budgetcoaching`), or that it groups the units below it (`Functiefamilie Schuldhulp`,
/// `Jaar 1`, `Propedeuse`, `Semester 2`, a part of a kwalificatiedossier).
enum UnitHeading {
    /// A heading that opens a unit.
    struct Opening: Equatable {
        var kind: UnitKind
        /// The number or code as written (`2`, `SFD12`, `B1-K1`), when there is one.
        var number: String?
        var title: String
        var ec: Double?
        var semester: Int?
    }

    /// A heading that groups units.
    enum Grouping: Equatable {
        /// A function family, or a part of a kwalificatiedossier: its title.
        case named(String)
        /// A study year (1 for the propedeuse), with the heading's text.
        case year(Int, String)
        /// A semester, period or block of the current year.
        case semester(Int)
    }

    /// The unit `heading` opens in a document of `kind`, if it opens one by its words or code.
    static func opening(_ heading: String, kind: DocumentKind) -> Opening? {
        let text = heading.collapsingWhitespace()
        if let code = StructuralCode.leading(in: text) {
            switch code.kind {
            case .kerntaak where kind == .kwalificatiedossier:
                return Opening(kind: .kerntaak, number: code.code, title: title(code.rest, or: text))
            case .onderwijseenheid where kind != .kwalificatiedossier:
                let number = code.code.split(separator: " ").last.map(String.init)
                return opening(.module, number: number, rest: code.rest, whole: text)
            default: break
            }
        }
        for (words, unitKind, kinds) in markers where kinds.contains(kind) {
            guard let rest = after(words, in: text) else { continue }
            let (number, remainder) = leadingNumber(rest)
            // "Functie en organisatie" is not a function: a marker needs a number or a separator,
            // except the words that only ever name a unit ("Functiebeschrijving Budgetcoach").
            let word = text.lowercased().split(separator: " ").first.map(String.init) ?? ""
            guard number != nil || separated(rest) || (!rest.isEmpty && namesOnlyUnits.contains(word)) else { continue }
            return opening(unitKind, number: number, rest: remainder, whole: text)
        }
        return nil
    }

    /// The grouping `heading` stands for in a document of `kind`, if any.
    static func grouping(_ heading: String, kind: DocumentKind) -> Grouping? {
        let text = heading.collapsingWhitespace()
        let lower = text.lowercased()
        if kind == .kwalificatiedossier {
            let normalised = SectionVocabulary.normalisedHeading(text)
            if normalised.hasPrefix("basisdeel") || normalised.hasPrefix("profieldeel")
                || normalised.hasPrefix("profiel ") || normalised.hasPrefix("profiel:")
            {
                return .named(text)
            }
            return nil
        }
        if kind != .opleidingsprofiel {
            for words in ["functiefamilie", "functiegroep", "functiecluster", "familie"] {
                if let rest = after([words], in: text), separated(rest) || !rest.isEmpty {
                    return .named(text)
                }
            }
            return nil
        }
        if lower.hasPrefix("propedeuse") || lower.hasPrefix("propedeutische fase") { return .year(1, text) }
        for words in ["leerjaar", "studiejaar", "jaar"] {
            if let rest = after([words], in: text), case (let number?, let remainder) = leadingNumber(rest),
                let year = Int(number), (1...8).contains(year), remainder.split(separator: " ").count <= 4
            {
                return .year(year, text)
            }
        }
        for words in ["semester", "periode", "blok", "kwartiel", "onderwijsperiode"] {
            if let rest = after([words], in: text), case (let number?, let remainder) = leadingNumber(rest),
                let value = Int(number), (1...8).contains(value), remainder.split(separator: " ").count <= 4
            {
                return .semester(value)
            }
        }
        return nil
    }

    /// A heading that ends the units: matter at the end of the document.
    static func endsUnits(_ heading: String) -> Bool {
        let normalised = SectionVocabulary.normalisedHeading(heading)
        return endMatter.contains { normalised == $0 || normalised.hasPrefix($0 + " ") }
    }

    private static let endMatter = [
        "bijlage", "bijlagen", "colofon", "verantwoording", "literatuur", "literatuurlijst", "begrippenlijst",
        "inhoudsopgave", "register", "overzicht van de functies", "functieoverzicht",
    ]

    /// The words that mark a unit heading, its kind, and the document kinds they mark it in.
    private static let markers: [([String], UnitKind, Set<DocumentKind>)] = [
        (["functiebeschrijving", "functienaam", "functie"], .functie, [.functiebeschrijving, .vacature, .overig]),
        (
            ["onderwijseenheid", "module", "cursus", "course", "leereenheid", "leerlijn", "minor", "vak"], .module,
            [.opleidingsprofiel, .overig]
        ),
        (["uitstroomprofiel", "afstudeerrichting", "differentiatie"], .uitstroomprofiel, [.opleidingsprofiel]),
    ]

    /// Marker words that name a unit with a title straight after them.
    private static let namesOnlyUnits: Set<String> = [
        "functiebeschrijving", "uitstroomprofiel", "afstudeerrichting", "minor",
    ]

    /// A short heading that states an attribute of the unit above it (`Schaal 8`, `5 EC`,
    /// `Semester 2`, `Functieniveau: B`) rather than naming one.
    static func statesAttribute(_ heading: String) -> Bool {
        guard heading.split(separator: " ").count <= 6 else { return false }
        return UnitAttributes.scale(in: heading) != nil || UnitAttributes.ec(in: heading) != nil
            || UnitAttributes.semester(in: heading) != nil
            || SectionVocabulary.section(for: heading, kind: .functiebeschrijving)?.paragraphRole == .functieniveau
    }

    private static func opening(_ kind: UnitKind, number: String?, rest: String, whole: String) -> Opening {
        var title = rest
        var ec: Double?
        if let match = ecPattern.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)),
            let value = Range(match.range(at: 1), in: title), let whole = Range(match.range, in: title)
        {
            ec = Double(title[value].replacingOccurrences(of: ",", with: "."))
            title.removeSubrange(whole)
        }
        title = title.trimmingCharacters(in: CharacterSet(charactersIn: " :-–—|,.()"))
        return Opening(
            kind: kind, number: number, title: Self.title(title, or: whole), ec: ec,
            semester: UnitAttributes.semester(in: rest))
    }

    /// `(5 EC)`, `- 7,5 studiepunten`, `[3 ects]` inside a heading.
    private static let ecPattern = try! NSRegularExpression(
        pattern: #"[\(\[\-–|,]?\s*(\d{1,2}(?:[.,]\d)?)\s*(?:ec|ects|studiepunten|sp|credits)\b\s*[\)\]]?"#,
        options: [.caseInsensitive])

    private static func title(_ rest: String, or whole: String) -> String {
        let trimmed = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :-–—|,."))
        return trimmed.isEmpty ? whole : trimmed
    }

    /// The text after the first of `words` that opens `text` as a whole word, or nil.
    private static func after(_ words: [String], in text: String) -> String? {
        let lower = text.lowercased()
        for word in words where lower.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            guard let next = rest.first else { return "" }
            if next.isLetter || next == "-" { continue }
            return String(rest).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// A number or code at the start of `rest` (`2`, `3.1`, `SFD12`, `B`), and what follows it.
    private static func leadingNumber(_ rest: String) -> (String?, String) {
        let token = rest.prefix { !$0.isWhitespace && $0 != ":" && $0 != "–" }
        let candidate = token.trimmingCharacters(in: CharacterSet(charactersIn: ".):"))
        let hasDigit = candidate.contains { $0.isNumber }
        let isShortLetter = candidate.count == 1 && candidate.first?.isUppercase == true
        guard !candidate.isEmpty, hasDigit || isShortLetter, candidate.count <= 12,
            candidate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return (nil, rest) }
        return (candidate, String(rest.dropFirst(token.count)))
    }

    /// Whether `rest` opens with a separator (`:`, `-`, `–`, `|`).
    private static func separated(_ rest: String) -> Bool {
        guard let first = rest.first else { return false }
        return ":-–—|".contains(first)
    }
}
