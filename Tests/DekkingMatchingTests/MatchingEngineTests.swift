import DekkingCore
import DekkingFramework
import DekkingMatching
import Testing

/// The engine's logic on a two-competency framework and a controlled analyzer.
@Suite struct MatchingEngineTests {
    static let framework = Framework(
        id: "demo", title: "Demo", version: "1",
        levels: [Level(id: "hbo", title: "Hbo"), Level(id: "mbo", title: "Mbo")],
        clusters: [
            Cluster(
                id: "1", title: "Geld",
                competencies: [
                    Competency(
                        id: "1.1", title: "Brengt schulden in kaart",
                        indicators: [
                            Indicator(
                                id: "1.1-hbo-1", competencyID: "1.1", level: "hbo",
                                text: "Brengt de schulden en inkomsten van de cliënt methodisch in kaart."),
                            Indicator(
                                id: "1.1-mbo-1", competencyID: "1.1", level: "mbo",
                                text: "Maakt een overzicht van schulden en inkomsten."),
                        ]),
                    Competency(
                        id: "1.2", title: "Informeert over toeslagen",
                        indicators: [
                            Indicator(
                                id: "1.2-hbo-1", competencyID: "1.2", level: "hbo",
                                text: "Informeert burgers over toeslagen en voorzieningen."),
                            Indicator(
                                id: "1.2-mbo-1", competencyID: "1.2", level: "mbo", text: "Wijst klanten op toeslagen."),
                        ]),
                ])
        ])

    static func engine(keywords: KeywordFile = KeywordFile()) -> MatchingEngine {
        let prepared = PreparedFramework(
            framework: framework, analyzer: SimpleAnalyzer(), configuration: MatchingConfiguration(), keywords: keywords
        )
        return MatchingEngine(prepared: prepared, analyzer: SimpleAnalyzer())
    }

    static func document(_ texts: [String], level: LevelID? = nil, id: String = "doc") -> Document {
        Document(
            id: id, path: "\(id).txt", format: "txt", level: level, title: id,
            segments: texts.enumerated().map {
                Segment(index: $0, text: $1, headingPath: ["Taken"], code: $0 == 0 ? "B1-K1-W1" : nil)
            })
    }

    @Test func aMatchingPassageCoversItsCompetencyAndNotTheOther() throws {
        let coverage = Self.engine().coverage(
            of: Self.document(["Je brengt de schulden en inkomsten van de cliënt in kaart."]))
        let c11 = try #require(coverage.competency("1.1"))
        let c12 = try #require(coverage.competency("1.2"))
        #expect(c11.score > 0.3)
        #expect(c12.score < c11.score / 2)
        let best = try #require(c11.indicators.first { $0.id == "1.1-hbo-1" })
        #expect(best.evidence.first?.code == "B1-K1-W1")
        #expect(best.evidence.first?.matchedTerms.contains("schulden") == true)
        #expect(best.evidence.first?.headingPath == ["Taken"])
    }

    @Test func synonymsMatchAcrossWording() throws {
        let engine = Self.engine()
        let coverage = engine.coverage(
            of: Self.document(["Wij informeren de klant over toeslagen."]), level: .level("hbo"))
        let unrelated = engine.coverage(
            of: Self.document(["Wij informeren de reiziger over vertragingen."]), level: .level("hbo"))
        let indicator = try #require(coverage.competency("1.2")?.indicators.first)
        let other = try #require(unrelated.competency("1.2")?.indicators.first)
        // "klant" meets the indicator's "cliënt" through the thesaurus.
        #expect((indicator.signals?.lexical ?? 0) > 0.3)
        #expect((indicator.signals?.lexical ?? 0) > (other.signals?.lexical ?? 0))
        #expect(indicator.score > other.score)
    }

    @Test func levelSelectsIndicators() throws {
        let engine = Self.engine()
        let mbo = engine.coverage(of: Self.document(["Tekst."], level: "mbo"))
        #expect(mbo.matchedLevels == ["mbo"])
        #expect(mbo.competency("1.1")?.indicators.map(\.id) == ["1.1-mbo-1"])
        let unknown = engine.coverage(of: Self.document(["Tekst."]))
        #expect(unknown.matchedLevels == ["hbo", "mbo"])
        #expect(unknown.level == nil)
        let forced = engine.coverage(of: Self.document(["Tekst."], level: "mbo"), level: .level("hbo"))
        #expect(forced.matchedLevels == ["hbo"])
    }

    @Test func keyPhrasesNeedTheirWordsClose() throws {
        let keywords = KeywordFile(proximity: 2, phrases: ["1.2": [("toeslagen aanvragen", 3)]])
        let engine = Self.engine(keywords: keywords)
        let near = engine.coverage(of: Self.document(["Samen toeslagen aanvragen."]))
        let far = engine.coverage(
            of: Self.document([
                "Toeslagen zijn er voor iedereen die minder verdient dan nodig om te leven en dan kun je aanvragen."
            ]))
        #expect(near.competency("1.2")?.keywords == ["toeslagen aanvragen"])
        #expect(far.competency("1.2")?.keywords == [])
    }

    @Test func anUnrelatedDocumentIsAGapEverywhere() {
        let coverage = Self.engine().coverage(of: Self.document(["De metselaar legt stenen in halfsteens verband."]))
        #expect(coverage.competencies.allSatisfy { $0.status == .gap && $0.score < 0.05 })
        #expect(coverage.clusters.first?.gaps == 2)
    }

    @Test func overridesConfirmRejectAndWarn() throws {
        var entries: [String: [String: OverrideSet.Entry]] = [:]
        let location = SourceLocation(file: "overrides/demo.csv", line: 2)
        entries["doc"] = [
            "1.2-hbo-1": .init(decision: .confirmed, note: "staat in module 3", location: location),
            "1.1-hbo-1": .init(decision: .rejected, note: nil, location: location),
            "9.9-hbo-1": .init(decision: .confirmed, note: nil, location: location),
        ]
        let coverage = Self.engine().coverage(
            of: Self.document(["Je brengt de schulden en inkomsten van de cliënt in kaart."], level: "hbo"),
            overrides: OverrideSet(entries: entries))
        let confirmed = try #require(coverage.competency("1.2")?.indicators.first)
        #expect(
            confirmed.override == .confirmed && confirmed.status == .covered
                && confirmed.overrideNote == "staat in module 3")
        #expect(coverage.competency("1.2")?.status != .gap)
        let rejected = try #require(coverage.competency("1.1")?.indicators.first)
        #expect(rejected.override == .rejected && rejected.status == .gap)
        #expect(coverage.competency("1.1")?.status == .gap)
        #expect(coverage.findings.count == 1)
        #expect(coverage.findings.first?.message.contains("9.9-hbo-1") == true)
        #expect(coverage.findings.first?.severity == .warning)
    }

    @Test func theSameDocumentAlwaysGivesTheSameResult() {
        let engine = Self.engine()
        let document = Self.document(["Je brengt schulden in kaart.", "Je informeert burgers over toeslagen."])
        #expect(engine.coverage(of: document) == engine.coverage(of: document))
    }
}
