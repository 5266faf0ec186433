/// The probabilities from which a score is `gedekt` and `deels` in a run: `covered` and `partial`
/// of the settings the run's manifest records (Mappings/thresholds.yaml plus `--set`), so a report
/// colours and explains scores with the thresholds that gave the statuses.
struct StatusThresholds: Hashable, Sendable {
    /// From this score on, `gedekt`.
    var covered: Double
    /// From this score on (and below ``covered``), `deels`; below it, `ontbreekt`.
    var partial: Double

    /// The thresholds the manifest's `settings` record; nil when either is missing (every run
    /// records both; a hand-made manifest may not).
    init?(settings: [String: Double]) {
        guard let covered = settings["covered"], let partial = settings["partial"] else { return nil }
        self.covered = covered
        self.partial = partial
    }
}

extension ReportContext {
    /// The run's status thresholds (see ``StatusThresholds``).
    var statusThresholds: StatusThresholds? { StatusThresholds(settings: manifest.settings) }
}
