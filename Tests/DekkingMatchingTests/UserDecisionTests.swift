import DekkingCore
import DekkingFramework
import DekkingMatching
import DekkingModel
import Testing

/// The user's decisions at every level: an indicator, a competency, a startbekwaam statement.
@Suite struct UserDecisionTests {
    static let framework = Framework(
        id: "demo", title: "Demo", version: "1", levels: [Level(id: "hbo", title: "Hbo")],
        clusters: [
            Cluster(
                id: "1", title: "Geld",
                startbekwaam: [
                    "De startbekwame professional brengt schulden, inkomsten en uitgaven van huishoudens zorgvuldig in kaart."
                ],
                competencies: [
                    Competency(
                        id: "1.1", title: "Brengt schulden in kaart",
                        indicators: [
                            Indicator(
                                id: "1.1-hbo-1", competencyID: "1.1", level: "hbo",
                                text: "Brengt de schulden en inkomsten van de cliënt methodisch in kaart."),
                            Indicator(
                                id: "1.1-hbo-2", competencyID: "1.1", level: "hbo",
                                text: "Stelt samen met de cliënt een sluitend budgetplan op."),
                        ]),
                    Competency(
                        id: "1.2", title: "Informeert over toeslagen",
                        indicators: [
                            Indicator(
                                id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                text: "Informeert burgers over toeslagen en voorzieningen.")
                        ]),
                ])
        ])

    static let engine = MatchingEngine(
        prepared: PreparedFramework(
            framework: framework, analyzer: SimpleAnalyzer(), configuration: MatchingConfiguration()),
        analyzer: SimpleAnalyzer())

    static let document = MatchingEngineTests.document(
        [
            "Je brengt de schulden en inkomsten van de cliënt methodisch in kaart.",
            "Je brengt schulden, inkomsten en uitgaven van huishoudens zorgvuldig in kaart.",
        ], level: "hbo")

    static func decide(_ decisions: [String: OverrideDecision]) -> OverrideSet {
        let location = SourceLocation(file: "overrides/team.csv", line: 2)
        return OverrideSet(entries: [
            "doc": decisions.mapValues { .init(decision: $0, note: "besproken in het team", location: location) }
        ])
    }

    @Test func rejectingTheIndicatorThatCarriedACompetencyLowersIt() throws {
        let before = try #require(Self.engine.coverage(of: Self.document).competency("1.1"))
        #expect(before.status == .covered, "\(before.score)")
        let after = try #require(
            Self.engine.coverage(of: Self.document, overrides: Self.decide(["1.1-hbo-1": .rejected])).competency("1.1"))
        #expect(after.score < before.score, "\(before.score) → \(after.score)")
        #expect(after.status != .covered, "\(after.score)")
        #expect(after.indicators.first { $0.id == "1.1-hbo-1" }?.status == .gap)
    }

    @Test func aCompetencyCanBeConfirmedOrRejectedAsAWhole() throws {
        let confirmed = Self.engine.coverage(
            of: Self.document, overrides: Self.decide(["1.2": .confirmed]))
        let c12 = try #require(confirmed.competency("1.2"))
        #expect(c12.override == .confirmed && c12.status == .covered && c12.overrideNote == "besproken in het team")
        #expect(confirmed.findings.isEmpty, "\(confirmed.findings)")

        let rejected = Self.engine.coverage(of: Self.document, overrides: Self.decide(["1.1": .rejected]))
        let c11 = try #require(rejected.competency("1.1"))
        #expect(c11.override == .rejected && c11.status == .gap && c11.score == 0)
        #expect(c11.indicators.allSatisfy { $0.status == .gap })
        #expect(rejected.clusters.first?.covered == 0)
    }

    @Test func aStartbekwaamStatementHasAnIdAndTakesADecision() throws {
        let plain = Self.engine.coverage(of: Self.document, profile: .always)
        let statement = try #require(plain.startbekwaam?.first?.statements.first)
        #expect(statement.id == "1-startbekwaam-1")
        #expect(statement.status != .gap, "\(statement.score)")

        let decided = Self.engine.coverage(
            of: Self.document, overrides: Self.decide(["1-startbekwaam-1": .rejected]), profile: .always)
        let profile = try #require(decided.startbekwaam?.first)
        #expect(profile.statements.first?.override == .rejected && profile.statements.first?.status == .gap)
        #expect(profile.status == .gap && profile.score == 0)

        // Without a profile for this document the decision is reported, not dropped.
        let unprofiled = Self.engine.coverage(
            of: Self.document, overrides: Self.decide(["1-startbekwaam-1": .confirmed]), profile: .never)
        #expect(unprofiled.findings.contains { $0.message.contains("startbekwaam-profiel") })
    }

    @Test func anUnknownItemIsAWarningThatNamesTheKindsOfIds() throws {
        let coverage = Self.engine.coverage(of: Self.document, overrides: Self.decide(["6.2": .confirmed]))
        let finding = try #require(coverage.findings.first)
        #expect(finding.severity == .warning && finding.message.contains("'6.2'"))
        #expect(finding.message.contains("competentie"))
    }
}
