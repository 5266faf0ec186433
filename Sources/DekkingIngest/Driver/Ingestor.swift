import DekkingCore
import Foundation

/// The outcome of ingesting a batch: the documents that could be read and every finding.
public struct IngestResult: Sendable {
    public var documents: [Document]
    /// Problems, in input order: one error per file that could not be read, plus warnings and notes.
    public var findings: [Finding]
    /// The files (as named for the user) that could not be read.
    public var failedFiles: [String]
}

/// Reads files and folders into ``DekkingCore/Document``s: picks a reader by content
/// (``FormatSniffer``), detects kind, level and title (``DocumentDetector``), applies the folder's
/// ``Manifest`` and the caller's overrides, and recognises structure (``StructureRecognizer``).
///
/// A file that cannot be read becomes one error finding and the batch goes on. Nothing is written
/// anywhere. A document's id is its file's path below the folder it was found in, without the
/// extension (`sub/profiel`; the stem of a file given as a file), so it never depends on the other
/// files of the run; two files with one id are refused (``plan(_:)``). Reading one file (``read(_:displayPath:manifestEntry:)``) depends only on that file,
/// so files may be read in parallel.
public struct Ingestor: Sendable {
    /// Choices that override detection, and limits.
    public struct Options: Sendable {
        /// Use this kind for every document (confidence 1).
        public var kind: DocumentKind?
        /// Use this level for every document (confidence 1).
        public var level: LevelID?
        /// The levels a manifest may name.
        public var knownLevels: Set<LevelID>
        /// Longest passage in words before it is split.
        public var maxSegmentWords: Int
        /// Where a sentence ends, for splitting long passages: the analyser's, so that ingest
        /// and matching agree (``DekkingCore/SentenceSplitter``).
        public var sentences: SentenceSplitter
        /// How to find units in every document (`--units`); a manifest's `units` column comes after it.
        public var units: UnitChoice?

        public init(
            kind: DocumentKind? = nil, level: LevelID? = nil, knownLevels: Set<LevelID> = ["hbo", "mbo"],
            maxSegmentWords: Int = 80, sentences: SentenceSplitter = SentenceSplitter(), units: UnitChoice? = nil
        ) {
            self.units = units
            self.kind = kind
            self.level = level
            self.knownLevels = knownLevels
            self.maxSegmentWords = maxSegmentWords
            self.sentences = sentences
        }
    }

    public var options: Options
    public var readers: ReaderRegistry

    public init(options: Options = Options(), readers: ReaderRegistry = .standard) {
        self.options = options
        self.readers = readers
    }

    /// Reads every file in `paths` (files, or folders searched recursively), sorted per folder,
    /// one after another. ``plan(_:)`` and ``read(_:)-(IngestPlan.Item)`` do the same per file.
    public func ingest(_ paths: [String]) -> IngestResult {
        let plan = plan(paths)
        var findings = plan.findings
        var documents: [Document] = []
        var failed = plan.missingPaths
        for item in plan.items {
            do {
                let (document, fileFindings) = try read(item)
                documents.append(document)
                findings += fileFindings
            } catch {
                findings.append(error.finding)
                failed.append(item.displayPath)
            }
        }
        return IngestResult(documents: documents, findings: findings, failedFiles: failed)
    }

    /// Reads one file into a document whose id is the file stem (not yet made unique).
    /// - Returns: the document and the reader's warnings.
    /// - Throws: ``IngestError`` when the file cannot be read or yields no text.
    public func read(_ url: URL, displayPath: String, manifestEntry: Manifest.Entry? = nil) throws(IngestError) -> (
        Document, [Finding]
    ) {
        do {
            return try read(url, displayPath: displayPath, manifestEntry: manifestEntry, within: .unlimited)
        } catch let error as IngestError {
            throw error
        } catch {
            preconditionFailure("an unlimited budget never runs out")
        }
    }

    /// Reads one file as ``read(_:displayPath:manifestEntry:)`` does, within `budget`: the clock is
    /// checked after the reader and once per block while segmenting.
    /// - Throws: ``IngestError`` when the file cannot be read or yields no text,
    ///   ``DekkingCore/WorkBudgetExceeded`` when the budget runs out.
    public func read(_ url: URL, displayPath: String, manifestEntry: Manifest.Entry? = nil, within budget: WorkBudget)
        throws -> (Document, [Finding])
    {
        // Parsing, detection and structure each ask for the code of the same lines: read each once.
        let result = StructuralCode.Memo.$current.withValue(StructuralCode.Memo()) {
            Result {
                try readOnce(url, displayPath: displayPath, manifestEntry: manifestEntry, budget: budget)
            }
        }
        return try result.get()
    }

