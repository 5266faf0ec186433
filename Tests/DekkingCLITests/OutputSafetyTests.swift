import DekkingTestSupport
import Foundation
import Testing

/// `dekking analyze` never destroys or pollutes what it reads: `--force` replaces only run
/// folders, no output goes into an input folder, run names are one folder, and `--json` replaces
/// only regular files.
@Suite(.serialized) struct OutputSafetyTests {
    /// Every file below `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static var mappings: [String] { ["--mappings", TestPaths.mappings.path] }

    /// The default run name is the input folder's name: run from the folder that holds the
    /// documents, `--out .` names the input folder itself. Neither the refusal nor `--force` may
    /// touch it, and the refusal does not advise `--force`.
    @Test func forceNeverReplacesTheInputFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let docs = dir.url.appendingPathComponent("docs")
        try FileManager.default.copyItem(at: TestPaths.inputs, to: docs)
        let before = try Self.snapshot(docs)
        #expect(before.count == 8 && before["manifest.csv"] != nil)

        let refused = try runDekking(["analyze", "docs", "--out", "."] + Self.mappings, in: dir.url)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("invoermap docs") && !refused.stderr.contains("--force"), "\(refused.stderr)")
        let forced = try runDekking(
            ["analyze", "docs", "--out", ".", "--force", "--quiet"] + Self.mappings, in: dir.url)
        #expect(forced.status == 64, "\(forced.stderr)")
        #expect(try Self.snapshot(docs) == before)
        // Nor an ancestor of the inputs.
        let parent = try runDekking(
            ["analyze", "docs", "--out", "..", "--name", dir.url.lastPathComponent, "--force", "--quiet"]
                + Self.mappings, in: dir.url)
        #expect(parent.status == 64)
        #expect(try Self.snapshot(docs) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["docs"])
    }

    /// `--force` replaces a run folder, and refuses any other folder with the reason.
    @Test func forceReplacesOnlyARunFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Mijn eigen aantekeningen over Stichting Geldzorg Noord.", to: "out/notities/lijst.txt")
        let notes = try Self.snapshot(dir.url.appendingPathComponent("out/notities"))
        let arguments = [
            "analyze", "Inputs/kd-metselaar.txt", "--out", dir.url.appendingPathComponent("out").path, "--quiet",
        ]
        let other = try runDekking(arguments + ["--name", "notities", "--force"])
        #expect(other.status == 64)
        #expect(other.stderr.contains("geen run-map van Dekking (ze bevat ook 'lijst.txt')"), "\(other.stderr)")
        #expect(try Self.snapshot(dir.url.appendingPathComponent("out/notities")) == notes)

        #expect(try runDekking(arguments + ["--name", "proef"]).status == 0)
        let again = try runDekking(arguments + ["--name", "proef"])
        #expect(again.status == 64 && again.stderr.contains("overschrijf met --force"))
        #expect(try runDekking(arguments + ["--name", "proef", "--force"]).status == 0)
        // A user's file added to a run folder makes it no run folder any more.
        try dir.write("bewaren", to: "out/proef/mijn-opmerkingen.txt")
        let kept = try runDekking(arguments + ["--name", "proef", "--force"])
        #expect(kept.status == 64 && kept.stderr.contains("mijn-opmerkingen.txt"))
        #expect(
            FileManager.default.fileExists(
                atPath: dir.url.appendingPathComponent("out/proef/mijn-opmerkingen.txt").path))
    }

    /// No report goes into an input folder (the next run would read it as a document), unless
    /// the user asks for it with `--write-inside-inputs`.
    @Test func noOutputInsideAnInputFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let docs = dir.url.appendingPathComponent("docs")
        try FileManager.default.copyItem(at: TestPaths.inputs, to: docs)
        let before = try Self.snapshot(docs)
        for output in [
            ["--out", "docs"], ["--json", "docs/x.json"], ["--cache", "docs/cache", "--json", "x.json"],
            ["--json", "docs/../docs/kd-metselaar.txt"],
        ] {
            let run = try runDekking(["analyze", "docs", "--quiet"] + output + Self.mappings, in: dir.url)
            #expect(run.status == 64, "\(output): \(run.stderr)")
            #expect(run.stderr.contains("invoermap docs") || run.stderr.contains("invoer"), "\(run.stderr)")
        }
        #expect(try Self.snapshot(docs) == before)
        // A link to the input folder is the input folder.
        try FileManager.default.createSymbolicLink(
            at: dir.url.appendingPathComponent("koppeling"), withDestinationURL: docs)
        let linked = try runDekking(["analyze", "docs", "--out", "koppeling", "--quiet"] + Self.mappings, in: dir.url)
        #expect(linked.status == 64)
        // Nor into the mappings.
        let mappings = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", "Mappings/x.json", "--quiet"])
        #expect(mappings.status == 64 && mappings.stderr.contains("mappings-map"))
        #expect(!FileManager.default.fileExists(atPath: TestPaths.mappings.appendingPathComponent("x.json").path))

        let allowed = ["analyze", "docs", "--write-inside-inputs", "--quiet"] + Self.mappings
        for _ in 0..<2 {  // the second run replaces its own report
            let run = try runDekking(allowed + ["--json", "docs/x.json"], in: dir.url)
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("x.json").path))
        // Allowed inside, it still replaces no document.
        let overInput = try runDekking(allowed + ["--json", "docs/kd-metselaar.txt"], in: dir.url)
        #expect(overInput.status == 64 && overInput.stderr.contains("geen rapport van Dekking"), "\(overInput.stderr)")
        #expect(try Data(contentsOf: docs.appendingPathComponent("kd-metselaar.txt")) == before["kd-metselaar.txt"])
    }

    /// A run name is one folder of safe characters, checked before anything is analysed or made.
    @Test func aRunNameIsOneSafePathComponent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let out = dir.url.appendingPathComponent("a/b/out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in ["../../x", "sub/dir/run", "...", ".verborgen", "", "een naam"] {
            let run = try runDekking([
                "analyze", "Inputs/kd-metselaar.txt", "--out", out.path, "--name", name, "--quiet",
            ])
            #expect(run.status == 64, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("ongeldige naam voor de run-map"), "\(run.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("a").path) == ["b"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("a/b").path) == ["out"])
        let good = try runDekking([
            "analyze", "Inputs/kd-metselaar.txt", "--out", out.path, "--name", "proef-2_ë.1", "--quiet",
        ])
        #expect(good.status == 0, "\(good.stderr)")
    }

    /// `--json` replaces a regular file in one step; a symbolic link, a pipe, a folder or a device
    /// at the target is refused and left as it was.
    @Test func jsonReplacesOnlyARegularFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let target = try dir.write("bewaren", to: "doel.json")
        let link = dir.url.appendingPathComponent("koppeling.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = dir.url.appendingPathComponent("pijp.json")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let folder = dir.url.appendingPathComponent("map.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var specials: [(URL, mode_t)] = [(link, S_IFLNK), (fifo, S_IFIFO), (folder, S_IFDIR)]
        let device = dir.url.appendingPathComponent("apparaat.json")
        if geteuid() == 0, mknod(device.path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 {
            specials.append((device, S_IFCHR))
        }
        for (path, type) in specials {
            let run = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", path.path, "--quiet"])
            #expect(run.status == 64, "\(path.lastPathComponent): \(run.stderr)")
            #expect(
                run.stderr.contains("symbolische koppeling") || run.stderr.contains("geen gewoon bestand"),
                "\(run.stderr)")
            var info = stat()
            #expect(
                lstat(path.path, &info) == 0 && info.st_mode & S_IFMT == type, "\(path.lastPathComponent) was replaced")
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "bewaren")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasPrefix(".") }.isEmpty)
        let replaced = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", target.path, "--quiet"])
        #expect(replaced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{"))
    }

    /// `compare --out` writes neither into the mappings nor over one of the two documents, nor
    /// through a link.
    @Test func compareWritesNowhereItMustNot() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let a = try dir.write(
            "Je brengt de schulden van de cliënt van Stichting Blauw in kaart.", to: "docs/compare.html")
        let b = try dir.write("Je informeert inwoners over toeslagen.", to: "docs/b.txt")
        let intoMappings = try runDekking(["compare", a.path, b.path, "--out", "Mappings/vergelijking", "--quiet"])
        #expect(intoMappings.status == 64 && intoMappings.stderr.contains("mappings-map"), "\(intoMappings.stderr)")
        #expect(!FileManager.default.fileExists(atPath: TestPaths.mappings.appendingPathComponent("vergelijking").path))
        let overInput = try runDekking([
            "compare", a.path, b.path, "--out", dir.url.appendingPathComponent("docs").path, "--force", "--quiet",
        ])
        #expect(overInput.status == 64 && overInput.stderr.contains("is of bevat de invoer"), "\(overInput.stderr)")
        #expect(try String(contentsOf: a, encoding: .utf8).hasPrefix("Je brengt"))
        let out = dir.url.appendingPathComponent("uit")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("compare.csv"), withDestinationURL: b)
        let throughLink = try runDekking(["compare", a.path, b.path, "--out", out.path, "--force", "--quiet"])
        #expect(
            throughLink.status == 64 && throughLink.stderr.contains("symbolische koppeling"), "\(throughLink.stderr)")
        #expect(try String(contentsOf: b, encoding: .utf8).hasPrefix("Je informeert"))
    }
}
