import DekkingCore
import DekkingModel
import DekkingReport
import Foundation

/// `dekking analyze` from start to end, in one place: the outputs checked and opened, the cache
/// checked, every document read, analysed and matched (``CoverageRun/stream(_:mappings:retain:cache:progress:emit:)``),
/// each written to the streamed reports as it finishes, then the reports of the whole run, the
/// manifest and the commit of the run folder. The command only turns its options into an
/// ``AnalysisJob`` and prints what comes back.
public enum AnalysisPipeline {
    /// Why a run wrote no reports. Each reads as one Dutch sentence.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// An output path the run may not write (it is or holds an input, an existing run folder
        /// without `--force` …); nothing was read or written.
        case refused(String)
        /// An output could not be opened or written; every unfinished output was removed.
        case unwritable(String)
        /// No document could be analysed (every input failed, was skipped or did not exist):
        /// no report was written.
        case nothingAnalysed(String)

        public var description: String {
            switch self {
            case .refused(let reason), .unwritable(let reason), .nothingAnalysed(let reason): reason
            }
        }
    }

    /// What a run gave.
    public struct Outcome: Sendable {
        /// The documents, findings and totals. The findings include the cache's (an unusable cache
        /// folder first), not the mappings'.
        public var run: CoverageRun
        /// The committed run folder; nil when the job asked for none or writing failed.
        public var folder: URL?
        /// Whether a cache took part.
        public var usedCache: Bool
        /// Why writing the outputs failed after the documents were analysed; nothing was kept.
        public var failure: Failure?
    }

    /// Removes a run's unfinished outputs (on Ctrl-C): the run folder's staging area and the
    /// temporary file of the JSON report.
    public struct Abandonment: @unchecked Sendable {  // RunFolder's discard may be called from any thread
        let folder: RunFolder?
        let temporaryFile: String?

        public func discard() {
            folder?.discard()
            if let temporaryFile { unlink(temporaryFile) }
        }
    }

    /// Carries out `job` with `mappings`.
    /// - Parameters:
    ///   - progress: called with (files done, total) as files finish, from any thread.
    ///   - interruptible: called once the outputs are open, before the first document, with what
    ///     removes them; it returns what to call when the run is over (to stop listening for Ctrl-C).
    /// - Throws: ``Failure`` when an output is refused or cannot be opened; nothing was analysed.
    public static func run(
        _ job: AnalysisJob, mappings: LoadedMappings, progress: (@Sendable (Int, Int) -> Void)? = nil,
        interruptible: (Abandonment) -> (() -> Void) = { _ in {} }
    ) async throws(Failure) -> Outcome {
        let outputs = try RunOutputs(job.outputs, cache: job.cache, framework: mappings.framework)
        let stopListening = interruptible(outputs.abandonment)
        defer { stopListening() }
        var cache = job.cache.map { makeCache($0, job: job, mappings: mappings) }
        var cacheFindings: [Finding] = []
        if let path = job.cache, let reason = cache?.unusableReason() {
            cacheFindings.append(
                Finding(
                    .warning, SourceLocation(file: path),
                    "de cache is niet bruikbaar: \(reason); de run gaat door zonder cache"))
            cache = nil
        }
        var run = await CoverageRun.stream(
            job.request, mappings: mappings, retain: outputs.retention, cache: cache, progress: progress,
            emit: outputs.append)
        run.findings = cacheFindings + run.findings
        run.result.schemaVersion = CoverageResult.currentSchemaVersion
        run.result.tool = .init(name: "dekking", version: job.toolVersion)
        var outcome = Outcome(run: run, folder: nil, usedCache: cache != nil, failure: nil)
        guard run.documentCount > 0 else {
            outputs.finishEmpty(run)
            outcome.failure = .nothingAnalysed(
                "er is geen enkel document geanalyseerd; er is geen run-map en geen JSON-bestand geschreven (zie de meldingen hierboven)"
            )
            return outcome
        }
        do {
            outcome.folder = try outputs.finish(run) {
                ManifestBuilder.manifest(
                    name: job.outputs.folder?.name ?? "", run: run, mappings: mappings, toolVersion: job.toolVersion,
                    startedAt: job.startedAt)
            }
        } catch {
            outcome.failure = error
        }
        return outcome
    }

    private static func makeCache(_ path: String, job: AnalysisJob, mappings: LoadedMappings) -> DocumentCache {
        DocumentCache(
            directory: URL(fileURLWithPath: path), mappings: mappings, request: job.request,
            toolVersion: job.toolIdentity)
    }
}
