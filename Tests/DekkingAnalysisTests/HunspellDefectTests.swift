import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

/// A defect of hunspell 1.7.1 (the version Debian 12 ships) that the analysis fuzz target found:
/// checking a compound against `nl.aff`'s CHECKCOMPOUNDPATTERN rules, it compares a rule's first
/// part with the bytes just before a compound boundary without checking that the boundary is far
/// enough into the word, and so reads a few bytes (1 to 3 on every word measured) before the
/// word's buffer. Fixed upstream in 1.7.2 ("check 'len' in cpdpat_check like 'r1->blen' is
/// checked"). The bytes read are the allocation's own size field (zero in its top bytes for any
/// word under hunspell's 100-byte limit), which never equal a rule's letters, so the comparison
/// fails as the fixed version makes it fail. These tests hold hunspell's answers for the words where it reads before its
/// buffer to those of 1.7.1 with the fix (docs/fuzzing.md, "Found in a dependency").
@Suite struct HunspellDefectTests {
    /// Words on which hunspell 1.7.1 built with AddressSanitizer reports the read before the buffer,
    /// in either spelling of ĳ; the fixed build accepts every one of them.
    static let overreadWords = [
        "vrijstaatgebeden", "vrĳstaatgebeden", "stuntprijsbezitter", "stuntprĳsbezitter",
        "turnslijpstaalklemtoon", "turnslĳpstaalklemtoon",
    ]

    @Test func hunspellAnswersAsItsFixedVersionOnTheWordsItReadsBeforeItsBuffer() throws {
        let hunspell = try #require(Fixture.hunspell, "hunspell-nl is installed by the make targets")
        for word in Self.overreadWords {
            #expect(hunspell.knows(word), "\(word)")
        }
    }

    /// The fuzz target's minimized input: the separable-verb filter asks hunspell about
    /// "vrĳstaatgebeden". The ligature spelling must analyse like the two-letter one.
    @Test func theFoundInputAnalysesLikeItsTwoLetterSpelling() throws {
        let file = TestPaths.fixtures.appendingPathComponent("fuzz/analysis/hunspell-compound-pattern-overread.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == "vr\u{133}staatgebed")
        let words = Fixture.words(text)
        #expect(!words.isEmpty)
        #expect(words == Fixture.words("vrijstaatgebed"))
    }
}
