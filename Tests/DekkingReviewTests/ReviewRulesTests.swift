import DekkingMatching
import DekkingModel
import DekkingReport
import DekkingReview
import DekkingTestSupport
import Foundation
import Testing

/// The review server's rules without a server: who may ask, what a decision may say, and how the
/// reviewer's file is written.
@Suite struct ReviewRulesTests {
    static let result = CoverageResult(
        framework: .init(id: "sfd-2021", version: "2021", title: "Beroepscompetenties"),
        documents: [
            DocumentCoverage(
                id: "kd-budget", path: "kd-budget.txt", title: "Kwalificatiedossier Budgetcoach (fictief)",
                kind: .kwalificatiedossier, level: "mbo", matchedLevels: ["mbo"], fieldRelevance: 1, fieldHits: [:],
                wordCount: 120, clusters: [],
                competencies: [
                    CompetencyCoverage(
                        id: "4.2", clusterID: "4", score: 0.7, status: .covered,
                        indicators: [
                            IndicatorCoverage(id: "4.2-mbo-3", level: "mbo", score: 0.7, status: .covered, evidence: [])
                        ], keywords: [])
                ],
                startbekwaam: [
                    ProfileCoverage(
                        clusterID: "4", score: 0.2, status: .gap,
                        statements: [
                            StatementCoverage(id: "4-startbekwaam-1", text: "…", score: 0.2, status: .gap, evidence: [])
                        ])
                ], findings: [])
        ])
    static let items = ReviewItems(result)
    static let gate = RequestGuard(port: 8123, token: "geheim")
    static let own = ["host": "127.0.0.1:8123", "origin": "http://127.0.0.1:8123"]

    static func refusal(_ body: () throws -> Void) -> ReviewRefusal? {
        do {
            try body()
            return nil
        } catch {
            return error as? ReviewRefusal ?? ReviewRefusal(0, "\(error)")
        }
    }

