import Glibc

/// Byte strings written once and read back in any order, kept in an unlinked temporary
/// file (or in memory when none can be made). `csw score --format json` prints its
/// elements only once every customer is scored and sorted; for 100,000 customers they are
/// about 340 MB, which this keeps out of memory. The file has no name from the moment it
/// is made, so nothing is left behind, even when csw is killed.
final class SpillFile {
    struct Ref: Sendable {
        let offset: Int
        let count: Int
    }

    private var fd: Int32 = -1
    private var written = 0
    /// Bytes not yet written to the file (all of them when there is no file).
    private var pending: [UInt8] = []

    init() {
        let folder = ProcessEnvironment.value("TMPDIR").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((folder + "/csw-spill-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        fd = file
    }

    deinit { if fd >= 0 { close(fd) } }

    func append(_ bytes: [UInt8]) -> Ref {
        let ref = Ref(offset: written + pending.count, count: bytes.count)
        pending.append(contentsOf: bytes)
        if fd >= 0, pending.count >= 1 << 20 { flush() }
        return ref
    }

    private func flush() {
        guard fd >= 0, !pending.isEmpty else { return }
        if FileSystem.writeAll(pending, to: fd) != nil {
            // The disk is full or the file went away: keep what is left in memory.
            let kept = read(Ref(offset: 0, count: written)) + pending
            close(fd)
            fd = -1
            pending = kept
            written = 0
            return
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    func read(_ ref: Ref) -> [UInt8] {
        if ref.offset >= written { return Array(pending[(ref.offset - written)..<(ref.offset - written + ref.count)]) }
        var out = [UInt8](repeating: 0, count: ref.count)
        var done = 0
        out.withUnsafeMutableBytes { buffer in
            while done < ref.count {
                let n = pread(fd, buffer.baseAddress! + done, ref.count - done, off_t(ref.offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
        }
        return out
    }
}
