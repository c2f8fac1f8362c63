import CSWAnalytics
import CSWCore
import CSWJSON
import Glibc

/// Delivers notification events to hooks: a webhook (HTTP POST of a Slack-compatible
/// message) or a command (the event as JSON on standard input). Time-outs, retries with
/// doubling back-off; an event that still fails waits in the untracked .csw/outbox.jsonl
/// for the next `csw run`; every delivered event is logged in .csw/delivered.jsonl and is
/// never sent again.
struct HookDelivery {
    let root: String
    let hooks: [Hook]

    static let outboxPath = ".csw/outbox.jsonl"
    static let deliveredPath = ".csw/delivered.jsonl"

    /// The result of one event.
    struct Outcome {
        let event: NotificationEvent
        let error: String?
        let attempts: Int
    }

    /// (hook|subject) → last delivery day, from .csw/delivered.jsonl.
    func delivered() -> (lastDay: [String: Day], ids: Set<String>) {
        var last: [String: Day] = [:], ids = Set<String>()
        guard let bytes = try? FileSystem.read(root + "/" + Self.deliveredPath) else { return (last, ids) }
        for record in JSONLines.parse(bytes).records {
            let r = record.document.root
            guard let hook = r["hook"]?.stringValue, let subject = r["subject"]?.stringValue, let at = r["at"]?.stringValue.flatMap(Day.init) else { continue }
            let key = hook + "|" + subject
            if last[key].map({ at > $0 }) ?? true { last[key] = at }
            if let id = r["id"]?.stringValue { ids.insert(id) }
        }
        return (last, ids)
    }

    /// Events waiting from earlier runs.
    func outbox() -> [NotificationEvent] {
        guard let bytes = try? FileSystem.read(root + "/" + Self.outboxPath) else { return [] }
        return JSONLines.parse(bytes).records.compactMap { NotificationEvent(json: $0.document.root["event"] ?? $0.document.root) }
    }

    /// Sends the outbox, then `events` (skipping any already delivered or already waiting),
    /// and rewrites the outbox and the delivered log. `deliveredOn`: the day recorded.
    func deliver(_ events: [NotificationEvent], on day: Day) -> [Outcome] {
        let (_, deliveredIDs) = delivered()
        var queue: [NotificationEvent] = []
        var seen = Set<String>()
        for event in outbox() + events where !deliveredIDs.contains(event.id) && seen.insert(event.id).inserted {
            queue.append(event)
        }
        var outcomes: [Outcome] = []
        var waiting: [(NotificationEvent, String, Int)] = []
        var done: [NotificationEvent] = []
        for event in queue {
            guard let hook = hooks.first(where: { $0.name == event.hook }) else {
                waiting.append((event, "no hook named \(event.hook) in csw.json", 0))
                outcomes.append(Outcome(event: event, error: "no hook named \(event.hook) in csw.json", attempts: 0))
                continue
            }
            let (error, attempts) = send(event, to: hook)
            outcomes.append(Outcome(event: event, error: error, attempts: attempts))
            if let error { waiting.append((event, error, attempts)) } else { done.append(event) }
        }
        write(waiting: waiting, delivered: done, on: day)
        return outcomes
    }

    /// One event to one hook, with retries; (error or nil, attempts made).
    func send(_ event: NotificationEvent, to hook: Hook) -> (String?, Int) {
        var backoff = Double(ProcessEnvironment.value("CSW_HOOK_BACKOFF_MS").flatMap(Int.init) ?? 500) / 1000
        var lastError = "not attempted"
        for attempt in 1...(hook.retries + 1) {
            if let error = attemptOnce(event, hook) {
                lastError = error
                if attempt <= hook.retries {
                    usleep(UInt32(backoff * 1_000_000))
                    backoff *= 2
                }
            } else {
                return (nil, attempt)
            }
        }
        return (lastError, hook.retries + 1)
    }

    func attemptOnce(_ event: NotificationEvent, _ hook: Hook) -> String? {
        if let argv = hook.command, !argv.isEmpty {
            return CommandHook.run(argv, input: Array((JSONWriter.compact(event.json) + "\n").utf8), timeout: hook.timeoutSeconds)
        }
        guard let url = webhookURL(hook) else {
            return "the webhook URL is not set: export \(hook.webhookURLEnv ?? "the variable") or add it to .csw/secrets.json (\"webhooks\": {\"\(hook.name)\": URL})"
        }
        switch HTTPPost.post(url, body: Array(JSONWriter.compact(event.slackPayload).utf8), timeout: hook.timeoutSeconds) {
        case .success(let status) where (200..<300).contains(status): return nil
        case .success(let status): return "the server answered HTTP \(status)"
        case .failure(let failure): return failure.message
        }
    }

