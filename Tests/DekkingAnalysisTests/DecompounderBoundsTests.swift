import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

/// The cost of decompounding is bounded per word, whatever its letters, and the bounded search
/// splits every word as the unbounded one did.
@Suite struct DecompounderBoundsTests {
    /// A lexicon that counts the questions it is asked.
    final class CountingLexicon: Lexicon, @unchecked Sendable {
        let base: any Lexicon
        private let count = Locked(0)
        var name: String { base.name }

        init(_ base: any Lexicon) { self.base = base }

        var calls: Int { count.withLock { $0 } }

        func knows(_ word: String) -> Bool {
            count.withLock { $0 += 1 }
            return base.knows(word)
        }

        func verbStem(_ word: String) -> String? {
            count.withLock { $0 += 1 }
            return base.verbStem(word)
        }
    }

    /// The lexicon of these tests: hunspell-nl when installed, otherwise the words of the field.
    static let lexicon: any Lexicon = Fixture.hunspell ?? VocabularyLexicon(words: fieldWords)

    static let fieldWords = [
        "schuld", "hulp", "verlening", "hulpverlening", "budget", "coaching", "beheer", "cliënt", "dossier",
        "bescherming", "bewind", "ervaring", "deskundige", "regeling", "inkomen", "gemeente", "aanvraag",
    ]

    static let rules: Decompounder.Rules = {
        let file = TestPaths.mappings.appendingPathComponent("analysis/decompound.txt")
        return (try? Decompounder.Rules(contentsOf: file)) ?? Decompounder.Rules()
    }()

    /// Letters without spaces: a repeated word, random letters, glued words (a PDF without spaces).
    static func gluedTexts(length: Int) -> [String] {
        var random = SplitMix(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let soup = String((0..<length).map { _ in letters[Int(random.next() % 26)] })
        var glued = ""
        while glued.count < length { glued += fieldWords[Int(random.next() % UInt64(fieldWords.count))] }
        return [
            String(String(repeating: "schuldhulp", count: length / 10 + 1).prefix(length)), soup,
            String(glued.prefix(length)),
        ]
    }

    @Test func wordsLongerThanTheCapAreLeftWholeWithoutLookUps() {
        let counting = CountingLexicon(Self.lexicon)
        let decompounder = Decompounder(lexicon: counting, rules: Self.rules)
        for text in Self.gluedTexts(length: 2_000) + Self.gluedTexts(length: Decompounder.maximumWordLength + 1) {
            #expect(decompounder.parts(of: text) == [])
        }
        #expect(counting.calls == 0)
    }

    @Test func wordsUpToTheCapNeedAtMostTheBudgetOfLookUps() {
        for length in [20, 40, Decompounder.maximumWordLength] {
            for text in Self.gluedTexts(length: length) {
                let counting = CountingLexicon(Self.lexicon)
                let decompounder = Decompounder(lexicon: counting, rules: Self.rules)
                let parts = decompounder.parts(of: text)
                // The search's own look-ups, the verb test and the joined right-hand parts.
                #expect(counting.calls <= Decompounder.lookupBudget + 1 + length / 4, "\(text)")
                #expect(parts.allSatisfy { !$0.isEmpty && $0.count < text.count }, "\(text)")
            }
        }
    }

    @Test func aSearchOverBudgetLeavesTheWordWhole() {
        // Every substring is a word: the search explores every range before it can settle.
        struct Everything: Lexicon {
            var name: String { "alles" }
            func knows(_ word: String) -> Bool { word.count < 30 ? word.count % 7 == 0 : false }
            func verbStem(_ word: String) -> String? { nil }
        }
        let decompounder = Decompounder(lexicon: Everything())
        let word = String(repeating: "abcdefghij", count: 6)
        let search = decompounder.search(word)
        #expect(search.lookups <= Decompounder.lookupBudget)
        if search.parts == nil { #expect(decompounder.parts(of: word) == []) }
    }

    /// The text of the reported case: a 2,103-byte document whose second line is "schuldhulp"
    /// 200 times without spaces (before the cap, 52–70 s of decompounding).
    @Test(.timeLimit(.minutes(1))) func aDocumentWithAGluedLineIsAnalysedAndStillSplitsItsWords() {
        var text = "Schuldhulpverlening en budgetcoaching voor cliënten met geldzorgen.\n"
        text += String(repeating: "schuldhulp", count: 200) + "\n"
        while text.utf8.count < 2_040 { text += "De medewerker signaleert financiële problemen en verwijst door.\n" }
        let tokens = Fixture.analyzer.analyze(text)
        let glued = tokens.filter { $0.term.count >= 2_000 }
        #expect(glued.count == 1 && glued[0].origin == .word)
        #expect(!tokens.contains { $0.origin == .compoundPart && $0.start == glued.first?.start })
        if Fixture.hunspell != nil {
            #expect(tokens.contains { $0.origin == .compoundPart && $0.term == "schuld" })
        }
    }

    /// The bounded search against the unbounded recursive one it replaced, on every word of the
    /// sample inputs and the shipped mappings, and on compounds glued from the field's words.
    @Test func theBoundedSearchSplitsLikeTheUnboundedOne() throws {
        let decompounder = Decompounder(lexicon: Self.lexicon, rules: Self.rules)
        let reference = UnboundedSearch(lexicon: Self.lexicon, rules: Self.rules)
        var words = Set<String>()
        let folders = [TestPaths.inputs, TestPaths.mappings]
        for folder in folders {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard ["txt", "md", "yaml", "html", "xml"].contains(file.pathExtension),
                    let text = try? String(contentsOf: file, encoding: .utf8)
                else { continue }
                for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 8 {
                    words.insert(String(word))
                }
            }
        }
        var random = SplitMix(seed: 11)
        for _ in 0..<300 {
            let count = 2 + Int(random.next() % 3)
            words.insert(
                (0..<count).map { _ in Self.fieldWords[Int(random.next() % UInt64(Self.fieldWords.count))] }.joined(
                    separator: random.next() % 3 == 0 ? "s" : ""))
        }
        #expect(words.count > 300)
        for word in words.sorted() where word.count <= Decompounder.maximumWordLength {
            #expect(decompounder.parts(of: word) == reference.parts(of: word), "\(word)")
        }
    }
}

/// The decompounder's search as it was before it was bounded (recursive over strings, every cut
/// tried), kept as the reference for what a split must be.
struct UnboundedSearch {
    let lexicon: any Lexicon
    let rules: Decompounder.Rules
    let minimumHead = 4
    let minimumTail = 4

