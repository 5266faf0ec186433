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

    @Test func aRunNameIsOneComponentOfSafeCharacters() throws {
        for name in ["proef", "Inputs", "run-2_b.1", "cliënten"] { try RunFolder.checkName(name) }
        for name in ["", ".", "..", "...", ".x", "-x", "a/b", "../x", "a b", "a\u{0}b", String(repeating: "a", count: 201)] {
            #expect(throws: RunFolder.Failure.self, "\(name)") { try RunFolder.checkName(name) }
        }
        // The default name always passes.
        for paths in [["docs/"], ["..."], [".verborgen"], ["a b.txt", "c"], [""]] {
            try RunFolder.checkName(RunFolder.defaultName(for: paths))
        }
    }
}
