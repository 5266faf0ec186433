import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingIngest

/// A text reader that fails with `error` for files named `a.txt`, to check that the driver turns
/// any reader error into one finding and goes on.
struct FailingReader: DocumentReader {
    var error: IngestError
    let format = "txt"

    func read(contentsOf url: URL, displayPath: String) throws(IngestError) -> ExtractedText {
        if url.lastPathComponent == "a.txt" { throw error }
        return try TextReader().read(contentsOf: url, displayPath: displayPath)
    }
}

/// Hostile and unusual inputs: each is one finding, and the batch goes on.
@Suite struct IngestorTests {
    static let good = "Typering van het beroep\nDe medewerker helpt burgers met geldzorgen.\n"

    private func ingest(_ paths: [String], readers: ReaderRegistry = .standard) -> IngestResult {
        Ingestor(readers: readers).ingest(paths)
    }

    @Test func reportsAnEmptyFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("", to: "leeg.txt")
        let result = ingest([file.path])
        #expect(result.findings == [IngestError.empty(file: file.path).finding])
        #expect(result.failedFiles == [file.path])
    }

    @Test func refusesBinaryGarbageWithATextExtension() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent("rommel.txt")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }).write(to: file)
        let result = ingest([file.path])
        #expect(result.documents.isEmpty)
        #expect(result.findings == [IngestError.notText(file: file.path).finding])
    }

    @Test func readsInvalidUTF8AsWindows1252WithAWarning() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent("ansi.txt")
        try Data("Financi".utf8 + [0xEB] + " problemen van de cli".utf8 + [0xEB] + "nt.".utf8).write(to: file)
        let result = ingest([file.path])
        let document = try #require(result.documents.first)
        #expect(document.encoding == "windows-1252")
        #expect(document.segments.first?.text == "Financië problemen van de cliënt.")
        #expect(result.findings.map(\.severity) == [.warning])
        #expect(!result.findings.containsError)
    }

    @Test func refusesA50MBTextFileQuicklyWithoutReadingIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent("groot.txt")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50 * 1_048_576)  // sparse: no 50 MB written or read
        try handle.close()
        let start = Date()
        let result = ingest([file.path])
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(
            result.findings == [
                IngestError.tooLarge(file: file.path, bytes: 50 * 1_048_576, limit: 20 * 1_048_576).finding
            ])
        #expect(result.findings.first?.message == "het bestand is te groot (50 MB; de grens is 20 MB)")
    }

    /// More text than one document may hold (``ExtractedText/maxTextBytes``) is refused after
    /// reading, before it is analysed, with the amount and the limit; just under the limit is read.
    @Test func refusesMoreTextThanOneDocumentMayHold() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let line = "Je brengt met de cliënt de schulden in kaart en stelt een plan van aanpak op.\n"
        let lines = ExtractedText.maxTextBytes / line.utf8.count
        let over = try dir.write(String(repeating: line, count: lines + lines / 8), to: "te-veel.txt")
        let result = ingest([over.path])
        #expect(result.documents.isEmpty && result.failedFiles == [over.path])
        #expect(
            result.findings.map(\.message) == [
                "het document bevat 9 MB tekst; de grens is 8 MB tekst per document (zo'n 4.000 pagina's); splits het in delen"
            ])
        #expect(IngestError.megabytes(12_900_000) == "12,3" && IngestError.megabytes(8 * 1_048_576) == "8")
        let under = try dir.write(String(repeating: line, count: 1_000), to: "genoeg.txt")
        #expect(ingest([under.path]).documents.count == 1)
    }

    @Test func readsFileNamesWithSpacesAndNonASCIICharacters() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(Self.good, to: "Functie beschrijving – cliënt.txt")
        let result = ingest([file.path])
        #expect(result.findings.isEmpty)
        #expect(result.documents.first?.id == "Functie beschrijving – cliënt")
        #expect(result.documents.first?.path == file.path)
    }

    @Test func recursesIntoADirectorySortedSkippingHiddenFilesAndManifest() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(Self.good, to: "b.txt")
        try dir.write(Self.good, to: "sub/a.md")
        try dir.write(Self.good, to: ".verborgen.txt")
        try dir.write(Self.good, to: ".git/config.txt")
        try dir.write(Self.good, to: "sub/.cache/oud.txt")
        try dir.write(Self.good, to: "sub/diep/c.txt")
        try dir.write(Self.good, to: "D.TXT")
        try dir.write("file,kind,level,title\n", to: "manifest.csv")
        try dir.write("file,kind,level,title\n", to: "sub/manifest.csv")
        try dir.write("geen tekst", to: "plaatje.png")
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir.url.path).sorted()
        let given = dir.url.path + "/"
        let result = ingest([given])
        #expect(
            result.documents.map(\.path)
                == ["D.TXT", "b.txt", "sub/a.md", "sub/diep/c.txt"].map { "\(dir.url.path)/\($0)" })
        #expect(result.documents.map(\.format) == ["txt", "txt", "md", "txt"])
        // A picture is a warning with a hint (it may be a scan someone meant to analyse).
        #expect(result.findings.map(\.severity) == [.warning, .note])
        #expect(result.findings.first?.location.file == "\(dir.url.path)/plaatje.png")
        #expect(result.findings.first?.message.contains("tekstherkenning (OCR)") == true)
        // Hidden entries are counted, not named: .verborgen.txt, .git and sub/.cache.
        #expect(result.findings.last?.message.hasPrefix("3 verborgen") == true)
        #expect(!result.findings.containsError)
        // Nothing was written into the input folder.
        #expect(try FileManager.default.subpathsOfDirectory(atPath: dir.url.path).sorted() == before)
    }

    @Test func reportsAMissingPathAndContinues() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write(Self.good, to: "goed.txt")
        let missing = dir.url.appendingPathComponent("bestaat-niet.pdf").path
        let result = ingest([missing, file.path])
        #expect(result.findings == [IngestError.notFound(file: missing).finding])
        #expect(result.documents.count == 1)
    }

    @Test func refusesANamedPipeInsteadOfWaitingOnIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let pipe = dir.url.appendingPathComponent("pijp.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let file = try dir.write(Self.good, to: "goed.txt")
        // Nobody writes to the pipe: opening it for reading would block for ever.
        let result = ingest([pipe, file.path])
        #expect(
            result.findings == [
                IngestError.unreadable(file: pipe, reason: "geen gewoon bestand (een pipe, socket of apparaat)").finding
            ])
        #expect(result.documents.map(\.path) == [file.path])
    }

    @Test func readsATextFileThroughOneDescriptorWithItsExactBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let text = String(repeating: "De cliënt maakt een budgetplan. ", count: 5_000)
        let file = try dir.write(text, to: "lang.txt")
        let data = try FileLoader.load(file, displayPath: "lang.txt", maxBytes: 1_048_576)
        #expect(data == Data(text.utf8))
        #expect(throws: IngestError.tooLarge(file: "lang.txt", bytes: data.count, limit: 1_000)) {
            try FileLoader.load(file, displayPath: "lang.txt", maxBytes: 1_000)
        }
        let empty = try dir.write("", to: "leeg.txt")
        #expect(throws: IngestError.empty(file: "leeg.txt")) {
            try FileLoader.load(empty, displayPath: "leeg.txt", maxBytes: 1_000)
        }
        #expect(throws: IngestError.notFound(file: "weg.txt")) {
            try FileLoader.load(dir.url.appendingPathComponent("weg.txt"), displayPath: "weg.txt", maxBytes: 1_000)
        }
    }

    @Test(arguments: [
        ("image-only.pdf", "de PDF heeft geen tekstlaag"), ("encrypted.pdf", "met een wachtwoord beveiligd"),
    ])
    func reportsUnreadablePDFs(_ name: String, _ message: String) {
        let path = TestPaths.fixtures.appendingPathComponent("pdf/\(name)").path
        let result = ingest([path])
        #expect(result.documents.isEmpty)
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.severity == .error)
        #expect(result.findings.first?.message.contains(message) == true)
    }

    @Test(arguments: [
        IngestError.corruptArchive(file: "x", reason: "kapot"), .archiveBomb(file: "x", reason: "te groot"),
        .malformedXML(file: "x", element: "w:p", line: 3, reason: "tag"),
        .forbiddenXML(file: "x", element: "!ENTITY", reason: "DTD"),
        .timedOut(file: "x", tool: "pdftotext", seconds: 30),
    ])
    func turnsAnyReaderErrorIntoOneFindingAndContinues(_ error: IngestError) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write(Self.good, to: "a.txt")
        try dir.write("Tweede bestand\nDat wel gelezen wordt.\n", to: "c.md")
        let readers = ReaderRegistry.standard.registering(FailingReader(error: error), as: "txt")
        let result = ingest([dir.url.path], readers: readers)
        #expect(result.findings == [error.finding])
        #expect(result.failedFiles == ["\(dir.url.path)/a.txt"])
        #expect(result.documents.map(\.id) == ["c"])
    }

    /// A file named more than once (itself, through its folder, through a path with `..`) is
    /// planned once, where it was first named; a folder's manifest applies however it was named.
    @Test func plansAFileNamedSeveralWaysOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let root = dir.url.path
        let file = try dir.write(Self.good, to: "sub/a.txt")
        try dir.write(Self.good, to: "sub/b.txt")
        try dir.write("file,kind,level,title\nb.txt,vacature,mbo,Vacature budgetcoach\n", to: "sub/manifest.csv")
        let plan = Ingestor().plan([
            file.path, root, "\(root)/sub/../sub/a.txt", "\(root)/sub/..", "\(root)/sub/../sub",
        ])
        #expect(plan.items.map(\.displayPath) == [file.path, "\(root)/sub/b.txt"])
        #expect(plan.items.map(\.path) == [file.path, "\(root)/sub/b.txt"])
        #expect(plan.items.map(\.url.path) == [file.path, "\(root)/sub/b.txt"])
        #expect(plan.items.map(\.manifestEntry?.title) == [nil, "Vacature budgetcoach"])
        // Named only through `..`, the file keeps that path and its folder's manifest.
        let dotted = Ingestor().plan(["\(root)/sub/../sub"])
        #expect(dotted.items.map(\.path) == ["\(root)/sub/../sub/a.txt", "\(root)/sub/../sub/b.txt"])
        #expect(dotted.items.map(\.manifestEntry?.title) == [nil, "Vacature budgetcoach"])
        #expect(plan.findings.isEmpty && dotted.findings.isEmpty)
    }

    @Test func aDocumentIDIsThePathBelowItsFolderAndNeverShifts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        _ = try dir.write(Self.good, to: "map/a/verslag.txt")
        _ = try dir.write(Self.good, to: "map/b/verslag.md")
        let alone = try dir.write(Self.good, to: "los/profiel.txt")
        let root = dir.url.appendingPathComponent("map").path
        let before = Ingestor().plan([root, alone.path])
        #expect(before.items.map(\.id) == ["a/verslag", "b/verslag", "profiel"])
        #expect(before.findings.isEmpty)
        // A file added before the others in every order changes no other id.
        _ = try dir.write(Self.good, to: "map/a/aaa/verslag.txt")
        _ = try dir.write(Self.good, to: "map/0-verslag.txt")
        let after = Ingestor().plan([root, alone.path])
        #expect(after.items.map(\.id) == ["0-verslag", "a/aaa/verslag", "a/verslag", "b/verslag", "profiel"])
        #expect(Ingestor.documentID(relative: "sub/profiel.v2.pdf") == "sub/profiel.v2")
        #expect(Ingestor.documentID(relative: "zonder-extensie") == "zonder-extensie")
    }

    @Test func anUnreadFormatGetsAHintWhereThereIsAUsualWayToReadIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("{\\rtf1 oud}", to: "map/brief.rtf")
        let doc = try dir.write("", to: "map/profiel.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: doc)
        try dir.write("PK", to: "map/bijlagen.zip")
        let result = ingest([dir.url.appendingPathComponent("map").path])
        #expect(result.documents.isEmpty)
        #expect(result.findings.map(\.severity) == [.note, .warning, .warning])
        let messages = result.findings.map(\.message)
        #expect(messages[0].contains("gelezen worden: PDF, DOCX, ODT, HTML, XML en tekst"))
        #expect(
            messages[1].contains("RTF wordt niet gelezen")
                && messages[1].contains("soffice --headless --convert-to docx"))
        #expect(messages[2].contains("(.doc)") && messages[2].contains("profiel.doc'"))
        // Named as a file, an unread format is an error with the same hint.
        let named = ingest([dir.url.appendingPathComponent("map/profiel.doc").path])
        #expect(named.findings.containsError)
        #expect(named.findings.contains { $0.message.contains("soffice --headless --convert-to docx") })
    }

    @Test func twoFilesWithOneIDAreRefusedWithBothNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let text = try dir.write(Self.good, to: "map/profiel.txt")
        let markdown = try dir.write(Self.good, to: "map/profiel.md")
        let plan = Ingestor().plan([dir.url.appendingPathComponent("map").path])
        #expect(plan.items.map(\.id) == ["profiel"])
        #expect(plan.items.map(\.path) == [markdown.path])
        let finding = try #require(plan.findings.first)
        #expect(plan.findings.count == 1 && finding.severity == .error)
        #expect(finding.location.file == text.path)
        #expect(finding.message.contains("'profiel'") && finding.message.contains(markdown.path))
    }

    @Test(arguments: [
        ("x.pdf", Data("%PDF-1.4\n".utf8), "pdf"), ("x.txt", Data("%PDF-1.7 binary".utf8), "pdf"),
        ("x.dat", Data("<!DOCTYPE html><html><body>".utf8), "html"),
        ("x.txt", Data("<?xml version=\"1.0\"?><a/>".utf8), "xml"),
        ("x.xml", Data("<root/>".utf8), "xml"), ("x.md", Data("# Kop\n".utf8), "txt"),
        ("x", Data("Gewone tekst".utf8), "txt"),
        ("x.htm", Data("  <p>los</p>".utf8), "html"),
    ])
    func sniffsTheFormatFromContentFirst(_ name: String, _ content: Data, _ expected: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent(name)
        try content.write(to: file)
        #expect(FormatSniffer.format(of: file) == expected)
    }

    @Test func sniffsDocxAndOdtFromTheZipContent() {
        let docx = TestPaths.inputs.appendingPathComponent("opleidingsprofiel-sociaal-financiele-dienstverlening.docx")
        let odt = TestPaths.inputs.appendingPathComponent("functiebeschrijving-schuldhulpverlener.odt")
        #expect(FormatSniffer.format(of: docx) == "docx")
        #expect(FormatSniffer.format(of: odt) == "odt")
    }
}
