import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The workbook is ready to print and to share: every sheet's page setup, the colours of the page
/// and the run's thresholds, rows tall enough for their text, and the Uitleg sheet, read back by
/// an independent reader.
@Suite struct XLSXPrintTests {
    static func book(_ context: ReportContext = ReportFixtures.synthetic) throws -> XLSXReadback {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = directory.url.appendingPathComponent("coverage.xlsx")
        try XLSXReport.write(context, to: file)
        return try XLSXReadback.read(file)
    }

    @Test func everySheetPrintsOnA4LandscapeOnePageWideWithHeaderAndFooter() throws {
        let book = try Self.book()
        #expect(book.sheets.count == 8)
        for sheet in book.sheets {
            let print = sheet.print
            #expect(print.orientation == "landscape", "\(sheet.name)")
            #expect(print.paperSize == 9, "\(sheet.name)")  // A4
            #expect(print.fitToPage && print.fitToWidth == 1 && print.fitToHeight == 0, "\(sheet.name)")
            #expect(print.header == "&LDekking: \(ReportFixtures.synthetic.manifest.name)&R&A", "\(sheet.name)")
            #expect(print.footer == "&CPagina &P van &N", "\(sheet.name)")
            let margins = try #require(print.margins)
            #expect(margins["left"] == 0.4 && margins["right"] == 0.4, "\(sheet.name)")
            #expect(margins["top"] == 0.75 && margins["bottom"] == 0.75, "\(sheet.name)")
        }
        // Headings repeat on every page: the header rows, and the columns kept at the left.
        let titles = Dictionary(uniqueKeysWithValues: book.sheets.map { ($0.name, $0.print.printTitles) })
        #expect(titles["Matrix"] == "Matrix!$A:$C,Matrix!$1:$3")
        #expect(titles["Hiaten"] == "Hiaten!$A:$A,Hiaten!$1:$1")
        #expect(titles["Overzicht"] == "Overzicht!$A:$B,Overzicht!$6:$6")
        #expect(
            titles["Kwalificatiedossier Medewerker"]
                == "'Kwalificatiedossier Medewerker'!$A:$C,'Kwalificatiedossier Medewerker'!$4:$4")
        #expect(titles["Uitleg"] != nil)
        #expect(titles["Over deze run"] == .some(nil))
    }

    @Test func aPageHeaderDoublesAmpersandsAndStaysWithinExcelsLimit() {
        #expect(XLSXSheet.header("Schuld & Zorg") == "&LSchuld && Zorg&R&A")
        let long = XLSXSheet.header(String(repeating: "&", count: 400))
        #expect(long.utf8.count <= 255 && long.hasSuffix("&R&A"))
    }

    @Test func aDocumentSheetStartsWithTheFullTitleAndTheId() throws {
        let book = try Self.book()
        let kd = ReportFixtures.kwalificatiedossier
        let sheet = try #require(book.sheet("Kwalificatiedossier Medewerker"))
        #expect(sheet.cell(0, 0).text == kd.title)
        #expect(sheet.cell(1, 0).text?.hasPrefix("Document-id \(kd.id) · Kwalificatiedossier · niveau mbo") == true)
    }

    /// Scores have the colour of their status by the run's thresholds (0.5 and 0.2 in the fixture,
    /// not those of thresholds.yaml), status words their own colour, all from ``StatusColours``.
    @Test func scoresAndStatusWordsHaveThePagesColoursByTheRunsThresholds() throws {
        let matrix = try #require(try Self.book().sheet(XLSXReport.matrixSheet))
        let first = XLSXReport.matrixHeaderRows + 1
        let scoreRules = matrix.rules.filter { $0.range.hasPrefix("D") }
        #expect(
            scoreRules.map(\.formulas) == [
                ["AND(ISNUMBER(D\(first)),D\(first)>=0.5)"], ["AND(ISNUMBER(D\(first)),D\(first)>=0.2,D\(first)<0.5)"],
                ["AND(ISNUMBER(D\(first)),D\(first)<0.2)"],
            ])
        let wordRules = matrix.rules.filter { $0.range.hasPrefix("E") }
        #expect(wordRules.map(\.formulas) == [["\"gedekt\""], ["\"deels\""], ["\"ontbreekt\""]])
        for rules in [scoreRules, wordRules] {
            for (rule, status) in zip(rules, CoverageStatus.allCases) {
                let colours = StatusColours.of(status)
                #expect(rule.fill == StatusColours.css(colours.background).dropFirst().uppercased())
                #expect(rule.font == StatusColours.css(colours.text).dropFirst().uppercased())
            }
        }
        #expect(matrix.colorScales == 0)
    }

    @Test func withoutThresholdsOnlyTheStatusWordsAreColoured() throws {
        var context = ReportFixtures.synthetic
        context.manifest.settings = [:]
        let matrix = try #require(try Self.book(context).sheet(XLSXReport.matrixSheet))
        #expect(!matrix.rules.isEmpty && matrix.rules.allSatisfy { $0.type == "cellIs" })
    }

    @Test func rowsAreTallEnoughForTheirWrappedText() throws {
        let book = try Self.book()
        let gaps = try #require(book.sheet(XLSXReport.gapsSheet))
        for row in 1..<gaps.rows.count {
            let cells = gaps.rows[row].map { cell -> XLSXCell in cell.text.map { .text($0) } ?? .empty }
            let lines =
                zip(cells, XLSXReport.gapsWidths).map { cell, width in
                    if case .text(let text, _) = cell { XLSXRowHeight.lines(text, width: width) } else { 1 }
                }.max() ?? 1
            let height = gaps.rowHeights[String(row)]
            if lines > 1 {
                #expect(height == XLSXRowHeight.lineHeight * Double(lines), "row \(row)")
            } else {
                #expect(height == nil, "row \(row)")
            }
        }
        #expect(gaps.rowHeights.count > 0)
    }

    @Test func textIsWrappedAtSpacesIntoLinesOfTheColumnsWidth() {
        #expect(XLSXRowHeight.lines("", width: 10) == 1)
        #expect(XLSXRowHeight.lines("twee woorden", width: 12) == 1)
        #expect(XLSXRowHeight.lines("twee woorden", width: 11) == 2)
        #expect(XLSXRowHeight.lines("een\ntwee\n\nvier", width: 40) == 4)
        #expect(XLSXRowHeight.lines(String(repeating: "x", count: 25), width: 10) == 3)
        #expect(XLSXRowHeight.height([.text("kort"), .number(0.5)], widths: [10, 10]) == nil)
        #expect(XLSXRowHeight.height([.text("kort"), .text("een wat langere zin")], widths: [10, 10]) == 45)
    }

    /// The Uitleg sheet explains every column of every sheet, the statuses with the run's
    /// thresholds, and how a user records a decision in Uw oordeel.
    @Test func theLegendExplainsEveryColumnStatusAndTheUsersDecision() throws {
        let context = ReportFixtures.synthetic
        let book = try Self.book(context)
        #expect(book.sheets.first?.name == XLSXReport.legendSheet)
        let legend = try #require(book.sheet(XLSXReport.legendSheet))
        let texts = legend.rows.flatMap { $0.compactMap(\.text) }
        let header = try #require(legend.rows.firstIndex { $0.compactMap(\.text) == XLSXReport.legendColumns })
        let explained = Set(
            legend.rows.dropFirst(header + 1).compactMap { row -> String? in
                guard let sheet = row.at(0).text, let column = row.at(1).text, row.at(2).text?.isEmpty == false
                else { return nil }
                return "\(sheet) · \(column)"
            })
        let tables: [(String, [String])] = [
            (XLSXReport.matrixSheet, XLSXReport.matrixColumns + XLSXReport.matrixDocumentColumns),
            (XLSXReport.gapsSheet, XLSXReport.gapsColumns),
            (XLSXReport.documentsSheet, XLSXReport.overviewDocumentColumns),
            (XLSXReport.overviewSheet, XLSXReport.overviewTableColumns),
            ("elk documentblad", XLSXReport.documentColumns),
        ]
        for (sheet, columns) in tables {
            for column in columns { #expect(explained.contains("\(sheet) · \(column)"), "\(sheet) · \(column)") }
        }
        // Only sheets of this workbook are explained.
        #expect(!explained.contains { $0.hasPrefix(XLSXReport.profileSheet) })
        for status in CoverageStatus.allCases {
            let row = try #require(legend.rows.first { $0.at(0).text == status.label })
            #expect(row.at(2).text?.isEmpty == false)
        }
        #expect(texts.contains("Score vanaf 50%, of bevestigd in Uw oordeel."))
        #expect(texts.contains("Score vanaf 20% en onder 50%."))
        let decision = try #require(texts.first { $0.hasPrefix("Typen in deze kolom verandert de uitkomst niet.") })
        #expect(decision.contains("Mappings/overrides") && decision.contains("bevestigd of afgewezen"))
    }

    @Test func theOverviewProfileColumnsAreExplainedInALargeRun() throws {
        let context = ReportFixtures.synthetic
        let meanings = XLSXReport.columnMeanings(
            ReportContext(
                result: .init(framework: context.result.framework, documents: []), framework: context.framework,
                manifest: context.manifest, overview: context.overview))
        #expect(meanings.map(\.sheet) == [XLSXReport.documentsSheet, XLSXReport.overviewSheet, XLSXReport.runSheet])
        let profile = Set(XLSXReport.overviewProfileMeanings.map(\.0))
        #expect(profile == Set(XLSXReport.overviewProfileColumns))
        #expect(Set(XLSXReport.profileMeanings.map(\.0)) == Set(XLSXReport.profileColumns))
    }
}
