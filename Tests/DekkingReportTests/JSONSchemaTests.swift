import DekkingModel
import DekkingReport
import Foundation
import Testing

/// The JSON schema has one definition, the Codable model in DekkingModel; `CoverageJSONWriter`
/// writes the same shape faster. These tests hold the writer to the model: what it writes is the
/// same JSON value (every key, nesting and number) as the model's own Codable encoding of the
/// same result, and decodes back into it, so a field added to the model and not to the writer, or
/// spelled differently, fails here.
@Suite struct JSONSchemaTests {
    /// `data` as a JSON value, for comparison.
    static func value(_ data: Data) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject)
    }

    static func assertSameShape(_ result: CoverageResult) throws {
        let written = try CoverageJSON.encode(result)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try value(written) == value(encoder.encode(result)))
        let decoded = try CoverageJSON.decode(written)
        // And the writer loses nothing the reports need: the decoded result writes the same bytes.
        #expect(try CoverageJSON.encode(decoded) == written)
    }

    @Test func theSyntheticReportHasTheModelsShape() throws {
        try Self.assertSameShape(ReportFixtures.synthetic.result)
    }

    /// The keys after the documents: the inputs that gave no document, the schema version, the tool.
    @Test func theRunsInputsSchemaAndToolHaveTheModelsShape() throws {
        var result = ReportFixtures.synthetic.result
        result.inputs = .init(
            failed: [.init(path: "Invoer/kapot.pdf", reason: "pdftotext is mislukt: \"kapot\"")],
            skipped: [.init(path: "Invoer/oud.doc", reason: "overgeslagen: .doc"), .init(path: "x.rtf", reason: "r")])
        result.schemaVersion = CoverageResult.currentSchemaVersion
        result.tool = .init(name: "dekking", version: "9.8.7")
        try Self.assertSameShape(result)
        let text = String(decoding: try CoverageJSON.encode(result), as: UTF8.self)
        #expect(text.hasSuffix(#","schemaVersion":1,"tool":{"name":"dekking","version":"9.8.7"}}"# + "\n"))
        #expect(try CoverageJSON.decode(Data(text.utf8)).inputs?.skipped.map(\.path) == ["Invoer/oud.doc", "x.rtf"])
    }

    @Test func theSampleReportHasTheModelsShape() async throws {
        let result = try await ReportFixtures.sample().result
        #expect(!result.documents.isEmpty)
        #expect(result.documents.contains { $0.startbekwaam != nil })
        try Self.assertSameShape(result)
    }

    @Test func everyDocumentLineHasTheModelsShape() async throws {
        for document in try await ReportFixtures.sample().result.documents {
            let line = CoverageJSON.line(document)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(try Self.value(line) == Self.value(encoder.encode(document)))
        }
    }
}
