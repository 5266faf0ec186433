extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isInSecondPart` holds, given that it holds for
    /// every element after that one too (a sorted collection split by a bound); `endIndex` when it
    /// holds for none.
    /// - Complexity: O(log n) calls of `isInSecondPart`.
    func partitionPoint(_ isInSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
