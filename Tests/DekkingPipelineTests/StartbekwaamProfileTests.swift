import DekkingCore
import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

/// Education documents are also shown against each cluster's startbekwaam profile.
@Suite struct StartbekwaamProfileTests {
    static let kd = TestPaths.inputs.appendingPathComponent("kd-medewerker-schuldhulpverlening.pdf").path
    static let vacancy = TestPaths.inputs.appendingPathComponent("vacature-budgetcoach.html").path

    @Test func educationDocumentsGetTheProfileOthersOnRequest() async throws {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(.init(paths: [Self.kd, Self.vacancy]), mappings: mappings)
        let kd = try #require(run.result.documents.first { $0.kind == .kwalificatiedossier })
        let profile = try #require(kd.startbekwaam)
        #expect(profile.map(\.clusterID) == mappings.framework.clusters.map(\.id))
        #expect(profile.allSatisfy { !$0.statements.isEmpty })
        // The sample KD has werkprocessen on collecting and checking financial data (cluster 2).
        let cluster2 = try #require(profile.first { $0.clusterID == "2" })
        #expect(cluster2.status != .gap)
        #expect(cluster2.statements.contains { $0.status != .gap && !($0.evidence.first?.text.isEmpty ?? true) })
        #expect(run.result.documents.first { $0.kind == .vacature }?.startbekwaam == nil)

        var forced = CoverageRun.Request(paths: [Self.vacancy])
        forced.profile = .always
        let forcedRun = await CoverageRun.run(forced, mappings: mappings)
        #expect(forcedRun.result.documents.first?.startbekwaam?.count == 8)
    }
}
