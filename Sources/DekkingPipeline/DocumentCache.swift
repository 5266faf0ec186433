import Crypto
import DekkingCore
import DekkingIngest
import DekkingModel
import DekkingReport
import Foundation

/// A cache of finished documents for incremental re-runs: an entry per document, keyed by the
/// document's bytes and everything that decides its result (tool version, every mapping file,
/// engine settings, run options, the document's id, path and manifest entry). Editing one document
/// or one mapping file therefore re-analyses exactly what it changes.
///
/// An entry is a ``FinishedDocument``, stored as a small file under the cache folder, written
/// atomically: a header line (format, the entry's key, the SHA-256 of the rest and the document's
/// id), then its findings as JSON, its cluster totals and its line of coverage.json, so a run that
/// only writes coverage.json takes a cached document without decoding it. An entry is verified before use: a
/// truncated, altered or misplaced entry (wrong checksum, key or document) is a miss with a
/// reason, never output. A file cache was chosen over SQLite: entries are written once and read whole, in parallel,
/// with no queries, so files are simpler and need no extra dependency.
public struct DocumentCache: Sendable {
    public let directory: URL
    let runKey: String

    /// A cache in `directory` for runs with these mappings and options.
    public init(directory: URL, mappings: LoadedMappings, request: CoverageRun.Request, toolVersion: String) {
        self.directory = directory
        var parts = [
            "dekking \(toolVersion)", "level \(request.level)", "kind \(request.kind?.rawValue ?? "-")",
            "documentLevel \(request.documentLevel?.rawValue ?? "-")", "profile \(request.profile)",
            "units \(request.units.map { "\($0)" } ?? "-")",
        ]
        for file in mappings.files.flatMap(ManifestBuilder.files(under:)) {
            parts.append("\(file) \(ManifestBuilder.sha256(ofFileAt: file).hash)")
        }
        for setting in mappings.engine.prepared.configuration.settings {
            parts.append("\(setting.name)=\(setting.value)")
        }
        runKey = Self.hash(Data(parts.joined(separator: "\n").utf8))
    }

