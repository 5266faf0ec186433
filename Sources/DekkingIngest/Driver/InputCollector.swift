import DekkingCore
import Foundation

/// Expands the paths a user gave into the files to read, in a deterministic order.
///
/// Files are taken as given. Folders are searched recursively; the folder's `manifest.csv` is
/// skipped, hidden files and folders with one note per folder given that counts them, files with
/// an extension no reader handles with a finding each (a warning with a hint for documents that
/// can be converted, ``UnsupportedFormat``),
/// symbolic links and special files with a warning, and a folder that cannot be read with an
/// error (the run ends with exit status 1). A missing path is a finding.
enum InputCollector {
    /// One file to read.
    ///
    /// Paths are kept as strings, not `URL`s: a batch lists every file before reading any, and a
    /// path takes less memory than a `URL`.
    struct Input: Hashable {
        /// The file's absolute path.
        var path: String
        /// The path as the user would write it: the given path, plus the part below a given folder.
        var displayPath: String
        /// The standardised folder the file is in (worked out once per folder of a walk).
        var folder: URL
        /// The file's path below the folder it was found in (`sub/profiel.pdf`), or its name when
        /// it was given as a file: what its document id is made from.
        var relative: String

        /// The file's URL, made from ``path``.
        var url: URL { URL(fileURLWithPath: path, isDirectory: false) }
    }

