import CMbedTLS
import CSWAnalytics
import CSWCore
import CSWJSON
import Glibc

/// Delivers notification events to hooks: a webhook (HTTP POST of a Slack-compatible
/// message) or a command (the event as JSON on standard input). Time-outs, retries with
/// doubling back-off; an event that still fails waits in the untracked .csw/outbox.jsonl
/// for the next `csw run`; every delivered event is logged in .csw/delivered.jsonl and is
/// never sent again. Only hooks approved on this machine (`csw hooks approve`,
/// HookApproval) get events; the local files are read only when git does not track them
/// (LocalFiles).
struct HookDelivery {
    let root: String
    /// The hooks events go to: csw.json's, as approved here.
    let hooks: [Hook]
    /// Names of csw.json's hooks that are not approved (or changed since): their waiting
    /// events stay in the outbox.
    let held: Set<String>
    let local: LocalFiles

    init(root: String, hooks: [Hook], held: Set<String> = [], local: LocalFiles? = nil) {
        self.root = root
        self.hooks = hooks
        self.held = held
        self.local = local ?? LocalFiles(root: root)
    }

    /// csw.json's hooks split by this machine's approvals: the delivery for the approved
    /// ones, the others with their state, and why the approvals could not be read.
    static func approved(root: String, hooks all: [Hook]) -> (delivery: HookDelivery, held: [(hook: Hook, state: HookApproval.State)], problem: String?) {
        let local = LocalFiles(root: root)
        let approval = HookApproval.load(local)
        var approved: [Hook] = [], held: [(Hook, HookApproval.State)] = []
        for hook in all {
            let state = approval.state(of: hook)
            if state == .approved { approved.append(hook) } else { held.append((hook, state)) }
        }
        return (HookDelivery(root: root, hooks: approved, held: Set(held.map(\.0.name)), local: local), held, approval.problem)
    }

    static let outboxPath = ".csw/outbox.jsonl"
    static let deliveredPath = ".csw/delivered.jsonl"
    static let secretsPath = ".csw/secrets.json"

    /// The result of one event.
    struct Outcome {
        let event: NotificationEvent
        let error: String?
        let attempts: Int
    }

    /// (hook|subject) → last delivery day, from .csw/delivered.jsonl.
    func delivered() -> (lastDay: [String: Day], ids: Set<String>) {
        var last: [String: Day] = [:], ids = Set<String>()
        guard let bytes = local.read(Self.deliveredPath) else { return (last, ids) }
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
        guard let bytes = local.read(Self.outboxPath) else { return [] }
        return JSONLines.parse(bytes).records.compactMap { NotificationEvent(json: $0.document.root["event"] ?? $0.document.root) }
    }

