import DekkingPipeline
import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingReport

/// "Over deze analyse" names the settings of the run in Dutch, never by their key.
@Suite struct SettingLabelsTests {
    /// The settings a run records in its manifest (``ManifestBuilder``, with the shipped mappings).
    static func recordedSettings() async throws -> [String: Double] {
        let mappings = try LoadedMappings.load(.init(folder: TestPaths.mappings, displayFolder: "Mappings"))
        let run = await CoverageRun.run(.init(paths: []), mappings: mappings)
        return ManifestBuilder.manifest(
            name: "instellingen", run: run, mappings: mappings, toolVersion: "test",
            startedAt: Date(timeIntervalSince1970: 0)
        ).settings
    }

    /// A new setting without a label fails here, and so does a label left for a setting that is gone.
    @Test func everySettingARunRecordsHasADutchLabel() async throws {
        let settings = try await Self.recordedSettings()
        #expect(settings.count > 20)
        let unlabelled = settings.keys.filter { DutchLabels.setting($0) == nil }.sorted()
        #expect(unlabelled.isEmpty, "instellingen zonder Nederlandse naam (DutchLabels+Settings.swift): \(unlabelled)")
        let stale = DutchLabels.settings.map(\.key).filter { settings[$0] == nil }
        #expect(stale.isEmpty, "namen voor instellingen die een run niet vastlegt: \(stale)")
        let labels = DutchLabels.settings.map(\.label)
        #expect(Set(labels).count == labels.count, "twee instellingen met dezelfde naam")
    }

    @Test func pageShowsTheLabelNotTheKey() async throws {
        var context = HTMLFixtures.context
        context.manifest.settings = try await Self.recordedSettings()
        context.manifest.settings["nieuweInstelling"] = 3
        let html = try HTMLReport.render(context)
        let start = try #require(html.range(of: "<h3>Instellingen</h3>"))
        let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        let table = String(html[start.upperBound..<end.lowerBound])
        let visible = table.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (key, label) in DutchLabels.settings {
            #expect(table.contains("<tr data-setting=\"\(key)\"><td>\(HTML.escape(label))</td>"), "\(key)")
            #expect(!visible.contains(key), "de pagina toont de sleutel \(key)")
        }
        #expect(table.contains("<td>Drempel voor gedekt</td><td class=\"num\">0.6</td>"))
        // The statuses first, as in thresholds.yaml; a setting without a label last, under its key.
        let covered = try #require(table.range(of: "data-setting=\"covered\""))
        let bm25 = try #require(table.range(of: "data-setting=\"bm25K1\""))
        #expect(covered.lowerBound < bm25.lowerBound)
        #expect(
            table.hasSuffix(
                "<tr data-setting=\"nieuweInstelling\"><td><code>nieuweInstelling</code></td><td class=\"num\">3</td></tr></tbody>"
            ))
    }
}
