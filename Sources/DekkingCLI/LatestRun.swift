import DekkingReport
import Foundation

/// The run folders `dekking analyze` writes by default (`Output/<name>/`), and the latest of them.
enum LatestRun {
    /// The folder analyze writes runs into when `--out` is not given.
    static let defaultFolder = "Output"

    /// The run folder under `folder` (a folder of a run only, see ``RunFolderLayout``) whose
    /// `coverage.json` was written last, if any.
    static func find(in folder: String = defaultFolder) -> URL? {
        let root = URL(fileURLWithPath: folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let runs = names.filter { !$0.hasPrefix(".") }.compactMap { name -> (URL, Date)? in
            let run = root.appendingPathComponent(name)
            let report = run.appendingPathComponent("coverage.json")
            guard RunFolderLayout.whyNotARunFolder(run) == nil,
                let attributes = try? FileManager.default.attributesOfItem(atPath: report.path),
                let modified = attributes[.modificationDate] as? Date
            else { return nil }
            return (root.appendingPathComponent(name), modified)
        }
        return runs.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.path < $1.0.path) }?.0
    }
}
