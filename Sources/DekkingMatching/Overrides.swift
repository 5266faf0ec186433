import DekkingCore
import DekkingModel
import Foundation

/// Users' decisions about matches, read from the CSV files in `Mappings/overrides/`.
///
/// Each file has the header `document,indicator,decision,note`; `decision` is `confirmed` or
/// `rejected` (Dutch `bevestigd`/`afgewezen` also work). A confirmation also adds a match the
/// engine missed. Later rows win over earlier ones, and files are read in name order.
public struct OverrideSet: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var decision: OverrideDecision
        public var note: String?
        public var location: SourceLocation

        public init(decision: OverrideDecision, note: String?, location: SourceLocation) {
            self.decision = decision
            self.note = note
            self.location = location
        }
    }

    /// Document id → indicator id → decision.
    public private(set) var entries: [String: [String: Entry]] = [:]

    public init() {}

    public init(entries: [String: [String: Entry]]) { self.entries = entries }

    /// The decision for `indicator` in `document`, if any.
    public func decision(document: String, indicator: String) -> Entry? { entries[document]?[indicator] }

    /// Reads every `*.csv` in `directory` (a missing directory means no overrides).
    public static func load(directory: URL, displayPath: String) -> (OverrideSet, [Finding]) {
        var set = OverrideSet()
        var findings: [Finding] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        for name in files {
            let display = "\(displayPath)/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                let text = String(data: data, encoding: .utf8)
            else {
                findings.append(
                    Finding(
                        .error, SourceLocation(file: display), "het overridebestand kan niet als UTF-8 worden gelezen"))
                continue
            }
            let rows = CSVReader.parse(text)
            guard let header = rows.first?.fields.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }),
                let documentColumn = header.firstIndex(of: "document"),
                let indicatorColumn = header.firstIndex(of: "indicator"),
                let decisionColumn = header.firstIndex(of: "decision")
            else {
                findings.append(
                    Finding(
                        .error, SourceLocation(file: display, line: 1),
                        "kopregel moet 'document,indicator,decision,note' zijn"))
                continue
            }
            let noteColumn = header.firstIndex(of: "note")
            for row in rows.dropFirst() {
                let field = { (i: Int) in i < row.fields.count ? row.fields[i].trimmingCharacters(in: .whitespaces) : ""
                }
                let location = SourceLocation(file: display, line: row.line)
                guard !field(documentColumn).isEmpty, !field(indicatorColumn).isEmpty else {
                    findings.append(
                        Finding(.warning, location, "regel zonder document of indicator wordt overgeslagen"))
                    continue
                }
                guard let decision = OverrideDecision(word: field(decisionColumn)) else {
                    findings.append(
                        Finding(
                            .error, location,
                            "onbekende beslissing '\(field(decisionColumn))': gebruik confirmed of rejected"))
                    continue
                }
                let note = noteColumn.map(field).flatMap { $0.isEmpty ? nil : $0 }
                set.entries[field(documentColumn), default: [:]][field(indicatorColumn)] =
                    Entry(decision: decision, note: note, location: location)
            }
        }
        return (set, findings)
    }
}

extension OverrideDecision {
    /// Parses a decision in English or Dutch.
    init?(word: String) {
        switch word.lowercased() {
        case "confirmed", "confirm", "bevestigd", "ja", "yes": self = .confirmed
        case "rejected", "reject", "afgewezen", "nee", "no": self = .rejected
        default: return nil
        }
    }
}
