import DekkingTestSupport
import Foundation
import Testing

/// coverage.json and run.json say which program wrote them, in which layout, and which inputs
/// gave no document and why, so a script sees a partial batch without reading stderr.
@Suite struct RunRecordTests {
    @Test func bothFilesListTheFailedAndSkippedInputsWithTheToolAndSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        try directory.write(
            "Functie budgetcoach bij Stichting Geldzorg Zuid. Je brengt de schulden van de cliënt in kaart.",
            to: "map/budgetcoach.txt")
        try directory.write("{\\rtf1\\ansi Functie receptie}", to: "map/receptie.rtf")
        try directory.write("%PDF-1.4 afgebroken", to: "map/kapot.pdf")
        try directory.write("verborgen", to: "map/.concept.txt")  // counted in a note, not listed
        let folder = directory.url.appendingPathComponent("map").path
        let missing = directory.url.appendingPathComponent("bestaat-niet.txt").path
        let out = directory.url.appendingPathComponent("uit").path
        let run = try runDekking(["analyze", folder, missing, "--out", out, "--name", "r", "--quiet"])
        #expect(run.status == 1, "a failed input makes the run end with 1: \(run.stderr)")
        let version = try runDekking(["--version"]).stdout.split(separator: "\n").first.map(String.init)

        let coverage = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/r/coverage.json")))
                as? [String: Any])
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/r/run.json")))
                as? [String: Any])
        #expect((coverage["documents"] as? [Any])?.count == 1)
        #expect(coverage["schemaVersion"] as? Int == 1 && manifest["schemaVersion"] as? Int == 1)
        let tool = try #require(coverage["tool"] as? [String: String])
        #expect(
            tool["name"] == "dekking" && tool["version"] == version && manifest["toolVersion"] as? String == version)

        for lists in [coverage["inputs"], manifest["notAnalysed"]] {
            let lists = try #require(lists as? [String: [[String: String]]])
            let failed = try #require(lists["failed"])
            let skipped = try #require(lists["skipped"])
            #expect(failed.map { $0["path"] } == [missing, "\(folder)/kapot.pdf"])
            #expect(failed.first?["reason"]?.contains("bestaat niet") == true)
            #expect(failed.last?["reason"]?.contains("pdftotext") == true)
            #expect(skipped.map { $0["path"] } == ["\(folder)/receptie.rtf"])
            #expect(skipped.first?["reason"]?.contains("soffice --headless --convert-to docx") == true)
        }
    }
}
