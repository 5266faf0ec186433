import DekkingModel
import DekkingReport
import Foundation
import Testing

/// Reading a coverage.json back document by document, as `explain --run` does.
@Suite struct CoverageJSONFileTests {
    let result = ReportFixtures.synthetic.result

    @Test func readsTheIdsTheFrameworkAndOneDocumentOfAWrittenReport() throws {
        let file = try CoverageJSONFile(data: CoverageJSON.encode(result))
        #expect(result.documents.count > 1)
        #expect(file.documentIDs == result.documents.map(\.id))
        #expect(file.framework == result.framework)
        let last = try #require(result.documents.last)
        #expect(try file.document(id: last.id) == last)
        #expect(try file.document(id: last.id + "x") == nil)
    }

    @Test func readsAReportInAnotherLayoutWhole() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let file = try CoverageJSONFile(data: encoder.encode(result))
        #expect(file.documentIDs == result.documents.map(\.id))
        #expect(try file.document(id: result.documents[0].id) == result.documents[0])
    }

    @Test func readsAReportWithoutDocumentsAndRefusesOtherJSON() throws {
        var empty = result
        empty.documents = []
        let file = try CoverageJSONFile(data: CoverageJSON.encode(empty))
        #expect(file.documentIDs.isEmpty)
        #expect(file.framework.id == result.framework.id)
        #expect(throws: (any Error).self) { try CoverageJSONFile(data: Data("{\"documents\":[\n{\"x\":1}\n]}".utf8)) }
    }
}
