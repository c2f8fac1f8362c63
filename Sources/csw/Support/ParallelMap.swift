import Dispatch

/// Runs `transform` over 0..<count on all cores and returns the results in order.
/// Used to read and check customers in parallel while printing stays in order.
enum ParallelMap {
    private struct Slots<T>: @unchecked Sendable {
        // Each index is written by exactly one iteration, and read only after all finished.
        let buffer: UnsafeMutableBufferPointer<T?>
    }

    static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        // A handful of items is done sooner here than by waking the thread pool.
        if count < 16 { return (0..<count).map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        let slots = Slots(buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots.buffer[i] = transform(i)
        }
        // Moved out, not copied: a copy would leave every result alive in the buffer, which
        // `deallocate` frees without releasing (a 100,000-customer `csw score` kept all
        // its scores that way, 0.9 GB).
        return (0..<count).map { (buffer.baseAddress! + $0).move()! }
    }
}