    /// From the environment variable the hook names, else .csw/secrets.json (untracked).
    func webhookURL(_ hook: Hook) -> String? {
        if let env = hook.webhookURLEnv, let value = ProcessEnvironment.value(env), !value.isEmpty { return value }
        guard let bytes = try? FileSystem.read(root + "/.csw/secrets.json"), let doc = try? JSONDocument.parse(bytes).get() else { return nil }
        return doc.root["webhooks"]?[hook.name]?.stringValue
    }

    func write(waiting: [(NotificationEvent, String, Int)], delivered: [NotificationEvent], on day: Day) {
        do {
            try AtomicFile.makeDirectories(root + "/.csw")
            let outbox = waiting.map { event, error, attempts in
                JSONWriter.compact(.object(["event": event.json, "last_error": .string(error), "attempts": .number(JSONNumber(attempts))])) + "\n"
            }.joined()
            try AtomicFile.write(Array(outbox.utf8), to: root + "/" + Self.outboxPath)
            if !delivered.isEmpty {
                var log = (try? FileSystem.read(root + "/" + Self.deliveredPath)) ?? []
                if let last = log.last, last != 0x0A { log.append(0x0A) }
                for event in delivered {
                    log += Array((JSONWriter.compact(.object(["id": .string(event.id), "hook": .string(event.hook), "subject": .string(event.subject),
                                                              "at": .string(day.description)])) + "\n").utf8)
                }
                try AtomicFile.write(log, to: root + "/" + Self.deliveredPath)
            }
        } catch {
            Terminal.standardError.write("warning: could not record deliveries in .csw/: \(error)\n")
        }
    }
}

enum ProcessEnvironment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// A command hook: the program gets the event on standard input; exit 0 means delivered.
enum CommandHook {
    static func run(_ argv: [String], input: [UInt8], timeout: Double) -> String? {
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { return "cannot make a pipe: \(FileSystem.errnoText())" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeFDs[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, environ)
        close(pipeFDs[0])
        guard rc == 0 else {
            close(pipeFDs[1])
            return "cannot start \(argv[0]): \(String(cString: strerror(rc)))"
        }
        signal(SIGPIPE, SIG_IGN)
        input.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(pipeFDs[1], raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        close(pipeFDs[1])
        let deadline = Progress.now() + timeout
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if Progress.now() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return "\(argv[0]) did not finish within \(Int(timeout)) s"
            }
            usleep(10_000)
        }
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        return exited && code == 0 ? nil : "\(argv[0]) exited with status \(exited ? code : 128 + (status & 0x7f))"
    }
}

/// HTTP/1.1 POST of JSON over a plain socket, with a time-out. (https URLs are refused
/// with a message; a TLS-terminating relay or a command hook carries them.)
enum HTTPPost {
    struct Failure: Error { let message: String }

    static func post(_ url: String, body: [UInt8], timeout: Double) -> Result<Int, Failure> {
        func fail(_ m: String) -> Result<Int, Failure> { .failure(Failure(message: m)) }
        guard url.hasPrefix("http://") else {
            return fail(url.hasPrefix("https://")
                ? "https webhooks need TLS, which this csw does not speak yet: use a command hook (for example curl) or an http relay"
                : "the webhook URL must start with http://")
        }
        let rest = url.dropFirst(7)
        let hostPort = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(hostPort.count).isEmpty ? "/" : String(rest.dropFirst(hostPort.count))
        let parts = hostPort.split(separator: ":", maxSplits: 1)
        let host = String(parts.first ?? "")
        let port = parts.count == 2 ? String(parts[1]) : "80"
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var info: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, port, &hints, &info) == 0, let first = info else { return fail("cannot resolve \(host)") }
        defer { freeaddrinfo(info) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return fail("cannot open a socket: \(FileSystem.errnoText())") }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            return fail("cannot connect to \(host):\(port): \(FileSystem.errnoText())")
        }
        let head = "POST \(path) HTTP/1.1\r\nHost: \(hostPort)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nUser-Agent: csw/\(CSW.version)\r\nConnection: close\r\n\r\n"
        let request = Array(head.utf8) + body
        var offset = 0
        while offset < request.count {
            let n = request.withUnsafeBytes { send(fd, $0.baseAddress! + offset, request.count - offset, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return fail("sending to \(host):\(port) failed: \(FileSystem.errnoText())") }
            offset += n
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !response.contains(0x0A) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            guard n > 0 else { break }
            response += buffer[0..<n]
        }
        let statusLine = String(decoding: response.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
        let fields = statusLine.split(separator: " ")
        guard fields.count >= 2, fields[0].hasPrefix("HTTP/"), let status = Int(fields[1]) else {
            return fail(response.isEmpty ? "no answer from \(host):\(port) within \(Int(timeout)) s" : "not an HTTP answer from \(host):\(port)")
        }
        return .success(status)
    }
}
