import DekkingCore
import DekkingModel
import Foundation

/// One overrides file: a CSV with the header `document,indicator,decision,note` and optionally
/// `reviewer` and `decided` (in any order; Dutch `wie` and `datum` also work).
///
/// `indicator` holds the id of the item decided about: an indicator, a competency or a
/// startbekwaam statement. A file that cannot be read, or has no such header, is one warning
/// and gives no rows; a bad row is one warning with its line and what is accepted, and the
/// file's other rows still apply.
public enum OverrideFile {
    /// One decision as a file holds it.
    public struct Row: Hashable, Sendable {
        public var document: String
        public var item: String
        public var entry: OverrideSet.Entry

        public init(document: String, item: String, entry: OverrideSet.Entry) {
            self.document = document
            self.item = item
            self.entry = entry
        }
    }

    /// The header ``render(_:)`` writes.
    public static let header = ["document", "indicator", "decision", "note", "reviewer", "decided"]

    /// The header names each column may have.
    private static let columnNames: [String: [String]] = [
        "document": ["document"],
        "indicator": ["indicator", "item", "onderdeel"],
        "decision": ["decision", "beslissing", "oordeel"],
        "note": ["note", "notitie", "toelichting"],
        "reviewer": ["reviewer", "wie", "beoordelaar"],
        "decided": ["decided", "datum", "wanneer", "when"],
    ]

    /// The longest note kept; a longer one is cut with a warning.
    public static let maximumNoteLength = 2_000

    /// The rows of the file at `url` (shown as `display` in findings), with a finding for every
    /// problem; a file that does not exist gives no rows and no finding.
    public static func read(_ url: URL, displayPath display: String, findings: inout [Finding]) -> [Row] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else {
            findings.append(
                Finding(
                    .warning, SourceLocation(file: display),
                    "het overridebestand kan niet als UTF-8 worden gelezen; de beslissingen erin gelden niet"))
            return []
        }
        let records = CSVReader.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        let header = records.first?.fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) } ?? []
        func column(_ name: String) -> Int? { columnNames[name]!.lazy.compactMap(header.firstIndex(of:)).first }
        guard let documentColumn = column("document"), let itemColumn = column("indicator"),
            let decisionColumn = column("decision")
        else {
            findings.append(
                Finding(
                    .warning, SourceLocation(file: display, line: 1),
                    "de kopregel moet 'document,indicator,decision,note' zijn (eventueel met reviewer en decided); "
                        + "de beslissingen in dit bestand gelden niet"))
            return []
        }
        let noteColumn = column("note")
        let reviewerColumn = column("reviewer")
        let decidedColumn = column("decided")
        var rows: [Row] = []
        for record in records.dropFirst() {
            let field = { (i: Int?) -> String in
                guard let i, i < record.fields.count else { return "" }
                return record.fields[i].trimmingCharacters(in: .whitespaces)
            }
            let location = SourceLocation(file: display, line: record.line)
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard !field(documentColumn).isEmpty, !field(itemColumn).isEmpty else {
                findings.append(Finding(.warning, location, "regel zonder document of indicator wordt overgeslagen"))
                continue
            }
            guard let decision = OverrideDecision(word: field(decisionColumn)) else {
                findings.append(
                    Finding(
                        .warning, location,
                        "onbekende beslissing '\(field(decisionColumn))' wordt overgeslagen: "
                            + "gebruik \(OverrideDecision.acceptedWords)"))
                continue
            }
            var note = field(noteColumn)
            if note.count > maximumNoteLength {
                findings.append(
                    Finding(
                        .warning, location,
                        "de notitie is langer dan \(maximumNoteLength) tekens en wordt ingekort"))
                note = String(note.prefix(maximumNoteLength))
            }
            let decided = field(decidedColumn)
            if !decided.isEmpty, DecisionTime.parse(decided) == nil {
                findings.append(
                    Finding(
                        .warning, location,
                        "onbekende datum '\(decided)' (gebruik bijvoorbeeld 2026-11-02 of 2026-11-02T14:05); "
                            + "de beslissing geldt, de volgorde van de regels beslist"))
            }
            let entry = OverrideSet.Entry(
                decision: decision, note: note.isEmpty ? nil : note, location: location,
                reviewer: field(reviewerColumn).isEmpty ? nil : field(reviewerColumn),
                decided: decided.isEmpty || DecisionTime.parse(decided) == nil ? nil : decided)
            rows.append(Row(document: field(documentColumn), item: field(itemColumn), entry: entry))
        }
        return rows
    }
}

extension OverrideFile {
    /// The file's text for `rows`, in order: ``header``, then one line per row (RFC 4180: a field
    /// with a comma, quote or line break is quoted, quotes doubled), decisions as `confirmed` or
    /// `rejected`. ``read(_:displayPath:findings:)`` gives the same rows back.
    public static func render(_ rows: [Row]) -> String {
        var lines = [header.joined(separator: ",")]
        for row in rows {
            let fields = [
                row.document, row.item, row.entry.decision.rawValue, row.entry.note ?? "", row.entry.reviewer ?? "",
                row.entry.decided ?? "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