    /// Why the cache folder cannot be used at all, in Dutch, or nil when it can at least be read:
    /// it is a file, it does not exist and cannot be made, or it cannot be opened. A folder that
    /// exists but takes no new entries (a full or read-only disk, no write permission) still
    /// serves what it holds; the entries it cannot store are reported once at the end of the run
    /// ("niet bewaard"). Nothing is written here but the folder itself.
    public func unusableReason() -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { return "het is een bestand, geen map" }
            guard FileManager.default.isReadableFile(atPath: directory.path),
                FileManager.default.isExecutableFile(atPath: directory.path)
            else { return "de map kan niet worden gelezen (geen leesrechten)" }
            return nil
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            return "de map kan niet worden gemaakt: \(WriteFailureReason.text(error))"
        }
        return nil
    }

    /// The key of `item` (streams the file through SHA-256, never holding it whole); `nil` when the
    /// file cannot be read or is not a regular file.
    func key(for item: IngestPlan.Item, semantic: Bool = false) -> String? {
        let content = ManifestBuilder.sha256(ofFileAt: item.url.path).hash
        guard content != "-" else { return nil }
        let entry =
            item.manifestEntry.map {
                "\($0.kind?.rawValue ?? "-") \($0.level?.rawValue ?? "-") \($0.title ?? "-") \($0.units.map { "\($0)" } ?? "-")"
            }
            ?? "-"
        return Self.hash(
            Data(
                "\(runKey)\n\(semantic ? "semantic" : "lexical")\n\(item.id)\n\(item.displayPath)\n\(entry)\n\(content)"
                    .utf8))
    }

    /// What looking up an entry gave.
    enum Lookup {
        case hit(FinishedDocument)
        case miss
        /// The entry exists but cannot be used; the reason is a Dutch phrase.
        case invalid(path: String, reason: String)
    }

    /// The first word of an entry's header; a new format gets a new word.
    private static let format = "dekking-cache-1"

    /// The entry for `key` of the document `item`, verified; a hit marks the entry as used now (its
    /// modification time, which ``DocumentCacheMaintenance/prune(_:unusedFor:now:)`` goes by).
    /// - Parameter decoding: decode the entry's coverage too (an entry whose coverage no longer
    ///   decodes is then `.invalid`); without it the document's ``FinishedDocument/coverage`` is nil.
    func lookup(_ key: String, for item: IngestPlan.Item, decoding: Bool) -> Lookup {
        let path = file(key).path
        guard let data = FileManager.default.contents(atPath: path) else { return .miss }
        guard var document = verified(data, key: key, id: item.id, path: item.displayPath) else {
            return .invalid(path: path, reason: Self.reason(data, key: key, id: item.id))
        }
        if decoding {
            guard let coverage = try? CoverageJSON.decodeLine(document.line) else {
                return .invalid(path: path, reason: "het rapport erin is onleesbaar")
            }
            document.coverage = coverage
        }
        _ = utimes(path, nil)
        return .hit(document)
    }

    /// The entry in `data` if its header names `key` and `id` and its checksum holds.
    private func verified(_ data: Data, key: String, id: String, path: String) -> FinishedDocument? {
        guard let newline = data.firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: data[..<newline], as: UTF8.self)
        let body = data[data.index(after: newline)...]
        guard header == Self.header(key: key, checksum: Self.hash(body), id: id) else { return nil }
        return parse(body, path: path)
    }

    /// Why `data` is no valid entry for `key` and `id`.
    private static func reason(_ data: Data, key: String, id: String) -> String {
        let header = data.firstIndex(of: 0x0A).map { String(decoding: data[..<$0], as: UTF8.self) } ?? ""
        let fields = header.split(separator: " ", maxSplits: 3).map(String.init)
        guard fields.count == 4, fields[0] == format else { return "onbekend formaat of afgebroken" }
        if fields[1] != key || fields[3] != idField(id) { return "het hoort bij een ander document" }
        return "onvolledig of beschadigd (het controlegetal klopt niet)"
    }

    private static func header(key: String, checksum: String, id: String) -> String {
        "\(format) \(key) \(checksum) \(idField(id))"
    }

    /// The document id as one JSON string (so spaces and line ends in it cannot break the header).
    private static func idField(_ id: String) -> String {
        (try? JSONEncoder().encode(id)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// The three lines after the header: findings, clusters and the line of coverage.json.
    private func parse(_ data: Data, path: String) -> FinishedDocument? {
        let lines = data.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count == 3 else { return nil }
        let findings: [Finding]
        if lines[0].elementsEqual("[]".utf8) {
            findings = []  // the common case, without a decoder
        } else {
            guard let decoded = try? JSONDecoder().decode([Finding].self, from: Data(lines[0])) else { return nil }
            findings = decoded
        }
        var clusters: [FinishedDocument.ClusterTotal] = []
        for item in String(decoding: lines[1], as: UTF8.self).split(separator: ";") {
            let fields = item.split(separator: " ")
            guard fields.count == 3, let score = Double(fields[1]),
                let status = CoverageStatus(rawValue: String(fields[2]))
            else { return nil }
            clusters.append(.init(id: String(fields[0]), score: score, status: status))
        }
        // The line is a slice of `data`, not a copy.
        return FinishedDocument(path: path, findings: findings, clusters: clusters, line: lines[2], coverage: nil)
    }

    /// Stores `document` (read and matched, with its coverage) as the entry of `key`, through a
    /// temporary file beside it, renamed into place only when written whole; a temporary file that
    /// cannot be written whole is removed.
    /// - Returns: why the entry could not be stored (a Dutch phrase), or nil when it was.
    func store(_ key: String, _ document: FinishedDocument, id: String) -> String? {
        let findingsJSON: Data
        do {
            findingsJSON = try JSONEncoder().encode(document.findings)
        } catch {
            return "de meldingen kunnen niet worden vastgelegd (\(error))"
        }
        let clusters = document.clusters.map { "\($0.id) \($0.score) \($0.status.rawValue)" }.joined(separator: ";")
        var body = findingsJSON
        body.append(0x0A)
        body.append(contentsOf: Array(clusters.utf8))
        body.append(0x0A)
        body.append(document.line)
        var data = Data(Self.header(key: key, checksum: Self.hash(body), id: id).utf8)
        data.append(0x0A)
        data.append(body)
        let target = file(key)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".\(key).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            // A full disk leaves a truncated temporary file: never left behind.
            try? FileManager.default.removeItem(at: temporary)
            return "\(target.deletingLastPathComponent().path): \(WriteFailureReason.text(error))"
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = WriteFailureReason.text(errno: errno)
            try? FileManager.default.removeItem(at: temporary)
            return "\(target.path): \(reason)"
        }
        return nil
    }

    private func file(_ key: String) -> URL {
        directory.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key)
    }

    /// The SHA-256 of `data` in lower-case hex.
    static func hash(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
