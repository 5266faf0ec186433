import Foundation
import Testing

@testable import DekkingReport

/// RFC 4180 quoting, the byte order mark, number formats and the layout of both CSV files.
@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("zeg \"ja\"", "\"zeg \"\"ja\"\"\""),
        ("\"", "\"\"\"\""),
        ("regel 1\nregel 2", "\"regel 1\nregel 2\""),
        ("cr\rhier", "\"cr\rhier\""),
        (" spatie voor", "\" spatie voor\""),
        ("financiële › cliënt", "financiële › cliënt"),
    ])
    func fieldsAreQuotedOnlyWhenNeeded(field: String, expected: String) {
        #expect(CSVWriter.quoted(field) == expected)
    }

    @Test func recordsEndInCRLFAndTheByteOrderMarkIsOptional() {
        var writer = CSVWriter()
        writer.append(["a", "b,c"])
        writer.append(["é", ""])
        let plain = writer.data()
        #expect(String(decoding: plain, as: UTF8.self) == "a,\"b,c\"\r\né,\r\n")
        var markedWriter = CSVWriter(dialect: .rfc4180.withByteOrderMark)
        markedWriter.append(["a", "b,c"])
        markedWriter.append(["é", ""])
        let marked = markedWriter.data()
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(marked.dropFirst(3) == plain)
    }

    /// Excel set to Dutch: a semicolon between fields, so a comma needs no quotes but a semicolon does.
    @Test(arguments: [("a,b", "a,b"), ("a;b", "\"a;b\""), ("zeg \"ja\"", "\"zeg \"\"ja\"\"\""), ("0,5", "0,5")])
    func excelNLQuotesTheSemicolon(field: String, expected: String) {
        #expect(CSVWriter.quoted(field, dialect: .excelNL) == expected)
        var writer = CSVWriter(dialect: .excelNL)
        writer.append(["x", field])
        #expect(String(decoding: writer.data().dropFirst(3), as: UTF8.self) == "x;\(expected)\r\n")
    }

    @Test(arguments: [(0.2346, "0,2346"), (1.0, "1,0000"), (-0.5, "-0,5000"), (Double.nan, "")])
    func excelNLWritesADecimalComma(value: Double, expected: String) {
        #expect(CSVDialect.excelNL.score(value) == expected)
        #expect(CSVDialect.rfc4180.score(value) == NumberFormat.fixed4(value))
    }

    @Test func dialectsAreFoundByTheirCommandLineName() {
        #expect(CSVDialect.named("rfc4180") == .rfc4180)
        #expect(CSVDialect.named("excel-nl") == .excelNL)
        #expect(CSVDialect.named("excel") == nil)
        #expect(CSVDialect.excelNL.byteOrderMark && !CSVDialect.rfc4180.byteOrderMark)
    }

    /// Both dialects hold the same table: only separators, decimal marks and the BOM differ.
    @Test func bothDialectsHoldTheSameCells() throws {
        let writers: [(ReportContext, CSVDialect) -> Data] = [CoverageCSV.long, CoverageCSV.matrix]
        for write in writers {
            let plain = try parse(write(ReportFixtures.synthetic, .rfc4180))
            let dutch = try parse(write(ReportFixtures.synthetic, .excelNL), separator: ";")
            #expect(dutch.count == plain.count && dutch.count > 3)
            let decimal = #/^-?\d+,\d{4}$/#
            let asPoints = dutch.map { row in
                row.map { $0.wholeMatch(of: decimal) != nil ? $0.replacingOccurrences(of: ",", with: ".") : $0 }
            }
            #expect(asPoints == plain)
            #expect(dutch.joined().contains { $0.wholeMatch(of: decimal) != nil })
        }
    }

    @Test func theLongFileStartsWithABOMOnlyWhenAsked() {
        let withBOM = CoverageCSV.long(ReportFixtures.synthetic, dialect: .rfc4180.withByteOrderMark)
        let without = CoverageCSV.long(ReportFixtures.synthetic, dialect: .rfc4180)
        #expect(Array(withBOM.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(without.first == UInt8(ascii: "d"))
        #expect(withBOM.dropFirst(3) == without)
        let matrix = CoverageCSV.matrix(ReportFixtures.synthetic, dialect: .rfc4180.withByteOrderMark)
        #expect(Array(matrix.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        (0.0, "0.0000"), (1.0, "1.0000"), (0.23456, "0.2346"), (0.04999, "0.0500"), (0.33335, "0.3334"),
        (-0.00001, "0.0000"), (-0.5, "-0.5000"), (12.5, "12.5000"), (Double.nan, ""),
    ])
    func scoresHaveFourDecimalsAndAPoint(value: Double, expected: String) {
        #expect(NumberFormat.fixed4(value) == expected)
    }

    @Test func excerptsAreOneLineAndAtMost300Characters() {
        let long = String(repeating: "woord ", count: 100) + "\n\teinde"
        let excerpt = Excerpt.of(long)
        #expect(excerpt.count <= 300)
        #expect(excerpt.hasSuffix("…"))
        #expect(!excerpt.contains("\n") && !excerpt.contains("  "))
        #expect(Excerpt.of("kort\n  stuk") == "kort stuk")
        let oneWord = String(repeating: "x", count: 400)
        #expect(Excerpt.of(oneWord).count == 300)
    }

    /// Texts that are already one short line are returned as they are; every text gives what the
    /// definition (white space collapsed, then cut) gives.
    @Test func excerptsOfShortTextsFollowTheDefinition() {
        let pieces = [
            "kort", "cliënt", " ", "  ", "\n", "\t", "\u{A0}", "\u{2009}", "\u{3000}", "e\u{301}", " \u{301}", "é", "-",
            "\r\n",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let limit = Int.random(in: 4...40, using: &generator)
            if line.count <= limit {
                #expect(Excerpt.of(text, limit: limit) == line, "\(Array(text.unicodeScalars))")
            } else {
                #expect(Excerpt.of(text, limit: limit).hasSuffix("…"))
            }
        }
        #expect(Excerpt.of("al één regel") == "al één regel")
        #expect(Excerpt.of(" rand ") == "rand" && Excerpt.of("a\u{A0}b") == "a b")
    }

    @Test func theLongFileHasOneRowPerDocumentAndIndicator() throws {
        let context = ReportFixtures.synthetic
        let rows = try parse(CoverageCSV.long(context, dialect: .rfc4180))
        #expect(rows.first == CoverageCSV.longColumns)
        let indicators = context.result.documents.flatMap { $0.competencies.flatMap(\.indicators) }
        #expect(rows.count == 1 + indicators.count)
        #expect(rows.dropFirst().allSatisfy { $0.count == CoverageCSV.longColumns.count })
        let column = Dictionary(uniqueKeysWithValues: CoverageCSV.longColumns.enumerated().map { ($1, $0) })
        let confirmed = try #require(rows.first { $0[column["indicator"] ?? 0] == "1.1-mbo-1" })
        #expect(confirmed[column["override"] ?? 0] == "confirmed")
        #expect(confirmed[column["override_note"] ?? 0] == "Bevestigd door team, zie werkproces \"B1-K1-W1\", p. 12")
        #expect(confirmed[column["evidence_page"] ?? 0] == "12")
        #expect(confirmed[column["evidence_heading_path"] ?? 0] == "Kerntaak 1 › Werkproces 1: Legt contact")
        #expect(confirmed[column["indicator_score"] ?? 0] == "0.7200")
        #expect(confirmed[column["level"] ?? 0] == "mbo")
        #expect(confirmed[column["indicator_status"] ?? 0] == "covered")
        #expect(confirmed[column["indicator_status_nl"] ?? 0] == "gedekt")
        let statuses = Set(
            rows.dropFirst().map { [$0[column["competency_status"] ?? 0], $0[column["competency_status_nl"] ?? 0]] })
        #expect(statuses.count > 1)
        #expect(statuses.isSubset(of: [["covered", "gedekt"], ["partial", "deels"], ["gap", "ontbreekt"]]))
        let unleveled = try #require(rows.first { $0[column["document"] ?? 0] == "functie budgetcoach" })
        #expect(unleveled[column["level"] ?? 0] == "")
        #expect(unleveled[column["title"] ?? 0] == "Functieboek \"Sociaal werk\", functie Budgetcoach")
        let excerpts = rows.dropFirst().map { $0[column["evidence_excerpt"] ?? 0] }
        #expect(excerpts.allSatisfy { $0.count <= 300 && !$0.contains("\n") })
    }

    @Test func theMatrixHasAClusterRowAboveItsCompetencies() throws {
        let rows = try parse(CoverageCSV.matrix(ReportFixtures.synthetic, dialect: .rfc4180))
        #expect(
            rows.first == CoverageCSV.matrixColumns + [
                "kd-financiële-dienstverlening_status", "kd-financiële-dienstverlening_score",
                "functie budgetcoach_status", "functie budgetcoach_score",
            ])
        #expect(rows[0].prefix(5) == ["rij", "cluster", "clustertitel", "competentie", "competentietitel"])
        #expect(rows.dropFirst().map { $0[0] } == ["cluster", "competentie", "competentie", "cluster", "competentie"])
        #expect(rows[1] == ["cluster", "1", "Contact maken", "", "", "deels", "0.4125", "ontbreekt", "0.0500"])
        #expect(
            rows[3].prefix(7) == [
                "competentie", "1", "Contact maken", "1.2", "Communiceert passend, helder en transparant", "ontbreekt",
                "0.2250",
            ])
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    /// A strict RFC 4180 reader for the tests (CRLF records, quoted fields).
    private func parse(_ data: Data, separator: Unicode.Scalar = ",") throws -> [[String]] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = String(decoding: data.starts(with: bom) ? data.dropFirst(3) : data, as: UTF8.self)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == separator {
                row.append(field)
                field = ""
            } else if scalar == "\r" {
                let next = iterator.next()
                try #require(next == "\n", "a bare CR outside quotes")
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                try #require(scalar != "\n", "a bare LF outside quotes")
                field.unicodeScalars.append(scalar)
            }
        }
        try #require(row.isEmpty && field.isEmpty && !quoted, "the file must end with CRLF")
        return rows
    }
}
