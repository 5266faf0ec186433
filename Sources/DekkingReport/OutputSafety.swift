import Foundation

/// Where a run may write: never over, into or around what it reads.
///
/// Built from the inputs (files and folders, as the user named them) and the mapping files and
/// folders. An output folder (a run folder, compare's folder, the cache) may not be an input or a
/// mapping, nor hold one; an output file may not be one. Neither may lie inside an input folder or
/// a mapping folder unless `allowInside` is set (the user asked for it explicitly): a later run of
/// the same folder would read the reports as documents. Paths are compared after resolving
/// symbolic links of the part that exists, so a link or `..` cannot hide an input.
public struct OutputSafety: Sendable {
    /// Why an output path is refused. Each case reads as one Dutch sentence.
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        /// The output is an input or a mapping, or a folder that holds one.
        case holdsProtected(output: String, protected: String, what: String)
        /// The output lies inside an input folder or the mappings.
        case insideProtected(output: String, folder: String, what: String)
        /// An output file's name is taken by a symbolic link.
        case symbolicLink(path: String)
        /// An output file's name is taken by something that is not a regular file.
        case notARegularFile(path: String, kind: String)
        /// An allowed output inside an input folder would replace a file Dekking did not write.
        case wouldReplaceInput(path: String, folder: String)

