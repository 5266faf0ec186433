import DekkingIngest
import DekkingMatching
import Foundation
import FuzzSupport

/// The CSV reader through its two users: a `manifest.csv` of an input folder and an overrides file
/// in `Mappings/overrides/`.
private let overridesFolder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "dekking-fuzz-overrides-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    atexit {
        try? FileManager.default.removeItem(at: overridesFolder)
    }
    return folder
}()
private let overridesFile = overridesFolder.appendingPathComponent("fuzz.csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let text = inputText(data, size)
    _ = Manifest.parse(text, displayPath: "manifest.csv", knownLevels: [])
    do {
        try Data(bytes: data, count: size).write(to: overridesFile)
    } catch {
        fatalError("the overrides file cannot be written: \(error)")
    }
    _ = OverrideSet.load(directory: overridesFolder, displayPath: "overrides")
    return 0
}

@_cdecl("fuzz_csv_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
