import DekkingCore
import DekkingFramework
import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The workbook of a run above the detail limit, made from a ``RunOverview`` and read back by an
/// independent reader.
@Suite struct XLSXOverviewTests {
    static let tolerance = 1e-9

    @Test func withoutProfileDocumentsTheSheetsAreDocumentsOverviewAndRun() throws {
        let book = try Self.write(Self.context(Self.overview(ReportFixtures.result.documents))).book
        #expect(book.sheets.map(\.name) == ["Uitleg", "Documenten", "Overzicht", "Over deze run"])
        #expect(book.sheet(XLSXReport.profileSheet) == nil)
    }

    @Test func aDocumentRowHoldsItsIdKindLevelsCountsAndScores() throws {
        var shortened = ReportFixtures.functiebeschrijving
        shortened.id = "vacature-budgetmaatje-stichting-de-vaart"
        shortened.kind = .vacature
        shortened.competencies.removeAll { $0.id == "1.2" }
        let overview = Self.overview(ReportFixtures.result.documents + [shortened])
        let sheet = try #require(try Self.write(Self.context(overview)).book.sheet(XLSXReport.documentsSheet))
        let competencies = ReportFixtures.framework.competencies
        #expect(sheet.rows[1].compactMap(\.text) == XLSXReport.overviewDocumentColumns + competencies.map(\.id))
        let first = XLSXReport.overviewDocumentColumns.count
        #expect(sheet.cell(0, first).text == competencies[0].title)

        let kd = ReportFixtures.kwalificatiedossier
        let row = sheet.rows[2]
        #expect(row.at(0).text == kd.id)
        #expect(row.at(1).text == kd.title)
        #expect(row.at(2).text == "Kwalificatiedossier")
        #expect(row.at(3).text == "mbo")
        #expect(abs((row.at(4).number ?? -1) - kd.fieldRelevance) <= Self.tolerance)
        // 2.1 is gedekt, 1.1 deels, 1.2 ontbreekt.
        #expect([row.at(5).number, row.at(6).number, row.at(7).number] == [1, 1, 1])
        let column12 = try #require(sheet.rows[1].firstIndex { $0.text == "1.2" })
        #expect(abs((row.at(column12).number ?? -1) - 0.225) <= Self.tolerance)
        for (offset, competency) in competencies.enumerated() {
            let expected = try #require(kd.competency(competency.id)).score
            #expect(abs((row.at(first + offset).number ?? -1) - expected) <= Self.tolerance, "\(competency.id)")
        }
        #expect(sheet.rows[3].at(3).text == "hbo + mbo")
        #expect([sheet.rows[3].at(5).number, sheet.rows[3].at(6).number, sheet.rows[3].at(7).number] == [0, 1, 2])
        // A competency the document's coverage lacks is an empty cell, and not counted.
        #expect(sheet.rows[4].at(0).text == shortened.id && sheet.rows[4].at(2).text == "Vacature")
        #expect(sheet.rows[4].at(column12) == .empty)
        #expect([sheet.rows[4].at(5).number, sheet.rows[4].at(6).number, sheet.rows[4].at(7).number] == [0, 1, 1])

        #expect(sheet.rows.count == 5)
        #expect(sheet.frozen == .init(rows: 2, columns: 1))
        #expect(sheet.autofilter == "A2:K5")
        // The competencies' scores take their status's colour: three rules per column.
        #expect(sheet.colorScales == 0)
        #expect(sheet.rules.count == 3 * competencies.count)
        #expect(sheet.print.printTitles == "Documenten!$A:$A,Documenten!$1:$2")
    }

