import Crypto
import DekkingCore
import DekkingReport
import Foundation

/// Builds the run manifest (`run.json`): inputs and mapping files with their SHA-256, settings and
/// findings.
public enum ManifestBuilder {
    /// The manifest of `run` made with `mappings`.
    /// - Parameter startedAt: when the run started; pass a fixed date for reproducible tests.
    public static func manifest(
        name: String, run: CoverageRun, mappings: LoadedMappings, toolVersion: String, startedAt: Date
    ) -> RunManifest {
        let paths = (run.documentPaths + run.failedFiles).sorted()
        let inputs = paths.map { path -> RunManifest.Input in
            let (hash, bytes) = sha256(ofFileAt: path)
            let document = run.identities[path]
            return RunManifest.Input(
                path: path, sha256: hash, bytes: bytes, document: document?.id, kind: document?.kind,
                level: document?.level)
        }
        let mappingFiles = mappings.files.flatMap(files(under:)).map {
            RunManifest.MappingFile(path: $0, sha256: sha256(ofFileAt: $0).hash)
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var settings = Dictionary(
            uniqueKeysWithValues: mappings.engine.prepared.configuration.settings.map { ($0.name, $0.value) })
        settings["semanticLayer"] = run.semantic ? 1 : 0  // whether the sentence encoder took part
        return RunManifest(
            name: name, toolVersion: toolVersion, startedAt: formatter.string(from: startedAt),
            framework: mappings.framework.id,
            frameworkVersion: mappings.framework.version, inputs: inputs, mappings: mappingFiles, settings: settings,
            findings: mappings.findings + run.findings, notAnalysed: run.result.inputs)
    }

    /// Lower-case hex SHA-256 and size of a file, read in 1 MB chunks; `("-", 0)` when unreadable
    /// or not a regular file (a FIFO or a device is never read, so hashing never blocks).
    public static func sha256(ofFileAt path: String) -> (hash: String, bytes: Int) {
        guard case .success(let handle) = RegularFile.openForReading(path) else { return ("-", 0) }
        defer { try? handle.close() }
        var hasher = SHA256()
        var bytes = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            bytes += chunk.count
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), bytes)
    }

    /// The regular files at `path` (itself, or the files below a folder), sorted.
    static func files(under path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
        return names.map { "\(path)/\($0)" }.filter { candidate in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate, isDirectory: &folder) && !folder.boolValue
        }
    }
}
