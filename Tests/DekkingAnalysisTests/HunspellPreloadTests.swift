import Foundation
import Testing

@testable import DekkingAnalysis

/// A dictionary load started ahead of time is taken over by the next lexicon for the same files.
@Suite struct HunspellPreloadTests {
    @Test func aPreloadedDictionaryAnswersLikeOneLoadedDirectly() throws {
        try #require(Fixture.hunspell != nil, "hunspell-nl is installed by the make targets")
        HunspellLexicon.preload()
        HunspellLexicon.preload()  // a second call while the first load is pending does nothing
        let preloaded = try #require(HunspellLexicon())
        let direct = try #require(HunspellLexicon())  // nothing pending any more: loads itself
        for word in ["werk", "schuldhulpverlening", "budgetcoach", "qzxv", "opstellen"] {
            #expect(preloaded.knows(word) == direct.knows(word), "\(word)")
        }
        #expect(preloaded.knows("werk"))
    }

    @Test func aPreloadOfMissingFilesGivesNoLexicon() {
        let missing = URL(fileURLWithPath: "/nonexistent-dekking/nl.dic")
        HunspellLexicon.preload(affix: missing, dictionary: missing)
        #expect(HunspellLexicon(affix: missing, dictionary: missing) == nil)
    }
}
