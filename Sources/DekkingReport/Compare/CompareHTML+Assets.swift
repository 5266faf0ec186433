extension CompareHTML {
    /// The style sheet of compare.html, on top of ``HTMLReport/baseStyles``.
    static let styles = HTMLAssets.compareCSS

    /// The script of compare.html: category filter, fold all, unfold everything for print.
    static let script = HTMLAssets.compareJS
}
