import DekkingTestSupport
import Foundation
import Testing

/// A workbook as read back by `scripts/xlsx_readback.py`, a reader independent of libxlsxwriter.
struct XLSXReadback: Decodable {
    struct Sheet: Decodable {
        var name: String
        var rows: [[Cell]]
        var conditionalFormatting: Int
        var colorScales: Int
        var frozen: Frozen?
        var autofilter: String?
        var outlineLevels: [String: Int]
        /// 0-based row → its height in points, for rows with a height of their own.
        var rowHeights: [String: Double]
        var merged: [String]
        var rules: [Rule]
        var print: Print

        enum CodingKeys: String, CodingKey {
            case name, rows, frozen, autofilter, merged, rules, print
            case conditionalFormatting = "conditional_formatting"
            case colorScales = "color_scales"
            case outlineLevels = "outline_levels"
            case rowHeights = "row_heights"
        }

        /// The cell at 0-based `row` and `column`, `.empty` outside the written range.
        func cell(_ row: Int, _ column: Int) -> Cell {
            guard row < rows.count, column < rows[row].count else { return .empty }
            return rows[row][column]
        }
    }

    /// A conditional formatting rule: its type (`cellIs`, `expression`, …), range, formulas and
    /// the fill and font colour (`RRGGBB`) of its format.
    struct Rule: Decodable, Equatable {
        var type: String
        var range: String
        var formulas: [String]
        var fill: String?
        var font: String?
    }

    /// A sheet's page setup.
    struct Print: Decodable, Equatable {
        var orientation: String
        var paperSize: Int
        var fitToPage: Bool
        var fitToWidth: Int
        var fitToHeight: Int
        var header: String?
        var footer: String?
        var margins: [String: Double]?
        var printTitles: String?

        enum CodingKeys: String, CodingKey {
            case orientation, header, footer, margins
            case paperSize = "paper_size"
            case fitToPage = "fit_to_page"
            case fitToWidth = "fit_to_width"
            case fitToHeight = "fit_to_height"
            case printTitles = "print_titles"
        }
    }

    struct Frozen: Decodable, Equatable {
        var rows: Int
        var columns: Int
    }

    enum Cell: Decodable, Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)
        case empty

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .empty
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        var text: String? { if case .text(let text) = self { text } else { nil } }
        var number: Double? { if case .number(let number) = self { number } else { nil } }
    }

    var sheets: [Sheet]

    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    /// Reads `file` with `python3 scripts/xlsx_readback.py`.
    static func read(_ file: URL) throws -> XLSXReadback {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestPaths.root.appendingPathComponent("scripts/xlsx_readback.py").path, file.path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0,
            "xlsx_readback.py failed: \(String(decoding: errors, as: UTF8.self))")
        return try JSONDecoder().decode(XLSXReadback.self, from: data)
    }
}
