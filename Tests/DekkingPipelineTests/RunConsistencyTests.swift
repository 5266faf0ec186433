import DekkingCore
import DekkingModel
import DekkingPipeline
import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// A document's result depends on the document, the framework and the mappings only.
@Suite struct RunConsistencyTests {
    static let texts = [
        "schuldhulp.txt": """
        Taken van de schuldhulpverlener

        Je brengt samen met de cliënt de financiële situatie in kaart: inkomsten, uitgaven en schulden.
        Je informeert inwoners over toeslagen en minimaregelingen van de gemeente en helpt bij het aanvragen.
        Je stelt met de cliënt een plan van aanpak op en bewaakt de voortgang.
        """,
        "metselaar.txt": """
        Metselaar

        Je metselt muren in halfsteens verband en controleert het werk met waterpas en schietlood.
        """,
        "coach.txt": """
        Budgetcoach bij Stichting Rondkomen Oost

        Als budgetcoach leer je deelnemers hun administratie op orde te brengen en hun budget te beheren.
        Je stimuleert de eigen regie en zelfredzaamheid van het gezin.
        """,
    ]

    static func mappings() throws -> LoadedMappings {
        try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
    }

    @Test func aFileAloneScoresAsInAFolder() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for (name, text) in Self.texts { try directory.write(text, to: "docs/\(name)") }
        let mappings = try Self.mappings()
        let folder = await CoverageRun.run(
            .init(paths: [directory.url.appendingPathComponent("docs").path]), mappings: mappings)
        #expect(folder.result.documents.count == 3)
        for document in folder.result.documents {
            let single = await CoverageRun.run(.init(paths: [document.path]), mappings: mappings)
            #expect(single.result.documents == [document])
        }
    }

    @Test func sequentialAndParallelRunsGiveTheSameReport() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for (name, text) in Self.texts { try directory.write(text, to: "docs/\(name)") }
        for i in 0..<12 {
            try directory.write(Self.texts["coach.txt", default: ""] + "\nVariant \(i).", to: "docs/extra\(i).txt")
        }
        let path = directory.url.appendingPathComponent("docs").path
        let mappings = try Self.mappings()
        var sequential = CoverageRun.Request(paths: [path])
        sequential.concurrency = 1
        var parallel = CoverageRun.Request(paths: [path])
        parallel.concurrency = 8
        let one = try CoverageJSON.encode(await CoverageRun.run(sequential, mappings: mappings).result)
        let many = try CoverageJSON.encode(await CoverageRun.run(parallel, mappings: mappings).result)
        #expect(one == many)
        #expect(try CoverageJSON.decode(one).documents.count == 15)
    }

    @Test func largeRunsHandOnEveryCoverageAndKeepNone() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for (name, text) in Self.texts { try directory.write(text, to: "docs/\(name)") }
        let request = CoverageRun.Request(paths: [directory.url.appendingPathComponent("docs").path])
        let mappings = try Self.mappings()
        var emitted: [DocumentCoverage?] = []
        let small = await CoverageRun.stream(request, mappings: mappings, retain: .fullUpTo(3)) { document in
            emitted.append(document.coverage)
        }
        #expect(small.retained == .full && small.result.documents.count == 3)
        #expect(emitted == small.result.documents.map { $0 })
        emitted = []
        let large = await CoverageRun.stream(request, mappings: mappings, retain: .fullUpTo(2)) { document in
            emitted.append(document.coverage)
        }
        #expect(large.retained == .streamed && large.result.documents.isEmpty && emitted.count == 3)
        // Handed on complete, evidence included, so streamed reports lose nothing.
        #expect(emitted == small.result.documents.map { $0 })
        #expect(small.result.documents.flatMap(\.competencies).flatMap(\.indicators).contains { !$0.evidence.isEmpty })
        // What the run manifest records of each document does not depend on what is kept.
        #expect(large.identities == small.identities && large.identities.count == 3)
        #expect(large.identities.values.map(\.id).sorted() == ["coach", "metselaar", "schuldhulp"])
    }

    @Test func theJSONReportIsByteIdenticalAcrossRuns() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for (name, text) in Self.texts { try directory.write(text, to: "docs/\(name)") }
        let path = directory.url.appendingPathComponent("docs").path
        let first = try CoverageJSON.encode(
            await CoverageRun.run(.init(paths: [path]), mappings: Self.mappings()).result)
        let second = try CoverageJSON.encode(
            await CoverageRun.run(.init(paths: [path]), mappings: Self.mappings()).result)
        #expect(first == second)
        let decoded = try CoverageJSON.decode(first)
        #expect(decoded.documents.map(\.id) == ["coach", "metselaar", "schuldhulp"])
    }

    @Test func domainDocumentsOutscoreAnUnrelatedOne() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for (name, text) in Self.texts { try directory.write(text, to: "docs/\(name)") }
        let run = await CoverageRun.run(
            .init(paths: [directory.url.appendingPathComponent("docs").path]), mappings: try Self.mappings())
        func mean(_ id: String) -> Double {
            let scores = run.result.documents.first { $0.id == id }?.competencies.map(\.score) ?? []
            return scores.reduce(0, +) / Double(max(scores.count, 1))
        }
        #expect(mean("schuldhulp") > 3 * mean("metselaar"))
        #expect(mean("coach") > 3 * mean("metselaar"))
        let schuldhulp = try #require(run.result.documents.first { $0.id == "schuldhulp" })
        #expect(schuldhulp.competency("2.2")?.status.isAddressed == true)
        #expect(schuldhulp.competency("4.2")?.status.isAddressed == true)
        #expect(
            run.result.documents.first { $0.id == "metselaar" }?.competencies.allSatisfy { $0.status == .gap } == true)
    }
}
