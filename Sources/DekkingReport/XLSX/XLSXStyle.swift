import CXLSXWriter

/// What a cell format looks like, as a plain value; ``XLSXWorkbook/addFormat(_:)`` turns it into a
/// format of the workbook.
struct XLSXStyle: Hashable, Sendable {
    var bold = false
    var italic = false
    var wrap = false
    /// Align the text to the top of the cell (for rows with wrapped text).
    var alignTop = false
    /// An Excel number format such as `0%`.
    var numberFormat: String?
    /// Colours as `0xRRGGBB`.
    var fontColor: UInt32?
    var fillColor: UInt32?
    /// A thin border at the bottom of the cell.
    var bottomBorder = false

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if wrap { format_set_text_wrap(format) }
        if alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if let fontColor { format_set_font_color(format, lxw_color_t(fontColor)) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fillColor))
        }
        if bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    }
}
