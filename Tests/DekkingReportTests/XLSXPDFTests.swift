import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The sample run's workbook printed by LibreOffice (when installed; `make test` installs it):
/// every sheet one page wide, few pages in all, and no text of the Matrix sheet cut off.
@Suite struct XLSXPDFTests {
    /// The most pages the sample run's workbook may print on: 97 for the five sample documents when
    /// this was written (236 before the print setup: portrait strips of a few columns each), 121
    /// for the seven of now (a functieboek and a study guide added); the room above is for changes
    /// of the engine that find more or fewer gaps.
    static let pageLimit = 150

    static var soffice: String? { Tool.find("soffice") }

    @Test(
        .enabled(if: soffice != nil && Tool.find("pdftotext") != nil && Tool.find("pdfinfo") != nil),
        .timeLimit(.minutes(5)))
    func theSampleWorkbookPrintsOnFewPagesWithNothingCut() async throws {
        let context = try await ReportFixtures.sample()
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("coverage.xlsx")
        try XLSXReport.write(context, to: file)
        let pdf = try Self.convert(file, in: directory.url)

        let pages = try #require(
            Int(
                try Tool.run("pdfinfo", [pdf.path]).split(separator: "\n")
                    .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? ""))
        #expect(pages <= Self.pageLimit, "\(pages) pages")
        let book = try XLSXReadback.read(file)
        #expect(pages >= book.sheets.count)  // every sheet prints, each on at least one page

        // Every word of every cell of the Matrix sheet is printed on the Matrix's pages (those with
        // its repeated header row "Document-id"): a row too low for its wrapped text would cut off
        // its last lines, which LibreOffice then leaves out of the PDF.
        let pdfPages = try Tool.run("pdftotext", [pdf.path, "-"]).split(separator: "\u{0C}")
        let matrixPages = pdfPages.filter { page in
            page.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "Document-id" }
        }
        #expect(!matrixPages.isEmpty && matrixPages.count <= 3, "\(matrixPages.count) pages of the Matrix")
        let printedText = matrixPages.joined(separator: "\n")
        let printed = Self.words(printedText)
        let printedParts = Set(printedText.split { $0.isWhitespace || $0 == "-" }.map(String.init))
        let matrix = try #require(book.sheet(XLSXReport.matrixSheet))
        var missing: [String] = []
        for row in matrix.rows {
            for case .text(let text) in row {
                // A word wrapped after a hyphen may be printed as its parts, on two lines.
                for word in text.split(whereSeparator: \.isWhitespace) {
                    let whole = word.replacingOccurrences(of: "-", with: "")
                    let parts = word.split(separator: "-").map(String.init)
                    if !printed.contains(whole), !parts.allSatisfy(printedParts.contains) {
                        missing.append(String(word))
                    }
                }
            }
        }
        #expect(missing.isEmpty, "not printed: \(missing.prefix(20))")
    }

    /// The words of `text`, split at white space and without hyphens (pdftotext joins a word
    /// broken after a hyphen at the end of a line without its hyphen).
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isWhitespace).map { $0.replacingOccurrences(of: "-", with: "") })
    }

    /// `file` converted to PDF by LibreOffice in `folder`, with a profile of its own (so parallel
    /// runs do not share one) and within two minutes.
    static func convert(_ file: URL, in folder: URL) throws -> URL {
        let soffice = try #require(soffice)
        let out = folder.appendingPathComponent("pdf")
        _ = try Tool.run(
            soffice,
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                "--outdir", out.path, file.path,
            ], seconds: 120)
        let pdf = out.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        try #require(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no PDF")
        return pdf
    }
}

/// Programs of the system that some tests use when they are installed.
enum Tool {
    /// The path of `name` on PATH, nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `program` (a path, or a name on PATH) with `arguments` and returns its standard output;
    /// fails when it exits with an error or runs longer than `seconds` (it is then stopped).
    static func run(_ program: String, _ arguments: [String], seconds: Double = 60) throws -> String {
        let executable = try #require(program.hasPrefix("/") ? program : find(program), "\(program) not installed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        try #require(
            process.terminationReason == .exit && process.terminationStatus == 0,
            "\(program) failed or took over \(Int(seconds)) s")
        return String(decoding: data, as: UTF8.self)
    }
}
