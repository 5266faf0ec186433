import DekkingCore
import DekkingIngest
import DekkingMatching
import DekkingModel
import DekkingReport
import Foundation

/// One analysis run: documents read, matched, and everything found on the way.
public struct CoverageRun: Sendable {
    /// What to analyse and how.
    public struct Request: Sendable {
        /// Files or folders, as the user named them.
        public var paths: [String]
        public var level: LevelChoice
        public var kind: DocumentKind?
        /// How to find units in every document (`--units`); nil: the manifest's or by headings.
        public var units: UnitChoice?
        /// The level to record for every document (also used for matching under `.auto`).
        public var documentLevel: LevelID?
        /// Documents read and matched at once; `nil` is twice the number of cores.
        public var concurrency: Int?
        /// Whether documents are also matched against the startbekwaam profiles.
        public var profile: ProfileChoice = .auto
        /// Sets up the semantic layer (``SemanticSetup``); called once, only for a run of at most
        /// `semanticLimit` files. `nil`: matching on words only.
        public var semantic: (@Sendable () -> SemanticSetup.Outcome)?
        /// Runs of more files than this are matched on words only (the encoder costs about 0.3 s
        /// per document); 0: never use the encoder.
        public var semanticLimit = CoverageRun.defaultSemanticLimit
        /// Seconds one document may take to be read, analysed and matched; a document that takes
        /// longer is skipped with an error finding (and not cached). 0: no limit.
        public var documentTimeLimit = CoverageRun.defaultDocumentTimeLimit

        public init(
            paths: [String], level: LevelChoice = .auto, kind: DocumentKind? = nil, documentLevel: LevelID? = nil,
            concurrency: Int? = nil
        ) {
            self.paths = paths
            self.level = level
            self.kind = kind
            self.documentLevel = documentLevel
            self.concurrency = concurrency
        }
    }

    /// What a streaming run keeps in memory once a document has been emitted.
    public enum Retention: Hashable, Sendable {
        /// Documents and complete coverages (for small runs and interactive commands).
        case full
        /// Nothing is kept, but every coverage is handed to `emit` (cached ones decoded too), so the
        /// caller can keep what it needs, such as a ``RunOverview``.
        case streamed
        /// Nothing but counts and findings: memory stays flat however large the batch.
        case none
        /// `.full` when the run has at most this many files, `.streamed` otherwise.
        case fullUpTo(Int)
    }

    /// Runs of up to this many files use the semantic layer by default: none, because on the
    /// development set the layer lowers accuracy (docs/accuracy.md); `--semantic-limit N` turns
    /// it on for runs of up to N files.
    public static let defaultSemanticLimit = 0

    /// Seconds per document by default: far above what a real document takes (well under a second
    /// each for the sample documents), low enough that one runaway document does not stall a batch.
    public static let defaultDocumentTimeLimit = 60.0

    /// Whether the semantic layer took part.
    public var semantic = false

    /// What this run kept (``Retention/fullUpTo(_:)`` resolved on the number of files).
    public var retained: Retention = .full

    public var result: CoverageResult
    /// Findings about inputs and overrides (mapping findings are in ``LoadedMappings``).
    public var findings: [Finding]
    /// Files that could not be read.
    public var failedFiles: [String]
    /// Documents analysed (also when not retained).
    public var documentCount: Int
    /// Paths of the documents analysed, in order (for the run manifest).
    public var documentPaths: [String]
    /// Per path of a document analysed: what it was read as (also when not retained; for a cached
    /// document only when `retain` is not `.none`). The run manifest records it.
    public var identities: [String: DocumentIdentity] = [:]
    /// Per cluster id, how many documents analysed gave each status, and their score sum (also
    /// when not retained).
    public var clusterTotals: [String: StatusTally] = [:]
    /// Documents taken from the cache instead of being read and matched again.
    public var cacheHits = 0

    /// What a document was read as.
    public struct DocumentIdentity: Hashable, Sendable {
        public var id: String
        public var kind: DocumentKind
        public var level: LevelID?
    }

    /// An input that gave no document, as the reports list it: the file its finding names, and
    /// the finding's message as the reason.
    static func unanalysed(_ finding: Finding) -> CoverageResult.UnanalysedInput {
        CoverageResult.UnanalysedInput(path: finding.location.file, reason: finding.message)
    }

