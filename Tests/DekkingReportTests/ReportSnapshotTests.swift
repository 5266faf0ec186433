import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// Golden files for every text output, for a synthetic context (stable whatever the engine does)
/// and for the sample inputs run through the pipeline (re-recorded on purpose when the engine is
/// recalibrated: `RECORD_SNAPSHOTS=1 swift test --filter ReportSnapshotTests`).
@Suite struct ReportSnapshotTests {
    @Test func syntheticCoverageCSV() {
        assertSnapshot(
            CoverageCSV.long(ReportFixtures.synthetic, dialect: .rfc4180), named: "synthetic-coverage.csv")
    }

    @Test func syntheticMatrixCSV() {
        assertSnapshot(
            CoverageCSV.matrix(ReportFixtures.synthetic, dialect: .rfc4180), named: "synthetic-matrix.csv")
    }

    @Test func syntheticGapsMarkdown() {
        assertSnapshot(GapsMarkdown.render(ReportFixtures.synthetic), named: "synthetic-gaps.md")
    }

    @Test func syntheticCoverageJSON() throws {
        assertSnapshot(try CoverageJSON.encode(ReportFixtures.synthetic.result), named: "synthetic-coverage.json")
    }

    @Test func sampleCoverageCSV() async throws {
        assertSnapshot(
            CoverageCSV.long(try await ReportFixtures.sample(), dialect: .rfc4180), named: "sample-coverage.csv")
    }

    @Test func sampleMatrixCSV() async throws {
        assertSnapshot(
            CoverageCSV.matrix(try await ReportFixtures.sample(), dialect: .rfc4180), named: "sample-matrix.csv")
    }

    @Test func sampleGapsMarkdown() async throws {
        assertSnapshot(GapsMarkdown.render(try await ReportFixtures.sample()), named: "sample-gaps.md")
    }

    /// "Eerst aanpakken" of each sample document alone, the part of gaps.md a reader sees first
    /// (sample-gaps.md holds it too, within the whole file).
    @Test func samplePriorities() async throws {
        let context = try await ReportFixtures.sample()
        var lines: [String] = []
        for (document, priorities) in zip(context.result.documents, GapPriorities.of(context)) {
            lines += ["## \(document.title.isEmpty ? document.id : document.title)"]
            let outsideField = context.fieldWarning.map { document.fieldRelevance < $0 } ?? false
            lines += GapsMarkdown.priorityLines(priorities, kind: document.kind, outsideField: outsideField) + [""]
        }
        let text = lines.joined(separator: "\n")
        #expect(text.components(separatedBy: "### Eerst aanpakken").count - 1 == context.result.documents.count)
        assertSnapshot(text, named: "sample-gaps-priorities.md")
    }

    @Test func sampleCoverageJSON() async throws {
        assertSnapshot(try CoverageJSON.encode(try await ReportFixtures.sample().result), named: "sample-coverage.json")
    }

    @Test func noGoldenFileHoldsAPathOfThisMachine() async throws {
        let context = try await ReportFixtures.sample()
        let outputs = [
            CoverageCSV.long(context, dialect: .rfc4180), CoverageCSV.matrix(context, dialect: .rfc4180),
            Data(GapsMarkdown.render(context).utf8), try CoverageJSON.encode(context.result),
        ]
        for output in outputs {
            #expect(!String(decoding: output, as: UTF8.self).contains(TestPaths.root.path))
        }
        #expect(context.result.documents.allSatisfy { !$0.path.hasPrefix("/") })
        #expect(!context.result.documents.isEmpty)
    }
}
