import Testing

@testable import DekkingAnalysis

@Suite struct StemmerTests {
    let analyzer = Fixture.analyzer

    @Test(arguments: [
        ("schulden", "schuld"), ("cliënten", "client"), ("Cliënt", "client"), ("burgers", "burger"),
        ("voorzieningen", "voorzien"), ("toeslagen", "toeslag"), ("gemeenten", "gemeent"),
        ("afspraken", "afsprak"), ("afspraak", "afsprak"),
    ])
    func snowballStems(_ word: String, _ stem: String) {
        #expect(analyzer.stem(word) == stem)
    }

    // One test per override in Mappings/analysis/stem-overrides.tsv.
    @Test func mens() { #expect(analyzer.stem("mens") == "mens" && analyzer.stem("mensen") == "mens") }
    @Test func financieel() {
        #expect(Set(["financieel", "financiële", "financiele", "financiën"].map(analyzer.stem)) == ["financieel"])
    }
    @Test func sociaal() { #expect(analyzer.stem("sociaal") == analyzer.stem("sociale")) }
    @Test func beheer() {
        #expect(Set(["beheer", "beheren", "beheert", "beheerd"].map(analyzer.stem)) == ["beheer"])
    }
    @Test func plannen() { #expect(analyzer.stem("plannen") == analyzer.stem("plan")) }
    @Test func gezinnen() { #expect(analyzer.stem("gezinnen") == analyzer.stem("gezin")) }
    @Test func regeling() {
        #expect(analyzer.stem("regelingen") == analyzer.stem("regeling"))
        #expect(analyzer.stem("regeling") != analyzer.stem("regel"))
    }
    @Test func kinderen() { #expect(analyzer.stem("kinderen") == analyzer.stem("kind")) }
    @Test func risicos() { #expect(analyzer.stem("risicos") == analyzer.stem("risico's")) }
    @Test func fiets() { #expect(analyzer.stem("fiets") == "fiets") }
    @Test func uitkering() {
        #expect(analyzer.stem("uitkeringen") == "uitkering")
        #expect(analyzer.stem("uitkeren") != "uitkering")
    }
    @Test func weten() {
        #expect(Set(["weet", "weten", "wist", "wisten"].map(analyzer.stem)) == ["weten"])
        #expect(analyzer.stem("wet") == analyzer.stem("wetten"))
        #expect(analyzer.stem("weet") != analyzer.stem("wet"))
    }
    @Test func suffixEert() throws {
        // Checked without hunspell, so the suffix rule and not the verb lexicon does the work.
        var options = AnalysisOptions()
        options.useHunspell = false
        let plain = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(plain.stem("signaleert") == plain.stem("signaleren"))
        #expect(plain.stem("analyseert") == plain.stem("analyseren"))
    }
    @Test func suffixTies() {
        #expect(analyzer.stem("situaties") == analyzer.stem("situatie"))
        #expect(analyzer.stem("organisaties") == analyzer.stem("organisatie"))
    }
    @Test func suffixSies() { #expect(analyzer.stem("professies") == analyzer.stem("professie")) }

    @Test func overridesCanBeSwitchedOff() throws {
        var options = AnalysisOptions()
        options.useStemOverrides = false
        let plain = try DutchAnalysis.analyzer(mappings: TestPathsShim.mappings, options: options)
        #expect(plain.stem("mens") == "men")
    }

    @Test(arguments: [
        ("werkt", "werken"), ("herkent", "herkennen"), ("analyseert", "analyseren"), ("helpt", "helpen"),
        ("brengt", "brengen"), ("geeft", "geven"), ("zet", "zetten"), ("stelt", "stellen"),
        // An unstressed last syllable keeps one consonant; a separable prefix stays on.
        ("handelt", "handelen"), ("verandert", "veranderen"), ("rekent", "rekenen"), ("ontwikkelt", "ontwikkelen"),
        ("bemiddelt", "bemiddelen"), ("luistert", "luisteren"), ("overlegt", "overleggen"),
        // After a diphthong the stem's f and s are the infinitive's v and z.
        ("verwijst", "verwijzen"), ("doorverwijst", "doorverwijzen"), ("schrijft", "schrijven"), ("blijft", "blijven"),
        ("kiest", "kiezen"), ("bewijst", "bewijzen"),
    ])
    func verbFormsMeetTheInfinitive(_ form: String, _ infinitive: String) throws {
        try #require(Fixture.hunspell != nil, "hunspell-nl is nodig voor werkwoordstammen")
        #expect(analyzer.stem(form) == analyzer.stem(infinitive))
    }

    /// Which infinitive the dictionary knows decides about doubling; here a word list stands in
    /// for hunspell, so the rule and not the dictionary's own analysis is tested.
    @Test func theDictionaryDecidesAboutDoubling() {
        let lexicon = VocabularyLexicon(words: ["handelen", "herkennen", "zetten", "veranderen"])
        #expect(DutchVerb.infinitive(ofStem: "handel", knownBy: lexicon) == "handelen")
        #expect(DutchVerb.infinitive(ofStem: "verander", knownBy: lexicon) == "veranderen")
        #expect(DutchVerb.infinitive(ofStem: "herken", knownBy: lexicon) == "herkennen")
        #expect(DutchVerb.infinitive(ofStem: "zet", knownBy: lexicon) == "zetten")
        // Neither form known: the spelling rule stands.
        #expect(DutchVerb.infinitive(ofStem: "wandel", knownBy: lexicon) == "wandellen")
    }

    /// Whether a final f or s is voiced in the infinitive: the dictionary decides.
    @Test func theDictionaryDecidesAboutVoicing() {
        let lexicon = VocabularyLexicon(words: ["verwijzen", "schrijven", "eisen", "reizen"])
        #expect(DutchVerb.infinitive(ofStem: "verwijs", knownBy: lexicon) == "verwijzen")
        #expect(DutchVerb.infinitive(ofStem: "schrijf", knownBy: lexicon) == "schrijven")
        #expect(DutchVerb.infinitive(ofStem: "eis", knownBy: lexicon) == "eisen")
        #expect(DutchVerb.infinitive(ofStem: "reis", knownBy: lexicon) == "reizen")
        // Nothing known: the spelling rule stands.
        #expect(DutchVerb.infinitive(ofStem: "kruis", knownBy: lexicon) == "kruisen")
    }

    @Test(arguments: [
        ("leg", "overlegt", "overleg"), ("werk", "werkt", "werk"), ("stel", "opstelt", "opstel"),
        ("neem", "nam", "neem"),
    ])
    func aSeparablePrefixIsPutBack(_ stem: String, _ word: String, _ expected: String) {
        #expect(DutchVerb.stem(stem, restoringPrefixOf: word) == expected)
    }

    @Test(arguments: [
        ("stel", "stellen"), ("neem", "nemen"), ("geef", "geven"), ("lees", "lezen"), ("werk", "werken"),
        ("zet", "zetten"),
        ("handel", "handelen"), ("schrijf", "schrijven"), ("verwijs", "verwijzen"), ("eis", "eisen"),
    ])
    func infinitiveCandidatesIncludeTheRightSpelling(stem: String, infinitive: String) {
        let candidates = DutchVerb.candidateInfinitives(ofStem: stem)
        #expect(candidates.contains(infinitive))
        #expect(Set(candidates).count == candidates.count, "each candidate once: \(candidates)")
    }

    @Test(arguments: [
        ("werk", "werken"), ("herken", "herkennen"), ("analyseer", "analyseren"), ("geef", "geven"),
        ("ga", "gaan"), ("zie", "zien"), ("bouw", "bouwen"), ("zet", "zetten"), ("kijk", "kijken"),
    ])
    func infinitives(_ stem: String, _ infinitive: String) {
        #expect(DutchVerb.infinitive(ofStem: stem) == infinitive)
    }

    @Test func stemmerIsSafeAcrossThreads() async {
        guard let snowball = SnowballStemmer() else {
            Issue.record("libstemmer heeft geen Nederlandse stemmer")
            return
        }
        let words = ["schulden", "burgers", "voorzieningen", "cliënten", "toeslagen", "gemeenten"]
        let expected = words.map(snowball.stem)
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).flatMap { _ in words.map(snowball.stem) } } }
            for await result in group {
                #expect(result == Array((0..<200).flatMap { _ in expected }))
            }
        }
    }
}