        public var description: String {
            switch self {
            case .holdsProtected(let output, let protected, let what):
                "\(output) is of bevat \(what) \(protected); Dekking schrijft nooit in of over invoer en mappings"
            case .insideProtected(let output, let folder, let what):
                "\(output) ligt in \(what) \(folder); kies een plek daarbuiten (of sta het uitdrukkelijk toe met --write-inside-inputs)"
            case .symbolicLink(let path):
                "\(path) is een symbolische koppeling; Dekking volgt die niet: geef het doel zelf op (of - voor stdout)"
            case .notARegularFile(let path, let kind):
                "\(path) is \(kind), geen gewoon bestand; Dekking vervangt alleen gewone bestanden (gebruik - voor stdout)"
            case .wouldReplaceInput(let path, let folder):
                "\(path) bestaat al in de invoermap \(folder) en is geen rapport van Dekking; het wordt niet vervangen"
            }
        }
    }

    /// A path that no output may touch.
    struct Protected: Hashable, Sendable {
        /// Absolute, with symbolic links resolved.
        var path: String
        /// As the user named it.
        var shown: String
        var isFolder: Bool
        /// `de invoer`, `de invoermap`, `de mappings-map` …, for messages.
        var what: String
    }

    let protected: [Protected]
    /// Input files that are regular files (the bulk of a large `--files-from` list), kept compact:
    /// the name as given and the index of their resolved folder in ``folders``, so that a batch
    /// costs one `lstat` per file and one `realpath` per folder.
    let files: [(shown: String, folder: Int)]
    let folders: [String]
    /// Whether outputs may lie inside input and mapping folders.
    public let allowInside: Bool

    /// Nothing is protected (for tests and tools that write where they are told).
    public static let unrestricted = OutputSafety(protected: [], files: [], folders: [], allowInside: true)

    init(protected: [Protected], files: [(shown: String, folder: Int)], folders: [String], allowInside: Bool) {
        self.protected = protected
        self.files = files
        self.folders = folders
        self.allowInside = allowInside
    }

    /// Protects `inputs` and `mappings` (files or folders; missing paths are left out).
    public init(inputs: [String], mappings: [String], allowInside: Bool = false) {
        var protected: [Protected] = []
        var files: [(shown: String, folder: Int)] = []
        var folders: [String] = []
        var folderIndex: [String: Int] = [:]
        for (paths, isMapping) in [(inputs, false), (mappings, true)] {
            for shown in paths {
                var info = stat()
                guard lstat(shown, &info) == 0 else { continue }
                let type = info.st_mode & S_IFMT
                if type == S_IFREG, !isMapping {
                    let parent = (shown as NSString).deletingLastPathComponent
                    let index =
                        folderIndex[parent]
                        ?? {
                            folders.append(Resolver.resolve(parent.isEmpty ? "." : parent))
                            return folders.count - 1
                        }()
                    folderIndex[parent] = index
                    files.append((shown, index))
                    continue
                }
                // Folders, links and mapping files: few, resolved whole.
                var target = stat()
                let isFolder = stat(shown, &target) == 0 && target.st_mode & S_IFMT == S_IFDIR
                let what =
                    isMapping
                    ? (isFolder ? "de mappings-map" : "het mappingbestand") : (isFolder ? "de invoermap" : "de invoer")
                protected.append(Protected(path: Resolver.resolve(shown), shown: shown, isFolder: isFolder, what: what))
            }
        }
        self.init(protected: protected, files: files, folders: folders, allowInside: allowInside)
    }

    /// Refuses `path` as a folder to create, fill or replace when it is, holds or (unless allowed)
    /// lies inside an input or a mapping.
    public func checkFolder(_ path: String) throws(Refusal) {
        let resolved = Resolver.resolve(path)
        let prefix = resolved == "/" ? "/" : resolved + "/"
        for item in protected where item.path == resolved || item.path.hasPrefix(prefix) {
            throw .holdsProtected(output: path, protected: item.shown, what: item.what)
        }
        for (index, folder) in folders.enumerated() where folder == resolved || folder.hasPrefix(prefix) {
            if let file = files.first(where: { $0.folder == index }) {
                throw .holdsProtected(output: path, protected: file.shown, what: "de invoer")
            }
        }
        try checkInside(resolved, shown: path)
    }

    /// Refuses `path` as a file to write (replacing a regular file in one step) when it is an input
    /// or a mapping, lies (unless allowed) inside an input or mapping folder, or names a symbolic
    /// link, a folder, a pipe, a socket or a device. Where lying inside is allowed, an existing
    /// file is replaced only when it starts with `ownOpening` (a report Dekking wrote).
    public func checkFile(_ path: String, ownOpening: Data? = nil) throws(Refusal) {
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK: throw .symbolicLink(path: path)
            case S_IFDIR: throw .notARegularFile(path: path, kind: "een map")
            case S_IFIFO: throw .notARegularFile(path: path, kind: "een pipe (FIFO)")
            case S_IFSOCK: throw .notARegularFile(path: path, kind: "een socket")
            default: throw .notARegularFile(path: path, kind: "een apparaat")
            }
        }
        let resolved = Resolver.resolve(path)
        for item in protected where item.path == resolved {
            throw .holdsProtected(output: path, protected: item.shown, what: item.what)
        }
        let name = (resolved as NSString).lastPathComponent
        let folder = (resolved as NSString).deletingLastPathComponent
        for file in files where (file.shown as NSString).lastPathComponent == name && folders[file.folder] == folder {
            throw .holdsProtected(output: path, protected: file.shown, what: "de invoer")
        }
        try checkInside(resolved, shown: path)
        if exists, let folder = protected.first(where: { $0.isFolder && Self.isInside(resolved, $0.path) }) {
            let head = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: ownOpening?.count ?? 0) }
            guard let ownOpening, !ownOpening.isEmpty, head == ownOpening else {
                throw .wouldReplaceInput(path: path, folder: folder.shown)
            }
        }
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    private func checkInside(_ resolved: String, shown: String) throws(Refusal) {
        guard !allowInside else { return }
        for item in protected where item.isFolder && Self.isInside(resolved, item.path) {
            throw .insideProtected(output: shown, folder: item.shown, what: item.what)
        }
    }

    /// Makes paths absolute and resolves the symbolic links of the part that exists; the part
    /// that does not exist yet is joined on, with `.` and `..` taken literally.
    enum Resolver {
        static func resolve(_ path: String) -> String {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            var head = absolute
            var tail: [String] = []
            while true {
                if let real = realpath(head, nil) {
                    defer { free(real) }
                    return Self.join(String(cString: real), tail)
                }
                let parent = (head as NSString).deletingLastPathComponent
                if parent == head || parent.isEmpty { return Self.join("/", tail) }
                tail.insert((head as NSString).lastPathComponent, at: 0)
                head = parent
            }
        }

        private static func join(_ base: String, _ tail: [String]) -> String {
            var parts = base.split(separator: "/").map(String.init)
            for part in tail where !part.isEmpty && part != "." {
                if part == ".." { _ = parts.popLast() } else { parts.append(part) }
            }
            return "/" + parts.joined(separator: "/")
        }
    }
}
