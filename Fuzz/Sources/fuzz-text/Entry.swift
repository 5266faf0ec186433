import DekkingIngest
import Foundation
import FuzzSupport

/// Text decoding (UTF-8, UTF-16, the Windows-1252 fallback) and the plain-text parser, through the
/// text reader as the CLI calls it, and the Markdown parse of the same text.
private let reader = TextReader()
private let scratch = ScratchFile(ext: "txt")
private let markdown = PlainTextParser(markdown: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let url = scratch.write(data, size)
    _ = try? reader.read(contentsOf: url, displayPath: "fuzz.txt")
    if let decoded = try? TextDecoding.decode(Data(bytes: data, count: size)) {
        _ = markdown.parse(decoded.text)
    }
    return 0
}

@_cdecl("fuzz_text_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
