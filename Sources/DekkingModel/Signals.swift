/// The signals that decide whether a document addresses an indicator or a competency. An
/// indicator has its own share and similarity (title and key phrases 0); a competency has its
/// best indicator's share and similarity, its title's share and its key phrases. Every signal is
/// rounded to four decimals before it is combined, so a fitting script that reads them from the
/// JSON report computes exactly the probabilities the engine reports.
public struct Signals: Hashable, Sendable, Codable {
    /// BM25 share of the indicator's weighted terms in its best window (for a competency: of its
    /// best indicator).
    public var lexical = 0.0
    /// BM25 share of the competency title in its best window (competencies only).
    public var title = 0.0
    /// Key-phrase evidence of the competency, `1 - exp(-mass / keywordSaturation)` (competencies only).
    public var keyword = 0.0
    /// The best encoder similarity of the text to a window, as a z-score among the document's
    /// indicators (for a competency: the best of its indicators' and its title's; 0 without the
    /// semantic layer).
    public var semantic = 0.0
    /// How far the document is outside the field, for a field-specific competency:
    /// specificity × (1 − field relevance).
    public var fieldGap = 0.0
    /// The same for the generic part of a competency: (1 − specificity) × (1 − field relevance).
    public var genericGap = 0.0
    /// How close `lexical` is to a text that restates the indicator: `max(0, lexical − restatedShare)
    /// / (1 − restatedShare)`.
    public var restated = 0.0

    public init() {}
}
