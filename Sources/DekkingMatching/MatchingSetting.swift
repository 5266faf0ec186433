import DekkingCore

/// One setting of `Mappings/thresholds.yaml`: its name in the file, the field of
/// ``MatchingConfiguration`` that holds it, and what its value may be.
///
/// ``MatchingConfiguration/all`` lists every setting once; loading the file, `--set`, the range
/// check, the run manifest and the option's help all read that list, so a new setting is one
/// field and one line there.
public struct MatchingSetting: Sendable {
    /// Where the value lives: a fractional or a whole-number field.
    public enum Field: Sendable {
        case number(WritableKeyPath<MatchingConfiguration, Double> & Sendable)
        case whole(WritableKeyPath<MatchingConfiguration, Int> & Sendable)
    }

    /// The key in thresholds.yaml and the name for `--set`.
    public let name: String
    /// The field that holds the value.
    public let field: Field
    /// What the value may be; a whole-number field always has a ``SettingRange/Allowed/whole(_:)``.
    public let allowed: SettingRange.Allowed

    /// A fractional setting.
    static func number(
        _ name: String, _ path: WritableKeyPath<MatchingConfiguration, Double> & Sendable,
        _ allowed: SettingRange.Allowed
    ) -> MatchingSetting {
        MatchingSetting(name: name, field: .number(path), allowed: allowed)
    }

    /// A whole-number setting within `range`.
    static func whole(
        _ name: String, _ path: WritableKeyPath<MatchingConfiguration, Int> & Sendable, _ range: ClosedRange<Int>
    ) -> MatchingSetting {
        MatchingSetting(name: name, field: .whole(path), allowed: .whole(range))
    }

    /// The value in `configuration`, as a `Double` (whole numbers converted exactly).
    public func value(in configuration: MatchingConfiguration) -> Double {
        switch field {
        case .number(let path): configuration[keyPath: path]
        case .whole(let path): Double(configuration[keyPath: path])
        }
    }

    /// Stores `value`, which ``allowed`` has accepted (so a whole number is integral and in range).
    func store(_ value: Double, in configuration: inout MatchingConfiguration) {
        switch field {
        case .number(let path): configuration[keyPath: path] = value
        case .whole(let path): configuration[keyPath: path] = Int(value)
        }
    }
}

extension MatchingConfiguration {
    /// Every setting of thresholds.yaml, sorted by name: the one place a setting is declared.
    public static let all: [MatchingSetting] = [
        .number("averageWindowLength", \.averageWindowLength, .above(0)),
        .number("bm25B", \.bm25B, .number(0...1)),
        .number("bm25K1", \.bm25K1, .atLeast(0)),
        .number("bm25Saturation", \.bm25Saturation, .above(0)),
        .number("complementWeightCovered", \.complementWeightCovered, .atLeast(0)),
        .number("complementWeightGap", \.complementWeightGap, .atLeast(0)),
        .number("complementWeightPartial", \.complementWeightPartial, .atLeast(0)),
        .number("compoundPartWeight", \.compoundPartWeight, .atLeast(0)),
        .number("covered", \.covered, .number(0...1)),
        .whole("derivedKeywordCount", \.derivedKeywordCount, 1...100_000),
        .number("derivedKeywordShare", \.derivedKeywordShare, .number(0...1)),
        .number("derivedKeywordWeight", \.derivedKeywordWeight, .atLeast(0)),
        .number("evidenceMinimum", \.evidenceMinimum, .number(0...1)),
        .whole("evidencePerIndicator", \.evidencePerIndicator, 0...100_000),
        .number("fieldDensity", \.fieldDensity, .above(0)),
        .number("fieldMinimumWords", \.fieldMinimumWords, .atLeast(1)),
        .whole("fieldProximity", \.fieldProximity, 1...100_000),
        .number("fieldSingleFacet", \.fieldSingleFacet, .number(0...1)),
        .number("fieldWarning", \.fieldWarning, .number(0...1)),
        .number("gapDuplicateOverlap", \.gapDuplicateOverlap, .number(0...1)),
        .whole("gapPriorityCompetencies", \.gapPriorityCompetencies, 0...100_000),
        .whole("gapPriorityIndicators", \.gapPriorityIndicators, 1...100_000),
        .number("headingWeight", \.headingWeight, .atLeast(0)),
        .number("keywordSaturation", \.keywordSaturation, .above(0)),
        .number("partial", \.partial, .number(0...1)),
        .number("restatedShare", \.restatedShare, .below(from: 0, upTo: 1)),
        .whole("semanticWindows", \.semanticWindows, 1...100_000),
        .number("similarityExponent", \.similarityExponent, .above(0)),
        .number("synonymWeight", \.synonymWeight, .atLeast(0)),
        .whole("windowSentences", \.windowSentences, 1...100_000),
    ]

    /// The setting called `name`, if there is one.
    public static func setting(named name: String) -> MatchingSetting? {
        all.first { $0.name == name }
    }
}
