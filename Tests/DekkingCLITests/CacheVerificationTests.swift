import DekkingTestSupport
import Foundation
import Testing

/// A cache entry is verified before use: a truncated, garbage or swapped entry is a miss with a
/// warning, and never reaches the report.
@Suite(.serialized) struct CacheVerificationTests {
    static func entries(_ cache: URL) -> [URL] {
        let all =
            FileManager.default.enumerator(at: cache, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { $0.lastPathComponent.count == 64 }.sorted { $0.path < $1.path }
    }

    @Test func aBadEntryIsAMissWithAWarning() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        for (name, text) in [
            ("a", "Je brengt de schulden van de cliënt van Stichting Rood in kaart."),
            ("b", "Je informeert inwoners over toeslagen en regelingen."),
            ("c", "Je stelt met de cliënt een plan van aanpak op."),
        ] {
            try dir.write(text, to: "docs/\(name).txt")
        }
        let cache = dir.url.appendingPathComponent("cache")
        func run(_ report: String) throws -> (CommandResult, Data) {
            let file = dir.url.appendingPathComponent(report)
            let result = try runDekking([
                "analyze", dir.url.appendingPathComponent("docs").path, "--cache", cache.path, "--json", file.path,
            ])
            return (result, (try? Data(contentsOf: file)) ?? Data())
        }
        let (first, fresh) = try run("vers.json")
        #expect(first.status == 0, "\(first.stderr)")
        var entries = Self.entries(cache)
        #expect(entries.count == 3)

        // One entry cut in half, one replaced by garbage.
        let whole = try Data(contentsOf: entries[0])
        try whole.prefix(whole.count / 2).write(to: entries[0])
        try Data("onzin\nonzin\nonzin\n{\"id\":\"x\"}".utf8).write(to: entries[1])
        let (damaged, report) = try run("beschadigd.json")
        #expect(damaged.status == 0, "\(damaged.stderr)")
        #expect(report == fresh)
        #expect(try JSONSerialization.jsonObject(with: report) is [String: Any])
        #expect(damaged.stderr.components(separatedBy: "waarschuwing: cache-item").count - 1 == 2, "\(damaged.stderr)")
        #expect(damaged.stderr.contains("Uit de cache: 1 van 3 documenten."))

        // Two entries swapped: each belongs to another document.
        entries = Self.entries(cache)
        let (zero, one) = (try Data(contentsOf: entries[0]), try Data(contentsOf: entries[1]))
        try one.write(to: entries[0])
        try zero.write(to: entries[1])
        let (swapped, swappedReport) = try run("verwisseld.json")
        #expect(swappedReport == fresh)
        #expect(swapped.stderr.contains("het hoort bij een ander document"), "\(swapped.stderr)")
        #expect(swapped.stderr.contains("Uit de cache: 1 van 3 documenten."))

        // Each bad entry was written anew.
        let (again, againReport) = try run("weer.json")
        #expect(
            againReport == fresh && again.stderr.contains("Uit de cache: 3 van 3 documenten.")
                && !again.stderr.contains("waarschuwing"))
    }
}
