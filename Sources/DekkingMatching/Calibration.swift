import DekkingCore
import DekkingModel
import Foundation
import Yams

extension Signals {
    /// The signals in the order of ``CalibrationModel/features``.
    var vector: [Double] { [lexical, title, keyword, semantic, fieldGap, genericGap, restated] }
}

/// One logistic model: probability = σ(intercept + Σ weight × signal).
public struct LogisticModel: Hashable, Sendable {
    public var intercept: Double
    /// Weights in the order of ``CalibrationModel/features``.
    public var weights: [Double]

    public init(intercept: Double, weights: [Double]) {
        self.intercept = intercept
        self.weights = weights
    }

    /// The linear score (log-odds) of `signals`.
    public func linear(_ signals: Signals) -> Double {
        var z = intercept
        for (w, x) in zip(weights, signals.vector) { z += w * x }
        return z
    }

    /// The probability that a text with `signals` is addressed.
    public func probability(_ signals: Signals) -> Double { 1 / (1 + exp(-linear(signals))) }

    /// Each signal's part of the linear score, in the order of ``CalibrationModel/features``:
    /// its name, its value, its weight and their product (what `explain` shows).
    public func contributions(_ signals: Signals) -> [(name: String, value: Double, weight: Double, part: Double)] {
        zip(CalibrationModel.features, zip(signals.vector, weights)).map { name, pair in
            (name, pair.0, pair.1, pair.0 * pair.1)
        }
    }
}

/// The fitted combination of the signals, read from `Mappings/calibration.yaml` (written by
/// `scripts/fit_calibration.py`): one model for runs with the semantic layer and one without it.
///
/// The evidence weights (lexical, title, keyword, semantic, restated) are never negative, so an
/// indicator's probability never exceeds its competency's: a competency is addressed when a text
/// expresses the substance of at least one indicator, the framework's own rule.
public struct CalibrationModel: Hashable, Sendable {
    /// The signal names, in the order of every model's weights.
    public static let features = ["lexical", "title", "keyword", "semantic", "fieldGap", "genericGap", "restated"]

    /// What each signal means, in Dutch, for `explain` and the reports.
    public static let labels: [String: String] = [
        "lexical": "gedeelde woorden met de beste indicator",
        "title": "gedeelde woorden met de titel van de competentie",
        "keyword": "kernwoorden van de competentie",
        "semantic": "betekenis (zinsencoder), vergeleken met de andere competenties",
        "fieldGap": "buiten het vakgebied (vakspecifiek deel)",
        "genericGap": "buiten het vakgebied (algemeen deel)",
        "restated": "indicator vrijwel letterlijk herhaald",
    ]

    public var lexical: LogisticModel
    public var semantic: LogisticModel

    /// The shipped fit; used when the file is missing (a framework folder of one's own).
    public static let standard = CalibrationModel(
        lexical: LogisticModel(intercept: -6, weights: [3.5, 4, 6, 0, -3, -0.2, 5]),
        semantic: LogisticModel(intercept: -6, weights: [3.5, 4, 6, 0.3, -3, -0.2, 5]))

    public init(lexical: LogisticModel, semantic: LogisticModel) {
        self.lexical = lexical
        self.semantic = semantic
    }

    /// The model for a run with or without the semantic layer.
    public func model(semantic useSemantic: Bool) -> LogisticModel { useSemantic ? semantic : lexical }

    /// Reads `url`. Every model must give a finite intercept and one finite weight per feature,
    /// by name; problems are findings, and the standard fit is kept where a model is unusable.
    public static func load(contentsOf url: URL, displayPath: String) -> (CalibrationModel, [Finding]) {
        let reader = YAMLFileReader(file: displayPath)
        var model = CalibrationModel.standard
        guard let root = reader.parse(contentsOf: url), let map = reader.mapping(root, "het kalibratiebestand"),
            let models = map["models"].flatMap({ reader.mapping($0, "'models'") })
        else {
            if reader.findings.isEmpty { reader.error(nil, "'models' ontbreekt") }
            return (model, reader.findings)
        }
        for name in ["lexical", "semantic"] {
            guard let node = models[name], let entry = reader.mapping(node, "model '\(name)'") else {
                reader.error(nil, "model '\(name)' ontbreekt", element: name)
                continue
            }
            guard let intercept = reader.number(entry, "intercept"), intercept.isFinite else {
                reader.error(node, "model '\(name)' heeft geen eindig 'intercept'", element: name)
                continue
            }
            var weights: [Double] = []
            for feature in features {
                guard let w = reader.number(entry, feature), w.isFinite else {
                    reader.error(node, "model '\(name)' mist het gewicht '\(feature)'", element: name)
                    break
                }
                weights.append(w)
            }
            for case let key? in entry.keys.map(\.string) where key != "intercept" && !features.contains(key) {
                reader.warning(node, "onbekend signaal '\(key)' in model '\(name)' wordt genegeerd", element: name)
            }
            guard weights.count == features.count else { continue }
            let fitted = LogisticModel(intercept: intercept, weights: weights)
            if name == "lexical" { model.lexical = fitted } else { model.semantic = fitted }
        }
        return (model, reader.findings)
    }
}
