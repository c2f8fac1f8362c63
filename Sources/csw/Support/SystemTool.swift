import Glibc

/// A system program csw runs to check something (ssh-keygen, gpgv): found by absolute path
/// on PATH, never in a folder inside the workspace; run with a clean environment, its input
/// on a pipe, a time-out and bounded output. Nothing here runs a program the workspace names.
enum SystemTool {
    struct Outcome {
        /// The exit status; nil when the program could not start, was killed or timed out.
        let status: Int32?
        /// Standard output and error together, at most `maxOutput` bytes.
        let output: [UInt8]
        /// Why there is no status.
        let failure: String?

        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// The program's absolute path: the first PATH folder (absolute, outside `workspace`) that
    /// holds an executable file of that name.
    static func find(_ name: String, outside workspace: String) -> String? {
        let root = FileSystem.realPath(workspace) ?? workspace
        let path = ProcessEnvironment.value("PATH") ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) where folder.hasPrefix("/") {
            guard let real = FileSystem.realPath(folder), real != root, !real.hasPrefix(root + "/") else { continue }
            let candidate = real + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func run(_ path: String, _ arguments: [String], input: [UInt8] = [], timeout: Double = 10, maxOutput: Int = 64 << 10) -> Outcome {
        var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0 else { return Outcome(status: nil, output: [], failure: "cannot make a pipe: \(FileSystem.errnoText())") }
        guard pipe(&outPipe) == 0 else {
            close(inPipe[0]); close(inPipe[1])
            return Outcome(status: nil, output: [], failure: "cannot make a pipe: \(FileSystem.errnoText())")
        }
        // only the dup2'd copies reach the program (dup2 clears close-on-exec)
        for fd in inPipe + outPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { (s: String) in strdup(s) } + [nil]
        let env: [UnsafeMutablePointer<CChar>?] = ["PATH=/usr/bin:/bin", "LC_ALL=C"].map { (s: String) in strdup(s) } + [nil]
        defer { for a in argv + env { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, env)
        close(inPipe[0])
        close(outPipe[1])
        guard rc == 0 else {
            close(inPipe[1]); close(outPipe[0])
            return Outcome(status: nil, output: [], failure: "cannot start \(path): \(String(cString: strerror(rc)))")
        }
        signal(SIGPIPE, SIG_IGN)
        _ = fcntl(inPipe[1], F_SETFL, fcntl(inPipe[1], F_GETFL) | O_NONBLOCK)
        var writeFD = inPipe[1], readFD = outPipe[0]
        if input.isEmpty { close(writeFD); writeFD = -1 }
        var written = 0
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        let deadline = Progress.now() + timeout
        var timedOut = false
        while readFD >= 0 || writeFD >= 0 {
            let left = deadline - Progress.now()
            if left <= 0 { timedOut = true; break }
            var fds = [pollfd(fd: readFD, events: Int16(POLLIN), revents: 0), pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)]
            if poll(&fds, 2, Int32(min(left, 1) * 1000) + 1) < 0 { if errno == EINTR { continue } else { break } }
            if writeFD >= 0, fds[1].revents != 0 {
                let n = input.withUnsafeBytes { write(writeFD, $0.baseAddress! + written, input.count - written) }
                if n > 0 { written += n }
                if n < 0 && errno != EAGAIN && errno != EINTR || written == input.count { close(writeFD); writeFD = -1 }
            }
            if readFD >= 0, fds[0].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress!, $0.count) }
                if n > 0 {
                    output += buffer.prefix(min(n, max(0, maxOutput - output.count)))
                } else if n == 0 || errno != EINTR && errno != EAGAIN {
                    close(readFD); readFD = -1
                }
            }
        }
        if writeFD >= 0 { close(writeFD) }
        if readFD >= 0 { close(readFD) }
        var status: Int32 = 0
        if timedOut {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            return Outcome(status: nil, output: output, failure: "\(path) did not finish within \(Int(timeout)) s")
        }
        while true {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            if Progress.now() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return Outcome(status: nil, output: output, failure: "\(path) did not finish within \(Int(timeout)) s")
            }
            usleep(5_000)
        }
        guard status & 0x7f == 0 else { return Outcome(status: nil, output: output, failure: "\(path) was killed by signal \(status & 0x7f)") }
        return Outcome(status: (status >> 8) & 0xff, output: output, failure: nil)
    }
}

/// A private folder for a verifier's files (mkdtemp, mode 0700) in the system's temporary
/// folder, never in the workspace; removed with everything in it by `remove()`.
final class PrivateTemporaryFolder {
    let path: String
    private var files: [String] = []

    init?(outside workspace: String) {
        var base = ProcessEnvironment.value("TMPDIR").flatMap { $0.hasPrefix("/") ? FileSystem.realPath($0) : nil } ?? "/tmp"
        let root = FileSystem.realPath(workspace) ?? workspace
        if base == root || base.hasPrefix(root + "/") { base = "/tmp" }
        var template = Array((base + "/csw-verify-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else { return nil }
        path = String(cString: template)
    }

    /// A new file (mkstemp, mode 0600) holding `bytes`; its path.
    func file(_ bytes: [UInt8]) -> String? {
        var template = Array((path + "/f-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let name = String(cString: template)
        files.append(name)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n <= 0 { return nil }
            offset += n
        }
        return name
    }

    deinit { remove() }

    func remove() {
        for f in files { unlink(f) }
        files = []
        // gpgv may leave its own files (a trustdb) in a home folder made inside this one
        if let dir = opendir(path) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for n in names { unlink(path + "/" + n) }
        }
        rmdir(path)
    }
}