    /// The reader's text; a file the reader finds empty but whose head shows text in an encoding
    /// it does not read (UTF-32, say) is named as such instead.
    private static func text(
        of url: URL, displayPath: String, reader: any DocumentReader, head: Data, format: String
    ) throws(IngestError) -> ExtractedText {
        do {
            return try reader.read(contentsOf: url, displayPath: displayPath)
        } catch .empty(let file) where NoText.unreadEncoding(head) != nil {
            throw NoText.reason(head: head, format: format, file: file)
        }
    }

    private func readOnce(_ url: URL, displayPath: String, manifestEntry: Manifest.Entry?, budget: WorkBudget) throws
        -> (Document, [Finding])
    {
        let head = try FileLoader.head(url, displayPath: displayPath, count: FormatSniffer.headSize)
        guard let format = FormatSniffer.format(of: url, head: head) else {
            let ext = url.pathExtension.lowercased()
            let detail =
                UnsupportedFormat.hint(extension: ext, file: displayPath)
                ?? "\(ext.isEmpty ? "geen extensie" : "extensie .\(url.pathExtension)"); gelezen worden: \(UnsupportedFormat.readFormats)"
            throw IngestError.unsupportedFormat(file: displayPath, detail: detail)
        }
        guard let reader = readers.reader(for: format) else {
            throw IngestError.unsupportedFormat(file: displayPath, detail: "\(format) (geen lezer beschikbaar)")
        }
        let extracted = try Self.text(of: url, displayPath: displayPath, reader: reader, head: head, format: format)
        let textBytes = extracted.textBytes
        guard textBytes <= ExtractedText.maxTextBytes else {
            throw IngestError.textTooLarge(file: displayPath, bytes: textBytes, limit: ExtractedText.maxTextBytes)
        }
        try budget.check()
        let stem = url.deletingPathExtension().lastPathComponent
        var detection = DocumentDetector.detect(
            blocks: extracted.blocks, declaredTitle: extracted.title, fileStem: stem)
        apply(manifestEntry, options, to: &detection)
        let structure = try StructureRecognizer(maxWords: options.maxSegmentWords, sentences: options.sentences)
            .structure(
                from: extracted.blocks, kind: detection.kind, units: options.units ?? manifestEntry?.units ?? .auto,
                within: budget)
        guard !structure.segments.isEmpty else {
            throw NoText.reason(head: head, format: format, file: displayPath)
        }
        var units = structure.units
        for (index, blocks) in structure.unitBlocks.enumerated() {
            // A unit's level from its own words ("hbo werk- en denkniveau", "mbo niveau 4").
            let own = DocumentDetector.detect(
                blocks: Array(extracted.blocks[blocks]), declaredTitle: nil, fileStem: units[index].id)
            units[index].level = own.level
            units[index].levelConfidence = own.levelConfidence
        }
        let document = Document(
            id: stem, path: displayPath, format: extracted.format, encoding: extracted.encoding, kind: detection.kind,
            kindConfidence: detection.kindConfidence, level: detection.level,
            levelConfidence: detection.levelConfidence,
            title: detection.title, segments: structure.segments, units: units)
        return (document, extracted.findings)
    }

    /// Flags over manifest over detection; overrides have confidence 1.
    private func apply(_ entry: Manifest.Entry?, _ options: Options, to detection: inout Detection) {
        if let kind = options.kind ?? entry?.kind {
            detection.kind = kind
            detection.kindConfidence = 1
        }
        if let level = options.level ?? entry?.level {
            detection.level = level
            detection.levelConfidence = 1
        }
        if let title = entry?.title { detection.title = title }
    }

    /// The document id of a file at `relative` below the folder it was found in: that path without
    /// the file's extension (`sub/profiel.pdf` → `sub/profiel`, `profiel.pdf` → `profiel`).
    static func documentID(relative: String) -> String {
        let slash = relative.lastIndex(of: "/")
        let name = slash.map { relative[relative.index(after: $0)...] } ?? relative[...]
        let stem = (String(name) as NSString).deletingPathExtension
        return slash.map { "\(relative[..<$0])/\(stem)" } ?? stem
    }
}