    @Test func overviewRowsFollowTheFrameworkWithTheirTallies() throws {
        let overview = Self.overview(ReportFixtures.result.documents)
        let sheet = try #require(try Self.write(Self.context(overview)).book.sheet(XLSXReport.overviewSheet))
        let header = XLSXReport.overviewTableHeaderRow
        #expect(sheet.rows[header].compactMap(\.text) == XLSXReport.overviewTableColumns)
        var expected: [(kind: String, id: String, tally: StatusTally, level: Int?)] = []
        for (c, cluster) in ReportFixtures.framework.clusters.enumerated() {
            expected.append(("cluster", cluster.id, overview.clusters[c], nil))
            for competency in cluster.competencies {
                let index = try #require(ReportFixtures.framework.competencies.firstIndex { $0.id == competency.id })
                expected.append(("competentie", competency.id, overview.competencies[index], 1))
                for indicator in competency.indicators {
                    let index = try #require(ReportFixtures.framework.indicators.firstIndex { $0.id == indicator.id })
                    expected.append(("indicator", indicator.id, overview.indicators[index], 2))
                }
            }
        }
        let rows = Array(sheet.rows.dropFirst(header + 1))
        #expect(rows.count == expected.count)
        for (offset, (row, want)) in zip(rows, expected).enumerated() {
            #expect(row.at(0).text == want.kind && row.at(1).text == want.id)
            #expect(row.at(4).number == Double(want.tally.documents), "\(want.id)")
            #expect(
                [row.at(5).number, row.at(6).number, row.at(7).number]
                    == [Double(want.tally.covered), Double(want.tally.partial), Double(want.tally.gap)], "\(want.id)")
            #expect(abs((row.at(8).number ?? -1) - want.tally.share(.covered)) <= Self.tolerance, "\(want.id)")
            #expect(abs((row.at(10).number ?? -1) - want.tally.meanScore) <= Self.tolerance, "\(want.id)")
            #expect(sheet.outlineLevels[String(header + 1 + offset)] == want.level, "\(want.id)")
        }
        // 1.1-mbo-1: gedekt in the kwalificatiedossier, ontbreekt in the function description.
        let mbo = try #require(rows.first { $0.at(1).text == "1.1-mbo-1" })
        #expect(mbo.at(2).text == "mbo")
        #expect([mbo.at(4).number, mbo.at(5).number, mbo.at(6).number, mbo.at(7).number] == [2, 1, 0, 1])
        #expect(mbo.at(8).number == 0.5 && mbo.at(9).number == 0.5)
        #expect(abs((mbo.at(10).number ?? -1) - (0.72 + 0.1) / 2) <= Self.tolerance)
        // 1.1-hbo-1: only the function description is compared at hbo, and its match was rejected.
        let hbo = try #require(rows.first { $0.at(1).text == "1.1-hbo-1" })
        #expect(hbo.at(4).number == 1 && hbo.at(7).number == 1 && hbo.at(8).number == 0)
        // 1.1-mbo-2: deels in the kwalificatiedossier only.
        let partial = try #require(rows.first { $0.at(1).text == "1.1-mbo-2" })
        #expect(partial.at(6).number == 1 && partial.at(8).number == 0 && partial.at(9).number == 1)
        #expect(sheet.frozen == .init(rows: header + 1, columns: 2))
        #expect(sheet.autofilter == "A\(header + 1):K\(header + 1 + expected.count)")
        // Only the mean score is coloured (the shares are counts of documents, not scores).
        #expect(
            sheet.rules.map(\.range) == Array(repeating: "K\(header + 2):K\(header + 1 + expected.count)", count: 3))
    }

    @Test func anIndicatorNoDocumentWasComparedAtHasNoShares() throws {
        let overview = Self.overview([ReportFixtures.kwalificatiedossier])  // mbo only
        let sheet = try #require(try Self.write(Self.context(overview)).book.sheet(XLSXReport.overviewSheet))
        let row = try #require(sheet.rows.first { $0.at(1).text == "2.1-hbo-1" })
        #expect(row.at(4).number == 0 && row.at(5).number == 0)
        #expect(row.at(8) == .empty && row.at(9) == .empty && row.at(10) == .empty)
    }

    @Test func theExplanationSaysWhereTheDetailsAre() throws {
        let book = try Self.write(Self.context(Self.overview(ReportFixtures.result.documents))).book
        let sheet = try #require(book.sheet(XLSXReport.overviewSheet))
        let explanation = (0..<XLSXReport.overviewTableHeaderRow).compactMap { sheet.cell($0, 0).text }
        #expect(
            explanation.contains {
                $0.hasPrefix("Deze run heeft 2 documenten (Kwalificatiedossier: 1, Functiebeschrijving: 1)")
            })
        #expect(explanation.contains { $0.contains("coverage.csv en coverage.json") && $0.contains("bewijsplaatsen") })
        #expect(explanation.contains { $0.contains("op het niveau van die indicator (hbo of mbo)") })
        let run = try #require(book.sheet(XLSXReport.runSheet))
        #expect(run.cell(1, 0).text?.hasPrefix("Werkbladen: Uitleg") == true)
        #expect(run.cell(1, 0).text?.contains("Startbekwaam") == false)
        #expect(run.cell(0, 0).text == "Over deze run")
        #expect(run.rows.contains { $0.at(1).text == ReportFixtures.synthetic.manifest.name })
    }

    @Test func theStartbekwaamSheetCountsTheProfileDocumentsPerStatement() throws {
        let (framework, documents) = Self.profileFixture()
        var overview = RunOverview(framework: framework)
        for document in documents { overview.add(document) }
        let book = try Self.write(Self.context(overview)).book
        #expect(book.sheets.map(\.name) == ["Uitleg", "Documenten", "Overzicht", "Startbekwaam", "Over deze run"])
        let sheet = try #require(book.sheet(XLSXReport.profileSheet))
        #expect(sheet.cell(1, 0).text?.hasPrefix("2 documenten van de 3 zijn vergeleken") == true)
        let header = XLSXReport.overviewProfileHeaderRow
        #expect(sheet.rows[header].compactMap(\.text) == XLSXReport.overviewProfileColumns)
        let rows = Array(sheet.rows.dropFirst(header + 1))
        let statements = framework.clusters.flatMap { cluster in
            (documents[0].startbekwaam ?? []).filter { $0.clusterID == cluster.id }.flatMap(\.statements).map {
                (cluster, $0.text)
            }
        }
        #expect(statements.count == 3)
        #expect(rows.count == statements.count)
        for (row, (cluster, statement)) in zip(rows, statements) {
            #expect(row.at(0).text == cluster.id && row.at(1).text == cluster.title && row.at(2).text == statement)
        }
        // The first statement of cluster 1: beschreven in both education documents.
        #expect(
            [rows[0].at(3).number, rows[0].at(4).number, rows[0].at(5).number, rows[0].at(6).number] == [2, 2, 0, 0])
        #expect(rows[0].at(7).number == 1)
        // The second: beschreven in one, niet beschreven in the other.
        #expect(
            [rows[1].at(3).number, rows[1].at(4).number, rows[1].at(6).number, rows[1].at(7).number] == [2, 1, 1, 0.5])
        #expect(abs((rows[1].at(9).number ?? -1) - (0.7 + 0.05) / 2) <= Self.tolerance)
        #expect(sheet.frozen == .init(rows: header + 1, columns: 1))
        let run = try #require(book.sheet(XLSXReport.runSheet))
        #expect(run.cell(1, 0).text?.contains("Startbekwaam") == true)
    }

    @Test func documentsBeyondTheRowLimitAreLeftOutWithANote() throws {
        let documents = (1...5).map { number in
            var document = ReportFixtures.kwalificatiedossier
            document.id = "kd-roc-de-waterlinie-\(number)"
            return document
        }
        let overview = Self.overview(documents)
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("klein.xlsx")
        try XLSXReport.build(Self.context(overview), at: file.path, rowLimit: 5)
        let sheet = try #require(try XLSXReadback.read(file).sheet(XLSXReport.documentsSheet))
        #expect(sheet.rows.count == 5)
        #expect(sheet.rows[2].at(0).text == documents[0].id && sheet.rows[3].at(0).text == documents[1].id)
        let note = try #require(sheet.rows[4].at(0).text)
        #expect(note.hasPrefix("3 documenten passen niet meer op dit werkblad"))
        #expect(
            note.contains("1.048.576 rijen")
                && note.contains("coverage.csv en coverage.json bevatten alle 5 documenten"))
        #expect(sheet.autofilter == "A2:K4")

        let exact = Self.overview(Array(documents.prefix(3)))
        try XLSXReport.build(Self.context(exact), at: file.path, rowLimit: 5)
        let full = try #require(try XLSXReadback.read(file).sheet(XLSXReport.documentsSheet))
        #expect(full.rows.dropFirst(2).map { $0.at(0).text } == documents.prefix(3).map(\.id))
    }

    @Test func theSameContextGivesTheSameBytes() throws {
        let context = Self.context(Self.overview(ReportFixtures.result.documents))
        let first = try Self.write(context).bytes
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("uit/coverage.xlsx")
        try XLSXReport.write(context, to: file)
        try XLSXReport.write(context, to: file)
        #expect(try Data(contentsOf: file) == first)
        let left = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(left == ["coverage.xlsx"])  // no temporary file stays behind
    }

    @Test func countsAreWrittenTheDutchWay() {
        #expect(DutchLabels.count(0) == "0")
        #expect(DutchLabels.count(999) == "999")
        #expect(DutchLabels.count(5_000) == "5.000")
        #expect(DutchLabels.count(1_048_576) == "1.048.576")
        #expect(DutchLabels.documents(1) == "1 document")
    }
}

