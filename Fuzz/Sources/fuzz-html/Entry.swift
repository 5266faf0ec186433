import DekkingIngest
import FuzzSupport

/// The HTML reader on any bytes, as the CLI calls it: read the file, keep the blocks or the error.
private let reader = HTMLReader()
private let scratch = ScratchFile(ext: "html")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let url = scratch.write(data, size)
    _ = try? reader.read(contentsOf: url, displayPath: "fuzz.html")
    return 0
}

@_cdecl("fuzz_html_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
