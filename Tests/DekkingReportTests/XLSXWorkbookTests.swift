import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The libxlsxwriter wrapper turns every failure into a typed error and never touches a closed workbook.
@Suite struct XLSXWorkbookTests {
    @Test func anUnwritablePathIsATypedErrorNotACrash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.url.appendingPathComponent("bestaat-niet/map/coverage.xlsx").path
        let workbook = try XLSXWorkbook(path: path)
        let sheet = try workbook.addSheet(named: "Blad")
        try sheet.write("tekst", row: 0, column: 0)
        // libxlsxwriter's own "[ERROR] workbook_close(): Error creating …" must not reach stderr.
        let captured = directory.url.appendingPathComponent("stderr.txt").path
        let saved = dup(2)
        let file = open(captured, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        dup2(file, 2)
        #expect {
            try workbook.close()
        } throws: { error in
            guard case .cannotWrite(let failed, let reason) = error as? XLSXError else { return false }
            return failed == path && reason.hasPrefix("de map bestaat niet")
        }
        dup2(saved, 2)
        close(saved)
        close(file)
        let printed = try String(contentsOfFile: captured, encoding: .utf8)
        #expect(!printed.contains("[ERROR]"), "\(printed)")
        #expect(!workbook.isOpen)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aClosedWorkbookRefusesFurtherUse() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let workbook = try XLSXWorkbook(path: directory.url.appendingPathComponent("a.xlsx").path)
        let sheet = try workbook.addSheet(named: "Blad")
        let format = try workbook.addFormat(XLSXStyle(bold: true))
        try workbook.close()
        #expect(throws: XLSXError.workbookClosed(operation: "workbook_close")) { try workbook.close() }
        #expect(throws: XLSXError.workbookClosed(operation: "worksheet_write_string")) {
            try sheet.write("te laat", row: 0, column: 0, format: format)
        }
        #expect(throws: XLSXError.workbookClosed(operation: "workbook_add_worksheet")) {
            _ = try workbook.addSheet(named: "Nog een")
        }
    }

    @Test func invalidSheetNamesAndCellsAreTypedErrors() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let workbook = try XLSXWorkbook(path: directory.url.appendingPathComponent("b.xlsx").path)
        _ = try workbook.addSheet(named: "Blad")
        #expect { _ = try workbook.addSheet(named: "blad") } throws: { error in
            guard case .libraryCall(let operation, _, _) = error as? XLSXError else { return false }
            return operation.contains("workbook_validate_sheet_name")
        }
        #expect { _ = try workbook.addSheet(named: "a/b") } throws: { error in
            if case .libraryCall = error as? XLSXError { return true } else { return false }
        }
        let sheet = try workbook.addSheet(named: "Goed")
        #expect(throws: XLSXError.cellOutOfRange(operation: "worksheet_write_number", row: -1, column: 0)) {
            try sheet.write(1, row: -1, column: 0)
        }
        #expect(throws: XLSXError.cellOutOfRange(operation: "worksheet_write_string", row: 0, column: 16_384)) {
            try sheet.write("x", row: 0, column: 16_384)
        }
    }

    @Test func aFormatOfAnotherWorkbookIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let first = try XLSXWorkbook(path: directory.url.appendingPathComponent("c.xlsx").path)
        let second = try XLSXWorkbook(path: directory.url.appendingPathComponent("d.xlsx").path)
        let format = try first.addFormat(XLSXStyle(italic: true))
        let sheet = try second.addSheet(named: "Blad")
        #expect { try sheet.write("x", row: 0, column: 0, format: format) } throws: { error in
            if case .libraryCall(let operation, _, _) = error as? XLSXError {
                return operation == "worksheet_write_string"
            }
            return false
        }
    }

    @Test func theReportLeavesNoFileBehindWhenItCannotBeWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        // A file where the folder should be: the folder cannot be created.
        try directory.write("geen map", to: "bezet")
        let target = directory.url.appendingPathComponent("bezet/coverage.xlsx")
        #expect { try XLSXReport.write(ReportFixtures.synthetic, to: target) } throws: { error in
            if case .cannotWrite = error as? XLSXError { return true } else { return false }
        }
        // The target is a folder: the finished temporary file cannot be renamed over it.
        let occupied = directory.url.appendingPathComponent("coverage.xlsx")
        try FileManager.default.createDirectory(
            at: occupied.appendingPathComponent("inhoud"), withIntermediateDirectories: true)
        #expect { try XLSXReport.write(ReportFixtures.synthetic, to: occupied) } throws: { error in
            if case .cannotWrite = error as? XLSXError { return true } else { return false }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(left == ["bezet", "coverage.xlsx"])
    }

    @Test func theSameContextGivesTheSameWorkbook() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let first = directory.url.appendingPathComponent("1/coverage.xlsx")
        let second = directory.url.appendingPathComponent("2/coverage.xlsx")
        try XLSXReport.write(ReportFixtures.synthetic, to: first)
        try XLSXReport.write(ReportFixtures.synthetic, to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: first.deletingLastPathComponent().path) == [
                "coverage.xlsx"
            ])
    }
}
