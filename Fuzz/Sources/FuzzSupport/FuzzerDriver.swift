import CFuzzerDriver

/// The signature of a fuzz target's per-input function.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the process's command line on `target`; returns its exit code.
///
/// SwiftPM links an executable target with its `main` renamed to `<module>_main`, which would
/// hide the `main` of the fuzzer runtime, so each target defines that symbol and calls this.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ target: FuzzInput
) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, target)
}
