import DekkingCore
import Foundation

/// The engine's weights and thresholds, read from `Mappings/thresholds.yaml`.
///
/// Every field has a default that equals the shipped file, so a missing key is not an error; an
/// unknown key is reported as a warning (it is probably a typo).
public struct MatchingConfiguration: Hashable, Sendable {
    public var covered = 0.6
    public var partial = 0.2
    public var windowSentences = 2
    public var bm25K1 = 1.2
    public var bm25B = 0.5
    public var averageWindowLength = 22.0
    public var compoundPartWeight = 0.5
    public var synonymWeight = 0.6
    public var headingWeight = 0.5
    public var similarityExponent = 0.5
    public var keywordSaturation = 2.5
    public var derivedKeywordWeight = 0.5
    public var fieldDensity = 1.0
    public var fieldSingleFacet = 0.7
    public var evidencePerIndicator = 3
    public var evidenceMinimum = 0.15
    public var semanticWindows = 12
    public var restatedShare = 0.7
    public var bm25Saturation = 1.5
    public var derivedKeywordCount = 2
    public var derivedKeywordShare = 0.6
    public var fieldProximity = 3
    public var fieldMinimumWords = 50.0
    public var fieldWarning = 0.2

    public init() {}

    /// The status of a probability: one scale for indicators, competencies, clusters and
    /// startbekwaam statements.
    public func status(_ score: Double) -> CoverageStatus {
        score >= covered ? .covered : score >= partial ? .partial : .gap
    }

    /// Every setting of thresholds.yaml, sorted by name, with what its value may be: the one place
    /// a value is range-checked, for the file and for `--set` alike.
    public static let ranges: [(name: String, allowed: SettingRange.Allowed)] = [
        ("averageWindowLength", .above(0)),
        ("bm25B", .number(0...1)),
        ("bm25K1", .atLeast(0)),
        ("bm25Saturation", .above(0)),
        ("compoundPartWeight", .atLeast(0)),
        ("covered", .number(0...1)),
        ("derivedKeywordCount", .whole(1...100_000)),
        ("derivedKeywordShare", .number(0...1)),
        ("derivedKeywordWeight", .atLeast(0)),
        ("evidenceMinimum", .number(0...1)),
        ("evidencePerIndicator", .whole(0...100_000)),
        ("fieldDensity", .above(0)),
        ("fieldMinimumWords", .atLeast(1)),
        ("fieldProximity", .whole(1...100_000)),
        ("fieldSingleFacet", .number(0...1)),
        ("fieldWarning", .number(0...1)),
        ("headingWeight", .atLeast(0)),
        ("keywordSaturation", .above(0)),
        ("partial", .number(0...1)),
        ("restatedShare", .below(from: 0, upTo: 1)),
        ("semanticWindows", .whole(1...100_000)),
        ("similarityExponent", .above(0)),
        ("synonymWeight", .atLeast(0)),
        ("windowSentences", .whole(1...100_000)),
    ]

    /// The names of all settings, as in thresholds.yaml, sorted.
    public static let names: [String] = ranges.map(\.name)

    /// A value for a setting that cannot be used.
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        /// No setting has this name.
        case unknown(String)
        /// The value is outside what the setting allows (NaN and infinities included).
        case outOfRange(name: String, value: Double, allowed: SettingRange.Allowed)

