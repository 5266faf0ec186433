import DekkingIngest
import FuzzSupport

/// The PDF text cleaner and the parse the PDF reader does after it, on text shaped like the output
/// of `pdftotext -raw` (form feeds between pages); no `pdftotext` runs.
private let parser = PlainTextParser(breaksAfterShortSentenceLines: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let pages = PDFTextCleaner.clean(inputText(data, size))
    let lines = pages.enumerated().flatMap { offset, page in
        page.map { PlainTextParser.Line($0.text, number: $0.number, page: offset + 1) }
    }
    _ = parser.parse(lines)
    for page in pages {
        for line in page { _ = PDFTextCleaner.isPageCounter(line.text) }
    }
    return 0
}

@_cdecl("fuzz_pdftext_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
