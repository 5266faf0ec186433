/// Range checks for the numbers of mapping files and `--set`, which arrive as `Double`s.
///
/// `Int(value)` traps on NaN, infinities and values beyond `Int` (`1e19`, or
/// `9223372036854775807`, which becomes 2⁶³ as a `Double`), and `nan` or `-5` pass any check
/// written as `value < 1`. A setting read from a file goes through one of these before it is
/// used; `nil` means the value is refused, and the caller reports it (``expectation(_:)`` gives
/// the words) and keeps its default.
enum SettingRange {
    /// `value` rounded to the nearest whole number (halves away from zero, as `rounded()`), when
    /// that is finite and within `range`; otherwise `nil`. Never traps.
    static func integer(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        guard value.isFinite, let whole = Int(exactly: value.rounded()), range.contains(whole) else { return nil }
        return whole
    }

    /// `value` when it is a number (not NaN) within `range` (so infinite only when `range` reaches
    /// infinity); otherwise `nil`. For thresholds and weights: `fraction(x, in: 0...1)`.
    static func fraction(_ value: Double, in range: ClosedRange<Double> = 0...1) -> Double? {
        guard !value.isNaN, range.contains(value) else { return nil }
        return value
    }

    /// What a whole-number setting must be, for messages: "een geheel getal van 1 tot en met 1000".
    static func expectation(_ range: ClosedRange<Int>) -> String {
        "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)"
    }

    /// What a setting with a fractional value must be, for messages: "een getal van 0 tot en met 1".
    static func expectation(_ range: ClosedRange<Double>) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return "een getal van \(number(range.lowerBound)) tot en met \(number(range.upperBound))"
    }
}
