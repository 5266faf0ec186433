import DekkingTestSupport
import Foundation
import Testing

/// End-to-end: `dekking inspect` as a user runs it.
@Suite struct InspectCommandTests {
    @Test func inspectsTheSampleInputs() throws {
        let result = try runDekking(["inspect", "Inputs"])
        #expect(result.status == 0, "\(result.stderr)")
        for expected in [
            "soort:     kwalificatiedossier", "[B1-K1-W3]", "[P1-K1-W2]", "[Resultaatgebied 4]", "[LU2.1]",
            "soort:     vacature (zekerheid 100%)",
        ] {
            #expect(result.stdout.contains(expected), "\(expected)")
        }
        #expect(result.stderr.contains("7 document(en) gelezen, 0 bestand(en) mislukt"))
    }

    @Test func writesDeterministicJSON() throws {
        let first = try runDekking(["inspect", "--json", "Inputs/kd-metselaar.txt"])
        let second = try runDekking(["inspect", "--json", "Inputs/kd-metselaar.txt"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.first?["kind"] as? String == "kwalificatiedossier")
        let segments = try #require(documents.first?["segments"] as? [[String: Any]])
        #expect(segments.contains { $0["code"] as? String == "B1-K1-W2" && $0["role"] as? String == "werkproces" })
    }

    @Test func failsWithStatusOneAndLocatedMessagesForBadFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let empty = try dir.write("", to: "leeg bestand.txt")
        let result = try runDekking(["inspect", empty.path, "Inputs/kd-metselaar.txt", "bestaat-niet.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(empty.path): fout: het bestand is leeg"))
        #expect(result.stderr.contains("bestaat-niet.pdf: fout: bestand of map bestaat niet"))
        #expect(result.stderr.contains("1 document(en) gelezen, 2 bestand(en) mislukt"))
    }

    @Test(arguments: [["inspect", "--kind", "cv", "Inputs"], ["inspect", "--level", "wo", "Inputs"], ["inspect"]])
    func rejectsWrongUsage(_ arguments: [String]) throws {
        let result = try runDekking(arguments)
        #expect(result.status == 64)
    }

    @Test func overridesKindAndLevelFromTheCommandLine() throws {
        let result = try runDekking(["inspect", "--kind", "overig", "--level", "hbo", "Inputs/kd-metselaar.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("soort:     overig (zekerheid 100%)"))
        #expect(result.stdout.contains("niveau:    hbo (zekerheid 100%)"))
    }
}
