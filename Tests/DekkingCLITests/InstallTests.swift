import DekkingTestSupport
import Foundation
import Testing

/// `make install` (scripts/install.sh) into a temporary prefix: the installed dekking runs from any
/// folder with its installed mappings, says which mappings it uses, and uninstall leaves the prefix
/// as it was. Without any mappings the message says how to name them.
@Suite(.serialized) struct InstallTests {
    static let script = TestPaths.root.appendingPathComponent("scripts/install.sh")

    /// Runs scripts/install.sh with `arguments`, without a manual page or encoder to copy unless given.
    func install(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.script.path] + arguments
        var merged = ProcessInfo.processInfo.environment
        merged["MANUAL"] = "/nonexistent/dekking.1"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Every regular file under `folder`, relative to it, sorted.
    func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
        }
        return found.sorted()
    }

    @Test func anInstalledDekkingRunsFromAnyFolderAndUninstallsCleanly() throws {
        let prefix = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        let generated = try TemporaryDirectory()
        defer {
            prefix.cleanUp()
            elsewhere.cleanUp()
            generated.cleanUp()
        }
        let manual = try generated.write(".TH DEKKING 1\n", to: "dekking.1")
        let installed = try install(
            ["install", TestPaths.executable.path, prefix.url.path], environment: ["MANUAL": manual.path])
        #expect(installed.status == 0, "\(installed.stderr)")
        let list = files(under: prefix.url)
        for expected in [
            "bin/dekking", "share/dekking/Mappings/frameworks/sfd-2021.yaml", "share/dekking/Mappings/thresholds.yaml",
            "share/bash-completion/completions/dekking", "share/zsh/site-functions/_dekking",
            "share/fish/vendor_completions.d/dekking.fish", "share/man/man1/dekking.1", "share/dekking/installed-files",
        ] {
            #expect(list.contains(expected), "\(expected) is not installed")
        }
        let completion = try String(
            contentsOf: prefix.url.appendingPathComponent("share/bash-completion/completions/dekking"), encoding: .utf8)
        #expect(completion.contains("analyze"))

        let binary = prefix.url.appendingPathComponent("bin/dekking")
        let shown = try runDekking(["framework", "show"], in: elsewhere.url, executable: binary)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("de geïnstalleerde mappings"))
        #expect(shown.stdout.contains(prefix.url.appendingPathComponent("share/dekking/Mappings").path))
        let version = try runDekking(["--version"], in: elsewhere.url, executable: binary)
        #expect(version.stdout.contains("de geïnstalleerde mappings"), "\(version.stdout)")

        _ = try elsewhere.write(
            "Kerntaak 1. De medewerker brengt de schulden van de cliënt in kaart en stelt een budgetplan op.\n",
            to: "profiel.txt")
        let analysed = try runDekking(["analyze", "profiel.txt", "--json", "-"], in: elsewhere.url, executable: binary)
        #expect(analysed.status == 0, "\(analysed.stderr)")
        #expect(analysed.stdout.contains("\"documents\""))

        let removed = try install(["uninstall", prefix.url.path])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(files(under: prefix.url).isEmpty, "left behind: \(files(under: prefix.url))")
        let again = try install(["uninstall", prefix.url.path])
        #expect(again.status == 1 && again.stderr.contains("niet geïnstalleerd"))
    }

    @Test func uninstallKeepsWhatTheUserAddedToTheInstalledMappings() throws {
        let prefix = try TemporaryDirectory()
        defer { prefix.cleanUp() }
        #expect(try install(["install", TestPaths.executable.path, prefix.url.path]).status == 0)
        let own = prefix.url.appendingPathComponent("share/dekking/Mappings/overrides/mijn-besluiten.csv")
        try Data("document,indicator,besluit\n".utf8).write(to: own)
        #expect(try install(["uninstall", prefix.url.path]).status == 0)
        #expect(files(under: prefix.url) == ["share/dekking/Mappings/overrides/mijn-besluiten.csv"])
    }

    @Test func withoutMappingsTheMessageSaysHowToNameThem() throws {
        let elsewhere = try TemporaryDirectory()
        defer { elsewhere.cleanUp() }
        let result = try runDekking(["framework", "show"], in: elsewhere.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("geen mappings gevonden"))
        #expect(result.stderr.contains("--mappings") && result.stderr.contains("DEKKING_MAPPINGS"))
        let named = try runDekking(
            ["framework", "show", "--mappings", TestPaths.mappings.path, "--level", "mbo"], in: elsewhere.url)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("(--mappings)"))
    }
}
