import Glibc

/// A one-line progress counter on standard error, only when it is a terminal, redrawn at
/// most ten times a second. Silent in pipes and CI.
final class Progress {
    let total: Int
    let label: String
    let enabled: Bool
    private var lastDraw: Double = 0
    private var drawn = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(2) == 1 && total > 200
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let t = Self.now()
        guard t - lastDraw > 0.1 || done == total else { return }
        lastDraw = t
        drawn = true
        Terminal.standardError.writeControl("\r\(label): \(done)/\(total)")
    }

    func finish() {
        if drawn { Terminal.standardError.writeControl("\r\u{1B}[K") }
    }
}
