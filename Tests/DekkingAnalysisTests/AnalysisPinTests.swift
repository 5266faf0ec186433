import Foundation
import Testing

@testable import DekkingAnalysis

/// Pins the exact tokens of sentences that exercise every decision of the chain (stop words,
/// one-letter words, abbreviations, numbers, hyphen groups, elliptical compounds, separable verbs,
/// thesaurus phrases, non-ASCII offsets), so that optimisations can be checked to change nothing.
@Suite struct AnalysisPinTests {
    static let sentences = [
        "De cliënt stelt samen met de consulent een plan op, en zet zijn netwerk in.",
        "Wet- en regelgeving t.b.v. de sociaal-financiële zelfredzaamheid van 1.250,50 euro.",
        "Een x of y en/of z: het is de-facto een e-mail over schuldhulpverlening.",
        "Hij geeft de informatie door en belt daarna 😀 over ﬁnanciële zorgen in Ĳsselstein.",
        "Cli\u{0065}\u{0308}nten's auto's zo'n kwaliteits- en kostenbewust mens-, doel- en resultaatgerichtheid.",
        "Hulp bij schulden; de-de-de a-b-c van het sociaal-wijkteam.",
    ]

    static func render(_ tokens: [Token]) -> String {
        tokens.map { "\($0.term)@\($0.position)[\($0.start),\($0.end)]\($0.origin.rank)" }.joined(separator: " ")
    }

    static func render(_ words: [Analyzer.Word]) -> String {
        words.map { "\($0.original)|\($0.folded)@\($0.position.map(String.init) ?? "-")[\($0.start),\($0.end)]" }
            .joined(separator: " ")
    }