    /// Reads and matches every document of `request`, keeping everything.
    public static func run(
        _ request: Request, mappings: LoadedMappings, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> CoverageRun {
        await stream(request, mappings: mappings, retain: .full, progress: progress) { _ in }
    }

    /// Reads and matches every document of `request`, handing each to `emit` in input order as soon
    /// as it and all before it are done, with its line of coverage.json and its coverage, unless it
    /// came from `cache` and `retain` is `.none` (cached documents are not decoded when nothing needs
    /// them). The coverage handed over is complete, evidence included, whatever `retain` keeps.
    ///
    /// Files are read and matched in parallel, at most `concurrency` at a time, so memory is
    /// bounded by that window plus what `retain` keeps; the order of results, and so every output,
    /// is the same for any number of cores.
    /// - Parameter progress: called with (files done, total) as files finish, from any thread.
    public static func stream(
        _ request: Request, mappings: LoadedMappings, retain: Retention, cache: DocumentCache? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil, emit: (FinishedDocument) -> Void
    ) async -> CoverageRun {
        var options = Ingestor.Options(kind: request.kind, level: request.documentLevel, units: request.units)
        options.knownLevels = Set(mappings.framework.levels.map(\.id))
        options.sentences = mappings.analyzer.sentences
        let ingestor = Ingestor(options: options)
        let plan = ingestor.plan(request.paths)
        let engine = mappings.engine
        let overrides = mappings.overrides
        let window = max(1, request.concurrency ?? 2 * ProcessInfo.processInfo.activeProcessorCount)

        var run = CoverageRun(
            result: CoverageResult(
                framework: .init(
                    id: mappings.framework.id, version: mappings.framework.version, title: mappings.framework.title),
                documents: []),
            findings: plan.findings, failedFiles: plan.missingPaths, documentCount: 0, documentPaths: [])
        let items = plan.items
        let retain: Retention =
            if case .fullUpTo(let limit) = retain { items.count <= limit ? .full : .streamed } else { retain }
        run.retained = retain
        let setup = request.semantic.flatMap { items.isEmpty || items.count > request.semanticLimit ? nil : $0() }
        let semantic = setup?.layer
        run.findings += setup?.findings ?? []
        run.semantic = semantic != nil
        var failed = plan.passedOver.filter { $0.severity == .error }
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var submitted = 0
            func submit() {
                let index = submitted
                let item = items[index]
                group.addTask {
                    let key = cache?.key(for: item, semantic: semantic != nil)
                    // A cache entry that cannot be used is a warning, and the document is read again.
                    var cacheFindings: [Finding] = []
                    if let cache, let key {
                        // Decoded here, in parallel, unless nothing but coverage.json needs it.
                        switch cache.lookup(key, for: item, decoding: retain != .none) {
                        case .hit(let document):
                            return (index, .finished(document, cached: true, unsaved: nil))
                        case .invalid(let path, let reason):
                            cacheFindings.append(Self.unusableEntry(item, path: path, reason: reason))
                        case .miss:
                            break
                        }
                    }
                    let budget = WorkBudget(seconds: request.documentTimeLimit)
                    do {
                        let (document, findings) = try ingestor.read(item, within: budget)
                        let coverage = try engine.coverage(
                            of: document, level: request.level, overrides: overrides, profile: request.profile,
                            semantic: semantic, within: budget)
                        var finished = FinishedDocument(
                            path: document.path, findings: findings + coverage.findings, coverage: coverage)
                        let unsaved = key.flatMap { cache?.store($0, finished, id: item.id) }
                        finished.findings = cacheFindings + finished.findings
                        return (index, .finished(finished, cached: false, unsaved: unsaved))
                    } catch let error as IngestError {
                        return (index, .failed(item.displayPath, error.finding))
                    } catch let exceeded as WorkBudgetExceeded {
                        return (index, .failed(item.displayPath, Self.overBudget(item, exceeded)))
                    } catch {
                        return (
                            index,
                            .failed(
                                item.displayPath,
                                IngestError.unreadable(file: item.displayPath, reason: "\(error)").finding)
                        )
                    }
                }
                submitted += 1
            }
            while submitted < min(window, items.count) { submit() }
            var pending: [Int: Outcome] = [:]
            var next = 0
            var unsaved: (count: Int, reason: String)?
            for await (index, outcome) in group {
                pending[index] = outcome
                while let ready = pending.removeValue(forKey: next) {
                    switch ready {
                    case .finished(let document, let cached, let unsavedReason):
                        run.findings += document.findings
                        if cached { run.cacheHits += 1 }
                        if let unsavedReason { unsaved = ((unsaved?.count ?? 0) + 1, unsaved?.reason ?? unsavedReason) }
                        run.count(document)
                        emit(document)
                        if retain == .full, let coverage = document.coverage { run.result.documents.append(coverage) }
                    case .failed(let path, let finding):
                        run.findings.append(finding)
                        run.failedFiles.append(path)
                        failed.append(finding)
                    }
                    next += 1
                    progress?(next, items.count)
                }
                if submitted < items.count { submit() }
            }
            if let unsaved, let cache { run.findings.append(Self.unsavedEntries(unsaved, in: cache)) }
        }
        run.findings += unknownOverrideDocuments(overrides, documentIDs: Set(items.map(\.id)))
        run.result.inputs = .init(
            failed: failed.map(Self.unanalysed),
            skipped: plan.passedOver.filter { $0.severity != .error }.map(Self.unanalysed))
        return run
    }

