import DekkingIngest
import FuzzSupport

/// Structural-code recognition (`B1-K1-W2`, `LU2.1`, `Kerntaak 1` …) on every line of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let text = inputText(data, size)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let code = StructuralCode.leading(in: String(line)) {
            precondition(!code.code.isEmpty, "a recognised code is never empty")
        }
    }
    return 0
}

@_cdecl("fuzz_codes_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
