import DekkingFramework
import DekkingMatching
import FuzzSupport

/// The YAML mapping loaders on any bytes: the framework (from text), and from a file the
/// thresholds, the calibration and the keyword file.
private let scratch = ScratchFile(ext: "yaml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let framework = FrameworkLoader.load(yaml: inputText(data, size), file: "fuzz.yaml")
    let url = scratch.write(data, size)
    _ = MatchingConfiguration.load(contentsOf: url, displayPath: "thresholds.yaml")
    _ = CalibrationModel.load(contentsOf: url, displayPath: "calibration.yaml")
    let competencies = Set(framework.framework.map { $0.competencies.map(\.id) } ?? ["K1"])
    _ = KeywordFile.load(contentsOf: url, displayPath: "keywords.yaml", competencyIDs: competencies)
    return 0
}

@_cdecl("fuzz_yaml_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
