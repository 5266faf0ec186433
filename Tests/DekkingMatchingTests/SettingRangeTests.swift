import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingMatching

/// Numbers from mapping files and `--set` are range-checked without trapping.
@Suite struct SettingRangeTests {
    @Test(arguments: [
        (1.0, 1), (6.0, 6), (2.6, 3), (2.5, 3), (1_000.4, 1_000), (0.6, 1),
    ])
    func wholeNumbersInRangeAreRounded(_ value: Double, _ expected: Int) {
        #expect(SettingRange.integer(value, in: 1...1_000) == expected)
    }

    @Test(arguments: [
        Double.nan, .infinity, -.infinity, 1e308, 1e19, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808, -5, 0,
        0.4,
        1_000.5, 1_001,
    ])
    func everythingElseIsRefusedWithoutATrap(_ value: Double) {
        #expect(SettingRange.integer(value, in: 1...1_000) == nil)
    }

    @Test func theWholeRangeOfIntDoesNotTrapAtItsEdge() {
        // Int.max as a Double is 2⁶³, one above Int.max: refused, not converted.
        #expect(SettingRange.integer(Double(Int.max), in: 0...Int.max) == nil)
        #expect(SettingRange.integer(Double(Int.min), in: Int.min...0) == Int.min)
    }

    @Test func numbersMustBeFiniteAndInTheirRange() {
        let unit = SettingRange.Allowed.number(0...1)
        #expect(unit.accept(0.65) == 0.65)
        #expect(unit.accept(0) == 0 && unit.accept(1) == 1)
        for value in [Double.nan, -5, 1.01, .infinity, -.infinity] { #expect(unit.accept(value) == nil) }
        #expect(SettingRange.Allowed.atLeast(0).accept(3) == 3)
        #expect(SettingRange.Allowed.atLeast(0).accept(.infinity) == nil)
        #expect(SettingRange.Allowed.above(0).accept(0) == nil && SettingRange.Allowed.above(0).accept(1e-9) == 1e-9)
        #expect(SettingRange.Allowed.below(from: 0, upTo: 1).accept(1) == nil)
        #expect(SettingRange.Allowed.below(from: 0, upTo: 1).accept(0.99) == 0.99)
        #expect(SettingRange.Allowed.whole(1...10).accept(2.6) == 3)
    }

    @Test func expectationsReadAsDutch() {
        #expect(SettingRange.expectation(1...1_000) == "een geheel getal van 1 tot en met 1000")
        #expect(SettingRange.expectation(0.0...1.0) == "een getal van 0 tot en met 1")
        #expect(SettingRange.expectation(0.0...0.5) == "een getal van 0 tot en met 0.5")
        #expect(SettingRange.Allowed.above(0).expectation == "een getal groter dan 0")
        #expect(SettingRange.Allowed.atLeast(1).expectation == "een getal van 1 of meer")
        #expect(SettingRange.Allowed.below(from: 0, upTo: 1).expectation == "een getal van 0 tot 1 (1 niet)")
    }

    @Test(arguments: ["9223372036854775807", "1e308", ".nan", ".inf", "-5", "0", "1001"])
    func aKeywordProximityOutOfRangeIsAnErrorWithItsLineAndKeepsTheDefault(_ written: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("schema: 1\nproximity: \(written)\ncompetencies: {}\n", to: "keywords.yaml")
        let (keywords, findings) = KeywordFile.load(contentsOf: file, displayPath: "keywords.yaml", competencyIDs: [])
        #expect(keywords.proximity == KeywordFile().proximity)
        #expect(
            findings.map(\.description) == [
                "keywords.yaml:2:12: fout: 'proximity' moet een geheel getal van 1 tot en met 1000 zijn"
            ])
    }

    @Test func aKeywordProximityInRangeIsUsed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("proximity: 12\ncompetencies: {}\n", to: "keywords.yaml")
        let (keywords, findings) = KeywordFile.load(contentsOf: file, displayPath: "keywords.yaml", competencyIDs: [])
        #expect(keywords.proximity == 12)
        #expect(findings.isEmpty, "\(findings)")
    }
}
