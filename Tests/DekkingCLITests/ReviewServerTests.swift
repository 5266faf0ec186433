import DekkingTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `dekking review` as a user starts it: a real server on 127.0.0.1, driven with raw requests.
@Suite(.serialized) struct ReviewServerTests {
    /// A started `dekking review` with its address, token and folders.
    struct Review {
        let process: Process
        let port: Int
        let token: String
        let mappings: URL
        let output: URL

        var file: URL { mappings.appendingPathComponent("overrides/beoordeling-toetser.csv") }

        func post(_ body: String, origin: String? = nil, host: String? = nil) -> HTTPProbe.Answer? {
            HTTPProbe.send(
                HTTPProbe.request(
                    "POST", "/beslissingen", port: port, token: token, body: body, host: host,
                    origin: origin ?? "http://127.0.0.1:\(port)"), port: port)
        }

        func stop(signal number: Int32 = SIGINT) -> String {
            kill(process.processIdentifier, number)
            process.waitUntilExit()
            return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        }
    }

    /// A run of kd-metselaar in `dir` (with a copy of the mappings) and its indicator ids.
    static func makeRun(in dir: TemporaryDirectory, paths: [String] = ["Inputs/kd-metselaar.txt"]) throws -> (
        run: URL, mappings: URL, items: [String]
    ) {
        let mappings = dir.url.appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: mappings)
        let out = dir.url.appendingPathComponent("runs")
        let analysed = try runDekking(
            [
                "analyze"
            ] + paths + ["--out", out.path, "--name", "proef", "--quiet", "--mappings", mappings.path])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        let json = try Data(contentsOf: out.appendingPathComponent("proef/coverage.json"))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let document = (object?["documents"] as? [[String: Any]])?.first
        let items = ((document?["competencies"] as? [[String: Any]]) ?? []).flatMap { competency in
            ((competency["indicators"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        }
        return (out.appendingPathComponent("proef"), mappings, items)
    }

    static func start(run: URL, mappings: URL, in dir: TemporaryDirectory, paths: [String]? = nil) throws -> Review {
        let output = dir.url.appendingPathComponent("review-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments =
            ["review"] + (paths ?? [run.path]) + [
                "--no-open", "--reviewer", "Toetser", "--mappings", mappings.path, "--out",
                run.deletingLastPathComponent().path,
            ]
        process.currentDirectoryURL = TestPaths.root
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Beoordelen: ") }),
                let url = URLComponents(string: String(line.dropFirst("Beoordelen: ".count))),
                let port = url.port, let token = url.queryItems?.first(where: { $0.name == "token" })?.value
            {
                return Review(process: process, port: port, token: token, mappings: mappings, output: output)
            }
            usleep(50_000)
        }
        process.terminate()
        throw CocoaError(
            .fileReadUnknown, userInfo: ["uitvoer": (try? String(contentsOf: output, encoding: .utf8)) ?? ""])
    }

    @Test func theServerListensOnLoopbackOnlyAndRefusesStrangers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, items) = try Self.makeRun(in: dir)
        let review = try Self.start(run: run, mappings: mappings, in: dir)
        defer { _ = review.stop() }
        let item = try #require(items.first)

        // Bound to 127.0.0.1: the listening socket in /proc/net/tcp is 0100007F:<port>.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let local = String(format: ":%04X", review.port)
        let listening = table.split(separator: "\n").filter { $0.contains(local + " ") && $0.contains(" 0A ") }
        #expect(!listening.isEmpty && listening.allSatisfy { $0.contains("0100007F" + local) }, "\(listening)")

        // The page needs the token, and then may talk to its server.
        #expect(
            HTTPProbe.send(HTTPProbe.request("GET", "/", port: review.port, token: nil), port: review.port)?.status
                == 401)
        let page = try #require(
            HTTPProbe.send(
                HTTPProbe.request("GET", "/?token=\(review.token)", port: review.port, token: nil), port: review.port))
        #expect(
            page.status == 200 && page.body.contains("id=\"review-config\"") && page.body.contains("connect-src 'self'")
        )

        let body = #"{"document":"kd-metselaar","item":"\#(item)","decision":"rejected","note":"niet in de tekst"}"#
        // Another site in the same browser, a rebinding host name, a wrong token: refused, nothing written.
        #expect(review.post(body, origin: "https://aanval.voorbeeld")?.status == 403)
        #expect(review.post(body, host: "aanval.voorbeeld:\(review.port)")?.status == 403)
        #expect(
            HTTPProbe.send(
                HTTPProbe.request(
                    "POST", "/beslissingen", port: review.port, token: "fout", body: body,
                    origin: "http://127.0.0.1:\(review.port)"), port: review.port)?.status == 401)
        // Bad bodies: 4xx with a message, nothing written.
        #expect(review.post(#"{"document":"kd-metselaar","item":"9.9-hbo-9","decision":"rejected"}"#)?.status == 422)
        #expect(review.post(#"{"document":"kd-metselaar","item":"\#(item)","decision":"afgekeurd"}"#)?.status == 422)
        let big = review.post(String(repeating: "x", count: 100_000))
        #expect(big?.status == 413 && big?.body.contains("te groot") == true)
        // No path from a request reaches the file system.
        #expect(
            HTTPProbe.send(
                HTTPProbe.request("GET", "/../../etc/passwd", port: review.port, token: review.token),
                port: review.port)?.status == 404)
        #expect(!FileManager.default.fileExists(atPath: review.file.path))

        let saved = try #require(review.post(body))
        #expect(saved.status == 200 && saved.body.contains("\"opgeslagen\""), "\(saved.body)")
        let text = try String(contentsOf: review.file, encoding: .utf8)
        #expect(
            text.hasPrefix(
                "document,indicator,decision,note,reviewer,decided\nkd-metselaar,\(item),rejected,niet in de tekst,Toetser,20"
            ))
    }

    @Test func twoTabsLoseNothingCtrlCStopsAndTheNextRunAppliesTheDecisions() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, items) = try Self.makeRun(in: dir)
        #expect(items.count >= 40)
        let review = try Self.start(run: run, mappings: mappings, in: dir)
        let chosen = Array(items.prefix(40))
        DispatchQueue.concurrentPerform(iterations: chosen.count) { n in
            let decision = n.isMultiple(of: 2) ? "confirmed" : "rejected"
            let answer = review.post(#"{"document":"kd-metselaar","item":"\#(chosen[n])","decision":"\#(decision)"}"#)
            #expect(answer?.status == 200, "\(answer?.body ?? "geen antwoord")")
        }
        let said = review.stop()
        #expect(review.process.terminationStatus == 0, "\(said)")
        #expect(said.contains("Gestopt. 40 beslissing(en)"), "\(said)")
        let rows = try String(contentsOf: review.file, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(Set(rows.map { $0.split(separator: ",")[1] }) == Set(chosen.map { Substring($0) }))

        let next = try runDekking(["analyze", "Inputs/kd-metselaar.txt", "--json", "-", "--mappings", mappings.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains(#""id":"\#(chosen[0])","level":"#))
        let confirmed = #""id":"\#(chosen[0])","level":"mbo","override":"confirmed""#
        let rejected = #""id":"\#(chosen[1])","level":"mbo","override":"rejected""#
        #expect(next.stdout.contains(confirmed) && next.stdout.contains(rejected), "\(next.stdout.prefix(400))")
    }

    /// Given documents instead of a run folder, review analyses them first into a new run folder.
    @Test func documentsAreAnalysedFirstIntoANewRunFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, _) = try Self.makeRun(in: dir)
        let review = try Self.start(
            run: run, mappings: mappings, in: dir,
            paths: ["Inputs/kd-metselaar.txt", "Inputs/vacature-budgetcoach.html"])
        let said = review.stop()
        #expect(review.process.terminationStatus == 0, "\(said)")
        let made = run.deletingLastPathComponent().appendingPathComponent("kd-metselaar-en-1-meer")
        #expect(said.contains("Open het rapport: \(made.path)/report.html"), "\(said)")
        #expect(FileManager.default.fileExists(atPath: made.appendingPathComponent("coverage.json").path))
        // The earlier run was not touched.
        #expect(FileManager.default.fileExists(atPath: run.appendingPathComponent("report.html").path))
    }

    /// A full or read-only disk: the decision is refused with a message (507) and the file keeps
    /// the decisions it had; once there is room again, decisions are saved.
    @Test(.enabled(if: SmallDisk.canMount, "a tmpfs cannot be mounted here (needs root)"))
    func aFullOrReadOnlyDiskRefusesTheDecisionAndKeepsTheFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, _, items) = try Self.makeRun(in: dir)
        let disk = try SmallDisk(bytes: 2 << 20)
        defer { disk.unmount() }
        let mappings = disk.url.appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: mappings)
        let review = try Self.start(run: run, mappings: mappings, in: dir)
        defer { _ = review.stop() }
        func decide(_ n: Int) -> HTTPProbe.Answer? {
            review.post(
                #"{"document":"kd-metselaar","item":"\#(items[n])","decision":"confirmed","note":"nummer \#(n)"}"#)
        }
        #expect(decide(0)?.status == 200)
        let saved = try String(contentsOf: review.file, encoding: .utf8)

        try disk.fill(leaving: 0)
        let full = decide(1)
        #expect(full?.status == 507 && full?.body.contains("niet opgeslagen") == true, "\(full?.body ?? "")")
        #expect(try String(contentsOf: review.file, encoding: .utf8) == saved)
        disk.empty()

        try disk.setReadOnly(true)
        let readOnly = decide(2)
        #expect(readOnly?.status == 507, "\(readOnly?.body ?? "")")
        try disk.setReadOnly(false)
        #expect(try String(contentsOf: review.file, encoding: .utf8) == saved)

        #expect(decide(3)?.status == 200)
        let rows = try String(contentsOf: review.file, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == 2 && rows.allSatisfy { $0.hasSuffix("Z") })
        let names = try FileManager.default.contentsOfDirectory(atPath: review.file.deletingLastPathComponent().path)
        #expect(names.sorted() == ["README.md", "beoordeling-toetser.csv"], "\(names)")
    }

    /// SIGKILL while decisions are being written: the file is always whole, the old or the new.
    /// `DEKKING_FAULT_KILLS` sets the number of kills (25 by default; `make faults` runs 200).
    @Test func aKillDuringWritesNeverLeavesAHalfWrittenFile() throws {
        let rounds = ProcessInfo.processInfo.environment["DEKKING_FAULT_KILLS"].flatMap { Int($0) } ?? 25
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let (run, mappings, items) = try Self.makeRun(in: dir)
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for round in 0..<rounds {
            let review = try Self.start(run: run, mappings: mappings, in: dir)
            let writer = Thread {
                for n in 0..<400 {
                    let item = items[(round * 7 + n) % items.count]
                    _ = review.post(
                        #"{"document":"kd-metselaar","item":"\#(item)","decision":"confirmed","note":"ronde \#(round) nr \#(n)"}"#
                    )
                }
            }
            writer.start()
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            _ = review.stop(signal: SIGKILL)
            kills += 1
            let text = (try? String(contentsOf: review.file, encoding: .utf8)) ?? ""
            if text.isEmpty { continue }
            #expect(text.hasPrefix("document,indicator,decision,note,reviewer,decided\n") && text.hasSuffix("\n"))
            let rows = text.split(separator: "\n").dropFirst()
            #expect(
                rows.allSatisfy { $0.hasPrefix("kd-metselaar,") && $0.split(separator: ",").count == 6 },
                "\(rows.suffix(2))")
        }
        #expect(kills == rounds)
        // A kill during a write may leave the write's temporary file (a dot file that no run reads);
        // the next review removes it. Then nothing but the decisions file is left.
        _ = try Self.start(run: run, mappings: mappings, in: dir).stop()
        let names = try FileManager.default.contentsOfDirectory(
            atPath: mappings.appendingPathComponent("overrides").path)
        #expect(names.sorted() == ["README.md", "beoordeling-toetser.csv"], "\(names)")
    }
}