    private enum Outcome: Sendable {
        /// `unsaved`: why the document could not be stored in the cache, if it could not.
        case finished(FinishedDocument, cached: Bool, unsaved: String?)
        case failed(String, Finding)
    }

    /// Counts a finished document in the run's totals.
    private mutating func count(_ document: FinishedDocument) {
        documentCount += 1
        documentPaths.append(document.path)
        if let identity = document.identity { identities[document.path] = identity }
        for cluster in document.clusters {
            clusterTotals[cluster.id, default: StatusTally()].add(cluster.status, score: cluster.score)
        }
    }

    /// The error for a document that took longer than its budget: it is skipped, the batch goes on.
    static func overBudget(_ item: IngestPlan.Item, _ exceeded: WorkBudgetExceeded) -> Finding {
        let seconds =
            exceeded.seconds.rounded() == exceeded.seconds
            ? String(Int(exceeded.seconds)) : String(exceeded.seconds).replacingOccurrences(of: ".", with: ",")
        return Finding(
            .error, SourceLocation(file: item.displayPath),
            "te complex, overgeslagen na \(seconds) s (grens: --document-time-limit; verhoog die, of splits het document)"
        )
    }

    /// The one warning of a run for the documents the cache could not store (the first reason).
    private static func unsavedEntries(_ unsaved: (count: Int, reason: String), in cache: DocumentCache) -> Finding {
        let documents = unsaved.count == 1 ? "1 document" : "\(unsaved.count) documenten"
        return Finding(
            .warning, SourceLocation(file: cache.directory.path),
            "cache: \(documents) niet bewaard: \(unsaved.reason); de rapporten zijn compleet, een volgende run analyseert \(unsaved.count == 1 ? "het" : "ze") opnieuw"
        )
    }

    /// The warning for a cache entry of `item` that was not used.
    private static func unusableEntry(_ item: IngestPlan.Item, path: String, reason: String) -> Finding {
        Finding(
            .warning, SourceLocation(file: item.displayPath),
            "cache-item \(path) niet gebruikt: \(reason); het document is opnieuw geanalyseerd")
    }

    /// Overrides for documents that are not in this run are only worth a note: a run may cover part
    /// of a collection.
    private static func unknownOverrideDocuments(_ overrides: OverrideSet, documentIDs: Set<String>) -> [Finding] {
        overrides.entries.keys.sorted().filter { !documentIDs.contains($0) }.compactMap { id in
            guard
                let location = overrides.entries[id]?.values.map(\.location).min(by: { ($0.line ?? 0) < ($1.line ?? 0) }
                )
            else { return nil }
            return Finding(.note, location, "overrides voor document '\(id)', dat niet in deze run zit")
        }
    }
}
