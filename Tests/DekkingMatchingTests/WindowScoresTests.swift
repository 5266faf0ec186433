import DekkingTestSupport
import Testing

@testable import DekkingMatching

/// The small accumulators the engine scores windows with.
@Suite struct WindowScoresTests {
    /// Keeping the best k values per group gives the k largest of everything inserted, largest first.
    @Test(arguments: [1, 2, 3, 5])
    func bestValuesAreTheLargestInOrder(keep: Int) {
        var best = BestValues(groups: 3, keep: keep)
        var inserted: [[Double]] = [[], [], []]
        var state: UInt64 = 7
        for step in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(state >> 40 % 1000) / 1000
            let group = step % 3
            best.insert(value, into: group)
            inserted[group].append(value)
        }
        for group in 0..<3 {
            #expect(Array(best.best(group)) == Array(inserted[group].sorted(by: >).prefix(keep)))
        }
    }

    @Test func bestValuesHoldFewerWhenFewerCame() {
        var best = BestValues(groups: 2, keep: 3)
        best.insert(0.2, into: 1)
        best.insert(0.7, into: 1)
        #expect(Array(best.best(1)) == [0.7, 0.2])
        #expect(best.best(0).isEmpty)
    }

    @Test func restatedShareOutsideTheUnitIntervalIsRefused() {
        var configuration = MatchingConfiguration()
        #expect(configuration.problems.isEmpty)
        configuration.restatedShare = 1
        #expect(configuration.problems.contains { $0.contains("restatedShare") })
        configuration.restatedShare = 0.7
        configuration.semanticWindows = 0
        #expect(configuration.problems.contains { $0.contains("semanticWindows") })
    }

    /// Queries' windows, recorded interleaved, read back per query: the best score and window, and
    /// the evidence windows a best-first walk over all of the query's windows at or above `kept`
    /// takes when it skips segments already taken and stops after `windowsPerQuery`.
    @Test func queryHitsKeepTheBestWindowOfTheBestSegments() {
        var random = SplitMix(seed: 11)
        let queries = 7
        let kept = 0.3
        for round in 0..<400 {
            let perQuery = Int.random(in: 0...4, using: &random)
            var hits = QueryHits(queries: queries, keepingFrom: kept, windowsPerQuery: perQuery)
            var model = [[QueryHits.Hit]](repeating: [], count: queries)
            var segment = 0
            for w in 0..<Int.random(in: 0...40, using: &random) {
                // Windows of one segment follow each other; some segments have many.
                if Int.random(in: 0...3, using: &random) == 0 { segment += 1 }
                var values = [Double](repeating: 0, count: queries)
                let matched = (0..<queries).filter { _ in Bool.random(using: &random) }
                for q in matched {
                    // Coarse values, so that ties between windows occur.
                    values[q] = Double(Int.random(in: 0...10, using: &random)) / 10
                    if values[q] > 0 { model[q].append(QueryHits.Hit(window: w, segment: segment, value: values[q])) }
                }
                hits.record(values: values, matched: matched, window: w, segment: segment)
            }
            for q in 0..<queries {
                let best = model[q].max { $0.value < $1.value || ($0.value == $1.value && $0.window > $1.window) }
                #expect(hits.best(q) == (best?.value ?? 0), "round \(round)")
                #expect(hits.bestWindow(q)?.window == best?.window, "round \(round)")
                var expected: [QueryHits.Hit] = []
                var taken: Set<Int> = []
                let sorted = model[q].filter { $0.value >= kept }
                    .sorted { $0.value > $1.value || ($0.value == $1.value && $0.window < $1.window) }
                for hit in sorted where expected.count < perQuery && taken.insert(hit.segment).inserted {
                    expected.append(hit)
                }
                #expect(Array(hits.evidenceWindows(q)) == expected, "round \(round), query \(q)")
            }
        }
    }

    /// The partition point of a sorted list at every bound equals a linear search's, duplicates,
    /// ends and empty lists included.
    @Test func partitionPointFindsTheFirstElementAtOrAboveABound() {
        var random = SplitMix(seed: 29)
        for round in 0..<300 {
            let values = (0..<Int(random.next() % 12)).map { _ in Int32(random.next() % 6) }.sorted()
            for bound in Int32(-1)...7 {
                let expected = values.firstIndex { $0 >= bound } ?? values.count
                #expect(values.partitionPoint { $0 >= bound } == expected, "round \(round), bound \(bound)")
            }
        }
    }

    /// The contiguous postings give back every term's entries in order, empty terms included.
    @Test func postingsHoldEveryTermsEntriesInOrder() {
        let lists: [[(Int, Double)]] = [[(3, 0.5), (1, 0.25)], [], [(0, 1.0)], [], [(2, 0.75), (3, 0.125), (4, 2.0)]]
        let postings = Postings(lists)
        let readBack: [[(Int, Double)]] = postings.withLists { offsets, queries, weights in
            #expect(offsets.count == lists.count + 1)
            return (0..<offsets.count - 1).map { t in
                (offsets[t]..<offsets[t + 1]).map { (Int(queries[$0]), weights[$0]) }
            }
        }
        #expect(readBack.map { $0.map(\.0) } == lists.map { $0.map(\.0) })
        #expect(readBack.map { $0.map(\.1) } == lists.map { $0.map(\.1) })
    }
}
