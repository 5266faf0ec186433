import DekkingCore
import DekkingMatching
import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

/// The fitted combination of the signals: loaded and checked, and monotone in the evidence.
@Suite struct CalibrationTests {
    @Test func theShippedFitLoadsWithEveryWeight() throws {
        let (model, findings) = CalibrationModel.load(
            contentsOf: TestPaths.mappings.appendingPathComponent("calibration.yaml"), displayPath: "calibration.yaml")
        #expect(findings.isEmpty, "\(findings)")
        for fitted in [model.lexical, model.semantic] {
            #expect(fitted.weights.count == CalibrationModel.features.count)
            #expect(fitted != CalibrationModel.standard.lexical)
            // Evidence never lowers a probability: lexical, title, keyword, semantic, restated.
            for feature in ["lexical", "title", "keyword", "semantic", "restated"] {
                #expect(fitted.weights[CalibrationModel.features.firstIndex(of: feature)!] >= 0, "\(feature)")
            }
        }
    }

    @Test func aMissingWeightIsAnErrorWithItsModel() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let file = try directory.write(
            "schema: 1\nmodels:\n  lexical: {intercept: -5, lexical: 3, title: 3, keyword: 5, semantic: 0, fieldGap: -2, genericGap: 0}\n  semantic: {intercept: .nan, lexical: 1}\n",
            to: "calibration.yaml")
        let (model, findings) = CalibrationModel.load(contentsOf: file, displayPath: "calibration.yaml")
        #expect(
            findings.contains {
                $0.severity == .error && $0.message.contains("restated") && $0.location.element == "lexical"
            })
        #expect(
            findings.contains {
                $0.severity == .error && $0.message.contains("intercept") && $0.location.element == "semantic"
            })
        #expect(model == .standard)  // nothing half-loaded
    }

    @Test func theProbabilityRisesWithEachEvidenceSignal() throws {
        let model = LogisticModel(intercept: -4, weights: [2, 2, 3, 0.5, -2, -1, 4])
        var signals = Signals()
        let base = model.probability(signals)
        signals.lexical = 0.5
        #expect(model.probability(signals) > base)
        let withLexical = model.probability(signals)
        signals.restated = 0.2
        #expect(model.probability(signals) > withLexical)
        signals.fieldGap = 0.5
        #expect((0...1).contains(model.probability(signals)))
    }
}
