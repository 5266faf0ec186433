/// The engine's settings (`Mappings/thresholds.yaml`, `--set`, and what a run records besides)
/// under names a reader of a report understands.
extension DutchLabels {
    /// Every setting a run records, in the order a report lists them (the statuses first, then
    /// as in thresholds.yaml), with its Dutch label. A setting the run records must have a label
    /// here: a test holds every setting of a run's manifest to that.
    static let settings: [(key: String, label: String)] = [
        ("covered", "Drempel voor gedekt"),
        ("partial", "Drempel voor deels"),
        ("windowSentences", "Zinnen per passage"),
        ("bm25K1", "Woordscore: afvlakking van herhaalde woorden (BM25 k1)"),
        ("bm25B", "Woordscore: correctie voor de lengte van een passage (BM25 b)"),
        ("bm25Saturation", "Woordscore: bovengrens voor één herhaald woord"),
        ("averageWindowLength", "Gemiddeld aantal woorden in een passage"),
        ("compoundPartWeight", "Gewicht van een deel van een samengesteld woord"),
        ("synonymWeight", "Gewicht van een synoniem"),
        ("headingWeight", "Gewicht van de woorden van een kopje"),
        ("similarityExponent", "Exponent van de woordovereenkomst met een indicator"),
        ("restatedShare", "Aandeel gedeelde woorden vanaf waar een tekst een indicator herhaalt"),
        ("keywordSaturation", "Verzadiging van de kernwoorden"),
        ("derivedKeywordWeight", "Gewicht van afgeleide kernwoorden"),
        ("derivedKeywordCount", "Afgeleid kernwoord: minimaal aantal keer in de indicatoren"),
        ("derivedKeywordShare", "Afgeleid kernwoord: minimaal aandeel binnen de competentie"),
        ("fieldDensity", "Vakgebied: treffers per 100 woorden voor duidelijk aanwezig"),
        ("fieldSingleFacet", "Vakgebied: gewicht als maar een deel van het vakgebied voorkomt"),
        ("fieldProximity", "Vakgebied: grootste afstand in woorden binnen een term"),
        ("fieldMinimumWords", "Vakgebied: kleinste aantal woorden waarmee wordt gerekend"),
        ("fieldWarning", "Vakgebied: waarschuwing onder deze relevantie"),
        ("gapPriorityCompetencies", "Eerst aanpakken: hoogstens zoveel competenties per document"),
        ("gapPriorityIndicators", "Eerst aanpakken: hoogstens zoveel indicatoren per competentie"),
        ("gapDuplicateOverlap", "Eerst aanpakken: vanaf dit aandeel gedeelde woorden is een indicator een herhaling"),
        ("evidencePerIndicator", "Passages per indicator"),
        ("evidenceMinimum", "Kleinste sterkte van een getoonde passage"),
        ("semanticWindows", "Betekenislaag: passages per document"),
        ("complementWeightGap", "Aanvullen: gewicht van een indicator van een ontbrekende competentie"),
        ("complementWeightPartial", "Aanvullen: gewicht van een indicator van een deels gedekte competentie"),
        ("complementWeightCovered", "Aanvullen: gewicht van een indicator van een gedekte competentie"),
        ("semanticLayer", "Betekenislaag gebruikt (1 = ja, 0 = nee)"),
    ]

    /// The Dutch label of setting `key`, or nil when it has none (such as a setting of a newer
    /// version, read back from its run.json).
    static func setting(_ key: String) -> String? { settingLabels[key] }

    /// `settings` in the order of ``settings``; those without a label after them, by key.
    static func ordered(_ settings: [String: Double]) -> [(key: String, value: Double)] {
        let known = Self.settings.compactMap { entry in settings[entry.key].map { (entry.key, $0) } }
        let unknown = settings.filter { settingLabels[$0.key] == nil }.sorted { $0.key < $1.key }
        return known + unknown.map { ($0.key, $0.value) }
    }

    private static let settingLabels = Dictionary(
        settings.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
}
