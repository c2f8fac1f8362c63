import Glibc

/// What csw writes into a lock file it holds an flock on (`.git/csw.lock`, a local remote's
/// `csw-push.lock`): "csw PID SECONDS\n" — who holds it and since when. The holder empties
/// the file before it lets go, so a record found by the next holder means the last one was
/// killed mid-run, and every git lock file made since SECONDS was left by that run (or by a
/// command that is still running, which GitLockFiles checks apart).
struct LockRecord: Equatable, Sendable {
    let pid: pid_t
    /// Seconds since 1970 when the holder took the lock.
    let since: Double

    /// The record in an open lock file; nil when it is empty (the last holder let go).
    static func read(_ fd: Int32) -> LockRecord? {
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let words = String(decoding: buffer[..<n], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count >= 3, words[0] == "csw", let pid = pid_t(words[1]), let since = Double(words[2]) else { return nil }
        return LockRecord(pid: pid, since: since)
    }

    /// Replaces the file's content with this process's record, made now.
    static func write(_ fd: Int32) -> LockRecord {
        let record = LockRecord(pid: getpid(), since: Clock.wallClock())
        let text = Array("csw \(record.pid) \(record.since)\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return record
    }

    /// Empties the file: the holder finished.
    static func clear(_ fd: Int32) {
        _ = ftruncate(fd, 0)
    }
}
