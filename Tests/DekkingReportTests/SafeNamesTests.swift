import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// A file name, title or note that looks like markup or a formula stays text in every report: no
/// formula in the CSV or XLSX reports, no broken code span or table cell in gaps.md, no element
/// in the HTML report.
@Suite struct SafeNamesTests {
    /// The stem of `=HYPERLINK("http://x","klik").txt`, the document id of such a file.
    static let formula = #"=HYPERLINK("http://x","klik")"#

    /// The synthetic run with its first document renamed to `id` and titled `title`.
    static func context(id: String, title: String, note: String? = nil) -> ReportContext {
        var context = ReportFixtures.synthetic
        context.result.documents[0].id = id
        context.result.documents[0].title = title
        if let note { context.result.documents[0].competencies[0].indicators[0].overrideNote = note }
        return context
    }

    @Test(arguments: [
        (formula, "'" + formula), ("+31 6 1234 5678", "'+31 6 1234 5678"), ("-concept", "'-concept"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"),
        ("kd-metselaar", "kd-metselaar"), ("", ""), ("4.2", "4.2"), ("a=b", "a=b"), ("'al tekst", "'al tekst"),
    ])
    func textThatStartsAFormulaGetsAQuote(text: String, expected: String) {
        #expect(SpreadsheetText.neutralised(text) == expected)
    }

    @Test func coverageCSVStartsEveryRowOfAFormulaNamedDocumentWithAQuote() throws {
        let context = Self.context(id: Self.formula, title: "-concept", note: "@nagaan")
        let csv = String(decoding: CoverageCSV.long(context, dialect: .rfc4180), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let quoted = #""'=HYPERLINK(""http://x"",""klik"")","#
        let own = rows.filter { $0.hasPrefix(quoted) }
        #expect(own.count == context.result.documents[0].competencies.flatMap(\.indicators).count)
        #expect(own.allSatisfy { $0.hasPrefix(quoted + "'-concept,kwalificatiedossier,mbo,") })
        #expect(!rows.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        // The note starts a formula too; the scores next to it stay plain numbers.
        #expect(own[0].contains(",0.6000,partial,1.1-mbo-1,mbo,"))
        #expect(own[0].contains(",confirmed,'@nagaan,"))
    }

    @Test func matrixCSVHeadersOfAFormulaNamedDocumentGetAQuote() {
        let csv = String(
            decoding: CoverageCSV.matrix(Self.context(id: Self.formula, title: "t"), dialect: .rfc4180),
            as: UTF8.self)
        let header = csv.components(separatedBy: "\r\n")[0]
        #expect(header.contains(#","'=HYPERLINK(""http://x"",""klik"")_status","'=HYPERLINK("#))
        #expect(!header.contains(#","=HYPERLINK"#))
    }

    @Test func compareCSVQuotesTheNameAndKeepsNegativeDifferences() {
        var kd = HTMLFixtures.kd
        kd.id = "@kd-schuldhulp"
        let csv = CompareCSV.render(Compare.compare(kd, HTMLFixtures.function, framework: HTMLFixtures.framework))
        #expect(csv.contains(",'@kd-schuldhulp,partial,0.3500,functie-budgetcoach,gap,0.0500,-0.3000,only_in_a,\r\n"))
        #expect(!csv.contains(",@kd-schuldhulp,"))
    }

    @Test func xlsxWritesAFormulaNamedDocumentAsQuotedTextWithoutAFormula() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("coverage.xlsx")
        try XLSXReport.write(Self.context(id: Self.formula, title: "+31 6 1234 5678"), to: file)
        let book = try XLSXReadback.read(file)
        let gaps = try #require(book.sheet(XLSXReport.gapsSheet))
        #expect(gaps.cell(1, 0) == .text("'" + Self.formula))
        let matrix = try #require(book.sheet(XLSXReport.matrixSheet))
        #expect(matrix.cell(1, 3) == .text("'" + Self.formula))  // the row of the document ids
        let texts = book.sheets.flatMap { $0.rows.flatMap { $0.compactMap(\.text) } }
        #expect(texts.contains("'+31 6 1234 5678"))
        #expect(!texts.contains { $0.hasPrefix("=") || $0.hasPrefix("+") })
        // Scores are still numbers.
        #expect(gaps.cell(1, 6).number != nil)
        #expect(try Self.formulaCount(file) == 0)
    }

    @Test func gapsMarkdownKeepsBackticksAndBarsInsideTheirSpan() throws {
        let id = "rapport `v2` | definitief"
        let text = GapsMarkdown.render(Self.context(id: id, title: "Rapport `v2` | *definitief*"))
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains("## Rapport \\`v2\\` \\| \\*definitief\\*"))
        let file = try #require(lines.first { $0.contains("· bestand ") })
        #expect(file.hasSuffix("· bestand ``rapport `v2` | definitief``"))
    }

    @Test(arguments: [
        ("kd-metselaar", "`kd-metselaar`"), ("a`b", "``a`b``"), ("`b", "`` `b ``"), ("a``b", "```a``b```"),
        (" a ", "`  a  `"), ("   ", "`   `"), ("", "`  `"), ("a\nb", "`a b`"), ("a|b", "`a|b`"),
    ])
    func codeSpansHoldAnyText(text: String, expected: String) {
        #expect(MarkdownText.codeSpan(text) == expected)
    }

    @Test func htmlReportEscapesAScriptInANameAndTitle() throws {
        let html = try HTMLReport.render(
            Self.context(id: "<script>alert(1)</script>", title: "<img src=x onerror=alert(1)>"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The number of formula elements (`<f>`) in the worksheets of `file`, counted by Python's
    /// `zipfile`, independent of libxlsxwriter.
    private static func formulaCount(_ file: URL) throws -> Int {
        let script = """
            import re, sys, zipfile
            archive = zipfile.ZipFile(sys.argv[1])
            print(sum(len(re.findall(rb"<f[ >/]", archive.read(n))) for n in archive.namelist() if n.startswith("xl/worksheets/")))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try #require(Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
