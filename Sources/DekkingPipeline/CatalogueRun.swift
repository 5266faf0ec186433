import DekkingCore
import DekkingModel
import DekkingReport

/// The candidates of `dekking complement`: the documents of a catalogue, each matched at the
/// target's level and knowing its own.
public enum CatalogueRun {
    /// What the catalogue gave.
    public struct Outcome: Sendable {
        /// In the order the run gave the documents.
        public var candidates: [ComplementPlan.Candidate]
        /// Findings about the inputs, each reported once.
        public var findings: [Finding]
        /// Whether an input could not be analysed (or a finding is an error).
        public var failed: Bool
    }

    /// Reads and matches the documents of `request` (its `level` and `kind` are set here): first
    /// each at its own level (detected, or from `manifest.csv`), which is the level the candidate
    /// is written for; then those of another or no known level again at `level`, so that every
    /// candidate's indicators are the target's. With `level` nil (a target matched at every
    /// level) each keeps its own.
    public static func run(_ request: CoverageRun.Request, level: LevelID?, mappings: LoadedMappings) async
        -> Outcome
    {
        var first = request
        first.level = .auto
        first.kind = nil
        let own = await CoverageRun.run(first, mappings: mappings)
        var findings = own.findings
        var failed = own.findings.containsError || !own.failedFiles.isEmpty
        var atLevel: [String: DocumentCoverage] = [:]
        let again = own.result.documents.filter { $0.level != level }
        if let level, !again.isEmpty {
            var second = first
            second.paths = again.map(\.path)
            second.level = .level(level)
            let run = await CoverageRun.run(second, mappings: mappings)
            // The same files again: only what is new (an error the first reading did not have).
            findings += run.findings.filter { $0.severity == .error && !own.findings.contains($0) }
            failed = failed || run.findings.containsError || !run.failedFiles.isEmpty
            for coverage in run.result.documents { atLevel[coverage.path] = coverage }
        }
        let candidates = own.result.documents.map { coverage in
            ComplementPlan.Candidate(coverage: atLevel[coverage.path] ?? coverage, ownLevel: coverage.level)
        }
        return Outcome(candidates: candidates, findings: findings, failed: failed)
    }
}
