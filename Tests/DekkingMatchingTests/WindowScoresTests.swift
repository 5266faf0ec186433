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

    @Test func combineCountsEachNextWindowHalf() {
        // 1 - (1 - 0.6)(1 - 0.5 * 0.4) = 0.68; the third value is beyond `windows`.
        #expect(abs(MatchingEngine.combine([0.4, 0.1, 0.6], windows: 2) - 0.68) < 1e-12)
        #expect(MatchingEngine.combine([Double](), windows: 2) == 0)
    }

    @Test func mixingWeightsOutsideTheUnitIntervalAreRefused() {
        var configuration = MatchingConfiguration()
        #expect(configuration.problems.isEmpty)
        configuration.similarityWeight = 1.5
        #expect(configuration.problems.contains { $0.contains("similarityWeight") })
        configuration.similarityWeight = 0.4
        configuration.titleWeight = -1
        #expect(configuration.problems.contains { $0.contains("titleWeight") })
    }

    /// Queries' kept windows, recorded interleaved, read back per query: the best score and
    /// window, and the windows at or above a minimum in the order of a full sort.
    @Test func queryHitsKeepEachQuerysWindowsApart() {
        var random = SplitMix(seed: 11)
        let queries = 7
        let kept = 0.3
        for round in 0..<200 {
            var hits = QueryHits(queries: queries, keepingFrom: kept)
            var model = [[(window: Int, value: Double)]](repeating: [], count: queries)
            for w in 0..<Int.random(in: 0...40, using: &random) {
                var values = [Double](repeating: 0, count: queries)
                let matched = (0..<queries).filter { _ in Bool.random(using: &random) }
                for q in matched {
                    // Coarse values, so that ties between windows occur.
                    values[q] = Double(Int.random(in: 0...10, using: &random)) / 10
                    if values[q] > 0 { model[q].append((w, values[q])) }
                }
                hits.record(values: values, matched: matched, window: w)
            }
            for q in 0..<queries {
                let best = model[q].max { $0.value < $1.value || ($0.value == $1.value && $0.window > $1.window) }
                #expect(hits.best(q) == (best?.value ?? 0), "round \(round)")
                #expect(hits.bestWindow(q)?.window == best?.window, "round \(round)")
                for minimum in [kept, 0.6] {
                    let expected = model[q].filter { $0.value >= minimum }
                        .sorted { $0.value > $1.value || ($0.value == $1.value && $0.window < $1.window) }
                    let ranked = Array(hits.ranked(q, minimum: minimum))
                    #expect(ranked.map(\.window) == expected.map(\.window), "round \(round), query \(q)")
                    #expect(ranked.map(\.value) == expected.map(\.value), "round \(round), query \(q)")
                }
            }
        }
    }

    /// Windows come out best first, ties by earlier window: the order of a full sort.
    @Test func rankedWindowsComeOutInSortedOrder() {
        var generator = SplitMix(seed: 15)
        for round in 0..<500 {
            let count = Int(generator.next() % 40)
            // Few distinct values, so ties are common.
            let windows = (0..<count).map { w in (window: w * 3 + Int(generator.next() % 3), value: Double(generator.next() % 5) / 4) }
                .shuffled(using: &generator)
            let sorted = windows.sorted { $0.value != $1.value ? $0.value > $1.value : $0.window < $1.window }
            let ranked = Array(RankedWindows(windows))
            #expect(ranked.map(\.window) == sorted.map(\.window), "round \(round)")
            #expect(ranked.map(\.value) == sorted.map(\.value), "round \(round)")
        }
    }

    /// The contiguous postings give back every term's entries in order, empty terms included.
    @Test func postingsHoldEveryTermsEntriesInOrder() {
        let lists: [[(Int, Double)]] = [[(3, 0.5), (1, 0.25)], [], [(0, 1.0)], [], [(2, 0.75), (3, 0.125), (4, 2.0)]]
        let postings = Postings(lists)
        let readBack: [[(Int, Double)]] = postings.withLists { offsets, queries, weights in
            #expect(offsets.count == lists.count + 1)
            return (0..<offsets.count - 1).map { t in (offsets[t]..<offsets[t + 1]).map { (Int(queries[$0]), weights[$0]) } }
        }
        #expect(readBack.map { $0.map(\.0) } == lists.map { $0.map(\.0) })
        #expect(readBack.map { $0.map(\.1) } == lists.map { $0.map(\.1) })
    }
}
