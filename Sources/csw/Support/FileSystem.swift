import CSWCore
import Glibc

/// Small POSIX helpers for the hot paths of reading a workspace (thousands of folders):
/// directory listing with entry types, whole-file reads, link resolution.
enum FileSystem {
    enum EntryType { case file, directory, symlink, other }

    struct IOError: Error, CustomStringConvertible {
        enum Link { case folder, file }

        let path: String
        let reason: String
        /// Set when `path` is a symbolic link csw would not write through (SafeFolder).
        var link: Link? = nil

        var description: String {
            guard let link else { return "\(path): \(reason)" }
            let fix = link == .folder ? "put a real folder in its place (git rm \(path), mkdir \(path))" : "remove it (git rm \(path))"
            return "\(path) \(reason)\n  note: a link can point anywhere on this computer; see who added it (git log -- \(path)), then \(fix) and commit"
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Names and types in `path`, sorted by name, without "." and "..".
    static func list(_ path: String) throws(IOError) -> [(name: String, type: EntryType)] {
        guard let dir = opendir(path) else { throw IOError(path: path, reason: "cannot list the folder: \(errnoText())") }
        defer { closedir(dir) }
        var result: [(String, EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .directory
            case Int32(DT_LNK): type = .symlink
            default: type = kind(of: path + "/" + name)
            }
            result.append((name, type))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    static func kind(of path: String) -> EntryType {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The size of a file (links not followed), nil when it cannot be seen.
    static func size(_ path: String) -> Int? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Writes all of `bytes` to an open file, going on after interrupted writes; nil when
    /// done, else the reason it stopped.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoText()
                }
                offset += n
            }
            return nil
        }
    }

    /// When a file was last changed, in seconds since 1970 (links not followed).
    static func modificationTime(_ path: String) -> Int64? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int64(info.st_mtim.tv_sec) : nil
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// csw reads no file larger than this unless the caller passes csw.json's
    /// limits.max_file_bytes (64 MiB; docs/SECURITY.md, "Hostile input").
    static let readLimit = CustomerFolder.defaultMaxFileBytes

    /// The whole file; one larger than `limit` is refused unread (and one that grows past
    /// it while being read is refused too).
    static func read(_ path: String, limit: Int = readLimit) throws(IOError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IOError(path: path, reason: "cannot read the file: \(errnoText())") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOError(path: path, reason: "cannot read the file: \(errnoText())") }
        return try readAll(fd, expected: Int(info.st_size), limit: limit, path: path)
    }

    static func tooLarge(_ path: String, size: Int, limit: Int) -> IOError {
        IOError(path: path, reason: "the file is \(size) bytes, more than csw reads (\(limit), limits.max_file_bytes); it was not read")
    }

    /// Size and modification time of a file, as `stat` saw it when it was read.
    struct Stamp: Equatable, Sendable {
        let size: Int64
        let seconds: Int
        let nanoseconds: Int

        init(_ info: stat) {
            size = Int64(info.st_size)
            seconds = info.st_mtim.tv_sec
            nanoseconds = info.st_mtim.tv_nsec
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    /// Reads a regular file without following a link at its name; nil when there is no
    /// regular file there (absent, a link, a folder, a device). One open, fstat, read and
    /// close: what reading many small files in a hot path needs, and the stamp comes free.
    static func readRegularFile(_ path: String, limit: Int = readLimit) throws(IOError) -> (bytes: [UInt8], stamp: Stamp)? {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            if [ENOENT, ENOTDIR, ELOOP, ENXIO].contains(errno) { return nil }
            throw IOError(path: path, reason: "cannot read the file: \(errnoText())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOError(path: path, reason: "cannot read the file: \(errnoText())") }
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (try readAll(fd, expected: Int(info.st_size), limit: limit, path: path), Stamp(info))
    }

    /// Reads to the end (a file may have grown since fstat: read until read() says 0),
    /// but never more than `limit` bytes.
    private static func readAll(_ fd: Int32, expected: Int, limit: Int, path: String) throws(IOError) -> [UInt8] {
        guard expected <= limit else { throw tooLarge(path, size: expected, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: expected)
        var total = 0
        while true {
            let n: Int
            if total == bytes.count {
                // Expect end of file; probe with a small buffer before growing.
                var probe = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
                n = withUnsafeMutableBytes(of: &probe) { raw in Glibc.read(fd, raw.baseAddress!, raw.count) }
                if n > 0 { withUnsafeBytes(of: &probe) { raw in bytes.append(contentsOf: raw.prefix(n)) } }
            } else {
                n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw IOError(path: path, reason: "cannot read the file: \(errnoText())")
            }
            if n == 0 { break }
            total += n
            if total > limit { throw tooLarge(path, size: total, limit: limit) }
        }
        if total < bytes.count { bytes.removeSubrange(total...) }
        return bytes
    }

    /// The absolute, link-free form of `path`, or nil when it does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func currentDirectory() -> String {
        guard let buffer = getcwd(nil, 0) else { return "." }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
