import Foundation

/// How a run folder is recognised, so that `--force` replaces nothing else: a real folder (not a
/// link) that holds a `run.json` written by Dekking and nothing but the files of a run
/// (``RunReports/fileNames``), each a regular file.
public enum RunFolderLayout {
    /// What `run.json` must hold to count as Dekking's (fields every version writes).
    private struct Signature: Decodable {
        struct Input: Decodable {
            var path: String
            var sha256: String
        }

        var name: String
        var toolVersion: String
        var startedAt: String
        var framework: String
        var inputs: [Input]
    }

    /// Why the folder at `url` is not a run folder (one Dutch phrase), or `nil` when it is one.
    public static func whyNotARunFolder(_ url: URL) -> String? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return "bestaat niet" }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return "het is een symbolische koppeling"
        default: return "het is geen map"
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            return "de map kan niet worden gelezen"
        }
        let known = Set(RunReports.fileNames)
        let foreign = names.filter { name in
            var entry = stat()
            return !known.contains(name) || lstat(url.appendingPathComponent(name).path, &entry) != 0
                || entry.st_mode & S_IFMT != S_IFREG
        }.sorted()
        if !foreign.isEmpty {
            let shown = foreign.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            return "ze bevat ook \(shown)\(foreign.count > 3 ? " en \(foreign.count - 3) meer" : "")"
        }
        guard names.contains("run.json") else { return "er staat geen run.json in" }
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent("run.json").path),
            (try? JSONDecoder().decode(Signature.self, from: data)) != nil
        else { return "run.json is geen run-verslag van Dekking" }
        return nil
    }
}
