import DekkingCore
import DekkingMatching
import DekkingModel
import DekkingReview
import Testing

/// The engine against the users' decisions: agreement, precision, recall and AUC.
@Suite struct DecisionAgreementTests {
    static func indicator(_ id: String, _ score: Double, _ status: CoverageStatus) -> IndicatorCoverage {
        IndicatorCoverage(id: id, level: "mbo", score: score, status: status, evidence: [])
    }

    static let result = CoverageResult(
        framework: .init(id: "sfd-2021", version: "2021", title: "Kader"),
        documents: [
            DocumentCoverage(
                id: "kd-a", path: "kd-a.txt", title: "KD A", kind: .kwalificatiedossier, level: "mbo",
                matchedLevels: ["mbo"], fieldRelevance: 1, wordCount: 100, clusters: [],
                competencies: [
                    CompetencyCoverage(
                        id: "1.1", clusterID: "1", score: 0.8, status: .covered,
                        indicators: [
                            indicator("1.1-mbo-1", 0.8, .covered), indicator("1.1-mbo-2", 0.3, .partial),
                            indicator("1.1-mbo-3", 0.05, .gap), indicator("1.1-mbo-4", 0.02, .gap),
                        ], keywords: [])
                ])
        ])

    static func decisions(_ rows: [(String, String, OverrideDecision)]) -> OverrideSet {
        var entries: [String: [String: OverrideSet.Entry]] = [:]
        for (document, item, decision) in rows {
            entries[document, default: [:]][item] = .init(
                decision: decision, note: nil, location: SourceLocation(file: "team.csv"))
        }
        return OverrideSet(entries: entries)
    }

    @Test func countsAgreementPrecisionRecallAndAUC() throws {
        let agreement = DecisionAgreement(
            result: Self.result,
            decisions: Self.decisions([
                ("kd-a", "1.1-mbo-1", .confirmed),  // engine: covered → agrees
                ("kd-a", "1.1-mbo-2", .rejected),  // engine: partial → disagrees
                ("kd-a", "1.1-mbo-3", .confirmed),  // engine: gap → disagrees (missed)
                ("kd-a", "1.1-mbo-4", .rejected),  // engine: gap → agrees
                ("kd-a", "1.1", .confirmed),  // the competency: covered → agrees
                ("kd-a", "9.9-mbo-1", .confirmed),  // no such item
                ("kd-weg", "1.1", .rejected),  // no such document
            ]))
        #expect(agreement.pairs.count == 5 && agreement.unmatched == 2)
        #expect(agreement.confirmed == 3 && agreement.rejected == 2)
        #expect(agreement.agreement == 3.0 / 5.0)
        #expect(agreement.precision == 2.0 / 3.0)  // covered 1.1-mbo-1, 1.1; partial 1.1-mbo-2 (rejected)
        #expect(agreement.recall == 2.0 / 3.0)
        // Confirmed scores 0.8, 0.05, 0.8 against rejected 0.3, 0.02: 5 of 6 pairs ordered right.
        #expect(try #require(agreement.auc) == 5.0 / 6.0)
    }

    @Test func withoutDecisionsThereIsNothingToSay() {
        let agreement = DecisionAgreement(result: Self.result, decisions: OverrideSet())
        #expect(agreement.agreement == nil && agreement.auc == nil && agreement.precision == nil)
        let one = DecisionAgreement(result: Self.result, decisions: Self.decisions([("kd-a", "1.1", .confirmed)]))
        #expect(one.agreement == 1 && one.auc == nil)
    }
}
