import DekkingCore
import Foundation

/// Expands the paths a user gave into the files to read, in a deterministic order.
///
/// Files are taken as given. Folders are searched recursively; hidden files and folders, the
/// folder's `manifest.csv` and files with an extension no reader handles are skipped (the latter
/// with a note). A missing path is a finding.
enum InputCollector {
    struct Input: Hashable {
        var url: URL
        /// The path as the user would write it: the given path, plus the part below a given folder.
        var displayPath: String
    }

    static func collect(_ paths: [String]) -> (inputs: [Input], findings: [Finding]) {
        var inputs: [Input] = []
        var findings: [Finding] = []
        var seen: Set<String> = []
        func add(_ input: Input) {
            if seen.insert(input.url.standardizedFileURL.path).inserted { inputs.append(input) }
        }
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                findings.append(IngestError.notFound(file: path).finding)
                continue
            }
            guard isDirectory.boolValue else {
                add(Input(url: url, displayPath: path))
                continue
            }
            let (files, skipped) = filesBelow(url)
            let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
            for relative in files { add(Input(url: url.appendingPathComponent(relative), displayPath: "\(prefix)/\(relative)")) }
            for relative in skipped {
                findings.append(Finding(.note, SourceLocation(file: "\(prefix)/\(relative)"), "overgeslagen: geen ondersteund formaat"))
            }
        }
        return (inputs, findings)
    }

    /// Relative paths of readable files below `folder`, sorted, and of skipped files.
    private static func filesBelow(_ folder: URL) -> (files: [String], skipped: [String]) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return ([], []) }
        var files: [String] = []
        var skipped: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType  // one stat per entry
            if components.contains(where: { $0.hasPrefix(".") }) {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard type == .typeRegular else { continue }
            if components.last == Substring(Manifest.fileName) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            if FormatSniffer.extensions[ext] != nil { files.append(relative) } else { skipped.append(relative) }
        }
        return (files.sorted(), skipped.sorted())
    }
}
