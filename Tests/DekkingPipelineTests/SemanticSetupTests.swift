import DekkingCore
import DekkingEncoder
import DekkingMatching
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingPipeline

/// The semantic layer of a run: the encoder, the framework's vectors, and what a run records.
@Suite struct SemanticSetupTests {
    static var encoderInstalled: Bool { SentenceEncoder.locate() != nil }

    /// The committed table holds every text of the shipped framework, so a run starts without
    /// encoding the framework (about 200 texts).
    @Test func theCommittedTableHoldsEveryFrameworkText() throws {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let table = QueryVectorTable(contentsOf: TestPaths.mappings.appendingPathComponent("semantic/sfd-2021.tsv"))
        let texts = SemanticLayer.queryTexts(of: mappings.engine.prepared)
        #expect(texts.count > 100)
        for text in texts {
            let vector = try #require(table.vector(for: text), "no vector for \(text.prefix(40))")
            #expect(vector.count == 384)
            let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(length - 1) < 1e-3)
        }
        #expect(table.vector(for: "een tekst die niet in het raamwerk staat") == nil)
    }

    @Test(.enabled(if: encoderInstalled))
    func aSmallRunUsesTheLayerALargerOneDoesNot() async throws {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let vacancy = TestPaths.inputs.appendingPathComponent("vacature-budgetcoach.html").path
        var request = CoverageRun.Request(paths: [vacancy])
        request.semanticLimit = 10
        request.semantic = { SemanticSetup.layer(for: mappings, folder: TestPaths.mappings, displayFolder: "Mappings") }
        let run = await CoverageRun.run(request, mappings: mappings)
        #expect(run.semantic)
        let document = try #require(run.result.documents.first)
        #expect(document.semantic == true)
        #expect(document.competencies.contains { ($0.signals?.semantic ?? 0) != 0 })
        // Passages found by meaning say so, with their similarity.
        for evidence in document.competencies.flatMap(\.indicators).flatMap(\.evidence)
        where evidence.basis == .semantic {
            #expect((evidence.similarity ?? 0) > 0)
        }

        // Two files above a limit of one: the run matches on words, and says so per document.
        var larger = request
        larger.paths.append(TestPaths.inputs.appendingPathComponent("functiebeschrijving-schuldhulpverlener.odt").path)
        larger.semanticLimit = 1
        let lexical = await CoverageRun.run(larger, mappings: mappings)
        #expect(!lexical.semantic)
        #expect(lexical.result.documents.count == 2)
        #expect(lexical.result.documents.allSatisfy { $0.semantic == false })
        #expect(lexical.result.documents.allSatisfy { $0.competencies.allSatisfy { ($0.signals?.semantic ?? 0) == 0 } })
    }

    /// An encoder folder without the engine is a warning, and the run matches on words.
    @Test func aBrokenEncoderIsAWarningNotAFailure() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let broken = SemanticSetup.layer(
            for: mappings, folder: TestPaths.mappings, displayFolder: "Mappings", location: .init(folder: directory.url)
        )
        #expect(broken.layer == nil)
        #expect(broken.findings.count == 1)
        #expect(broken.findings.first?.severity == .warning)
        #expect(broken.findings.first?.message.contains("alleen op woorden") == true)
        let missing = SemanticSetup.layer(
            for: mappings, folder: TestPaths.mappings, displayFolder: "Mappings", location: nil)
        #expect(missing.layer == nil)
        #expect(missing.findings.first?.message.contains("niet geïnstalleerd") == true)
    }
}
