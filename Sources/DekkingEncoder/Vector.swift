extension SentenceEncoder {
    /// A sentence embedding: ``SentenceEncoder/dimension`` numbers, of unit length (L2-normalised)
    /// when it comes from the encoder, so that ``dot(_:)`` is the cosine similarity.
    public struct Vector: Sendable, Hashable {
        public let components: [Float]

        public init(_ components: [Float]) { self.components = components }

        public var count: Int { components.count }

        /// The Euclidean length (1 for the encoder's vectors, up to rounding).
        public var length: Float { dot(self).squareRoot() }

        /// The dot product; for two of the encoder's vectors, their cosine similarity.
        /// - Precondition: both vectors have the same number of components.
        public func dot(_ other: Vector) -> Float {
            precondition(count == other.count, "vectors of \(count) and \(other.count) components")
            return components.withUnsafeBufferPointer { a in
                other.components.withUnsafeBufferPointer { b in
                    var sum: Float = 0
                    for i in 0..<a.count { sum += a[i] * b[i] }
                    return sum
                }
            }
        }

        /// The cosine similarity of any two vectors (0 when either has length 0).
        public func cosine(_ other: Vector) -> Float {
            let lengths = length * other.length
            return lengths > 0 ? dot(other) / lengths : 0
        }
    }
}
