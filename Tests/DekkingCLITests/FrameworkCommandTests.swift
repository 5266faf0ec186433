import DekkingTestSupport
import Foundation
import Testing

/// End-to-end: the built `dekking` binary, as a user runs it.
@Suite struct FrameworkCommandTests {
    @Test func showJSONFollowsTheContract() throws {
        let result = try runDekking(["framework", "show", "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "sfd-2021")
        #expect(json["version"] as? String == "2021-11")
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(clusters.count == 8)
        let first = try #require((clusters[0]["competencies"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "1.1")
        let indicators = try #require(first["indicators"] as? [String: [[String: Any]]])
        #expect(indicators["hbo"]?.count == 5)
        #expect(indicators["mbo"]?.first?["id"] as? String == "1.1-mbo-1")
    }

    @Test func showFiltersByLevelAndCluster() throws {
        let result = try runDekking(["framework", "show", "--level", "mbo", "--cluster", "6"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Cluster 6 – Sturen en beïnvloeden"))
        #expect(result.stdout.contains("6.3-mbo-3"))
        #expect(!result.stdout.contains("6.3-hbo-1"))
        #expect(!result.stdout.contains("Cluster 5"))
    }

    @Test func showRejectsAnUnknownLevel() throws {
        let result = try runDekking(["framework", "show", "--level", "vmbo"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("onbekend niveau 'vmbo'"))
    }

    @Test func validateAcceptsTheShippedFramework() throws {
        let result = try runDekking(["framework", "validate", "Mappings/frameworks/sfd-2021.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("159 hbo, 145 mbo"))
    }

    @Test func validateRejectsABrokenFileNamingFileAndId() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let text = try String(contentsOf: TestPaths.frameworkFile, encoding: .utf8)
            .replacingOccurrences(of: "id: 2.1-mbo-2", with: "id: 2.1-mbo-1")
        let file = try dir.write(text, to: "kapot kader.yaml")
        let result = try runDekking(["framework", "validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kapot kader.yaml:"))
        #expect(result.stderr.contains("dubbele id '2.1-mbo-1'"))
    }
}
