import DekkingCore
import DekkingModel
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
    /// How many competencies a document's "Eerst aanpakken" lists at most (gaps.md, report.html).
    public var gapPriorityCompetencies = 6
    /// How many indicators "Eerst aanpakken" proposes per competency at most.
    public var gapPriorityIndicators = 2
    /// Two indicators whose texts share at least this share of their words (Jaccard) are near
    /// duplicates: "Eerst aanpakken" proposes only the first of them.
    public var gapDuplicateOverlap = 0.6
    /// `dekking complement`: the weight of a missing indicator of a competency the target misses
    /// (ontbreekt), of one that it covers in part (deels), and of one that it covers (gedekt).
    public var complementWeightGap = 1.0
    public var complementWeightPartial = 0.5
    public var complementWeightCovered = 0.25

    public init() {}

    /// The status of a probability: one scale for indicators, competencies, clusters and
    /// startbekwaam statements.
    public func status(_ score: Double) -> CoverageStatus {
        score >= covered ? .covered : score >= partial ? .partial : .gap
    }

    /// The names of all settings, as in thresholds.yaml, sorted.
    public static let names: [String] = all.map(\.name)

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
        guard let allowed = setting(named: name)?.allowed else { throw .unknown(name) }
        guard let accepted = allowed.accept(value) else {
            throw .outOfRange(name: name, value: value, allowed: allowed)
        }
        return accepted
    }

    /// Sets the value named `name` (a key of thresholds.yaml) after ``checked(_:_:)``; a refused
    /// value leaves the configuration as it was.
    public mutating func set(_ name: String, to value: Double) throws(Refusal) {
        let value = try Self.checked(name, value)
        guard let setting = Self.setting(named: name) else { throw .unknown(name) }
        setting.store(value, in: &self)
    }

    /// The value named `name`, for messages and the run manifest.
    public func value(_ name: String) -> Double? {
        Self.setting(named: name)?.value(in: self)
    }

    /// Every setting by name, sorted, for run manifests.
    public var settings: [(name: String, value: Double)] {
        Self.all.map { ($0.name, $0.value(in: self)) }
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
        for setting in Self.all {
            let value = setting.value(in: self)
            guard setting.allowed.accept(value) == nil else { continue }
            list.append(Refusal.outOfRange(name: setting.name, value: value, allowed: setting.allowed).description)
        }
        if partial > covered { list.append("drempels moeten voldoen aan 0 ≤ partial ≤ covered ≤ 1") }
        if complementWeightCovered > complementWeightPartial || complementWeightPartial > complementWeightGap {
            list.append(
                "gewichten voor aanvullen moeten voldoen aan complementWeightCovered ≤ complementWeightPartial ≤ complementWeightGap"
            )
        }
        return list
    }
}
