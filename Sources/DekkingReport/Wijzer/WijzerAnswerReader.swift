import DekkingCore
import DekkingFramework
import Foundation

/// Reads exported competentiewijzer answers, JSON or CSV, into ``WijzerAnswers``.
///
/// A file that cannot be read, is not an export of the wijzer, or names a level or profile the
/// framework lacks gives an error finding with its name and no answers; an unknown indicator or an
/// unknown rating in an otherwise good file gives a warning and that answer is left out. A file of
/// another framework version is read, with a warning.
public enum WijzerAnswerReader {
    /// The columns of the CSV export, in order.
    public static let csvColumns = [
        "naam", "datum", "kader", "kaderversie", "niveau", "profiel", "indicator", "beoordeling", "voorbeeld",
    ]

    /// The answers in the file at `path` (shown as `display`), checked against `framework`.
    public static func read(path: String, display: String? = nil, framework: Framework) -> (
        WijzerAnswers?, [Finding]
    ) {
        let display = display ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Finding(.error, SourceLocation(file: display), "het bestand kan niet worden gelezen")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Finding(.error, SourceLocation(file: display), "het bestand is geen UTF-8-tekst")])
        }
        return parse(text, display: display, framework: framework)
    }

    /// The answers in `text`: JSON when it starts with `{`, otherwise CSV.
    public static func parse(_ text: String, display: String, framework: Framework) -> (WijzerAnswers?, [Finding]) {
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        let parsed = trimmed.hasPrefix("{") ? json(String(trimmed), display: display) : csv(text, display: display)
        switch parsed {
        case .success(let answers): return checked(answers, display: display, framework: framework)
        case .failure(let error): return (nil, [error.finding])
        }
    }

    private static func json(_ text: String, display: String) -> Result<WijzerAnswers, FindingError> {
        let location = SourceLocation(file: display)
        guard let answers = try? JSONDecoder().decode(WijzerAnswers.self, from: Data(text.utf8)) else {
            return .failure(
                FindingError(
                    Finding(
                        .error, location,
                        "geen antwoorden van de competentiewijzer (JSON met schema '\(WijzerAnswers.schemaName)' verwacht)"
                    )))
        }
        guard answers.schema == WijzerAnswers.schemaName else {
            return .failure(
                FindingError(
                    Finding(
                        .error, location,
                        "onbekend schema '\(answers.schema)'; deze versie leest '\(WijzerAnswers.schemaName)'")))
        }
        return .success(answers)
    }

    private static func csv(_ text: String, display: String) -> Result<WijzerAnswers, FindingError> {
        let records = CSVReader.parse(text)
        guard let header = records.first, header.fields.map({ $0.lowercased() }) == csvColumns else {
            return .failure(
                FindingError(
                    Finding(
                        .error, SourceLocation(file: display, line: 1),
                        "geen antwoorden van de competentiewijzer (CSV met de kolommen \(csvColumns.joined(separator: ",")) verwacht)"
                    )))
        }
        let rows = records.dropFirst()
        guard let first = rows.first else {
            return .failure(
                FindingError(
                    Finding(.error, SourceLocation(file: display), "het bestand bevat geen antwoorden")))
        }
        guard first.fields.count == csvColumns.count, let profile = WijzerProfileKind(rawValue: first.fields[5]) else {
            return .failure(
                FindingError(
                    Finding(
                        .error, SourceLocation(file: display, line: first.line),
                        "de regel heeft geen \(csvColumns.count) velden of een onbekend profiel")))
        }
        var answers = WijzerAnswers(
            framework: first.fields[2], frameworkVersion: first.fields[3], level: LevelID(first.fields[4]),
            profile: profile, name: revived(first.fields[0]), date: first.fields[1], answers: [:])
        for row in rows {
            guard row.fields.count == csvColumns.count else {
                return .failure(
                    FindingError(
                        Finding(
                            .error, SourceLocation(file: display, line: row.line),
                            "de regel heeft \(row.fields.count) velden, verwacht \(csvColumns.count)")))
            }
            // One file is one filled-in wijzer: name, date, framework, level and profile as on the first row.
            guard row.fields[0..<6] == first.fields[0..<6] else {
                return .failure(
                    FindingError(
                        Finding(
                            .error, SourceLocation(file: display, line: row.line),
                            "andere naam, datum, kader, niveau of profiel dan op regel \(first.line); zet elke ingevulde wijzer in een eigen bestand"
                        )))
            }
            guard let rating = WijzerRating(text: row.fields[7]) else {
                return .failure(
                    FindingError(
                        Finding(
                            .error, SourceLocation(file: display, line: row.line),
                            "onbekende beoordeling '\(row.fields[7])'; kies uit \(WijzerRating.allCases.map(\.label).joined(separator: ", "))"
                        )))
            }
            let example = revived(row.fields[8]).trimmingCharacters(in: .whitespacesAndNewlines)
            answers.answers[row.fields[6]] = .init(rating: rating, example: example.isEmpty ? nil : example)
        }
        return .success(answers)
    }

    /// `field` without the `'` the export puts before a text a spreadsheet would run as a formula
    /// (``SpreadsheetText``).
    static func revived(_ field: String) -> String {
        guard field.hasPrefix("'"), SpreadsheetText.neutralised(String(field.dropFirst())) == field else {
            return field
        }
        return String(field.dropFirst())
    }

    /// `answers` without the indicators `framework` does not have at the answers' level.
    private static func checked(_ answers: WijzerAnswers, display: String, framework: Framework) -> (
        WijzerAnswers?, [Finding]
    ) {
        let location = SourceLocation(file: display)
        guard framework.declares(answers.level) else {
            return (
                nil, [Finding(.error, location, "onbekend niveau '\(answers.level)' voor het kader \(framework.id)")]
            )
        }
        var findings: [Finding] = []
        if answers.framework != framework.id || answers.frameworkVersion != framework.version {
            findings.append(
                Finding(
                    .warning, location,
                    "ingevuld voor kader \(answers.framework) versie \(answers.frameworkVersion); gelezen met \(framework.id) versie \(framework.version)"
                ))
        }
        let known = Set(framework.indicators.filter { $0.level == answers.level }.map(\.id))
        var kept = answers
        let unknown = answers.answers.keys.filter { !known.contains($0) }.sorted()
        for id in unknown { kept.answers[id] = nil }
        if !unknown.isEmpty {
            findings.append(
                Finding(
                    .warning, location,
                    "\(unknown.count) onbekende indicator(en) overgeslagen: \(unknown.prefix(5).joined(separator: ", "))"
                ))
        }
        if kept.answers.isEmpty {
            findings.append(Finding(.error, location, "het bestand bevat geen antwoorden op indicatoren van dit kader"))
            return (nil, findings)
        }
        return (kept, findings)
    }
}

/// A finding carried as an error, for the reader's `Result`s.
struct FindingError: Error {
    var finding: Finding
    init(_ finding: Finding) { self.finding = finding }
}