    /// The files of `paths` to read, every finding about them, and of those findings the ones that
    /// name an input that will not be read (a missing path, an unread format, a link, a special
    /// file, a folder that cannot be opened): all but the note that counts hidden files.
    static func collect(_ paths: [String]) -> (inputs: [Input], findings: [Finding], passedOver: [Finding]) {
        var inputs: [Input] = []
        var findings: [Finding] = []
        var passedOver: [Finding] = []
        /// A finding about one input that will not be read: also in `passedOver`.
        func passOver(_ finding: Finding) {
            findings.append(finding)
            passedOver.append(finding)
        }
        // Standardised paths of the files so far: a file named twice is read once.
        var seen: Set<String> = []
        func add(_ input: Input, standardizedPath: String) {
            if seen.insert(standardizedPath).inserted { inputs.append(input) }
        }
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                passOver(missing(path).finding)
                continue
            }
            guard isDirectory.boolValue else {
                add(
                    Input(
                        path: url.path, displayPath: path, folder: url.deletingLastPathComponent().standardizedFileURL,
                        relative: url.lastPathComponent),
                    standardizedPath: url.standardizedFileURL.path)
                continue
            }
            let (files, skipped, passed) = filesBelow(url)
            let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
            let root = url.path.hasSuffix("/") ? url.path : url.path + "/"
            // Each folder of the walk, standardised once, with its path ending in "/".
            var folders: [Substring: (url: URL, path: String)] = [:]
            for relative in files {
                let slash = relative.lastIndex(of: "/")
                let parent = slash.map { relative[..<$0] } ?? ""
                let folder =
                    folders[parent]
                    ?? {
                        let url = URL(fileURLWithPath: root + parent, isDirectory: true).standardizedFileURL
                        return (url, url.path.hasSuffix("/") ? url.path : url.path + "/")
                    }()
                folders[parent] = folder
                // A walk gives no `.` or `..` entries: the file's standardised path is its folder's and its name.
                let name = slash.map { relative[relative.index(after: $0)...] } ?? relative[...]
                add(
                    Input(
                        path: root + relative, displayPath: "\(prefix)/\(relative)", folder: folder.url,
                        relative: relative),
                    standardizedPath: folder.path + name)
            }
            for relative in skipped {
                passOver(
                    UnsupportedFormat.skipped(
                        extension: (relative as NSString).pathExtension.lowercased(), file: "\(prefix)/\(relative)"))
            }
            for entry in passed where entry.reason != .hidden {
                let file = entry.relative.isEmpty ? prefix : "\(prefix)/\(entry.relative)"
                passOver(Finding(entry.reason.severity, SourceLocation(file: file), entry.reason.message))
            }
            let hidden = passed.count { $0.reason == .hidden }
            if hidden > 0 {
                // Counted, not named: no input of its own, so not passed over.
                findings.append(
                    Finding(
                        .note, SourceLocation(file: prefix),
                        "\(hidden) verborgen bestand(en) of map(pen) overgeslagen (de naam begint met een punt)"))
            }
        }
        return (inputs, findings, passedOver)
    }

    /// Why the given `path` cannot be found, as precisely as the system says: a symbolic link
    /// that leads nowhere or in a circle, a name that was not valid UTF-8, or a path that does
    /// not exist.
    static func missing(_ path: String) -> IngestError {
        var info = stat()
        let found = lstat(path, &info) == 0
        let code = errno
        if found, info.st_mode & S_IFMT == S_IFLNK {
            let reason =
                stat(path, &info) != 0 && errno == ELOOP
                ? "een kring van symbolische koppelingen (de koppeling verwijst via andere naar zichzelf); geef het bestand zelf op"
                : "een symbolische koppeling naar iets dat niet bestaat; geef het bestand zelf op"
            return .unreadable(file: path, reason: reason)
        }
        if !found, code == ELOOP {
            return .unreadable(file: path, reason: "het pad loopt door een kring van symbolische koppelingen")
        }
        if path.contains("\u{FFFD}") {
            return .unreadable(
                file: path,
                reason:
                    "de naam bevat bytes die geen geldige UTF-8 zijn (getoond als \u{FFFD}) en is zo niet te openen; geef het bestand een naam in UTF-8"
            )
        }
        return .notFound(file: path)
    }

    /// Why an entry of a folder was passed over (other than being hidden or of an unknown format).
    enum PassedOver: Hashable {
        case unreadableFolder(reason: String)
        case symbolicLink
        case specialFile
        /// A name whose bytes are not valid UTF-8: it cannot be named, so not opened.
        case undecodableName
        /// A name that starts with a dot; counted, not named.
        case hidden

        var severity: Finding.Severity {
            switch self {
            case .unreadableFolder, .undecodableName: .error
            default: .warning
            }
        }

        var message: String {
            switch self {
            case .unreadableFolder(let reason): "map overgeslagen: kan niet worden gelezen (\(reason))"
            case .symbolicLink:
                "overgeslagen: een symbolische koppeling in een map wordt niet gevolgd (geef het doel zelf op)"
            case .specialFile: "overgeslagen: geen gewoon bestand (een pipe, socket of apparaat)"
            case .undecodableName:
                "overgeslagen: de naam bevat bytes die geen geldige UTF-8 zijn (getoond als \u{FFFD}); geef het bestand een naam in UTF-8"
            case .hidden: "overgeslagen: verborgen"
            }
        }
    }

    /// Relative paths of readable files below `folder`, sorted, of skipped files, and of entries
    /// passed over with the reason.
    private static func filesBelow(_ folder: URL) -> (
        files: [String], skipped: [String], passed: [(relative: String, reason: PassedOver)]
    ) {
        var files: [String] = []
        var skipped: [String] = []
        var passed: [(relative: String, reason: PassedOver)] = []
        walk(
            folder.path, relative: "", passedOver: { passed.append(($0, $1)) },
            { relative, name in
                if name == Manifest.fileName { return }
                let ext = (name as NSString).pathExtension.lowercased()
                if FormatSniffer.extensions[ext] != nil { files.append(relative) } else { skipped.append(relative) }
            })
        return (files.sorted(), skipped.sorted(), passed.sorted { $0.relative < $1.relative })
    }

    /// Calls `visit(relative path, name)` for every regular file below `directory`, recursively;
    /// hidden entries (names starting with a dot, not descended into), symbolic links, special
    /// files and folders that cannot be opened are handed to `passedOver`. Reads entry types from the
    /// directory itself (one `lstat` only where the file system does not give them), not a full
    /// attribute set per file.
    private static func walk(
        _ directory: String, relative: String, passedOver: (String, PassedOver) -> Void,
        _ visit: (String, String) -> Void
    ) {
        guard let handle = opendir(directory) else {
            let reason = errno == EACCES || errno == EPERM ? "geen leesrechten" : String(cString: strerror(errno))
            passedOver(relative, .unreadableFolder(reason: reason))
            return
        }
        defer { closedir(handle) }
        var subdirectories: [(path: String, relative: String)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            let inside = relative.isEmpty ? name : relative + "/" + name
            // `String(cString:)` repairs invalid UTF-8 with U+FFFD: a path that no longer exists.
            let valid = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(validatingCString: $0) != nil
                }
            }
            guard valid else {
                passedOver(inside, .undecodableName)
                continue
            }
            guard !name.hasPrefix(".") else {
                passedOver(inside, .hidden)
                continue
            }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch EntryType(entry.pointee.d_type, path: path) {
            case .regular: visit(inside, name)
            case .directory: subdirectories.append((path, inside))
            case .link: passedOver(inside, .symbolicLink)
            case .other: passedOver(inside, .specialFile)
            }
        }
        for sub in subdirectories { walk(sub.path, relative: sub.relative, passedOver: passedOver, visit) }
    }

    private enum EntryType {
        case regular, directory, link, other

        /// The type `dirent` reports (`DT_REG` 8, `DT_DIR` 4, `DT_LNK` 10), or `lstat`'s when it
        /// reports none.
        init(_ type: UInt8, path: String) {
            switch type {
            case 8: self = .regular
            case 4: self = .directory
            case 10: self = .link
            case 0:
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    self = .other
                    return
                }
                switch info.st_mode & S_IFMT {
                case S_IFREG: self = .regular
                case S_IFDIR: self = .directory
                case S_IFLNK: self = .link
                default: self = .other
                }
            default: self = .other
            }
        }
    }
}
