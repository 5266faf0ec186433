import DekkingReport
import DekkingTestSupport
import Foundation
import Testing

/// The rules of ``OutputSafety`` and ``RunFolder`` names, without running the tool.
@Suite struct OutputSafetyRuleTests {
    @Test func foldersMayNotBeHoldOrLieInsideWhatIsRead() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Stichting Voorbeeld", to: "invoer/a.txt")
        try dir.write("kader", to: "kaart/kader.yaml")
        let root = dir.url.path
        let safety = OutputSafety(inputs: ["\(root)/invoer"], mappings: ["\(root)/kaart"])
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder("\(root)/invoer") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder(root) }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder("\(root)/invoer/uit") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder("\(root)/uit/../invoer/uit") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFile("\(root)/kaart/x.json") }
        try safety.checkFolder("\(root)/uit/run")
        try safety.checkFolder("\(root)/invoer-2")
        try safety.checkFile("\(root)/x.json")
        let allowing = OutputSafety(inputs: ["\(root)/invoer"], mappings: [], allowInside: true)
        try allowing.checkFolder("\(root)/invoer/uit")
        #expect(throws: OutputSafety.Refusal.self) { try allowing.checkFolder("\(root)/invoer") }
        #expect(throws: OutputSafety.Refusal.self) { try allowing.checkFile("\(root)/invoer/a.txt") }
    }

    /// Input files given one by one (as `--files-from` lists them) are protected by their real
    /// place, however they are reached.
    @Test func inputFilesAreProtectedWhereverTheyAreReachedFrom() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let root = dir.url.path
        try dir.write("Stichting Voorbeeld", to: "map/a.txt")
        try dir.write("Stichting Voorbeeld", to: "doel.txt")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/koppeling", withDestinationPath: "\(root)/map")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/b.txt", withDestinationPath: "\(root)/doel.txt")
        let safety = OutputSafety(inputs: ["\(root)/koppeling/a.txt", "\(root)/b.txt"], mappings: [])
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFile("\(root)/map/a.txt") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFile("\(root)/doel.txt") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder("\(root)/map") }
        #expect(throws: OutputSafety.Refusal.self) { try safety.checkFolder(root) }
        try safety.checkFile("\(root)/map/b.json")
        try safety.checkFolder("\(root)/map/uit")
    }

    @Test func aRunNameIsOneComponentOfSafeCharacters() throws {
        for name in ["proef", "Inputs", "run-2_b.1", "cliënten"] { try RunFolder.checkName(name) }
        for name in [
            "", ".", "..", "...", ".x", "-x", "a/b", "../x", "a b", "a\u{0}b", String(repeating: "a", count: 201),
        ] {
            #expect(throws: RunFolder.Failure.self, "\(name)") { try RunFolder.checkName(name) }
        }
        // The default name always passes.
        for paths in [["docs/"], ["..."], [".verborgen"], ["a b.txt", "c"], [""]] {
            try RunFolder.checkName(RunFolder.defaultName(for: paths))
        }
    }
}
