import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// Writes small PDFs with text pages (Helvetica, one text object per page), so a test can make
/// a PDF of any length without a fixture.
enum MiniPDF {
    /// A PDF with one page per element of `pages`, each page's lines from the top down.
    static func document(_ pages: [[String]]) -> Data {
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "",  // the page tree, once the pages are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var kids: [Int] = []
        for lines in pages {
            var stream = "BT /F1 11 Tf 14 TL 72 770 Td\n"
            for line in lines {
                let escaped = line.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
                stream += "(\(escaped)) Tj T*\n"
            }
            stream += "ET"
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
            let contents = objects.count
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contents) 0 R >>"
            )
            kids.append(objects.count)
        }
        objects[1] =
            "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }
}

/// A PDF whose text layer is too large, or consists only of lines every page repeats, is told
/// what happened: not the file's size, and not "geen tekstlaag".
@Suite struct PDFTextLayerTests {
    static func read(_ pdf: Data, as name: String, reader: PDFReader = PDFReader()) throws -> Result<
        ExtractedText, IngestError
    > {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent(name)
        try pdf.write(to: file)
        return Result { () throws(IngestError) in try reader.read(contentsOf: file, displayPath: name) }
    }

    @Test func theWriterMakesAReadablePDF() throws {
        let pdf = MiniPDF.document([
            ["Je brengt de schulden van de client in kaart en stelt een plan van aanpak op."],
            ["Je informeert inwoners van de gemeente over toeslagen en regelingen."],
        ])
        let text = try Self.read(pdf, as: "twee.pdf").get().blocks.map(\.text).joined(separator: " ")
        #expect(text.contains("schulden van de client") && text.contains("toeslagen en regelingen"))
    }

    @Test func aTextLayerAboveTheLimitNamesTheTextNotTheFile() throws {
        let page = (1...40).map { "Regel \($0): de budgetcoach bespreekt met de klant de vaste lasten." }
        let pdf = MiniPDF.document(Array(repeating: page, count: 5))
        #expect(pdf.count < 20_000)
        let outcome = try Self.read(pdf, as: "veel.pdf", reader: PDFReader(maxOutputBytes: 2_048))
        #expect(throws: IngestError.textLayerTooLarge(file: "veel.pdf", limit: 2_048)) { try outcome.get() }
        #expect(
            IngestError.textLayerTooLarge(file: "veel.pdf", limit: 50 * 1_048_576).message
                == "de tekstlaag van de PDF is groter dan de grens van 50 MB tekst (het bestand zelf mag groter zijn); splits de PDF in delen"
        )
    }

    /// A 20 KB PDF whose ten tall pages hold 48 MB of text (made by the committed script): poppler
    /// needs about 2 GB for one such page. pdftotext runs under a memory limit, so the file is
    /// refused within seconds, with a message that says why, instead of taking the machine's memory.
    @Test func aPageThatNeedsGigabytesStopsAtTheToolsMemoryLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let script = TestPaths.root.appendingPathComponent("scripts/hostile/make-large-inputs.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, directory.url.path, "--only", "pdf"]
        try process.run()
        process.waitUntilExit()
        let file = directory.url.appendingPathComponent("grote-tekstlaag.pdf")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size < 100_000)
        let started = Date()
        let outcome = Result { () throws(IngestError) in
            try PDFReader().read(contentsOf: file, displayPath: "grote-tekstlaag.pdf")
        }
        #expect(Date().timeIntervalSince(started) < 30)
        guard case .failure(.externalToolFailed(let name, "pdftotext", let reason)) = outcome else {
            Issue.record("expected pdftotext to stop at its memory limit, got \(outcome)")
            return
        }
        #expect(name == "grote-tekstlaag.pdf")
        #expect(reason.contains("meer dan 1024 MB geheugen nodig") && reason.contains("splits de PDF"))
    }

    /// The limit is set for the tool alone: a child that asks for more fails, the same child
    /// without a limit does not.
    @Test func theMemoryLimitHoldsForTheToolAlone() throws {
        let allocate = ["-c", "x = bytearray(300 * 1024 * 1024); print(len(x))"]
        let limited = try SubprocessRunner(memoryLimit: 128 << 20).run(
            "python3", arguments: allocate, timeout: 30, outputLimit: 1_024)
        #expect(limited.status != 0 && limited.stderr.contains("MemoryError"))
        let free = try SubprocessRunner().run("python3", arguments: allocate, timeout: 30, outputLimit: 1_024)
        #expect(free.status == 0 && String(decoding: free.stdout, as: UTF8.self) == "314572800\n")
    }

    /// 5,000 pages that repeat the same lines: the cleaner drops lines that every page repeats
    /// (running headers), so nothing is left, though the PDF has a text layer.
    @Test func aPDFOfOnlyRepeatedLinesIsNotCalledImageOnly() throws {
        let page = ["Stichting Geldzorg Noord", "Budgetcoaching en schuldhulp"]
        let pdf = MiniPDF.document(Array(repeating: page, count: 5_000))
        let outcome = try Self.read(pdf, as: "herhaald.pdf")
        #expect(throws: IngestError.onlyRepeatedLines(file: "herhaald.pdf", pages: 5_000)) { try outcome.get() }
        #expect(
            IngestError.onlyRepeatedLines(file: "herhaald.pdf", pages: 5_000).message
                == "de PDF heeft wel een tekstlaag, maar die bevat op de 5000 pagina's alleen regels die op elke pagina terugkomen (zoals kop- en voetteksten); die worden weggelaten, dus bleef er geen tekst over"
        )
    }
}
