/// How numbers are written in the reports, the same on every machine and in every locale.
enum NumberFormat {
    /// `value` with exactly four decimals and a `.` decimal point, such as `0.2350` (machine-readable
    /// files). Values are rounded half away from zero; `-0.0000` is written `0.0000`.
    static func fixed4(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = Int64((value * 10_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let fraction = String(magnitude % 10_000)
        return sign + String(magnitude / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// `value` (0 to 1) as a whole percentage for people, such as `24%`.
    static func percent(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return "\(Int((value * 100).rounded()))%"
    }
}
