import DekkingCore
import Foundation

/// Reads PDF files through poppler's `pdftotext`, run as a child process.
///
/// `pdftotext` runs with `-raw` (content-stream order). Measured on the sample documents: `-layout`
/// interleaves the lines of two-column pages; the default mode reads columns correctly but
/// dehyphenates on its own and wrongly (`wet-` + `en regelgeving` → `weten regelgeving`,
/// `sociaal-` + `financiële` → `sociaalfinanciële`) and merges lines around the join; `-raw`
/// keeps columns in drawing order (which word processors write column by column) and leaves
/// hyphens to ``PDFTextCleaner``. It gives no blank lines between paragraphs, so paragraphs are
/// ended at short lines that end a sentence. Output is parsed page by page, so every block knows
/// its page.
///
/// Errors: ``IngestError/encrypted(file:)`` for password-protected files,
/// ``IngestError/noTextLayer(file:)`` when no page has text, ``IngestError/timedOut(file:tool:seconds:)``
/// after ``timeout`` seconds, ``IngestError/tooLarge(file:bytes:limit:)`` for files or output above the limits.
public struct PDFReader: DocumentReader {
    public let format = "pdf"
    /// Seconds `pdftotext` may run.
    public var timeout: Int
    /// The most text, in bytes, accepted from `pdftotext`.
    public var maxOutputBytes: Int
    /// The largest PDF accepted, in bytes.
    public var maxFileBytes: Int
    private let runner: any ToolRunner

    /// The most memory `pdftotext` may use: 1 GiB. It needs some tens of MB for an ordinary PDF,
    /// but a page whose text layer holds megabytes takes it gigabytes (a 20 KB PDF with a 48 MB
    /// text layer: 1.9 GB); such a file is refused with a message instead.
    public static let toolMemoryLimit = 1 << 30

    public init(
        runner: any ToolRunner = SubprocessRunner(memoryLimit: PDFReader.toolMemoryLimit), timeout: Int = 30,
        maxOutputBytes: Int = ExtractedText.maxTextBytes,
        maxFileBytes: Int = 200 * 1_048_576
    ) {
        self.runner = runner
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
        self.maxFileBytes = maxFileBytes
    }

    public func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        let bytes = try FileLoader.size(of: url, displayPath: displayPath)
        guard bytes > 0 else { throw .empty(file: displayPath) }
        guard bytes <= maxFileBytes else { throw .tooLarge(file: displayPath, bytes: bytes, limit: maxFileBytes) }
        let output: ToolOutput
        do {
            output = try runner.run(
                "pdftotext", arguments: ["-raw", "-enc", "UTF-8", "-eol", "unix", url.path, "-"], timeout: timeout,
                outputLimit: maxOutputBytes)
        } catch {
            throw Self.ingestError(error, file: displayPath)
        }
        return try Self.extract(output, displayPath: displayPath)
    }

    /// Turns the output of `pdftotext` into blocks, or the error it signals.
    static func extract(_ output: ToolOutput, displayPath: String) throws(IngestError) -> ExtractedText {
        let stderr = output.stderr.lowercased()
        if stderr.contains("incorrect password") || stderr.contains("encrypted") {
            throw .encrypted(file: displayPath)
        }
        if stderr.contains("out of memory") || stderr.contains("bad_alloc") {
            throw .externalToolFailed(
                file: displayPath, tool: "pdftotext",
                reason:
                    "had meer dan \(toolMemoryLimit / 1_048_576) MB geheugen nodig en is gestopt (een zeer grote tekstlaag); splits de PDF in delen"
            )
        }
        guard output.status == 0 else {
            let reason = output.stderr.split(separator: "\n").first.map(String.init) ?? "exitcode \(output.status)"
            throw .externalToolFailed(file: displayPath, tool: "pdftotext", reason: reason)
        }
        let text = String(decoding: output.stdout, as: UTF8.self)
        var findings = invalidUTF8(output.stdout, displayPath: displayPath)
        let pages = PDFTextCleaner.clean(text)
        // Pages are parsed as one stream so that paragraphs and labels continue across page breaks.
        let lines = pages.enumerated().flatMap { offset, page in
            page.map { PlainTextParser.Line($0.text, number: $0.number, page: offset + 1) }
        }
        let blocks = PlainTextParser(breaksAfterShortSentenceLines: true).parse(lines)
        let emptyPages = pages.indices.filter { pages[$0].allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }.map {
            $0 + 1
        }
        guard !blocks.isEmpty else {
            // Text that the cleaner removed entirely (running headers on every page) is a text layer.
            let hadText = text.contains { !$0.isWhitespace && $0 != "\u{0C}" }
            throw hadText ? .onlyRepeatedLines(file: displayPath, pages: pages.count) : .noTextLayer(file: displayPath)
        }
        findings += emptyPages.map {
            Finding(
                .warning, SourceLocation(file: displayPath, page: $0),
                "pagina zonder tekst (afbeelding of scan?); niet meegenomen")
        }
        return ExtractedText(blocks: blocks, format: "pdf", findings: findings)
    }

    /// A warning per sequence of `pdftotext`'s output that is not UTF-8 (read as U+FFFD), with
    /// its page; none when the output is valid, the usual case.
    static func invalidUTF8(_ output: Data, displayPath: String) -> [Finding] {
        let bytes = [UInt8](output)
        guard String(validating: bytes, as: UTF8.self) == nil else { return [] }
        return TextDecoding.invalidSequences(bytes, as: Unicode.UTF8.self, unitSize: 1, start: 0).map { sequence in
            let page = 1 + bytes[..<sequence.offset].count { $0 == 0x0C }
            return Finding(
                .warning, SourceLocation(file: displayPath, page: page),
                "pdftotext gaf ongeldige UTF-8 (byte \(sequence.offset) van de tekst); gelezen als U+FFFD, de tekst eromheen blijft"
            )
        }
    }

    private static func ingestError(_ failure: ToolFailure, file: String) -> IngestError {
        switch failure {
        case .notFound(let tool):
            .externalToolFailed(file: file, tool: tool, reason: "niet gevonden; installeer poppler-utils")
        case .launchFailed(let tool, let reason):
            .externalToolFailed(file: file, tool: tool, reason: reason)
        case .timedOut(let tool, let seconds):
            .timedOut(file: file, tool: tool, seconds: seconds)
        case .outputTooLarge(_, let limit):
            .textLayerTooLarge(file: file, limit: limit)
        }
    }
}
