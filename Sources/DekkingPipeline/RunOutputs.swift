import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingReport
import Foundation

/// The output sinks of one analysis run, owned in one place: opened before the first document,
/// fed every document in input order, then finished, given the reports made from the whole run
/// and committed, or discarded as a whole, so no partial report survives that looks complete.
final class RunOutputs {
    private let outputs: AnalysisJob.Outputs
    private let framework: Framework
    private let folder: RunFolder?
    private let json: CoverageJSONStream?
    private let folderStreams: RunFolderStreams?
    /// The first error of ``append(_:)``; later documents are then not written.
    private var writeError: (any Error)?

    /// Checks every output path against ``AnalysisJob/Outputs/safety`` (and the cache folder, when
    /// given), makes the run folder's staging area and opens the streamed reports.
    /// - Throws: ``AnalysisPipeline/Failure/refused(_:)`` for a path the run may not write,
    ///   ``AnalysisPipeline/Failure/unwritable(_:)`` when an output cannot be opened.
    init(_ outputs: AnalysisJob.Outputs, cache: String?, framework: Framework) throws(AnalysisPipeline.Failure) {
        self.outputs = outputs
        self.framework = framework
        var folder: RunFolder?
        do {
            if case .file(let path) = outputs.json {
                try outputs.safety.checkFile(path, ownOpening: CoverageJSON.opening)
            }
            if let cache { try outputs.safety.checkFolder(cache) }
            if let request = outputs.folder {
                folder = try RunFolder(
                    root: URL(fileURLWithPath: request.root), name: request.name, force: request.force,
                    safety: outputs.safety)
            }
        } catch {
            throw .refused("\(error)")
        }
        var json: CoverageJSONStream?
        do {
            switch outputs.json {
            case .standardOutput: json = .standardOutput()
            case .file(let path): json = try CoverageJSONStream(url: URL(fileURLWithPath: path))
            case nil: break
            }
            self.json = json
            self.folderStreams = try folder.map {
                try RunFolderStreams(folder: $0, framework: framework, csvDialect: outputs.csvDialect)
            }
        } catch {
            json?.discard()
            folder?.discard()
            throw .unwritable("\(error)")
        }
        self.folder = folder
    }

    /// What a run keeps for these outputs: nothing without a run folder, every document up to the
    /// folder's detail limit.
    var retention: CoverageRun.Retention {
        outputs.folder.map { .fullUpTo($0.detailLimit) } ?? .none
    }

    /// What removes every unfinished output; safe to call from a signal handler's queue.
    var abandonment: AnalysisPipeline.Abandonment {
        AnalysisPipeline.Abandonment(folder: folder, temporaryFile: json?.temporaryPath)
    }

    /// Writes one document (its coverage is nil only when nothing but coverage.json needs it).
    /// After a failure nothing more is written; ``finish(_:manifest:)`` reports it.
    func append(_ document: FinishedDocument) {
        guard writeError == nil else { return }
        do {
            try json?.append(line: document.line)
            try folderStreams?.append(line: document.line, coverage: document.coverage)
        } catch {
            writeError = error
        }
    }

    /// Finishes the streamed reports, writes the others from `run` and commits the run folder.
    /// - Returns: the run folder, now in place; nil when the run writes none.
    /// - Throws: ``AnalysisPipeline/Failure/unwritable(_:)``, after every output was discarded.
    func finish(_ run: CoverageRun, manifest: () -> RunManifest) throws(AnalysisPipeline.Failure) -> URL? {
        do {
            if let writeError { throw writeError }
            try json?.finish(with: run.result)
            guard let folder, let folderStreams else { return nil }
            try folderStreams.finish(with: run.result)
            // The overview was made as the documents finished, for a small run as for a large one.
            let context = ReportContext(
                result: run.result, framework: framework, manifest: manifest(), overview: folderStreams.overview,
                isDetailed: run.retained == .full)
            try RunReports.write(
                context, to: folder, csvDialect: outputs.csvDialect, streamed: RunFolderStreams.fileNames)
            return folder.url
        } catch {
            json?.discard()
            folderStreams?.discard()
            folder?.discard()
            throw .unwritable("\(error)")
        }
    }

    /// Ends a run in which no document could be analysed: the run folder and a JSON file are
    /// discarded (a report of nothing would look like a result, and a folder replaced with
    /// `--force` stays as it was); JSON on standard output is finished, so a script still reads
    /// valid JSON.
    func finishEmpty(_ run: CoverageRun) {
        folderStreams?.discard()
        folder?.discard()
        if case .standardOutput = outputs.json {
            try? json?.finish(with: run.result)
        } else {
            json?.discard()
        }
    }
}