    func parts(of word: String) -> [String] {
        guard word.count >= minimumHead + minimumTail else { return [] }
        if lexicon.verbStem(word) != nil { return [] }
        var cache: [String: [String]] = [:]
        let leaves = split(Array(word), cache: &cache)
        guard leaves.count > 1 else { return [] }
        var result = leaves
        for start in 1..<(leaves.count - 1) {
            let tail = leaves[start...].joined()
            if lexicon.knows(tail) { result.append(tail) }
        }
        return result
    }

    private func split(_ word: [Character], cache: inout [String: [String]]) -> [String] {
        let whole = String(word)
        if let known = cache[whole] { return known }
        guard word.count >= minimumHead + minimumTail, !rules.keepWhole.contains(VocabularyLexicon.fold(whole)) else {
            return [whole]
        }
        cache[whole] = [whole]
        var best: (head: String, tail: [Character], balance: Int)?
        for cut in minimumHead...(word.count - minimumTail) {
            let tail = Array(word[cut...])
            let tailText = String(tail)
            let balance = min(cut, tail.count)
            if let current = best, current.balance >= balance { continue }
            guard !rules.blockedTails.contains(VocabularyLexicon.fold(tailText)),
                let head = validHead(String(word[..<cut])),
                lexicon.knows(tailText) || split(tail, cache: &cache).count > 1
            else { continue }
            best = (head, tail, balance)
        }
        let result = best.map { split(Array($0.head), cache: &cache) + split($0.tail, cache: &cache) } ?? [whole]
        cache[whole] = result
        return result
    }

    private func validHead(_ head: String) -> String? {
        if rules.blockedHeads.contains(VocabularyLexicon.fold(head)) { return nil }
        if lexicon.knows(head) { return head }
        if head.hasSuffix("s"), head.count > minimumHead {
            let stripped = String(head.dropLast())
            if !rules.blockedHeads.contains(VocabularyLexicon.fold(stripped)), lexicon.knows(stripped) {
                return stripped
            }
        }
        return nil
    }
}
