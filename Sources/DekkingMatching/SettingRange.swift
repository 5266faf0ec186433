/// Range checks for the numbers of mapping files and `--set`, which arrive as `Double`s.
///
/// `Int(value)` traps on NaN, infinities and values beyond `Int` (`1e19`, or
/// `9223372036854775807`, which becomes 2⁶³ as a `Double`), and `nan` or `-5` pass any check
/// written as `value < 1`. A setting read from a file goes through one of these before it is
/// used; `nil` means the value is refused, and the caller reports it (``expectation(_:)`` gives
/// the words) and keeps its default. The settings of thresholds.yaml each have an ``Allowed``
/// (``MatchingConfiguration/all``), checked by ``MatchingConfiguration/checked(_:_:)``.
public enum SettingRange {
    /// `value` rounded to the nearest whole number (halves away from zero, as `rounded()`), when
    /// that is finite and within `range`; otherwise `nil`. Never traps.
    static func integer(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        guard value.isFinite, let whole = Int(exactly: value.rounded()), range.contains(whole) else { return nil }
        return whole
    }

    /// What a whole-number setting must be, for messages: "een geheel getal van 1 tot en met 1000".
    static func expectation(_ range: ClosedRange<Int>) -> String {
        "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)"
    }

    /// What a setting with a fractional value must be, for messages: "een getal van 0 tot en met 1".
    static func expectation(_ range: ClosedRange<Double>) -> String {
        "een getal van \(written(range.lowerBound)) tot en met \(written(range.upperBound))"
    }
}

extension SettingRange {
    /// What one setting of thresholds.yaml may be. Every kind refuses NaN and infinities.
    public enum Allowed: Hashable, Sendable {
        /// A whole number within the range (a fractional value is rounded first).
        case whole(ClosedRange<Int>)
        /// A finite number within the range.
        case number(ClosedRange<Double>)
        /// A finite number of at least this.
        case atLeast(Double)
        /// A finite number greater than this.
        case above(Double)
        /// A finite number from the first bound up to, but not including, the second.
        case below(from: Double, upTo: Double)

        /// The value to use (rounded for whole numbers), or `nil` when `value` is not allowed.
        public func accept(_ value: Double) -> Double? {
            guard value.isFinite else { return nil }
            switch self {
            case .whole(let range): return SettingRange.integer(value, in: range).map(Double.init)
            case .number(let range): return range.contains(value) ? value : nil
            case .atLeast(let bound): return value >= bound ? value : nil
            case .above(let bound): return value > bound ? value : nil
            case .below(let lower, let upper): return value >= lower && value < upper ? value : nil
            }
        }

        /// What the value must be, for messages: "een getal groter dan 0".
        public var expectation: String {
            switch self {
            case .whole(let range): SettingRange.expectation(range)
            case .number(let range): SettingRange.expectation(range)
            case .atLeast(let bound): "een getal van \(SettingRange.written(bound)) of meer"
            case .above(let bound): "een getal groter dan \(SettingRange.written(bound))"
            case .below(let lower, let upper):
                "een getal van \(SettingRange.written(lower)) tot \(SettingRange.written(upper)) (\(SettingRange.written(upper)) niet)"
            }
        }
    }

    /// `value` as written in messages: whole numbers without a decimal point, `nan`, `inf`, `-inf`.
    public static func written(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
