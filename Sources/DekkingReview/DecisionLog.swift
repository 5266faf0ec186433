import DekkingCore
import DekkingMatching
import DekkingReport
import Foundation

/// The reviewer's own overrides file (`Mappings/overrides/beoordeling-<name>.csv`): every
/// decision is written at once, the whole file replaced in one step (``AtomicFile``), so the
/// file is never half-written, even when the process is killed during a write. One actor per
/// file: decisions from two browser tabs are written one after the other and none is lost.
public actor DecisionLog {
    public let url: URL
    public let reviewer: String
    private var rows: [OverrideFile.Row]

    /// Opens the log at `url`, keeping the decisions it already holds (a reviewer who comes back
    /// goes on where they left off); problems in the file are returned as findings.
    public static func open(url: URL, reviewer: String) -> (DecisionLog, [Finding]) {
        var findings: [Finding] = []
        removeLeftovers(of: url)
        let rows = OverrideFile.read(url, displayPath: url.path, findings: &findings)
        return (DecisionLog(url: url, reviewer: reviewer, rows: rows), findings)
    }

    private init(url: URL, reviewer: String, rows: [OverrideFile.Row]) {
        self.url = url
        self.reviewer = reviewer
        self.rows = rows
    }

    /// Removes temporary files of `url` left by a process that was killed while writing
    /// (``AtomicFile`` names them `.<name>.<pid>.tmp`); a live process's file is left alone.
    private static func removeLeftovers(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pid = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let number = Int32(pid), kill(number, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The file name for `reviewer`: `beoordeling-` and the name in lower case letters, digits
    /// and hyphens (nothing that could leave the folder).
    public static func fileName(for reviewer: String) -> String {
        let folded = reviewer.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return "beoordeling-\(slug.isEmpty ? "onbekend" : String(slug.prefix(40))).csv"
    }

    /// The decisions so far, in the file's order.
    public var decisions: [OverrideFile.Row] { rows }

    /// Records `decision` (replacing this reviewer's earlier decision about the same item) with
    /// the reviewer's name and `time`, and writes the file; on a write error nothing changes.
    @discardableResult
    public func record(_ decision: ReviewDecision, at time: Date = Date()) throws(AtomicFile.WriteError)
        -> OverrideFile.Row
    {
        let row = OverrideFile.Row(
            document: decision.document, item: decision.item,
            entry: OverrideSet.Entry(
                decision: decision.decision, note: decision.note, location: SourceLocation(file: url.path),
                reviewer: reviewer, decided: Self.timestamp(time)))
        var next = rows.filter { !($0.document == row.document && $0.item == row.item) }
        next.append(row)
        try AtomicFile.write(OverrideFile.render(next), to: url)
        rows = next
        return row
    }

    /// `2026-12-04T18:50:07Z`.
    static func timestamp(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return formatter.string(from: time)
    }
}
