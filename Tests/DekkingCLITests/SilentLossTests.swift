import DekkingTestSupport
import Foundation
import Testing

/// Nothing is lost or skipped without a word: undecodable bytes, libxml2's own messages and
/// folders that cannot be read are findings that name the file.
@Suite(.serialized) struct SilentLossTests {
    /// Runs `dekking` as an unprivileged user when the tests run as root (root reads any folder).
    static func runUnprivileged(_ arguments: [String]) throws -> CommandResult {
        guard geteuid() == 0 else { return try runDekking(arguments) }
        return try runDekking(
            ["--reuid=65534", "--regid=65534", "--clear-groups", TestPaths.executable.path] + arguments,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    @Test func aFolderThatCannotBeReadIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart en informeert over toeslagen.", to: "docs/goed.txt")
        try dir.write("Je stelt met de cliënt een plan van aanpak op.", to: "docs/geheim/plan.txt")
        let secret = dir.url.appendingPathComponent("docs/geheim")
        #expect(chmod(secret.path, 0) == 0)
        defer { chmod(secret.path, 0o755) }
        let docs = dir.url.appendingPathComponent("docs").path
        let run = try Self.runUnprivileged(["analyze", docs, "--json", "-", "--quiet"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stderr.contains("\(docs)/geheim: fout: map overgeslagen: kan niet worden gelezen (geen leesrechten)"),
            "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((report["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["goed"])
    }

    @Test func linksAndHiddenEntriesInAFolderAreNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("Je brengt de schulden van de cliënt in kaart.", to: "docs/goed.txt")
        let elsewhere = try dir.write("Je informeert inwoners over toeslagen.", to: "elders.txt")
        try FileManager.default.createSymbolicLink(
            at: dir.url.appendingPathComponent("docs/koppeling.txt"), withDestinationURL: elsewhere)
        try dir.write("verborgen", to: "docs/.verborgen.txt")
        try dir.write("x", to: "docs/.git/HEAD")
        let docs = dir.url.appendingPathComponent("docs").path
        let run = try runDekking(["analyze", docs, "--json", "-"])
        #expect(run.status == 0)
        #expect(
            run.stderr.contains("\(docs)/koppeling.txt: waarschuwing: overgeslagen: een symbolische koppeling"),
            "\(run.stderr)")
        #expect(
            run.stderr.contains("\(docs): opmerking: 2 verborgen bestand(en) of map(pen) overgeslagen"), "\(run.stderr)"
        )
    }

    /// A windows-1252 page with a byte the encoding leaves undefined: every paragraph is read, the
    /// byte is a finding with its place, and libxml2 prints nothing of its own.
    @Test func anUndefinedWindows1252ByteLosesNoText() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let page = dir.url.appendingPathComponent("vacature.html")
        let bytes =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>eerste</p>\n<p>tweede ".utf8) + [0x81]
            + Array("</p><p>DERDE</p></body></html>".utf8)
        try Data(bytes).write(to: page)
        let run = try runDekking(["inspect", page.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("DERDE"), "\(run.stdout)")
        #expect(run.stderr.contains("\(page.path):2:11: waarschuwing: byte 0x81"), "\(run.stderr)")
        for raw in ["encoding error", "I/O error", "encoder error"] {
            #expect(!run.stderr.contains(raw), "\(run.stderr)")
        }
        // An encoding that libxml2 converts itself: its complaint is a finding naming the file.
        let japanese = dir.url.appendingPathComponent("sjis.html")
        try Data(
            Array("<html><head><meta charset=\"shift_jis\"></head><body><p>eerste</p><p>".utf8) + [0x81, 0x20]
                + Array("</p></body></html>".utf8)
        )
        .write(to: japanese)
        let other = try runDekking(["inspect", japanese.path])
        #expect(other.stderr.contains("\(japanese.path)") && other.stderr.contains("libxml2:"), "\(other.stderr)")
        for raw in ["encoding error :", "I/O error :"] { #expect(!other.stderr.contains(raw), "\(other.stderr)") }
    }

    /// An XML document whose declared encoding libxml2 cannot convert: one error naming the file
    /// and the decoding problem, nothing printed by libxml2 itself.
    @Test func anUndecodableXMLDocumentIsOneErrorWithTheReason() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = dir.url.appendingPathComponent("profiel.xml")
        try Data(
            Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<doc><p>eerste</p><p>tweede ".utf8) + [0x81, 0x20]
                + Array(" x</p></doc>".utf8)
        ).write(to: file)
        let run = try runDekking(["inspect", file.path])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("\(file.path):2: fout: ongeldige XML")
                && run.stderr.contains("niet konden worden gedecodeerd"), "\(run.stderr)")
        for raw in ["encoding error :", "I/O error :"] { #expect(!run.stderr.contains(raw), "\(run.stderr)") }
    }
}
