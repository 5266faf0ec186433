import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// A tool runner that returns canned output, for outcomes that are hard to produce with a real file.
struct FakeRunner: ToolRunner {
    var result: Result<ToolOutput, ToolFailure>

    func run(_ tool: String, arguments: [String], timeout: Int, outputLimit: Int) throws(ToolFailure) -> ToolOutput {
        try result.get()
    }
}

@Suite struct PDFReaderTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("pdf")

    private func read(_ name: String, reader: PDFReader = PDFReader()) throws(IngestError) -> ExtractedText {
        try reader.read(contentsOf: Self.fixtures.appendingPathComponent(name), displayPath: name)
    }

    @Test func readsEveryStructureOfTheEverythingFixture() throws {
        let extracted = try read("everything.pdf")
        let texts = extracted.blocks.map(\.text)
        let all = texts.joined(separator: "\n")
        // Hyphenation: joined, kept for an elliptic "en", kept in a compound, soft hyphen joined.
        #expect(all.contains("De medewerker schuldhulpverlening werkt"))
        #expect(all.contains("de wet- en regelgeving"))
        #expect(all.contains("sociaal-financiële vaardigheden"))
        #expect(all.contains("budgetbeheer"))
        // Running header, footer and page counters are gone.
        #expect(!all.contains("alles wat de PDF-lezer kent"))
        #expect(!all.contains("Fictieve Hogeschool Voorbeeldstad"))
        #expect(!all.contains("van 3"))
        // Headings by capitals, numbering and code, with the code-only line joined to its title.
        let headings = extracted.blocks.filter { if case .heading = $0.kind { true } else { false } }.map(\.text)
        #expect(headings.contains("TYPERING VAN HET BEROEP"))
        #expect(headings.contains("2.3 Beroepsvereisten"))
        #expect(headings.contains("B1-K1-W1 Voert een kennismakingsgesprek"))
        #expect(headings.contains("Resultaat"))
        // Lists.
        let items = extracted.blocks.filter { if case .listItem = $0.kind { true } else { false } }.map(\.text)
        #expect(
            items == [
                "luistert actief;", "komt afspraken na.", "Kennismaken met de klant.",
                "Financiële situatie in kaart brengen.", "Plan van aanpak opstellen.",
            ])
        // Two columns in reading order, and pages.
        let left = try #require(texts.firstIndex { $0.hasPrefix("De linkerkolom wordt eerst gelezen") })
        let right = try #require(texts.firstIndex { $0.hasPrefix("De rechterkolom volgt daarna") })
        #expect(left < right)
        #expect(extracted.blocks[left].page == 2)
        #expect(extracted.blocks.last?.page == 3)
        #expect(extracted.format == "pdf")
    }

    @Test func refusesAnImageOnlyPDF() {
        #expect(throws: IngestError.noTextLayer(file: "image-only.pdf")) { try read("image-only.pdf") }
    }

    @Test func refusesAnEncryptedPDF() {
        #expect(throws: IngestError.encrypted(file: "encrypted.pdf")) { try read("encrypted.pdf") }
    }

    @Test func recognisesEncryptionFromTheToolsMessage() {
        let reader = PDFReader(
            runner: FakeRunner(
                result: .success(
                    ToolOutput(status: 1, stdout: Data(), stderr: "Command Line Error: Incorrect password\n"))))
        #expect(throws: IngestError.encrypted(file: "everything.pdf")) { try read("everything.pdf", reader: reader) }
    }

    @Test(arguments: [
        (
            ToolFailure.timedOut(tool: "pdftotext", seconds: 30),
            IngestError.timedOut(file: "everything.pdf", tool: "pdftotext", seconds: 30)
        ),
        (.outputTooLarge(tool: "pdftotext", limit: 10), .textLayerTooLarge(file: "everything.pdf", limit: 10)),
        (
            .notFound(tool: "pdftotext"),
            .externalToolFailed(
                file: "everything.pdf", tool: "pdftotext", reason: "niet gevonden; installeer poppler-utils")
        ),
    ])
    func turnsToolFailuresIntoIngestErrors(_ failure: ToolFailure, _ expected: IngestError) {
        let reader = PDFReader(runner: FakeRunner(result: .failure(failure)))
        #expect(throws: expected) { try read("everything.pdf", reader: reader) }
    }

    @Test func reportsAFailingToolWithItsFirstMessageLine() {
        let reader = PDFReader(
            runner: FakeRunner(
                result: .success(
                    ToolOutput(
                        status: 1, stdout: Data(), stderr: "Syntax Error: Couldn't find trailer dictionary\nmore\n"))))
        #expect(
            throws: IngestError.externalToolFailed(
                file: "everything.pdf", tool: "pdftotext", reason: "Syntax Error: Couldn't find trailer dictionary")
        ) {
            try read("everything.pdf", reader: reader)
        }
    }

    @Test func warnsAboutPagesWithoutText() throws {
        let text = "Eerste pagina met tekst.\n\u{0C}\n\u{0C}Derde pagina met tekst.\n\u{0C}"
        let reader = PDFReader(
            runner: FakeRunner(result: .success(ToolOutput(status: 0, stdout: Data(text.utf8), stderr: ""))))
        let extracted = try read("everything.pdf", reader: reader)
        #expect(extracted.findings.map(\.location.page) == [2])
        #expect(extracted.blocks.map(\.page) == [1, 3])
    }
}

/// The child-process runner itself: time limit, output limit, and no pipe deadlock.
@Suite struct SubprocessRunnerTests {
    @Test func killsAToolThatRunsTooLong() {
        let start = Date()
        #expect(throws: ToolFailure.timedOut(tool: "sleep", seconds: 1)) {
            try SubprocessRunner().run("sleep", arguments: ["20"], timeout: 1, outputLimit: 1000)
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func stopsAToolThatWritesTooMuch() {
        #expect(throws: ToolFailure.outputTooLarge(tool: "yes", limit: 100_000)) {
            try SubprocessRunner().run("yes", arguments: [], timeout: 10, outputLimit: 100_000)
        }
    }

    @Test func readsLargeOutputOnBothPipesWithoutBlocking() throws {
        // 1 MB on stdout and 200 kB on stderr: more than a pipe buffer on each.
        let script = "head -c 1000000 /dev/zero | tr '\\\\0' a; head -c 200000 /dev/zero | tr '\\\\0' b >&2"
        let output = try SubprocessRunner().run("sh", arguments: ["-c", script], timeout: 10, outputLimit: 2_000_000)
        #expect(output.status == 0)
        #expect(output.stdout.count == 1_000_000)
    }

    @Test func reportsAMissingTool() {
        #expect(throws: ToolFailure.notFound(tool: "dekking-bestaat-niet")) {
            try SubprocessRunner().run("dekking-bestaat-niet", arguments: [], timeout: 1, outputLimit: 10)
        }
    }
}