        public var description: String {
            switch self {
            case .unknown(let name): "onbekende instelling '\(name)'"
            case .outOfRange(let name, let value, let allowed):
                "'\(name)' moet \(allowed.expectation) zijn, niet \(SettingRange.written(value))"
            }
        }
    }

    /// `value` as setting `name` will hold it (whole numbers rounded), when the setting exists and
    /// allows it. Values from thresholds.yaml and from `--set` both pass here.
    public static func checked(_ name: String, _ value: Double) throws(Refusal) -> Double {
        guard let allowed = ranges.first(where: { $0.name == name })?.allowed else { throw .unknown(name) }
        guard let accepted = allowed.accept(value) else {
            throw .outOfRange(name: name, value: value, allowed: allowed)
        }
        return accepted
    }

    /// Sets the value named `name` (a key of thresholds.yaml) after ``checked(_:_:)``; a refused
    /// value leaves the configuration as it was.
    public mutating func set(_ name: String, to value: Double) throws(Refusal) {
        let value = try Self.checked(name, value)
        switch name {
        case "covered": covered = value
        case "partial": partial = value
        case "windowSentences": windowSentences = Int(value)
        case "bm25K1": bm25K1 = value
        case "bm25B": bm25B = value
        case "averageWindowLength": averageWindowLength = value
        case "compoundPartWeight": compoundPartWeight = value
        case "synonymWeight": synonymWeight = value
        case "headingWeight": headingWeight = value
        case "similarityExponent": similarityExponent = value
        case "keywordSaturation": keywordSaturation = value
        case "derivedKeywordWeight": derivedKeywordWeight = value
        case "fieldDensity": fieldDensity = value
        case "fieldSingleFacet": fieldSingleFacet = value
        case "evidencePerIndicator": evidencePerIndicator = Int(value)
        case "evidenceMinimum": evidenceMinimum = value
        case "semanticWindows": semanticWindows = Int(value)
        case "restatedShare": restatedShare = value
        case "bm25Saturation": bm25Saturation = value
        case "derivedKeywordCount": derivedKeywordCount = Int(value)
        case "derivedKeywordShare": derivedKeywordShare = value
        case "fieldProximity": fieldProximity = Int(value)
        case "fieldMinimumWords": fieldMinimumWords = value
        case "fieldWarning": fieldWarning = value
        default: throw .unknown(name)
        }
    }

    /// The value named `name`, for messages and the run manifest.
    public func value(_ name: String) -> Double? {
        switch name {
        case "covered": covered
        case "partial": partial
        case "windowSentences": Double(windowSentences)
        case "bm25K1": bm25K1
        case "bm25B": bm25B
        case "averageWindowLength": averageWindowLength
        case "compoundPartWeight": compoundPartWeight
        case "synonymWeight": synonymWeight
        case "headingWeight": headingWeight
        case "similarityExponent": similarityExponent
        case "keywordSaturation": keywordSaturation
        case "derivedKeywordWeight": derivedKeywordWeight
        case "fieldDensity": fieldDensity
        case "fieldSingleFacet": fieldSingleFacet
        case "evidencePerIndicator": Double(evidencePerIndicator)
        case "evidenceMinimum": evidenceMinimum
        case "semanticWindows": Double(semanticWindows)
        case "restatedShare": restatedShare
        case "bm25Saturation": bm25Saturation
        case "derivedKeywordCount": Double(derivedKeywordCount)
        case "derivedKeywordShare": derivedKeywordShare
        case "fieldProximity": Double(fieldProximity)
        case "fieldMinimumWords": fieldMinimumWords
        case "fieldWarning": fieldWarning
        default: nil
        }
    }

    /// Every setting by name, sorted, for run manifests.
    public var settings: [(name: String, value: Double)] {
        Self.names.compactMap { name in value(name).map { (name, $0) } }
    }

    /// Reads `url`; problems are findings, and the configuration keeps defaults where values are bad.
    public static func load(contentsOf url: URL, displayPath: String) -> (MatchingConfiguration, [Finding]) {
        let reader = YAMLFileReader(file: displayPath)
        var configuration = MatchingConfiguration()
        guard let root = reader.parse(contentsOf: url), let map = reader.mapping(root, "het drempelbestand") else {
            return (configuration, reader.findings)
        }
        for (keyNode, valueNode) in map {
            guard let name = keyNode.string, name != "schema" else { continue }
            guard names.contains(name) else {
                reader.warning(keyNode, "onbekende instelling '\(name)' wordt genegeerd")
                continue
            }
            guard let value = valueNode.float ?? valueNode.int.map(Double.init) else {
                reader.error(valueNode, "'\(name)' moet een getal zijn")
                continue
            }
            do {
                try configuration.set(name, to: value)
            } catch {
                reader.error(valueNode, error.description)
            }
        }
        for problem in configuration.problems { reader.error(nil, problem) }
        return (configuration, reader.findings)
    }

    /// Values outside their range (possible when a field is assigned directly) and contradictions
    /// between values, such as a partial threshold above the covered one.
    public var problems: [String] {
        var list: [String] = []
        for (name, allowed) in Self.ranges {
            guard let value = value(name), allowed.accept(value) == nil else { continue }
            list.append(Refusal.outOfRange(name: name, value: value, allowed: allowed).description)
        }
        if partial > covered { list.append("drempels moeten voldoen aan 0 ≤ partial ≤ covered ≤ 1") }
        return list
    }
}
