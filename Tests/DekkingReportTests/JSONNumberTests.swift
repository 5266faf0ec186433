import DekkingTestSupport
import Testing

@testable import DekkingReport

/// Scores are written without formatting a Double where that gives the same text.
@Suite struct JSONNumberTests {
    /// Every score a report can hold in (0, 1), rounded to 4 decimals as the engine rounds them,
    /// is written exactly as Swift's shortest round-trip description.
    @Test func fourDecimalScoresMatchSwiftsDescription() {
        var mismatches: [Int] = []
        for k in 1..<10_000 {
            let score = (Double(k) / 10_000 * 10_000).rounded() / 10_000
            guard let fast = CoverageJSONWriter.fourDecimals(score) else {
                mismatches.append(k)
                continue
            }
            if String(decoding: fast, as: UTF8.self) != "\(score)" { mismatches.append(k) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func otherValuesAreLeftToTheGeneralPath() {
        #expect(CoverageJSONWriter.fourDecimals(0) == nil)
        #expect(CoverageJSONWriter.fourDecimals(1) == nil)
        #expect(CoverageJSONWriter.fourDecimals(0.123_45) == nil)
        #expect(CoverageJSONWriter.fourDecimals(-0.5) == nil)
        #expect(CoverageJSONWriter.fourDecimals(0.5).map { String(decoding: $0, as: UTF8.self) } == "0.5")
    }

    /// Integers are written digit by digit exactly as `String(_:)` writes them.
    @Test(arguments: [
        0, 1, 9, 10, 11, 99, 100, 101, 1_000, 65_535, 1_000_000_007, -1, -10, -99, Int.max, Int.min, Int.max / 10,
    ])
    func integersMatchString(_ value: Int) {
        var bytes: [UInt8] = [UInt8(ascii: "x")]
        CoverageJSONWriter.appendDecimal(value, to: &bytes)
        #expect(String(decoding: bytes.dropFirst(), as: UTF8.self) == String(value))
    }

    @Test func integersMatchStringOverAWideRange() {
        var generator = SplitMix(seed: 2_021)
        var mismatches: [Int] = []
        for _ in 0..<20_000 {
            let value =
                Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator)
            var bytes: [UInt8] = []
            CoverageJSONWriter.appendDecimal(value, to: &bytes)
            if String(decoding: bytes, as: UTF8.self) != String(value) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }
}