    /// Sends `waiting` (the outbox), then `events`, skipping any already delivered or
    /// already queued, and rewrites the outbox and the delivered log (`day` is recorded).
    func deliver(_ events: [NotificationEvent], waiting: [NotificationEvent], deliveredIDs: Set<String>, on day: Day) -> [Outcome] {
        var queue: [NotificationEvent] = []
        var seen = Set<String>()
        for event in waiting + events where !deliveredIDs.contains(event.id) && seen.insert(event.id).inserted {
            queue.append(event)
        }
        var outcomes: [Outcome] = []
        var waiting: [(NotificationEvent, String, Int)] = []
        var done: [NotificationEvent] = []
        for event in queue {
            guard let hook = hooks.first(where: { $0.name == event.hook }) else {
                let why = held.contains(event.hook) ? "hook \(event.hook) is not approved on this machine: csw hooks approve" : "no hook named \(event.hook) in csw.json"
                waiting.append((event, why, 0))
                outcomes.append(Outcome(event: event, error: why, attempts: 0))
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
        // Nothing runs or goes out for a hook this machine has not approved.
        guard hooks.contains(hook) else { return ("hook \(hook.name) is not approved on this machine: csw hooks approve", 0) }
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
            if local.isTracked(Self.secretsPath) { return "the webhook URL is not set: " + LocalFiles.trackedNote(Self.secretsPath) }
            return "the webhook URL is not set: export \(hook.webhookURLEnv ?? "the variable") or add it to .csw/secrets.json (\"webhooks\": {\"\(hook.name)\": URL})"
        }
        switch HTTPPost.post(url, body: Array(JSONWriter.compact(event.slackPayload).utf8), timeout: hook.timeoutSeconds) {
        case .success(let status) where (200..<300).contains(status): return nil
        case .success(let status): return "the server answered HTTP \(status)"
        case .failure(let failure): return failure.message
        }
    }

    /// From the environment variable the hook names, else .csw/secrets.json — only while
    /// git does not track it: a tracked one came in a commit and is not this clone's.
    func webhookURL(_ hook: Hook) -> String? {
        if let env = hook.webhookURLEnv, let value = ProcessEnvironment.value(env), !value.isEmpty { return value }
        guard let bytes = local.read(Self.secretsPath), let doc = try? JSONDocument.parse(bytes).get() else { return nil }
        return doc.root["webhooks"]?[hook.name]?.stringValue
    }

    func write(waiting: [(NotificationEvent, String, Int)], delivered: [NotificationEvent], on day: Day) {
        do {
            try AtomicFile.makeDirectories(root + "/.csw", under: root)
            let outbox = waiting.map { event, error, attempts in
                JSONWriter.compact(.object(["event": event.json, "last_error": .string(error), "attempts": .number(JSONNumber(attempts))])) + "\n"
            }.joined()
            try AtomicFile.write(Array(outbox.utf8), to: root + "/" + Self.outboxPath, under: root)
            if !delivered.isEmpty {
                var log = local.read(Self.deliveredPath) ?? []
                if let last = log.last, last != 0x0A { log.append(0x0A) }
                for event in delivered {
                    log += Array((JSONWriter.compact(.object(["id": .string(event.id), "hook": .string(event.hook), "subject": .string(event.subject),
                                                              "at": .string(day.description)])) + "\n").utf8)
                }
                try AtomicFile.write(log, to: root + "/" + Self.deliveredPath, under: root)
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

/// HTTP/1.1 POST of JSON with a time-out: plain sockets for http://, mbed TLS for
/// https:// (the server's certificate checked against the system's CA bundle, or the
/// file CSW_CA_FILE names, and its name against the URL's host).
enum HTTPPost {
    struct Failure: Error { let message: String }

    struct Target {
        let tls: Bool
        let host: String
        let port: String
        let hostPort: String
        let path: String
    }

    static func parse(_ url: String) -> Target? {
        let tls: Bool
        if url.hasPrefix("https://") { tls = true } else if url.hasPrefix("http://") { tls = false } else { return nil }
        let rest = url.dropFirst(tls ? 8 : 7)
        let hostPort = rest.prefix { $0 != "/" && $0 != "?" }
        let path = rest.dropFirst(hostPort.count)
        let parts = hostPort.split(separator: ":", maxSplits: 1)
        guard let host = parts.first, !host.isEmpty else { return nil }
        return Target(tls: tls, host: String(host), port: parts.count == 2 ? String(parts[1]) : (tls ? "443" : "80"), hostPort: String(hostPort),
                      path: path.isEmpty ? "/" : (path.hasPrefix("/") ? String(path) : "/" + path))
    }

    static func post(_ url: String, body: [UInt8], timeout: Double) -> Result<Int, Failure> {
        guard let target = parse(url) else { return .failure(Failure(message: "the webhook URL must start with http:// or https://")) }
        let head = "POST \(target.path) HTTP/1.1\r\nHost: \(target.hostPort)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nUser-Agent: csw/\(CSW.version)\r\nConnection: close\r\n\r\n"
        let request = Array(head.utf8) + body
        let answer = target.tls ? TLSConnection.exchange(target, request, timeout: timeout) : plainExchange(target, request, timeout: timeout)
        switch answer {
        case .failure(let f): return .failure(f)
        case .success(let response):
            let statusLine = String(decoding: response.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
            let fields = statusLine.split(separator: " ")
            guard fields.count >= 2, fields[0].hasPrefix("HTTP/"), let status = Int(fields[1]) else {
                return .failure(Failure(message: response.isEmpty ? "no answer from \(target.hostPort) within \(Int(timeout)) s" : "not an HTTP answer from \(target.hostPort)"))
            }
            return .success(status)
        }
    }

    /// Sends the request and reads up to the end of the status line.
    static func plainExchange(_ target: Target, _ request: [UInt8], timeout: Double) -> Result<[UInt8], Failure> {
        func fail(_ m: String) -> Result<[UInt8], Failure> { .failure(Failure(message: m)) }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var info: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(target.host, target.port, &hints, &info) == 0, let first = info else { return fail("cannot resolve \(target.host)") }
        defer { freeaddrinfo(info) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return fail("cannot open a socket: \(FileSystem.errnoText())") }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            return fail("cannot connect to \(target.hostPort): \(FileSystem.errnoText())")
        }
        var offset = 0
        while offset < request.count {
            let n = request.withUnsafeBytes { send(fd, $0.baseAddress! + offset, request.count - offset, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return fail("sending to \(target.hostPort) failed: \(FileSystem.errnoText())") }
            offset += n
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !response.contains(0x0A) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            guard n > 0 else { break }
            response += buffer[0..<n]
        }
        return .success(response)
    }
}

/// One TLS exchange with mbed TLS: connect, verify, send, read the status line.
enum TLSConnection {
    /// A NUL-terminated C buffer as text.
    static func cText(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func exchange(_ target: HTTPPost.Target, _ request: [UInt8], timeout: Double) -> Result<[UInt8], HTTPPost.Failure> {
        func fail(_ m: String) -> Result<[UInt8], HTTPPost.Failure> { .failure(HTTPPost.Failure(message: m)) }
        func describe(_ rc: Int32) -> String {
            var buffer = [CChar](repeating: 0, count: 256)
            mbedtls_strerror(rc, &buffer, buffer.count)
            return cText(buffer)
        }
        var net = mbedtls_net_context()
        var ssl = mbedtls_ssl_context()
        var conf = mbedtls_ssl_config()
        var ca = mbedtls_x509_crt()
        var entropy = mbedtls_entropy_context()
        var drbg = mbedtls_ctr_drbg_context()
        mbedtls_net_init(&net)
        mbedtls_ssl_init(&ssl)
        mbedtls_ssl_config_init(&conf)
        mbedtls_x509_crt_init(&ca)
        mbedtls_entropy_init(&entropy)
        mbedtls_ctr_drbg_init(&drbg)
        defer {
            mbedtls_net_free(&net)
            mbedtls_ssl_free(&ssl)
            mbedtls_ssl_config_free(&conf)
            mbedtls_x509_crt_free(&ca)
            mbedtls_ctr_drbg_free(&drbg)
            mbedtls_entropy_free(&entropy)
        }
        guard mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, "csw", 3) == 0 else { return fail("TLS: cannot seed the random generator") }
        let caFile = ProcessEnvironment.value("CSW_CA_FILE") ?? "/etc/ssl/certs/ca-certificates.crt"
        let parsed = mbedtls_x509_crt_parse_file(&ca, caFile)
        guard parsed >= 0 else { return fail("TLS: cannot read the CA certificates in \(caFile): \(describe(parsed))") }
        let connected = mbedtls_net_connect(&net, target.host, target.port, MBEDTLS_NET_PROTO_TCP)
        guard connected == 0 else { return fail("cannot connect to \(target.hostPort): \(describe(connected))") }
        guard mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) == 0 else {
            return fail("TLS: cannot configure")
        }
        mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED)
        mbedtls_ssl_conf_ca_chain(&conf, &ca, nil)
        mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg)
        mbedtls_ssl_conf_read_timeout(&conf, UInt32(max(1, timeout) * 1000))
        guard mbedtls_ssl_setup(&ssl, &conf) == 0, mbedtls_ssl_set_hostname(&ssl, target.host) == 0 else { return fail("TLS: cannot set up the session") }
        mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, mbedtls_net_recv_timeout)
        let deadline = Progress.now() + timeout
        while true {
            let rc = mbedtls_ssl_handshake(&ssl)
            if rc == 0 { break }
            guard rc == MBEDTLS_ERR_SSL_WANT_READ || rc == MBEDTLS_ERR_SSL_WANT_WRITE, Progress.now() < deadline else {
                let flags = mbedtls_ssl_get_verify_result(&ssl)
                if flags != 0 && flags != UInt32.max {
                    var buffer = [CChar](repeating: 0, count: 512)
                    mbedtls_x509_crt_verify_info(&buffer, buffer.count, "", flags)
                    return fail("TLS: the certificate of \(target.host) is not trusted: \(cText(buffer).trimmingCharacters(in: [" ", "\n"]))")
                }
                return fail("TLS handshake with \(target.hostPort) failed: \(describe(rc))")
            }
        }
        var offset = 0
        while offset < request.count {
            let n = request.withUnsafeBufferPointer { mbedtls_ssl_write(&ssl, $0.baseAddress! + offset, request.count - offset) }
            if n == MBEDTLS_ERR_SSL_WANT_WRITE || n == MBEDTLS_ERR_SSL_WANT_READ { continue }
            guard n > 0 else { return fail("sending to \(target.hostPort) failed: \(describe(n))") }
            offset += Int(n)
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !response.contains(0x0A) && Progress.now() < deadline {
            let n = mbedtls_ssl_read(&ssl, &buffer, buffer.count)
            if n == MBEDTLS_ERR_SSL_WANT_READ || n == MBEDTLS_ERR_SSL_WANT_WRITE { continue }
            guard n > 0 else { break }
            response += buffer[0..<Int(n)]
        }
        _ = mbedtls_ssl_close_notify(&ssl)
        return .success(response)
    }
}
