/// The time one document may take to be read, analysed and matched, checked cooperatively.
///
/// A budget is a deadline fixed when it is made; nothing is interrupted from outside. The loops
/// whose work grows with the input (segmenting, analysis per segment, matching per window) each
/// hold a ``WorkMeter`` and call ``WorkMeter/tick()`` once per iteration; past the deadline that
/// throws ``WorkBudgetExceeded``, which ends the work on the document and nothing else.
public struct WorkBudget: Sendable, Hashable {
    /// The seconds allowed; 0 means no limit.
    public let seconds: Double
    /// When the budget runs out; `nil` for no limit.
    public let deadline: ContinuousClock.Instant?

    /// A budget of `seconds` from `start`; 0 or less means no limit.
    public init(seconds: Double, from start: ContinuousClock.Instant = .now) {
        self.seconds = max(seconds, 0)
        deadline = seconds > 0 ? start.advanced(by: .microseconds(Int64((seconds * 1_000_000).rounded()))) : nil
    }

    /// No limit: ``check()`` never throws.
    public static let unlimited = WorkBudget(seconds: 0)

    /// Whether there is no limit.
    public var isUnlimited: Bool { deadline == nil }

    /// Reads the clock and throws when the deadline has passed.
    public func check() throws(WorkBudgetExceeded) {
        if let deadline, ContinuousClock.now >= deadline { throw WorkBudgetExceeded(seconds: seconds) }
    }
}

/// A document took longer than its ``WorkBudget``; its work was stopped.
public struct WorkBudgetExceeded: Error, Sendable, Hashable {
    /// The budget that ran out, in seconds.
    public let seconds: Double

    public init(seconds: Double) { self.seconds = seconds }
}

/// Checks a ``WorkBudget`` from a loop, reading the clock only every ``interval`` ticks so that a
/// check costs a decrement and a comparison.
public struct WorkMeter: Sendable {
    /// The budget checked.
    public let budget: WorkBudget
    /// Ticks between two readings of the clock.
    public let interval: Int
    private var remaining: Int

    /// A meter for `budget` that reads the clock every `interval` ticks (at least 1), starting with
    /// the first.
    public init(_ budget: WorkBudget, interval: Int = 64) {
        self.budget = budget
        self.interval = max(interval, 1)
        remaining = 0
    }

    /// Counts one unit of work; throws when the clock is read and the deadline has passed.
    public mutating func tick() throws(WorkBudgetExceeded) {
        guard budget.deadline != nil else { return }
        if remaining > 0 {
            remaining -= 1
            return
        }
        remaining = interval - 1
        try budget.check()
    }
}
