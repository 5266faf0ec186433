import DekkingAnalysis
import FuzzSupport

/// The shipped Dutch analysis chain (with hunspell when it is installed) on any Unicode text.
/// Loaded once per process; a failure to load is a set-up error, not a find.
private let analyzer: Analyzer = {
    do {
        return try DutchAnalysis.analyzer(mappings: mappingsFolder())
    } catch {
        fatalError("the analysis chain cannot be loaded from Mappings/: \(error)")
    }
}()

/// Terms as ids of a table of the target's own, as the matching engine asks for them.
private let terms = analyzer.interning(into: TermTable())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let text = inputText(data, size)
    _ = analyzer.analysis(of: text)
    _ = terms.analyzeTerms(text)
    return 0
}

@_cdecl("fuzz_analysis_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
