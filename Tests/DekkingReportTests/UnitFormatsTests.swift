import DekkingCore
import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

/// The units × competencies matrix of a functieboek is the same in every report: coverage.json's
/// `units`, coverage.csv's unit rows, the workbook's "Per functie" sheet, report.html's units
/// table and gaps.md's list of what each function carries, all read back from one run.
@Suite struct UnitFormatsTests {
    static let fixture = TestPaths.fixtures.appendingPathComponent("units/functieboek-wijkteam.txt")

    /// Per unit id, per competency id, its status code, as coverage.json says.
    typealias Statuses = [String: [String: String]]

    @Test func everyFormatShowsTheSameUnitsMatrix() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let result = try runDekking([
            "analyze", Self.fixture.path, "--out", dir.url.path, "--name", "boek", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let run = dir.url.appendingPathComponent("boek")

        // coverage.json
        let json = try JSONDecoder().decode(
            CoverageResult.self, from: Data(contentsOf: run.appendingPathComponent("coverage.json")))
        let document = try #require(json.documents.first)
        let units = try #require(document.units)
        #expect(units.map(\.id) == ["functie-1", "functie-2", "functie-3", "functie-4"])
        #expect(
            units.map(\.title) == ["Schuldhulpverlener", "Budgetcoach", "Medewerker receptie", "Teamleider wijkteam"])
        #expect(units.map(\.level) == ["hbo", "mbo", "mbo", "hbo"])
        var expected: Statuses = [:]
        for unit in units {
            expected[unit.id] = Dictionary(uniqueKeysWithValues: unit.competencies.map { ($0.id, $0.status.rawValue) })
        }
        // The receptionist covers nothing the others do: matched alone, it gets nothing of theirs.
        let carriedBy = { (id: String) in units.filter { expected[$0.id]?[id] == "covered" }.map(\.id) }
        let carried = document.competencies.filter { $0.status == .covered }
        #expect(!carried.isEmpty)
        #expect(carried.allSatisfy { !carriedBy($0.id).contains("functie-3") })
        // Every passage of the document names the unit it lies in; one without a unit (the
        // introduction) lies in none.
        let range = { (unit: UnitCoverage) in unit.firstSegment..<(unit.firstSegment + unit.segmentCount) }
        for evidence in document.competencies.flatMap(\.indicators).flatMap(\.evidence) {
            if let id = evidence.unit {
                let unit = try #require(units.first { $0.id == id })
                #expect(range(unit).contains(evidence.segment))
            } else {
                #expect(!units.contains { range($0).contains(evidence.segment) })
            }
        }
        #expect(document.competencies.flatMap(\.indicators).flatMap(\.evidence).contains { $0.unit != nil })
        // A competency that one unit alone carries shows that unit's passage first.
        for competency in carried where carriedBy(competency.id).count == 1 {
            let unit = carriedBy(competency.id)[0]
            #expect(competency.indicators.contains { $0.evidence.first?.unit == unit }, "\(competency.id)")
        }

        try checkCSV(run.appendingPathComponent("coverage.csv"), expected: expected)
        try checkHTML(run.appendingPathComponent("report.html"), expected: expected)
        try checkWorkbook(run.appendingPathComponent("coverage.xlsx"), units: units, expected: expected)
        try checkGaps(run.appendingPathComponent("gaps.md"), units: units, expected: expected)
    }

    private func checkCSV(_ file: URL, expected: Statuses) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let rows = CSVReader.parse(text).map(\.fields)
        let header = try #require(rows.first)
        let unit = try #require(header.firstIndex(of: "unit"))
        let competency = try #require(header.firstIndex(of: "competency"))
        let status = try #require(header.firstIndex(of: "competency_status"))
        var found: Statuses = [:]
        for row in rows.dropFirst() where !row[unit].isEmpty {
            found[row[unit], default: [:]][row[competency]] = row[status]
        }
        #expect(found == expected)
        // The document's own rows come first and name no unit.
        #expect(rows.dropFirst().prefix { $0[unit].isEmpty }.count > 0)
    }

    private func checkHTML(_ file: URL, expected: Statuses) throws {
        let html = try String(contentsOf: file, encoding: .utf8)
        let pattern = try NSRegularExpression(
            pattern:
                #"<button type="button" class="cell [^"]*" data-doc="[^"]*" data-unit="([^"]+)" data-competency="([^"]+)" data-status="([a-z]+)""#
        )
        var found: Statuses = [:]
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let value = { (n: Int) in String(html[Range(match.range(at: n), in: html)!]) }
            found[value(1), default: [:]][value(2)] = value(3)
        }
        #expect(found == expected)
    }

    private func checkWorkbook(_ file: URL, units: [UnitCoverage], expected: Statuses) throws {
        let workbook = try XLSXReadback.read(file)
        let sheet = try #require(workbook.sheets.first { $0.name.hasPrefix("Per functie") })
        // Row 1: the units' titles over their two columns; from row 4: competencies.
        #expect((0..<units.count).map { sheet.cell(0, 3 + 2 * $0).text } == units.map(\.title))
        let labels = ["gedekt": "covered", "deels": "partial", "ontbreekt": "gap"]
        var found: Statuses = [:]
        for row in 3..<sheet.rows.count {
            guard let competency = sheet.cell(row, 1).text, !competency.isEmpty else { continue }
            for (index, unit) in units.enumerated() {
                found[unit.id, default: [:]][competency] = sheet.cell(row, 4 + 2 * index).text.flatMap { labels[$0] }
            }
        }
        #expect(found == expected)
    }

    private func checkGaps(_ file: URL, units: [UnitCoverage], expected: Statuses) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        for unit in units {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("- **\(unit.title)**") })
            let covered = expected[unit.id, default: [:]].filter { $0.value == "covered" }.keys.sorted {
                $0.compare($1, options: .numeric) == .orderedAscending
            }
            if covered.isEmpty {
                #expect(line.contains("draagt geen competentie"))
            } else {
                #expect(line.contains("draagt \(covered.joined(separator: ", "))"), "\(line)")
            }
        }
        #expect(text.contains("**Rust op één functie:**"))
    }
}
