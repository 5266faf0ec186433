/// Values the command keeps until the process exits.
///
/// A run's mappings hold memo caches that grow with the batch (every word form and every
/// separable-verb pair seen), each entry a small object of its own. Freeing them one by one when a
/// command returns only delays the exit; the operating system takes the whole heap back at once.
/// A kept value is never released, so keep only what lives for the whole command anyway.
enum ProcessLifetime {
    private final class Box<Value>: Sendable where Value: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits.
    static func keep<Value: Sendable>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
