import DekkingCore
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

/// A competency follows its indicators with any framework file, curated key phrases or not: a
/// small framework of a cook (three competencies, no key phrases, no field profile) and a vacancy
/// that restates every indicator.
@Suite struct OtherFrameworkTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("kok")

    static func mappings() throws -> LoadedMappings {
        try LoadedMappings.load(
            .init(
                folder: TestPaths.mappings, displayFolder: "Mappings",
                frameworkFile: folder.appendingPathComponent("kok-2026.yaml"), displayFrameworkFile: "kok-2026.yaml"))
    }

    static func check(_ run: CoverageRun) throws {
        let document = try #require(run.result.documents.first)
        #expect(document.competencies.map(\.id) == ["1.1", "1.2", "2.1"])
        for competency in document.competencies {
            #expect(competency.status == .covered, "\(competency.id): \(competency.score)")
            #expect(!competency.indicators.isEmpty)
            for indicator in competency.indicators {
                #expect(indicator.status == .covered, "\(indicator.id): \(indicator.score)")
                #expect(indicator.score <= competency.score)
                #expect(!indicator.evidence.isEmpty, "\(indicator.id) has no passage")
            }
        }
        #expect(document.clusters.allSatisfy { $0.status == .covered })
    }

    @Test func everyRestatedIndicatorAndItsCompetencyIsCovered() async throws {
        let mappings = try Self.mappings()
        let run = await CoverageRun.run(
            .init(paths: [Self.folder.appendingPathComponent("vacature-kok.txt").path]), mappings: mappings)
        try Self.check(run)
        #expect(run.semantic == false)
    }

    @Test(.enabled(if: SemanticSetupTests.encoderInstalled))
    func alsoWithTheSemanticLayer() async throws {
        let mappings = try Self.mappings()
        var request = CoverageRun.Request(paths: [Self.folder.appendingPathComponent("vacature-kok.txt").path])
        request.semanticLimit = 10
        request.semantic = { SemanticSetup.layer(for: mappings, folder: TestPaths.mappings, displayFolder: "Mappings") }
        let run = await CoverageRun.run(request, mappings: mappings)
        #expect(run.semantic)
        try Self.check(run)
    }

    /// A document with nothing of the cook's work addresses none of it.
    @Test func anUnrelatedTextAddressesNothing() async throws {
        let mappings = try Self.mappings()
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = try directory.write(
            "Vacature chauffeur\n\nJe rijdt met een vrachtwagen van het distributiecentrum naar winkels in de regio.\n",
            to: "chauffeur.txt")
        let run = await CoverageRun.run(.init(paths: [path.path]), mappings: mappings)
        let document = try #require(run.result.documents.first)
        #expect(document.competencies.allSatisfy { $0.status == .gap })
    }
}
