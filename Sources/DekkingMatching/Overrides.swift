import DekkingCore
import DekkingModel
import Foundation

/// Users' decisions about matches, read from the CSV files in `Mappings/overrides/`
/// (``OverrideFile``).
///
/// A decision is about one item of one document: an indicator (`4.2-mbo-3`), a competency
/// (`6.2`) or a startbekwaam statement (`3-startbekwaam-2`). When two rows decide about the same
/// item, the one with the later `decided` time wins, and without times the later row (files are
/// read in name order); two rows that disagree are reported as a conflict.
public struct OverrideSet: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var decision: OverrideDecision
        public var note: String?
        public var location: SourceLocation
        /// Who decided, when the file says so.
        public var reviewer: String?
        /// When it was decided (ISO 8601 as written in the file), when the file says so.
        public var decided: String?

        public init(
            decision: OverrideDecision, note: String?, location: SourceLocation, reviewer: String? = nil,
            decided: String? = nil
        ) {
            self.decision = decision
            self.note = note
            self.location = location
            self.reviewer = reviewer
            self.decided = decided
        }

        /// Whether this entry, read after `earlier`, replaces it: a later decision time wins;
        /// without a time on both, the later row does.
        func replaces(_ earlier: Entry) -> Bool {
            guard let mine = decided.flatMap(DecisionTime.parse),
                let theirs = earlier.decided.flatMap(DecisionTime.parse)
            else { return true }
            return mine >= theirs
        }

        /// "regel 3 (Anna, 2026-11-02): bevestigd", for messages.
        var described: String {
            let who = [reviewer, decided].compactMap { $0 }.joined(separator: ", ")
            let place = location.line.map { "regel \($0)" } ?? location.file
            return "\(location.file) \(place)\(who.isEmpty ? "" : " (\(who))"): \(decision.dutchWord)"
        }
    }

    /// Document id → item id (indicator, competency or statement) → decision.
    public private(set) var entries: [String: [String: Entry]] = [:]

    public init() {}

    public init(entries: [String: [String: Entry]]) { self.entries = entries }

    /// The decision about `indicator` (or any other item id) in `document`, if any.
    public func decision(document: String, indicator: String) -> Entry? { entries[document]?[indicator] }

    /// Adds `entry` for `item` of `document` after the entries so far; returns a conflict
    /// finding when an earlier entry decided otherwise.
    mutating func add(_ entry: Entry, document: String, item: String) -> Finding? {
        guard let earlier = entries[document]?[item] else {
            entries[document, default: [:]][item] = entry
            return nil
        }
        let (winner, loser) = entry.replaces(earlier) ? (entry, earlier) : (earlier, entry)
        entries[document, default: [:]][item] = winner
        guard earlier.decision != entry.decision else { return nil }
        return Finding(
            .warning, entry.location,
            "tegenstrijdige beslissingen over \(item) in document \(document): \(loser.described) en "
                + "\(winner.described); de laatste geldt (\(winner.decision.dutchWord))")
    }

    /// Reads every `*.csv` in `directory` (a missing directory means no overrides). A bad row or
    /// file is a warning with its file and line; every other row still applies.
    public static func load(directory: URL, displayPath: String) -> (OverrideSet, [Finding]) {
        var set = OverrideSet()
        var findings: [Finding] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        for name in files {
            let rows = OverrideFile.read(
                directory.appendingPathComponent(name), displayPath: "\(displayPath)/\(name)", findings: &findings)
            for row in rows {
                if let conflict = set.add(row.entry, document: row.document, item: row.item) {
                    findings.append(conflict)
                }
            }
        }
        return (set, findings)
    }
}

extension OverrideDecision {
    /// Parses a decision in English or Dutch.
    init?(word: String) {
        switch word.lowercased() {
        case "confirmed", "confirm", "bevestigd", "bevestig", "klopt", "ja", "yes": self = .confirmed
        case "rejected", "reject", "afgewezen", "afwijzen", "klopt niet", "nee", "no": self = .rejected
        default: return nil
        }
    }

    /// The words a decision may be written as, for messages.
    static let acceptedWords = "confirmed, bevestigd of klopt; rejected, afgewezen of klopt niet"

    /// The Dutch word for messages.
    var dutchWord: String {
        switch self {
        case .confirmed: "bevestigd"
        case .rejected: "afgewezen"
        }
    }
}

/// The time of a decision as written in an overrides file: a date (`2026-11-02`) or a date and
/// time in ISO 8601 (`2026-11-02T14:05:00Z`, with or without seconds or zone).
enum DecisionTime {
    /// Seconds since 1970 (UTC), or nil when `text` is no such time.
    static func parse(_ text: String) -> Double? {
        let formats = [
            "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmXXXXX",
            "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        ]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in formats {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
        }
        return nil
    }
}