extension XLSXOverviewTests {
    /// The overview of `documents` against the synthetic framework.
    static func overview(_ documents: [DocumentCoverage]) -> RunOverview {
        var overview = RunOverview(framework: ReportFixtures.framework)
        for document in documents { overview.add(document) }
        return overview
    }

    /// A context as a large run has it: the overview set, no documents in the result.
    static func context(_ overview: RunOverview) -> ReportContext {
        ReportContext(
            result: CoverageResult(framework: ReportFixtures.result.framework, documents: []),
            framework: overview.framework, manifest: ReportFixtures.synthetic.manifest, overview: overview)
    }

    /// Writes the overview workbook of `context` and reads it back.
    static func write(_ context: ReportContext) throws -> (book: XLSXReadback, bytes: Data) {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("coverage.xlsx")
        try XLSXReport.write(context, to: file)
        return (try XLSXReadback.read(file), try Data(contentsOf: file))
    }

    /// The synthetic framework with startbekwaam profiles (two statements in cluster 1, one in
    /// cluster 2), and three documents of which two education documents were matched against them.
    static func profileFixture() -> (Framework, [DocumentCoverage]) {
        var framework = ReportFixtures.framework
        framework.clusters[0].startbekwaam = [
            "Je legt als startbekwame professional zelf contact met bewoners in de wijk.",
            "Je past je manier van communiceren aan de cliënt aan.",
        ]
        framework.clusters[1].startbekwaam = ["Je brengt samen met de cliënt inkomsten en uitgaven in kaart."]
        func profile(_ statuses: [(CoverageStatus, Double)]) -> [ProfileCoverage] {
            let texts = framework.clusters.flatMap { cluster in cluster.startbekwaam.map { (cluster.id, $0) } }
            let statements = zip(texts, statuses).map { text, status in
                (text.0, StatementCoverage(text: text.1, score: status.1, status: status.0, evidence: []))
            }
            return framework.clusters.map { cluster in
                ProfileCoverage(
                    clusterID: cluster.id, score: 0.5, status: .partial,
                    statements: statements.filter { $0.0 == cluster.id }.map(\.1))
            }
        }
        var kd = ReportFixtures.kwalificatiedossier
        kd.startbekwaam = profile([(.covered, 0.8), (.covered, 0.7), (.partial, 0.3)])
        var programme = ReportFixtures.kwalificatiedossier
        programme.id = "op-sociaal-werk-hogeschool-rijnvliet"
        programme.title = "Opleidingsprofiel Sociaal Werk, Hogeschool Rijnvliet"
        programme.kind = .opleidingsprofiel
        programme.startbekwaam = profile([(.covered, 0.6), (.gap, 0.05), (.gap, 0.1)])
        return (framework, [kd, programme, ReportFixtures.functiebeschrijving])
    }
}
