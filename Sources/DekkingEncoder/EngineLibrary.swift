#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The engine's C interface (`e5.h`), looked up in a `dlopen`ed library. Owned by one
/// ``SentenceEncoder``; nothing here is thread-safe or leaves the module.
struct EngineLibrary {
    typealias Load = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    typealias Free = @convention(c) (OpaquePointer?) -> Void
    typealias Dimension = @convention(c) (OpaquePointer?) -> Int32
    typealias TokenCount = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32
    typealias Embed =
        @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<Float>?) -> Int32
    typealias EmbedBatch =
        @convention(c) (
            OpaquePointer?, UnsafePointer<UnsafePointer<CChar>?>?, Int32, Int32, UnsafeMutablePointer<Float>?
        ) -> Int32

    let handle: UnsafeMutableRawPointer
    let load: Load
    let free: Free
    let dimension: Dimension
    let tokenCount: TokenCount
    let embed: Embed
    let embedBatch: EmbedBatch

    /// Opens `path` (`RTLD_NOW | RTLD_LOCAL`) and finds every function; closes it again when one
    /// is missing.
    ///
    /// Also `RTLD_NODELETE`: `dlclose` then only drops the reference, and the library stays mapped
    /// until the process ends. Unmapping it would unmap the OpenMP library it brings, whose worker
    /// threads keep running its code after every call (they spin, then sleep): the next time they
    /// ran, the process crashed (measured: a segmentation fault on the third encoder released).
    init(path: String) throws(EncoderError) {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else {
            throw .libraryNotLoadable(path: path, reason: dlerror().map { String(cString: $0) } ?? "onbekende fout")
        }
        func symbol<Function>(_ name: String, as _: Function.Type) throws(EncoderError) -> Function {
            guard let address = dlsym(handle, name) else { throw .symbolMissing(name: name, library: path) }
            return unsafeBitCast(address, to: Function.self)
        }
        do {
            load = try symbol("e5_load", as: Load.self)
            free = try symbol("e5_free", as: Free.self)
            dimension = try symbol("e5_dim", as: Dimension.self)
            tokenCount = try symbol("e5_token_count", as: TokenCount.self)
            embed = try symbol("e5_embed", as: Embed.self)
            embedBatch = try symbol("e5_embed_batch", as: EmbedBatch.self)
        } catch {
            dlclose(handle)
            throw error
        }
        self.handle = handle
    }
}