    @Test func onlyThePageOfThisServerWithTheTokenMayWrite() {
        #expect(Self.refusal { try Self.gate.check(headers: Self.own, token: "geheim", writes: true) } == nil)
        #expect(
            Self.refusal {
                try Self.gate.check(headers: ["host": "localhost:8123"], token: "geheim", writes: false)
            } == nil)
        // No or a wrong token.
        #expect(Self.refusal { try Self.gate.check(headers: Self.own, token: nil, writes: false) }?.status == 401)
        #expect(Self.refusal { try Self.gate.check(headers: Self.own, token: "geheiM", writes: true) }?.status == 401)
        // Another site in the same browser, or a name that points at 127.0.0.1 (DNS rebinding).
        var other = Self.own
        other["origin"] = "https://voorbeeld-aanval.nl"
        #expect(Self.refusal { try Self.gate.check(headers: other, token: "geheim", writes: true) }?.status == 403)
        #expect(
            Self.refusal {
                try Self.gate.check(
                    headers: ["host": "aanval.voorbeeld:8123", "origin": "http://aanval.voorbeeld:8123"],
                    token: "geheim", writes: true)
            }?.status == 403)
        #expect(Self.refusal { try Self.gate.check(headers: [:], token: "geheim", writes: false) }?.status == 403)
        // A write without Origin, or marked cross-site by the browser.
        #expect(
            Self.refusal { try Self.gate.check(headers: ["host": "127.0.0.1:8123"], token: "geheim", writes: true) }?
                .status == 403)
        var crossSite = Self.own
        crossSite["sec-fetch-site"] = "cross-site"
        #expect(Self.refusal { try Self.gate.check(headers: crossSite, token: "geheim", writes: true) }?.status == 403)
    }

    @Test func tokensAreLongRandomAndDifferent() {
        let tokens = (0..<20).map { _ in RequestGuard.newToken() }
        #expect(Set(tokens).count == 20)
        #expect(tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }

    static func decision(_ json: String) -> Result<ReviewDecision, ReviewRefusal> {
        do {
            return .success(try ReviewDecision(json: Data(json.utf8), items: items))
        } catch {
            return .failure(error)
        }
    }

    static func status(_ json: String) -> Int? {
        if case .failure(let refusal) = decision(json) { return refusal.status }
        return nil
    }

    @Test func aDecisionMustNameADocumentAndItemOfTheRun() throws {
        let good = try Self.decision(
            #"{"document":"kd-budget","item":"4.2-mbo-3","decision":"rejected","note":"alleen in de inleiding"}"#
        ).get()
        #expect(good.decision == .rejected && good.note == "alleen in de inleiding")
        #expect(Self.status(#"{"document":"kd-budget","item":"4.2","decision":"confirmed"}"#) == nil)
        #expect(Self.status(#"{"document":"kd-budget","item":"4-startbekwaam-1","decision":"confirmed"}"#) == nil)
        #expect(Self.status(#"{"document":"kd-ander","item":"4.2","decision":"confirmed"}"#) == 422)
        #expect(Self.status(#"{"document":"kd-budget","item":"../../etc/passwd","decision":"confirmed"}"#) == 422)
        #expect(Self.status(#"{"document":"kd-budget","item":"4.2","decision":"afgekeurd"}"#) == 422)
        #expect(Self.status(#"{"document":"kd-budget""#) == 400)
        #expect(Self.status("niet eens json") == 400)
        let long = String(repeating: "a", count: 2_001)
        #expect(Self.status(#"{"document":"kd-budget","item":"4.2","decision":"confirmed","note":"\#(long)"}"#) == 422)
        #expect(
            Self.status(#"{"document":"kd-budget","item":"4.2","decision":"confirmed","note":"a\u001b[2Jb"}"#) == 422)
        let huge = String(repeating: " ", count: 20_000)
        #expect(Self.status(#"{"document":"kd-budget",\#(huge)"item":"4.2","decision":"confirmed"}"#) == 413)
    }

    @Test func theReviewersFileNameCannotLeaveTheFolder() {
        #expect(DecisionLog.fileName(for: "Anna de Vries") == "beoordeling-anna-de-vries.csv")
        #expect(DecisionLog.fileName(for: "José Öztürk") == "beoordeling-jose-ozturk.csv")
        #expect(DecisionLog.fileName(for: "../../etc/passwd") == "beoordeling-etc-passwd.csv")
        #expect(DecisionLog.fileName(for: "   ") == "beoordeling-onbekend.csv")
    }

    @Test func decisionsFromManyTabsAtOnceAreAllWrittenAndReadBack() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let url = dir.url.appendingPathComponent("overrides/beoordeling-anna.csv")
        let (log, findings) = DecisionLog.open(url: url, reviewer: "Anna")
        #expect(findings.isEmpty)
        let items = ["4.2", "4.2-mbo-3", "4-startbekwaam-1"]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<60 {
                group.addTask {
                    let json =
                        #"{"document":"kd-budget","item":"\#(items[n % 3])","decision":"confirmed","note":"tab \#(n), regel 1\nregel 2, \"citaat\""}"#
                    try await log.record(try ReviewDecision(json: Data(json.utf8), items: Self.items))
                }
            }
            try await group.waitForAll()
        }
        // One row per item (the latest decision about it), every row whole.
        let (set, loadFindings) = OverrideSet.load(
            directory: dir.url.appendingPathComponent("overrides"), displayPath: "overrides")
        #expect(loadFindings.isEmpty, "\(loadFindings)")
        for item in items {
            let entry = try #require(set.decision(document: "kd-budget", indicator: item))
            #expect(entry.reviewer == "Anna" && entry.note?.hasSuffix("regel 1\nregel 2, \"citaat\"") == true)
        }
        // Reopened, the log goes on where it stopped.
        let (again, _) = DecisionLog.open(url: url, reviewer: "Anna")
        #expect(await again.decisions.count == 3)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == [
                "beoordeling-anna.csv"
            ])
    }

    @Test func theServedPageMayTalkToItsServerAndNothingElse() throws {
        let report =
            "<!doctype html><head><meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLReport.offlinePolicy)\"></head><body>\n<p>rapport</p></body>"
        let page = try ReviewPage.served(
            report: report, config: ["token": "ab</script><script>x", "endpoint": "/beslissingen"])
        #expect(page.contains("connect-src 'self'") && !page.contains("content=\"\(HTMLReport.offlinePolicy)\""))
        #expect(page.contains("<script type=\"application/json\" id=\"review-config\">"))
        #expect(!page.contains("</script><script>x"))
        #expect(page.hasSuffix("<p>rapport</p></body>"))
        #expect(throws: ReviewPage.Problem.self) { try ReviewPage.served(report: "<html><body></body>", config: [:]) }
    }
}
