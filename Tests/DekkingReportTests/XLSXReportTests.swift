import DekkingCore
import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The workbook read back by an independent reader agrees with coverage.json, cell by cell.
@Suite struct XLSXReportTests {
    static let tolerance = 1e-4

    @Test func theSyntheticWorkbookAgreesWithTheJSON() throws {
        try check(ReportFixtures.synthetic)
    }

    @Test func theSampleWorkbookAgreesWithTheJSON() async throws {
        try check(try await ReportFixtures.sample())
    }

    @Test func theRunSheetListsInputsSettingsAndWarnings() throws {
        let book = try write(ReportFixtures.synthetic).book
        let run = try #require(book.sheet(XLSXReport.runSheet))
        let texts = Set(run.rows.flatMap { $0.compactMap(\.text) })
        #expect(
            texts.isSuperset(of: [
                "Over deze run", "Testkader sociaal-financiële dienstverlening", "2000-01", "0.0.0-test",
                ReportFixtures.startedAt,
                "Inputs/kd-financiële-dienstverlening.pdf", ReportFixtures.fixedHash, "niet gelezen", "covered",
                "partial",
                "waarschuwing", "bestand kan niet worden gelezen", "Mappings/frameworks/test-kader.yaml",
            ]))
        // Document sheets are named after the titles, shortened at a word within 31 characters.
        #expect(
            book.sheets.map(\.name) == [
                "Uitleg", "Matrix", "Hiaten", "Documenten", "Overzicht", "Kwalificatiedossier Medewerker",
                "Functieboek \"Sociaal werk\"", "Over deze run",
            ])
    }

    /// One writer for small and large runs: the run-wide sheets of a small run of several
    /// documents are those a large run of the same documents gets (only the explanation above the
    /// Overzicht table says where the details are), and a large run leaves out the detail sheets.
    @Test func aSmallRunHasTheRunWideSheetsOfALargeRun() throws {
        let detailed = ReportFixtures.synthetic
        let large = ReportContext(
            result: .init(framework: detailed.result.framework, documents: []), framework: detailed.framework,
            manifest: detailed.manifest, overview: detailed.overview)
        let small = try write(detailed).book
        let whole = try write(large).book
        #expect(whole.sheets.map(\.name) == ["Uitleg", "Documenten", "Overzicht", "Over deze run"])
        let documents = try #require(small.sheet(XLSXReport.documentsSheet))
        #expect(documents.rows == (try #require(whole.sheet(XLSXReport.documentsSheet))).rows)
        let table = try #require(small.sheet(XLSXReport.overviewSheet)).rows
        let wholeTable = try #require(whole.sheet(XLSXReport.overviewSheet)).rows
        let header = XLSXReport.overviewTableHeaderRow
        #expect(table.count > header + 1 && table[header...] == wholeTable[header...])
        #expect(table[1] != wholeTable[1])  // "Deze run heeft 2 documenten …", with or without "te veel"
        let note = try #require(small.sheet(XLSXReport.runSheet)?.cell(1, 0))
        #expect(note == .text(XLSXReport.sheetList(detailed)))
        #expect(
            XLSXReport.sheetList(detailed).contains("Documenten") && XLSXReport.sheetList(detailed).contains("Matrix"))
        #expect(!XLSXReport.sheetList(large).contains("Matrix"))
    }

    @Test func aRunOfOneDocumentHasNoRunWideSheets() throws {
        var context = ReportFixtures.synthetic
        context.result.documents = [ReportFixtures.kwalificatiedossier]
        let names = try write(context).book.sheets.map(\.name)
        #expect(names == ["Uitleg", "Matrix", "Hiaten", "Kwalificatiedossier Medewerker", "Over deze run"])
    }

    @Test func theGapsSheetHasOneRowPerWeakCompetency() throws {
        let book = try write(ReportFixtures.synthetic).book
        let gaps = try #require(book.sheet(XLSXReport.gapsSheet))
        #expect(gaps.rows.first?.compactMap(\.text) == XLSXReport.gapsColumns)
        let rows = gaps.rows.dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 5)  // kd: 1.1 and 1.2; the function description: 1.1, 1.2 and 2.1
        let weak = ReportFixtures.result.documents.flatMap { document in
            document.competencies.filter { $0.status != .covered }.map { "\(document.id) \($0.id)" }
        }
        #expect(rows.map { "\($0.at(0).text ?? "") \($0.at(4).text ?? "")" } == weak)
        let suggestion = try #require(rows.first { $0.at(4).text == "1.2" }?.at(9).text)
        #expect(suggestion.hasPrefix("Voeg een werkproces toe waarin de student: varieert"))
        #expect(gaps.frozen == .init(rows: 1, columns: 1))
        #expect(gaps.autofilter == "A1:L\(rows.count + 1)")
        // The competencies under "Eerst aanpakken" in gaps.md are marked, with the same passage.
        let context = ReportFixtures.synthetic
        let priorities = GapPriorities.of(context)
        #expect(!priorities.isEmpty)
        for (document, priority) in zip(context.result.documents, priorities) {
            for item in priority.groups.flatMap(\.items) {
                let row = try #require(
                    rows.first { $0.at(0).text == document.id && $0.at(4).text == item.competency.id })
                #expect(row.at(10).text == "ja")
                #expect(row.at(11).text == item.phrasing)
            }
        }
        #expect(rows.filter { $0.at(10).text == "ja" }.count == priorities.reduce(0) { $0 + $1.chosenCount })
    }

    /// Writes `context`, reads it back and compares every score and status with coverage.json.
    private func check(_ context: ReportContext) throws {
        let (book, json) = try write(context)
        let matrix = try #require(book.sheet(XLSXReport.matrixSheet))
        #expect(matrix.conditionalFormatting > 0)
        #expect(matrix.colorScales == 0)
        let headerRows = XLSXReport.matrixHeaderRows
        #expect(matrix.frozen == .init(rows: headerRows, columns: 3))
        let lastColumn = Character(UnicodeScalar(UInt8(ascii: "A") + UInt8(2 + 2 * json.documents.count)))
        #expect(matrix.autofilter?.hasPrefix("A\(headerRows):\(lastColumn)") == true)
        #expect(matrix.print.printTitles == "Matrix!$A:$C,Matrix!$1:$\(headerRows)")
        #expect(!matrix.outlineLevels.isEmpty)

        // Matrix: every competency and cluster of every document, score and status side by side.
        for (index, document) in json.documents.enumerated() {
            let scoreColumn = 3 + 2 * index
            // The title over the document's two columns, the id under it, then the column titles.
            #expect(matrix.cell(0, scoreColumn).text == (document.title.isEmpty ? document.id : document.title))
            #expect(matrix.cell(1, scoreColumn).text == document.id)
            for headerRow in 0...1 {
                let range =
                    XLSXSheet.reference(row: headerRow, column: scoreColumn) + ":"
                    + XLSXSheet.reference(row: headerRow, column: scoreColumn + 1)
                #expect(matrix.merged.contains(range), "\(range)")
            }
            #expect(matrix.cell(2, scoreColumn).text == "dekking" && matrix.cell(2, scoreColumn + 1).text == "status")
            var seen = 0
            var clustersSeen = 0
            for row in headerRows..<matrix.rows.count {
                guard let cluster = matrix.cell(row, 0).text, !cluster.isEmpty else { break }
                let score = matrix.cell(row, scoreColumn).number
                let status = matrix.cell(row, scoreColumn + 1).text
                if let competencyID = matrix.cell(row, 1).text, !competencyID.isEmpty {
                    #expect(matrix.outlineLevels[String(row)] == 1)
                    guard let expected = document.competency(competencyID) else {
                        #expect(score == nil && status == nil)
                        continue
                    }
                    seen += 1
                    #expect(abs((score ?? -1) - expected.score) <= Self.tolerance, "\(document.id) \(competencyID)")
                    #expect(status == expected.status.label, "\(document.id) \(competencyID)")
                } else if let expected = document.clusters.first(where: { $0.id == cluster }) {
                    clustersSeen += 1
                    #expect(abs((score ?? -1) - expected.score) <= Self.tolerance, "\(document.id) cluster \(cluster)")
                    #expect(status == expected.status.label)
                }
            }
            #expect(seen == document.competencies.count)
            #expect(clustersSeen == document.clusters.count)
        }

        // One sheet per document: every indicator row.
        for (document, name) in zip(json.documents, XLSXReport.documentSheetNames(context)) {
            let sheet = try #require(book.sheet(name), "sheet \(name)")
            let header = XLSXReport.documentHeaderRow
            #expect(sheet.rows[header].compactMap(\.text) == XLSXReport.documentColumns)
            #expect(sheet.frozen == .init(rows: header + 1, columns: 3))
            #expect(sheet.autofilter != nil)
            let indicators = document.competencies.flatMap(\.indicators)
            let rows = sheet.rows.dropFirst(header + 1).filter { !$0.isEmpty }
            #expect(rows.count == indicators.count, "\(name)")
            for (row, indicator) in zip(rows, indicators) {
                #expect(row.at(2).text == indicator.id)
                #expect(abs((row.at(5).number ?? -1) - indicator.score) <= Self.tolerance, "\(name) \(indicator.id)")
                #expect(row.at(6).text == indicator.status.label, "\(name) \(indicator.id)")
                #expect((row.at(7).text ?? "") == DutchLabels.override(indicator.override))
                let evidence = indicator.evidence.first
                #expect(row.at(9).text == evidence?.code.flatMap { $0.isEmpty ? nil : $0 })
                #expect(row.at(10).number == evidence?.page.map(Double.init))
            }
        }
        try checkProfiles(book, json: json)
        try compareWithLibreOffice(context)
    }

    /// The Startbekwaam sheet: there exactly when a document has the profile view, one row per
    /// statement with the statement's and its cluster's score and status.
    private func checkProfiles(_ book: XLSXReadback, json: CoverageResult) throws {
        let expected = json.documents.flatMap { document in
            (document.startbekwaam ?? []).flatMap { cluster in cluster.statements.map { (document.id, cluster, $0) } }
        }
        guard json.documents.contains(where: { $0.startbekwaam != nil }) else {
            #expect(book.sheet(XLSXReport.profileSheet) == nil)
            return
        }
        #expect(
            book.sheets.map(\.name).prefix(6) == [
                "Uitleg", "Matrix", "Hiaten", "Documenten", "Overzicht", "Startbekwaam",
            ])
        let sheet = try #require(book.sheet(XLSXReport.profileSheet))
        #expect(sheet.rows.first?.compactMap(\.text) == XLSXReport.profileColumns)
        let rows = sheet.rows.dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == expected.count && !rows.isEmpty)
        for (row, (documentID, cluster, statement)) in zip(rows, expected) {
            #expect(row.at(0).text == documentID)
            #expect(row.at(3).text?.hasPrefix(cluster.clusterID + " ") == true)
            #expect(abs((row.at(4).number ?? -1) - cluster.score) <= Self.tolerance)
            #expect(row.at(5).text == cluster.status.label)
            #expect(row.at(6).text == statement.text)
            #expect(abs((row.at(7).number ?? -1) - statement.score) <= Self.tolerance)
            #expect(row.at(8).text == statement.status.label)
            #expect(
                row.at(9).text
                    == statement.evidence.first.map { EvidencePlace($0, page: false).text }.flatMap {
                        $0.isEmpty ? nil : $0
                    })
            #expect(row.at(10).number == statement.evidence.first?.page.map(Double.init))
        }
        #expect(sheet.conditionalFormatting > 0)
        #expect(sheet.frozen == .init(rows: 1, columns: 1))
    }

    private func write(_ context: ReportContext) throws -> (book: XLSXReadback, json: CoverageResult) {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("uit/coverage.xlsx")
        try XLSXReport.write(context, to: file)
        let json = try CoverageJSON.decode(try CoverageJSON.encode(context.result))
        return (try XLSXReadback.read(file), json)
    }

    /// When LibreOffice is installed, its CSV export of the Matrix sheet (UTF-8) holds every
    /// competency with, per document, the score and the status word of coverage.json.
    private func compareWithLibreOffice(_ context: ReportContext) throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard
            let soffice = path.split(separator: ":").map({ "\($0)/soffice" })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return }
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("coverage.xlsx")
        try XLSXReport.write(context, to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // Comma separator, double quotes, UTF-8 (76), from line 1, every sheet (-1) into its own file.
        process.arguments = [
            "-env:UserInstallation=file://\(directory.url.path)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
            directory.url.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOf: directory.url.appendingPathComponent("coverage-Matrix.csv"), encoding: .utf8)
        let rows = CSVReader.parse(csv).map(\.fields)
        let labels: [CoverageStatus: String] = [.covered: "gedekt", .partial: "deels", .gap: "ontbreekt"]
        var checked = 0
        for competency in context.framework.competencies {
            let row = try #require(
                rows.first { $0.count > 1 && $0[1] == competency.id }, "LibreOffice: row \(competency.id)")
            for (d, document) in context.result.documents.enumerated() {
                guard let expected = document.competency(competency.id), row.count > 4 + 2 * d else { continue }
                let shown = row[3 + 2 * d].replacingOccurrences(of: "%", with: "")
                let value = try #require(Double(shown), "LibreOffice: '\(row[3 + 2 * d])'") / 100
                #expect(abs(value - expected.score) < 5e-5, "LibreOffice \(document.id) \(competency.id)")
                #expect(row[4 + 2 * d] == labels[expected.status], "LibreOffice \(document.id) \(competency.id)")
                checked += 1
            }
        }
        #expect(checked == context.framework.competencies.count * context.result.documents.count)
    }
}

extension Array where Element == XLSXReadback.Cell {
    /// The cell at `column`, `.empty` past the last written cell.
    func at(_ column: Int) -> XLSXReadback.Cell { column < count ? self[column] : .empty }
}
