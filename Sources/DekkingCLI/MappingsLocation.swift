import Foundation

/// Where a command reads its mappings (framework, thesaurus, thresholds, overrides) from, so that
/// `dekking` works from any folder once installed.
///
/// The folder is the first of, in this order:
/// 1. `--mappings DIR`, as given (also when it does not exist: the loader then says so);
/// 2. the environment variable `DEKKING_MAPPINGS`, when set and not empty, as given;
/// 3. `Mappings/` in the current folder, when it is a folder;
/// 4. the installed copy, `../share/dekking/Mappings` beside the running executable's folder
///    (`<prefix>/bin/dekking` reads `<prefix>/share/dekking/Mappings`), when it is a folder.
///
/// When none is found the location is `Mappings` in the current folder with ``source``
/// ``Source/none``, and ``missingMessage`` says how to name one.
struct MappingsLocation: Equatable, Sendable {
    /// How the folder was found.
    enum Source: Equatable, Sendable {
        case option, environment, currentFolder, installed, none
    }

    /// The environment variable that names the folder.
    static let environmentVariable = "DEKKING_MAPPINGS"
    /// The installed copy, relative to the prefix the executable's folder (`bin`) lies in.
    static let installedFolder = "share/dekking/Mappings"

    /// The folder, as a path to hand to the loaders (relative paths are relative to the current folder).
    let path: String
    let source: Source

    /// Resolves the folder in the order above.
    static func resolve(
        option: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: URL? = Bundle.main.executableURL
    ) -> MappingsLocation {
        if let option { return MappingsLocation(path: option, source: .option) }
        if let named = environment[environmentVariable], !named.isEmpty {
            return MappingsLocation(path: named, source: .environment)
        }
        if isFolder((currentDirectory as NSString).appendingPathComponent("Mappings")) {
            return MappingsLocation(path: "Mappings", source: .currentFolder)
        }
        if let executable {
            let bin = (executable.resolvingSymlinksInPath().path as NSString).deletingLastPathComponent
            let installed = ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                installedFolder)
            if isFolder(installed) { return MappingsLocation(path: installed, source: .installed) }
        }
        return MappingsLocation(path: "Mappings", source: .none)
    }

    /// One line for `--version` and `framework show`: the folder and how it was found, in Dutch.
    var description: String {
        switch source {
        case .option: "mappings: \(path) (--mappings)"
        case .environment: "mappings: \(path) (\(Self.environmentVariable))"
        case .currentFolder: "mappings: Mappings in de huidige map"
        case .installed: "mappings: \(path) (de geïnstalleerde mappings)"
        case .none: "mappings: niet gevonden"
        }
    }

    /// Why no mappings were found and how to name them, in Dutch.
    static let missingMessage =
        "geen mappings gevonden: er is geen map Mappings in de huidige map en geen geïnstalleerde kopie. "
        + "Geef de map met --mappings MAP, zet \(environmentVariable)=MAP, "
        + "of installeer Dekking met 'make install' in de map van Dekking."

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
