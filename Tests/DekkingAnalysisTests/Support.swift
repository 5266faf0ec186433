import DekkingTestSupport
import Foundation
import Testing

@testable import DekkingAnalysis

/// The shipped analyzer, built once for all tests (building compiles the thesaurus).
enum Fixture {
    static let analyzer: Analyzer = {
        do {
            return try DutchAnalysis.analyzer(mappings: TestPaths.mappings)
        } catch {
            fatalError("the shipped mappings must build an analyzer: \(error)")
        }
    }()

    static let hunspell: HunspellLexicon? = HunspellLexicon()

    /// The terms of the word tokens of `text`, in order.
    static func words(_ text: String, _ analyzer: Analyzer = analyzer) -> [String] {
        analyzer.analyze(text).filter { $0.origin == .word }.map(\.term)
    }

    /// Every term of `text`.
    static func terms(_ text: String, _ analyzer: Analyzer = analyzer) -> Set<String> {
        Set(analyzer.analyze(text).map(\.term))
    }

    /// The original text at a token's UTF-16 offsets.
    static func substring(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf16 = Array(text.utf16)
        return String(decoding: utf16[start..<end], as: UTF16.self)
    }
}

/// Paths, re-exported for test files that do not import the support module.
enum TestPathsShim {
    static var mappings: URL { TestPaths.mappings }
}

extension Analyzer {
    /// The decompounder of the chain's compound filter, if it has one.
    var decompounder: Decompounder? {
        chain.wordFilters.lazy.compactMap { $0 as? CompoundPartFilter }.first?.decompounder
    }
}
