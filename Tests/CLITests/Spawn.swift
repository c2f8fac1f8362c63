import Foundation

/// Starts programs with posix_spawn and waits with waitpid. Foundation's Process can miss
/// a child's exit while a long-running server child exists, so the tests use this instead.
enum Spawn {
    /// Starts `executable`; output goes to the given files (or /dev/null). Returns the pid.
    static func start(_ executable: String, _ arguments: [String], environment: [String: String], directory: String?,
                      stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | (stderr == stdout ? O_APPEND : O_TRUNC), 0o644)
        // Run in `directory` through the shell (posix_spawn's chdir action is not visible to Swift here).
        let program = directory == nil ? executable : "/bin/sh"
        let words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments } ?? ([executable] + arguments)
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(rc)))"]) }
        return pid
    }

    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }  // exited
        return 128 + (status & 0x7f)  // killed by a signal
    }

    /// Waits at most `seconds`; a process still running then is killed (SIGKILL) and nil is
    /// returned. A harness time-out, so a hang fails the test instead of stopping the run.
    static func wait(_ pid: pid_t, seconds: Double) -> Int32? {
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f) }
            if r < 0 && errno != EINTR { return -1 }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = wait(pid)
                return nil
            }
            usleep(10_000)
        }
    }

    /// Runs to completion; returns exit status, standard output and standard error.
    /// `timeout`: seconds after which the process is killed; its status is then 124 (as
    /// with timeout(1)) and "(killed: timed out …)" ends its standard error.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], directory: String?, timeout: Double? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("csw-spawn-\(UUID().uuidString)").path
        let pid = try start(executable, arguments, environment: environment, directory: directory, stdout: base + ".out", stderr: base + ".err")
        var timedOut = false
        let status: Int32
        if let timeout {
            if let s = wait(pid, seconds: timeout) { status = s } else {
                status = 124
                timedOut = true
            }
        } else {
            status = wait(pid)
        }
        defer {
            unlink(base + ".out")
            unlink(base + ".err")
        }
        let out = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
        return (status, out, err + (timedOut ? "(killed: timed out after \(Int(timeout ?? 0)) s)\n" : ""))
    }
}
