import ArgumentParser
import DekkingCore
import DekkingMatching
import DekkingModel
import DekkingReport
import DekkingReview
import Foundation

/// `dekking review RUN` (or `dekking review PATH...`, analysed first): the run's report in the
/// browser with decision buttons; every decision is saved at once in
/// `Mappings/overrides/beoordeling-<naam>.csv`.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Beoordeel de treffers van een run in de browser: klopt, klopt niet of toevoegen, met een notitie.",
        discussion: """
            Start een kleine webserver die alleen op deze computer bereikbaar is (127.0.0.1) en toont \
            het rapport van de run met bij elke indicator en competentie de knoppen 'klopt', 'klopt \
            niet' en 'toevoegen'. Elke beslissing wordt meteen opgeslagen in \
            Mappings/overrides/beoordeling-<naam>.csv en geldt bij elke volgende analyse. Stop met \
            Ctrl-C; er gaat niets verloren.
            """)

    @Argument(
        help: ArgumentHelp(
            "De run-map (met report.html en coverage.json), of de documenten en mappen die eerst geanalyseerd worden.",
            valueName: "run-map of pad"))
    var paths: [String]

    @Option(
        help: ArgumentHelp("Waar de run komt als er eerst geanalyseerd wordt (standaard: Output).", valueName: "map"))
    var out = "Output"

    @Option(help: ArgumentHelp("Uw naam bij de beslissingen (standaard: de gebruikersnaam).", valueName: "naam"))
    var reviewer: String?

    @Option(help: ArgumentHelp("De poort op 127.0.0.1 (standaard: een vrije poort).", valueName: "poort"))
    var port: UInt16 = 0

    @Flag(help: "Open geen browser; toon alleen het adres.")
    var noOpen = false

    @OptionGroup var mappings: MappingOptions

    func run() async throws {
        let folder = try runFolder()
        let (report, result) = try Self.readRun(folder)
        let name = reviewer ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let overrides = URL(fileURLWithPath: mappings.mappings).appendingPathComponent("overrides")
        let file = overrides.appendingPathComponent(DecisionLog.fileName(for: name))
        let (log, logFindings) = DecisionLog.open(url: file, reviewer: name)
        let warnings = Self.warnings(result: result, overrides: overrides, display: "\(mappings.mappings)/overrides")
        for finding in logFindings { Terminal.report(finding) }
        let server = try ReviewServer(
            content: .init(report: report, items: ReviewItems(result), warnings: warnings.map(\.description)),
            log: log, port: port)
        let (task, address) = try await server.start()
        Terminal.write(
            """
            Beoordelen: \(address)
            Beslissingen van \(name) gaan naar \(file.path).
            Stop met Ctrl-C.

            """)
        for warning in warnings { Terminal.report(warning) }
        if !noOpen { Self.openBrowser(address) }
        await Self.waitForInterruption()
        await server.stop()
        task.cancel()
        let count = await log.decisions.count
        Terminal.write("Gestopt. \(count) beslissing(en) in \(file.path); ze gelden bij de volgende analyse.\n")
    }

    /// The run folder named, or the one `dekking analyze` makes of the paths first (in ``out``,
    /// never replacing an existing run).
    func runFolder() throws -> URL {
        if paths.count == 1, RunFolderLayout.whyNotARunFolder(URL(fileURLWithPath: paths[0])) == nil {
            return URL(fileURLWithPath: paths[0])
        }
        let process = Process()
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.executableURL = URL(fileURLWithPath: executable ?? CommandLine.arguments[0])
        process.arguments = ["analyze"] + paths + ["--out", out, "--mappings", mappings.mappings]
        // The summary and "Open het rapport: …" come on standard error; they are shown as they are.
        let output = Pipe()
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        FileHandle.standardError.write(data)
        let text = String(decoding: data, as: UTF8.self)
        let marker = "Open het rapport: "
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix(marker) }),
            line.hasSuffix("/report.html")
        else {
            throw ExitCode(process.terminationStatus == 0 ? 1 : process.terminationStatus)
        }
        return URL(fileURLWithPath: String(line.dropFirst(marker.count))).deletingLastPathComponent()
    }

    /// The run folder's report.html and coverage.json, or a usage error that says what is wrong.
    static func readRun(_ folder: URL) throws -> (String, CoverageResult) {
        let reportURL = folder.appendingPathComponent("report.html")
        let jsonURL = folder.appendingPathComponent("coverage.json")
        guard let report = try? String(contentsOf: reportURL, encoding: .utf8),
            let data = FileManager.default.contents(atPath: jsonURL.path)
        else {
            throw ValidationError(
                "\(folder.path): geen run-map met report.html en coverage.json (maak er een met 'dekking analyze … --out DIR')"
            )
        }
        do {
            return (report, try CoverageJSON.decode(data))
        } catch {
            throw ValidationError("\(jsonURL.path): het bestand kan niet worden gelezen als coverage.json")
        }
    }

    /// What the page must show beside the decisions: problems in the overrides files, and
    /// decisions about documents or items this run does not have.
    static func warnings(result: CoverageResult, overrides: URL, display: String) -> [Finding] {
        let (set, findings) = OverrideSet.load(directory: overrides, displayPath: display)
        let items = ReviewItems(result)
        var warnings = findings
        for (document, entries) in set.entries.sorted(by: { $0.key < $1.key }) {
            guard items.contains(document: document) else {
                let first = entries.values.map(\.location).min { ($0.line ?? 0) < ($1.line ?? 0) }
                warnings.append(
                    Finding(
                        .note, first ?? SourceLocation(file: display),
                        "\(entries.count) beslissing(en) over document \(document), dat niet in deze run zit"))
                continue
            }
            for (item, entry) in entries.sorted(by: { $0.key < $1.key }) where !items.contains(item: item, of: document)
            {
                warnings.append(
                    Finding(
                        .warning, entry.location,
                        "beslissing over \(item) in \(document) geldt niet: deze run kent dat onderdeel niet voor dit document"
                    ))
            }
        }
        return warnings
    }

    /// Opens `address` in the user's browser when there is a desktop to show it on.
    static func openBrowser(_ address: String) {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }

    /// Returns on Ctrl-C (SIGINT) or SIGTERM.
    static func waitForInterruption() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { once.resume() }
                source.resume()
                once.keep(source)
            }
        }
    }
}

/// Resumes a continuation at most once, and keeps the signal sources alive until then.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func keep(_ source: DispatchSourceSignal) { lock.withLock { sources.append(source) } }

    func resume() {
        let pending = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { continuation = nil }
            for source in sources { source.cancel() }
            return continuation
        }
        pending?.resume()
    }
}
