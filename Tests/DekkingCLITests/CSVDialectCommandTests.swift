import DekkingTestSupport
import Foundation
import Testing

/// `--csv-dialect excel-nl`: the CSV files as Excel set to Dutch opens them, read back with
/// Python's `csv` module and a `;` delimiter.
@Suite(.serialized) struct CSVDialectCommandTests {
    /// Reads `matrix.csv` and `coverage.csv` of a run folder with `csv.reader(delimiter=";")` and
    /// prints what the test checks as JSON.
    private static let reader = #"""
        import csv, json, sys
        folder, = sys.argv[1:]
        out = {}
        for name in ("matrix.csv", "coverage.csv"):
            raw = open(f"{folder}/{name}", "rb").read()
            with open(f"{folder}/{name}", encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, delimiter=";"))
            header = rows[0]
            scores = [i for i, h in enumerate(header) if h.endswith("score")]
            values = [row[i] for row in rows[1:] for i in scores if row[i]]
            out[name] = {
                "bom": raw.startswith(b"\xef\xbb\xbf"),
                "header": header,
                "widths": sorted({len(row) for row in rows}),
                "rows": len(rows) - 1,
                "scores": len(values),
                "decimalCommas": sum(1 for v in values if "," in v and "." not in v),
                "numbers": sum(1 for v in values if 0 <= float(v.replace(",", ".")) <= 1),
                "firstRow": rows[1],
            }
        print(json.dumps(out))
        """#

    private func readBack(_ folder: String) throws -> [String: [String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.reader, folder]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 could not read the files back")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    }

    @Test func excelNLIsReadBackWithSemicolonsAndDecimalCommas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let run = try runDekking([
            "analyze", "Inputs", "--out", dir.url.path, "--name", "nl", "--csv-dialect", "excel-nl", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try readBack(dir.url.appendingPathComponent("nl").path)
        let matrix = try #require(files["matrix.csv"])
        #expect(matrix["bom"] as? Bool == true)
        #expect((matrix["header"] as? [String])?.prefix(3) == ["rij", "cluster", "clustertitel"])
        #expect((matrix["widths"] as? [Int])?.count == 1, "every row has as many fields as the header")
        #expect((matrix["firstRow"] as? [String])?.first == "cluster")
        let coverage = try #require(files["coverage.csv"])
        #expect(coverage["bom"] as? Bool == true)
        #expect(
            (coverage["header"] as? [String])?.suffix(7)
                == [
                    "competency_status_nl", "indicator_status_nl", "competency_override", "competency_override_note",
                    "unit", "unit_title", "evidence_unit",
                ])
        #expect((coverage["widths"] as? [Int]) == [(coverage["header"] as? [String])?.count ?? -1])
        for file in [matrix, coverage] {
            let scores = try #require(file["scores"] as? Int)
            #expect(scores > 100)
            #expect(file["decimalCommas"] as? Int == scores, "every score has a decimal comma")
            #expect(file["numbers"] as? Int == scores, "every score reads as a number from 0 to 1")
        }
    }

    @Test func theDefaultIsRFC4180AndAnUnknownDialectIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let run = try runDekking(["analyze", "Inputs", "--out", dir.url.path, "--name", "rfc", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let matrix = try Data(contentsOf: dir.url.appendingPathComponent("rfc/matrix.csv"))
        #expect(matrix.starts(with: Array("rij,cluster,clustertitel,".utf8)))
        #expect(String(decoding: matrix, as: UTF8.self).contains(",0."))
        let refused = try runDekking(["analyze", "Inputs", "--out", dir.url.path, "--csv-dialect", "excel"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("onbekend CSV-dialect 'excel'; kies uit: rfc4180, excel-nl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["rfc"])
    }
}
