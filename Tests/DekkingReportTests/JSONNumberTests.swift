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
}
