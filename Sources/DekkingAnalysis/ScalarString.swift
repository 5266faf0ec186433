/// Fast construction of strings from scalars: the hot path of the tokeniser builds one string per
/// word, and `String.UnicodeScalarView.append(contentsOf:)` goes through a slow generic path.
enum ScalarString {
    /// The string of `scalars`, encoded straight into UTF-8.
    /// - Complexity: O(n).
    @inline(__always)
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(value)
                    index += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[index] = byte
                        index += 1
                    }
                }
            }
            return index
        }
    }
}
