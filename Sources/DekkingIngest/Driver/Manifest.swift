import DekkingCore
import Foundation

/// A `manifest.csv` in an input folder: per file, the kind, level and title to use instead of
/// detection. Columns `file,kind,level,title,units` (header row required, any column may be
/// empty). `kind` also reads `functieboek` (a functiebeschrijving of several functions) and
/// `studiegids` or `oer` (an opleidingsprofiel of modules); `units` reads the words of
/// ``DekkingCore/UnitChoice/init(word:)``.
///
/// Precedence: command-line `--kind`/`--level` over the manifest over detection.
public struct Manifest: Hashable, Sendable {
    /// What the manifest says about one file; nil fields leave detection in charge.
    public struct Entry: Hashable, Sendable {
        public var kind: DocumentKind?
        public var level: LevelID?
        public var title: String?
        /// How to find the file's units, when the manifest says.
        public var units: UnitChoice?
        /// The manifest line, for messages.
        public var line: Int
    }

    /// Entries by file name, relative to the manifest's folder.
    public private(set) var entries: [String: Entry]

    /// The file name ingest looks for in each input folder.
    public static let fileName = "manifest.csv"

    /// Parses `text`; every problem (unknown column, kind or level, duplicate file) is a warning finding.
    /// - Parameter knownLevels: the levels a manifest may name.
    public static func parse(_ text: String, displayPath: String, knownLevels: Set<LevelID>) -> (Manifest, [Finding]) {
        var findings: [Finding] = []
        var entries: [String: Entry] = [:]
        func warn(_ line: Int, _ message: String) {
            findings.append(Finding(.warning, SourceLocation(file: displayPath, line: line), message))
        }
        var records = CSVReader.parse(text)
        guard !records.isEmpty else { return (Manifest(entries: [:]), findings) }
        let header = records.removeFirst()
        let columns = header.fields.map { $0.trimmingWhitespace().lowercased() }
        guard let fileColumn = columns.firstIndex(of: "file") else {
            warn(header.line, "de kopregel mist de kolom 'file' (verwacht: file,kind,level,title); manifest genegeerd")
            return (Manifest(entries: [:]), findings)
        }
        for unknown in columns where !["file", "kind", "level", "title", "units"].contains(unknown) {
            warn(header.line, "onbekende kolom '\(unknown)' genegeerd")
        }
        func value(_ record: CSVReader.Record, _ name: String) -> String? {
            guard let index = columns.firstIndex(of: name), index < record.fields.count else { return nil }
            let text = record.fields[index].trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
        for record in records {
            guard let file = fileColumn < record.fields.count ? record.fields[fileColumn].trimmingWhitespace() : nil,
                !file.isEmpty
            else {
                warn(record.line, "regel zonder bestandsnaam genegeerd")
                continue
            }
            var entry = Entry(kind: nil, level: nil, title: value(record, "title"), line: record.line)
            if let kind = value(record, "kind") {
                if let known = DocumentKind.reading(kind) {
                    entry.kind = known.kind
                    entry.units = known.units
                } else {
                    warn(
                        record.line,
                        "onbekende soort '\(kind)' voor \(file) genegeerd; kies uit: \(DocumentKind.userWords)")
                }
            }
            if let units = value(record, "units") {
                if let choice = UnitChoice(word: units) {
                    entry.units = choice
                } else {
                    warn(
                        record.line,
                        "onbekende eenheden '\(units)' voor \(file) genegeerd; kies uit: \(UnitChoice.words)")
                }
            }
            if let level = value(record, "level") {
                if knownLevels.contains(LevelID(level)) {
                    entry.level = LevelID(level)
                } else {
                    warn(
                        record.line,
                        "onbekend niveau '\(level)' voor \(file) genegeerd; kies uit: \(knownLevels.sorted().map(\.rawValue).joined(separator: ", "))"
                    )
                }
            }
            if entries[file] != nil {
                warn(record.line, "\(file) staat dubbel in het manifest; de laatste regel geldt")
            }
            entries[file] = entry
        }
        return (Manifest(entries: entries), findings)
    }

    /// Reads the manifest in `folder`, if there is one.
    static func load(inFolder folder: URL, displayFolder: String, knownLevels: Set<LevelID>) -> (Manifest, [Finding])? {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let display = displayFolder.isEmpty || displayFolder == "." ? fileName : "\(displayFolder)/\(fileName)"
        do {
            let data = try FileLoader.load(url, displayPath: display, maxBytes: 1_048_576)
            let decoded = try TextDecoding.decode(data)
            return parse(decoded.text, displayPath: display, knownLevels: knownLevels)
        } catch let error as IngestError {
            if case .empty = error { return nil }
            return (Manifest(entries: [:]), [Finding(.warning, error.location, "manifest genegeerd: \(error.message)")])
        } catch {
            return (
                Manifest(entries: [:]),
                [Finding(.warning, SourceLocation(file: display), "manifest genegeerd: het is geen leesbare tekst")]
            )
        }
    }

    /// The entry for a file with this name in the manifest's folder.
    public func entry(for fileName: String) -> Entry? { entries[fileName] }
}
