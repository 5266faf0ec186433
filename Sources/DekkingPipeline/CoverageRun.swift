import DekkingCore
import DekkingIngest
import DekkingMatching
import Foundation

/// One analysis run: documents read, matched, and everything found on the way.
public struct CoverageRun: Sendable {
    /// What to analyse and how.
    public struct Request: Sendable {
        /// Files or folders, as the user named them.
        public var paths: [String]
        public var level: LevelChoice
        public var kind: DocumentKind?
        /// The level to record for every document (also used for matching under `.auto`).
        public var documentLevel: LevelID?

        public init(paths: [String], level: LevelChoice = .auto, kind: DocumentKind? = nil, documentLevel: LevelID? = nil) {
            self.paths = paths
            self.level = level
            self.kind = kind
            self.documentLevel = documentLevel
        }
    }

    public var result: CoverageResult
    /// The documents as read, in result order.
    public var documents: [Document]
    /// Findings about inputs and overrides (mapping findings are in ``LoadedMappings``).
    public var findings: [Finding]
    /// Files that could not be read.
    public var failedFiles: [String]

    /// Reads and matches every document of `request` with `mappings`.
    ///
    /// Documents are matched in parallel across the machine's cores; the result lists them in
    /// input order, so it is the same for any number of cores.
    /// - Parameter progress: called with (documents done, total) as documents finish, from any thread.
    public static func run(
        _ request: Request, mappings: LoadedMappings, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> CoverageRun {
        var options = Ingestor.Options(kind: request.kind, level: request.documentLevel)
        options.knownLevels = Set(mappings.framework.levels.map(\.id))
        let ingest = Ingestor(options: options).ingest(request.paths)
        let engine = mappings.engine
        let overrides = mappings.overrides
        let coverages = await withTaskGroup(of: (Int, DocumentCoverage).self) { group in
            for (index, document) in ingest.documents.enumerated() {
                group.addTask { (index, engine.coverage(of: document, level: request.level, overrides: overrides)) }
            }
            var collected = [DocumentCoverage?](repeating: nil, count: ingest.documents.count)
            var done = 0
            for await (index, coverage) in group {
                collected[index] = coverage
                done += 1
                progress?(done, collected.count)
            }
            return collected.compactMap { $0 }
        }
        var findings = ingest.findings
        findings += coverages.flatMap(\.findings)
        findings += unknownOverrideDocuments(overrides, documents: ingest.documents)
        let framework = mappings.framework
        return CoverageRun(
            result: CoverageResult(
                framework: .init(id: framework.id, version: framework.version, title: framework.title), documents: coverages),
            documents: ingest.documents, findings: findings, failedFiles: ingest.failedFiles)
    }

    /// Overrides for documents that are not in this run are only worth a note: a run may cover part
    /// of a collection.
    private static func unknownOverrideDocuments(_ overrides: OverrideSet, documents: [Document]) -> [Finding] {
        let ids = Set(documents.map(\.id))
        return overrides.entries.keys.sorted().filter { !ids.contains($0) }.compactMap { id in
            guard let location = overrides.entries[id]?.values.map(\.location).min(by: { ($0.line ?? 0) < ($1.line ?? 0) }) else { return nil }
            return Finding(.note, location, "overrides voor document '\(id)', dat niet in deze run zit")
        }
    }
}