    /// Token and word renderings of `sentences`, two lines per sentence.
    static let expected = #"""
        client@0[3,9]0 ~client@0[3,9]3 stell@1[10,15]0 opstell@1[10,15]2 sam@2[16,21]0 consulent@3[29,38]0 ~professional@3[29,38]3 plan@4[43,47]0 ~plan-van-aanpak@4[43,47]3 zet@5[55,58]0 inzet@5[55,58]2 netwerk@6[64,71]0 ~naasten@6[64,71]3
        De|de@-[0,2] cliënt|client@0[3,9] stelt|stelt@1[10,15] samen|samen@2[16,21] met|met@-[22,25] de|de@-[26,28] consulent|consulent@3[29,38] een|een@-[39,42] plan|plan@4[43,47] op|op@-[48,50] en|en@-[52,54] zet|zet@5[55,58] zijn|zijn@-[59,63] netwerk|netwerk@6[64,71] in|in@-[72,74]
        wetgev@0[0,19]0 ~wetgeving@0[0,19]3 regelgev@1[8,19]0 ~wetgeving@1[8,19]3 sociaal@2[30,37]0 sociaal-financieel@2[30,48]0 financieel@3[38,48]0 ~financien@3[38,48]3 ~zelfredzaamheid@3[38,64]3 zelfredzam@4[49,64]0 ~zelfredzaamheid@4[49,64]3 1.250,50@5[69,77]0 euro@6[78,82]0
        Wet- en regelgeving|wetgeving@0[0,19] en|en@-[5,7] regelgeving|regelgeving@1[8,19] t.b.v.|ten@-[20,26] t.b.v.|behoeve@-[20,26] t.b.v.|van@-[20,26] de|de@-[27,29] sociaal|sociaal@2[30,37] financiële|financiele@3[38,48] zelfredzaamheid|zelfredzaamheid@4[49,64] van|van@-[65,68] 1.250,50|1.250,50@5[69,77] euro|euro@6[78,82]
        facto@0[30,35]0 de-facto@0[27,35]0 mail@1[42,46]0 e-mail@1[40,46]0 schuldhulpverlen@2[52,71]0 schuld@2[52,71]1 hulp@2[52,71]1 verlen@2[52,71]1 hulpverlen@2[52,71]1 ~schuldhulpverlening@2[52,71]3
        Een|een@-[0,3] x|x@-[4,5] of|of@-[6,8] y|y@-[9,10] en|en@-[11,13] of|of@-[14,16] z|z@-[17,18] het|het@-[20,23] is|is@-[24,26] de|de@-[27,29] facto|facto@0[30,35] een|een@-[36,39] e|e@-[40,41] mail|mail@1[42,46] over|over@-[47,51] schuldhulpverlening|schuldhulpverlening@2[52,71]
        gev@0[4,9]0 doorgev@0[4,9]2 informatie@1[13,23]0 bell@2[32,36]0 daarna@3[37,43]0 financieel@4[52,61]0 ~financien@4[52,61]3 ~schulden@4[52,68]3 zorg@5[62,68]0 ijsselstein@6[72,82]0
        Hij|hij@-[0,3] geeft|geeft@0[4,9] de|de@-[10,12] informatie|informatie@1[13,23] door|door@-[24,28] en|en@-[29,31] belt|belt@2[32,36] daarna|daarna@3[37,43] over|over@-[47,51] ﬁnanciële|financiele@4[52,61] zorgen|zorgen@5[62,68] in|in@-[69,71] Ĳsselstein|ijsselstein@6[72,82]
        client@0[0,9]0 ~client@0[0,9]3 auto@1[12,16]0 kwaliteitsbewust@2[24,51]0 kwaliteit@2[24,51]1 bewust@2[24,51]1 ~kwaliteit@2[24,51]3 kostenbewust@3[39,51]0 kost@3[39,51]1 bewust@3[39,51]1 ~kostenbewust@3[39,51]3 mensgericht@4[52,88]0 mens@4[52,88]1 gericht@4[52,88]1 doelgericht@5[59,88]0 doel@5[59,88]1 gericht@5[59,88]1 resultaatgericht@6[68,88]0 resultat@6[68,88]1 gericht@6[68,88]1
        Cliënten|clienten@0[0,9] auto|auto@1[12,16] zo'n|zo'n@-[19,23] kwaliteits- en kostenbewust|kwaliteitsbewust@2[24,51] en|en@-[36,38] kostenbewust|kostenbewust@3[39,51] mens-, doel- en resultaatgerichtheid|mensgerichtheid@4[52,88] doel- en resultaatgerichtheid|doelgerichtheid@5[59,88] en|en@-[65,67] resultaatgerichtheid|resultaatgerichtheid@6[68,88]
        hulp@0[0,4]0 ~schuldhulpverlening@0[0,17]3 schuld@1[9,17]0 ~schulden@1[9,17]3 sociaal@2[42,49]0 sociaal-wijkteam@2[42,58]0 ~gemeente@2[42,58]3 wijkteam@3[50,58]0 wijk@3[50,58]1 team@3[50,58]1 ~gemeente@3[50,58]3
        Hulp|hulp@0[0,4] bij|bij@-[5,8] schulden|schulden@1[9,17] de|de@-[19,21] de|de@-[22,24] de|de@-[25,27] a|a@-[28,29] b|b@-[30,31] c|c@-[32,33] van|van@-[34,37] het|het@-[38,41] sociaal|sociaal@2[42,49] wijkteam|wijkteam@3[50,58]
        """#

    @Test func tokensAndWordsAreUnchanged() {
        let analyzer = Fixture.analyzer
        let lines = Self.expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == Self.sentences.count * 2)
        for (index, sentence) in Self.sentences.enumerated() where 2 * index + 1 < lines.count {
            let analysis = analyzer.analysis(of: sentence)
            #expect(Self.render(analysis.tokens) == lines[2 * index], "\(sentence)")
            #expect(Self.render(analysis.words) == lines[2 * index + 1], "\(sentence)")
            #expect(analyzer.analyze(sentence) == analysis.tokens)
        }
    }

    /// Writes the current renderings when `DEKKING_PIN_OUT` names a file (to refresh the table).
    @Test func recordsWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["DEKKING_PIN_OUT"] else { return }
        let analyzer = Fixture.analyzer
        var lines: [String] = []
        for sentence in Self.sentences {
            let analysis = analyzer.analysis(of: sentence)
            lines.append(Self.render(analysis.tokens))
            lines.append(Self.render(analysis.words))
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
