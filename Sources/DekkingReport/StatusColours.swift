import DekkingModel

/// The colours of the statuses, defined once for every report that colours them: report.html and
/// compare.html (as the CSS variables `--covered-bg`, `--covered-fg`, … that `base.css` gets in its
/// `{{statusColours}}` slot) and coverage.xlsx (the fill and font of status words and scores).
///
/// One blue scale plus a pale warm tone for gaps, so the statuses stay apart for every kind of
/// colour blindness and in grey print; every status also has a word (and on the page a symbol).
enum StatusColours {
    /// The colours of one status, as `0xRRGGBB`.
    struct Colours: Hashable, Sendable {
        /// The fill behind the status.
        var background: UInt32
        /// Text on that fill.
        var text: UInt32
        /// A thin outline, for the pale fill of a gap that would otherwise vanish on white paper.
        var outline: UInt32?
    }

    /// The colours of `status`.
    static func of(_ status: CoverageStatus) -> Colours {
        switch status {
        case .covered: Colours(background: 0x1D4F91, text: 0xFFFFFF)
        case .partial: Colours(background: 0xA9CBEB, text: 0x0C2340)
        case .gap: Colours(background: 0xFDF0E6, text: 0x8A3B12, outline: 0xE7BFA3)
        }
    }

    /// The CSS custom properties of every status, one line per status, in the form base.css has
    /// always declared them: `--covered-bg: #1d4f91; --covered-fg: #ffffff;` and so on.
    static var cssVariables: String {
        CoverageStatus.allCases.map { status in
            let colours = of(status)
            var line =
                "--\(status.rawValue)-bg: \(css(colours.background)); --\(status.rawValue)-fg: \(css(colours.text));"
            if let outline = colours.outline { line += " --\(status.rawValue)-line: \(css(outline));" }
            return line
        }.joined(separator: "\n  ")
    }

    /// `0x1D4F91` as `#1d4f91`.
    static func css(_ colour: UInt32) -> String {
        let hex = String(colour, radix: 16)
        return "#" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
    }
}
