import DekkingTestSupport
import Foundation

/// A small tmpfs mounted for one test: a disk that can be filled or made read-only. Mounting needs
/// root (or the capability to mount); ``canMount`` says whether this machine allows it.
final class SmallDisk {
    let url: URL

    /// Mounts a tmpfs of `bytes` at a fresh folder.
    init(bytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dekking-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let status = Self.mount(["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", url.path])
        guard status == 0 else {
            try? FileManager.default.removeItem(at: url)
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "mount gaf \(status)"])
        }
    }

    /// Whether a tmpfs can be mounted here (tried once).
    static let canMount: Bool = {
        guard let disk = try? SmallDisk(bytes: 1 << 16) else { return false }
        disk.unmount()
        return true
    }()

    /// Bytes still free for files.
    var free: Int {
        var info = statvfs()
        guard statvfs(url.path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Fills the disk with a file of zeros until only about `bytes` stay free.
    func fill(leaving bytes: Int) throws {
        let filler = url.appendingPathComponent("vulling.bin")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let block = Data(count: 4096)
        while free > bytes { try handle.write(contentsOf: block) }
    }

    /// Removes the filler file.
    func empty() { try? FileManager.default.removeItem(at: url.appendingPathComponent("vulling.bin")) }

    /// Makes the disk read-only (`true`) or writable again.
    func setReadOnly(_ readOnly: Bool) throws {
        let status = Self.mount(["-o", readOnly ? "remount,ro" : "remount,rw", url.path])
        guard status == 0 else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "remount gaf \(status)"])
        }
    }

    func unmount() {
        _ = Process.status("/bin/umount", [url.path])
        try? FileManager.default.removeItem(at: url)
    }

    private static func mount(_ arguments: [String]) -> Int32 { Process.status("/bin/mount", arguments) }
}

extension Process {
    /// Runs `path` with `arguments` quietly and returns its exit status (-1 when it cannot start).
    static func status(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// What a run folder and its surroundings must look like after any fault.
enum WriteInvariants {
    /// The files of a complete run folder.
    static let runFiles = [
        "coverage.csv", "coverage.json", "coverage.xlsx", "gaps.md", "matrix.csv", "report.html", "run.json",
    ]

    /// The bytes of every file in `folder`, by name (empty when it does not exist).
    static func snapshot(_ folder: URL) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: Data] = [:]
        for name in names { files[name] = try? Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }

    /// Why `folder` is not a complete run folder, or nil when it is: exactly the run's files,
    /// `run.json` and `coverage.json` parse, none of them is empty.
    static func whyIncomplete(_ folder: URL) -> String? {
        let files = snapshot(folder)
        guard files.keys.sorted() == runFiles else { return "\(folder.lastPathComponent) holds \(files.keys.sorted())" }
        for (name, data) in files where data.isEmpty { return "\(name) is empty" }
        for name in ["run.json", "coverage.json"]
        where (try? JSONSerialization.jsonObject(with: files[name] ?? Data())) == nil {
            return "\(name) does not parse"
        }
        return nil
    }

    /// The names in `root` that are neither in `allowed` nor recognisable staging names
    /// (hidden, `.partial-<pid>`, `.old-<pid>` or `.<pid>.tmp`).
    static func unrecognised(in root: URL, allowed: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            if allowed.contains(name) { return false }
            guard name.hasPrefix(".") else { return true }
            let staging = name.range(of: #"\.(partial|old)-[0-9]+$"#, options: .regularExpression) != nil
            let temporary = name.range(of: #"\.[0-9]+\.tmp$"#, options: .regularExpression) != nil
            return !(staging || temporary)
        }.sorted()
    }

    /// The cache files that are neither an entry (64 hex digits) nor a recognisable temporary file.
    static func unrecognisedCacheFiles(_ cache: URL) -> [String] {
        let all =
            FileManager.default.enumerator(at: cache, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.map(\.lastPathComponent).filter { name in
            let entry = name.range(of: #"^[0-9a-f]{64}$"#, options: .regularExpression) != nil
            let shard = name.range(of: #"^[0-9a-f]{2}$"#, options: .regularExpression) != nil
            let temporary = name.range(of: #"^\.[0-9a-f]{64}\.[0-9]+\.tmp$"#, options: .regularExpression) != nil
            return !(entry || shard || temporary)
        }
    }

    /// The temporary files in the cache.
    static func cacheTemporaries(_ cache: URL) -> [String] {
        let all =
            FileManager.default.enumerator(at: cache, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.map(\.lastPathComponent).filter { $0.hasSuffix(".tmp") }
    }
}

/// A batch of small documents of fictitious organisations, written into `dir/batch`.
func writeBatch(in dir: TemporaryDirectory, count: Int) throws -> URL {
    let sentences = [
        "De consulent van Stichting Geldzorg Oost brengt met de inwoner de schulden in kaart.",
        "Je stelt samen met de cliënt een plan van aanpak op en bewaakt de afspraken.",
        "De medewerker van Buurtkracht Zuid informeert inwoners over toeslagen en regelingen.",
        "Je onderhoudt contact met schuldeisers en maakt betalingsafspraken.",
        "Je signaleert problemen op meerdere leefgebieden en verwijst door naar de juiste hulp.",
    ]
    for i in 0..<count {
        let text = (0..<(4 + i % 3)).map { sentences[($0 + i) % sentences.count] }.joined(separator: " ")
        try dir.write("Functie \(i + 1)\n\n\(text)\n", to: "batch/functie-\(i + 1).txt")
    }
    return dir.url.appendingPathComponent("batch")
}
