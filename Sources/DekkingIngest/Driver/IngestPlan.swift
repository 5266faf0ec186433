import DekkingCore
import Foundation

/// The files of a batch, decided before any is read: each with its manifest entry and its
/// document id, so that files can then be read independently and in parallel.
public struct IngestPlan: Sendable {
    /// One file to read.
    public struct Item: Sendable {
        /// The file's absolute path (a path rather than a `URL`: a batch keeps one item per file).
        public var path: String
        /// The file's URL, made from ``path``.
        public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }
        /// The path as the user would write it.
        public var displayPath: String
        public var manifestEntry: Manifest.Entry?
        /// The document id: the file's path below the folder it was found in, without its
        /// extension (`sub/profiel`), or its stem when it was given as a file. It depends on the
        /// file alone, never on the other files of the run, so the same file has the same id in
        /// every run.
        public var id: String
    }

    public var items: [Item]
    /// Missing paths, skipped files and manifest problems.
    public var findings: [Finding]
    /// Paths the user named that do not exist (each also an error in ``findings``).
    public var missingPaths: [String]
    /// The inputs that will not be read, each with its finding (also in ``findings``): missing
    /// paths and folders that cannot be opened (errors), files of a format that is not read, links
    /// and special files (warnings or notes), and a second file with the same id (an error).
    public var passedOver: [Finding]
}

extension Ingestor {
    /// Lists the files of `paths` (files, or folders searched recursively, sorted per folder) with
    /// their manifest entries and ids. Reads no document.
    ///
    /// Two files with the same id (`profiel.pdf` and `profiel.docx`, or `a/profiel.pdf` given
    /// twice under different folders) are not both analysed: the second is an error naming both
    /// files, and the run goes on.
    public func plan(_ paths: [String]) -> IngestPlan {
        let (inputs, collectFindings, collectPassedOver) = InputCollector.collect(paths)
        var findings = collectFindings
        var passedOver = collectPassedOver
        var manifests: [String: Manifest] = [:]
        var owners: [String: String] = [:]  // id → display path of the file that has it
        var items: [IngestPlan.Item] = []
        for input in inputs {
            let folder = input.folder
            if manifests[folder.path] == nil {
                let displayFolder = (input.displayPath as NSString).deletingLastPathComponent
                let loaded = Manifest.load(
                    inFolder: folder, displayFolder: displayFolder, knownLevels: options.knownLevels)
                manifests[folder.path] = loaded?.0 ?? Manifest(entries: [:])
                findings += loaded?.1 ?? []
            }
            let url = input.url
            let id = Self.documentID(relative: input.relative)
            if let owner = owners[id] {
                let refusal = Finding(
                    .error, SourceLocation(file: input.displayPath),
                    "niet geanalyseerd: dit bestand krijgt dezelfde document-id '\(id)' als \(owner); geef een van beide een andere naam"
                )
                findings.append(refusal)
                passedOver.append(refusal)
                continue
            }
            owners[id] = input.displayPath
            items.append(
                IngestPlan.Item(
                    path: input.path, displayPath: input.displayPath,
                    manifestEntry: manifests[folder.path]?.entry(for: url.lastPathComponent), id: id))
        }
        let missing = collectFindings.filter { $0.severity == .error }.map(\.location.file)
        return IngestPlan(items: items, findings: findings, missingPaths: missing, passedOver: passedOver)
    }

    /// Reads one planned file into its document (with the planned id) and the reader's warnings.
    ///
    /// A file that is gone by now (it was there when the plan listed it) is `unreadable` with
    /// that reason, not "bestaat niet".
    public func read(_ item: IngestPlan.Item) throws(IngestError) -> (Document, [Finding]) {
        var (document, findings): (Document, [Finding])
        do {
            (document, findings) = try read(item.url, displayPath: item.displayPath, manifestEntry: item.manifestEntry)
        } catch .notFound(let file) {
            throw .unreadable(file: file, reason: Self.vanished)
        }
        document.id = item.id
        return (document, findings)
    }

    /// Reads one planned file as ``read(_:)-(IngestPlan.Item)`` does, within `budget`.
    /// - Throws: ``IngestError``, or ``DekkingCore/WorkBudgetExceeded`` when the budget runs out.
    public func read(_ item: IngestPlan.Item, within budget: WorkBudget) throws -> (Document, [Finding]) {
        var (document, findings) = try read(
            item.url, displayPath: item.displayPath, manifestEntry: item.manifestEntry, within: budget)
        document.id = item.id
        return (document, findings)
    }

    /// Why a listed file could not be found when it was read.
    static let vanished =
        "het bestand is verdwenen nadat de invoer was opgesomd (verplaatst of verwijderd tijdens de run); geef het opnieuw op"
}
