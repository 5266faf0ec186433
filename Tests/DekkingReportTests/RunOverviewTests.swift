import DekkingModel
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// The overview of a large run counts what the full reports would show, and the reports written
/// while documents finish are the same bytes as those written from the whole run.
@Suite struct RunOverviewTests {
    static func overview(of context: ReportContext) -> RunOverview {
        var overview = RunOverview(framework: context.framework)
        for document in context.result.documents { overview.add(document) }
        return overview
    }

    @Test func talliesCountEveryDocumentsStatusPerRow() async throws {
        let context = try await ReportFixtures.sample()
        let overview = Self.overview(of: context)
        let documents = context.result.documents
        #expect(overview.documents.map(\.id) == documents.map(\.id))
        for (index, competency) in context.framework.competencies.enumerated() {
            let cells = documents.compactMap { $0.competency(competency.id) }
            let tally = overview.competencies[index]
            #expect(tally.documents == cells.count)
            #expect(tally.covered == cells.count { $0.status == .covered })
            #expect(tally.partial == cells.count { $0.status == .partial })
            #expect(abs(tally.scoreSum - cells.map(\.score).reduce(0, +)) < 1e-9)
        }
        for (index, indicator) in context.framework.indicators.enumerated() {
            let results = documents.flatMap(\.competencies).flatMap(\.indicators).filter { $0.id == indicator.id }
            #expect(overview.indicators[index].documents == results.count, "\(indicator.id)")
            #expect(
                overview.indicators[index].covered
                    == results.count { $0.status == .covered && $0.override != .rejected })
        }
        let profiled = documents.filter { $0.startbekwaam != nil }
        #expect(overview.profileDocuments == profiled.count && !profiled.isEmpty)
        for (c, cluster) in context.framework.clusters.enumerated() {
            let statements = profiled.compactMap { $0.startbekwaam?.first { $0.clusterID == cluster.id } }.flatMap(
                \.statements)
            #expect(overview.statements[c].map(\.documents).reduce(0, +) == statements.count)
            #expect(
                overview.statementTexts[c]
                    == (profiled.first?.startbekwaam?.first { $0.clusterID == cluster.id }?.statements.map(\.text) ?? [])
            )
            #expect(overview.statements[c].allSatisfy { $0.documents == profiled.count })
            #expect(overview.statements[c].map(\.covered).reduce(0, +) == statements.count { $0.status == .covered })
        }
        #expect(overview.kinds.values.reduce(0, +) == documents.count)
        let first = try #require(overview.documents.first)
        #expect(first.count(.covered) == documents[0].competencies.count { $0.status == .covered })
    }

    @Test func aRejectedIndicatorCountsAsAGap() throws {
        var document = try #require(ReportFixtures.synthetic.result.documents.first)
        let c = try #require(document.competencies.firstIndex { $0.indicators.contains { $0.status == .covered } })
        let i = try #require(document.competencies[c].indicators.firstIndex { $0.status == .covered })
        document.competencies[c].indicators[i].override = .rejected
        var overview = RunOverview(framework: ReportFixtures.framework)
        overview.add(document)
        let index = try #require(
            ReportFixtures.framework.indicators.firstIndex { $0.id == document.competencies[c].indicators[i].id })
        #expect(overview.indicators[index].gap == 1 && overview.indicators[index].covered == 0)
    }

    @Test func tallySharesAndMeans() {
        var tally = StatusTally()
        #expect(tally.share(.covered) == 0 && tally.meanScore == 0)
        tally.add(.covered, score: 0.8)
        tally.add(.gap, score: 0.1)
        tally.add(.gap, score: 0)
        #expect(tally.documents == 3 && tally.count(.gap) == 2)
        #expect(abs(tally.share(.gap) - 2.0 / 3) < 1e-12 && abs(tally.meanScore - 0.3) < 1e-12)
    }

    @Test func theMatrixFromTheOverviewIsTheMatrixOfTheWholeRun() async throws {
        let context = try await ReportFixtures.sample()
        for dialect in [CSVDialect.rfc4180, .rfc4180.withByteOrderMark, .excelNL] {
            #expect(
                CoverageCSV.matrix(
                    ReportContext(
                        result: .init(framework: context.result.framework, documents: []),
                        framework: context.framework, manifest: context.manifest, overview: Self.overview(of: context)),
                    dialect: dialect) == CoverageCSV.matrix(context, dialect: dialect))
        }
    }

    @Test func theStreamedLongCSVIsTheLongCSVOfTheWholeRun() async throws {
        let context = try await ReportFixtures.sample()
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        for dialect in [CSVDialect.rfc4180, .rfc4180.withByteOrderMark, .excelNL] {
            let url = directory.url.appendingPathComponent(
                "coverage-\(dialect.byteOrderMark)-\(dialect == .excelNL).csv")
            let stream = try CoverageCSVStream(url: url, framework: context.framework, dialect: dialect)
            for document in context.result.documents { try stream.append(document) }
            #expect(!FileManager.default.fileExists(atPath: url.path), "appears only when finished")
            try stream.finish()
            #expect(try Data(contentsOf: url) == CoverageCSV.long(context, dialect: dialect))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(names == ["coverage-false-false.csv", "coverage-true-false.csv", "coverage-true-true.csv"])
    }

    @Test func aDiscardedStreamLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let stream = try CoverageCSVStream(
            url: directory.url.appendingPathComponent("coverage.csv"), framework: ReportFixtures.framework,
            dialect: .rfc4180)
        try stream.append(try #require(ReportFixtures.synthetic.result.documents.first))
        stream.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    /// A document with a competency the framework does not know keeps its rows, after the known ones.
    @Test func aStreamedDocumentKeepsACompetencyTheFrameworkLacks() throws {
        var document = try #require(ReportFixtures.synthetic.result.documents.first)
        var unknown = try #require(document.competencies.first)
        unknown.id = "9.9"
        unknown.indicators = unknown.indicators.map {
            var copy = $0
            copy.id = "9.9-mbo-1"
            return copy
        }
        document.competencies.insert(unknown, at: 0)
        var writer = CSVWriter()
        CoverageCSV.appendLongRows(
            document, lookup: ReportLookup(framework: ReportFixtures.framework, documents: []), to: &writer)
        let rows = String(decoding: writer.takeBytes(), as: UTF8.self).split(separator: "\r\n")
        #expect(rows.count == document.competencies.map(\.indicators.count).reduce(0, +))
        #expect(rows.last?.contains(",9.9,") == true && rows.first?.contains(",9.9,") == false)
    }
}
