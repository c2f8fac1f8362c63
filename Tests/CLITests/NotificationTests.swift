import Foundation
import Glibc
import Synchronization
import Testing

/// A real HTTP listener on 127.0.0.1 for webhook tests: records every request and answers
/// with the scripted statuses in order (then 200).
final class TestHTTPServer: Sendable {
    struct Request: Sendable {
        let path: String
        let body: String
    }

    let port: Int
    private let fd: Int32
    private let state: Mutex<(script: [Int], requests: [Request])>

    init(statuses: [Int] = []) throws {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(sock, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &length) } }
        fd = sock
        port = Int(UInt16(bigEndian: actual.sin_port))
        state = Mutex((statuses, []))
        let server = self
        Thread.detachNewThread { server.serve() }
    }

    var requests: [Request] { state.withLock { $0.requests } }
    var url: String { "http://127.0.0.1:\(port)/hooks/cs" }

    func script(_ statuses: [Int]) { state.withLock { $0.script = statuses } }

    func stop() { shutdown(fd, Int32(SHUT_RDWR)); close(fd) }

    private func serve() {
        while true {
            let client = accept(fd, nil, nil)
            if client < 0 { return }
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            var expected: Int?
            while true {
                let n = recv(client, &buffer, buffer.count, 0)
                if n <= 0 { break }
                data += buffer[0..<n]
                let text = String(decoding: data, as: UTF8.self)
                if let headerEnd = text.range(of: "\r\n\r\n") {
                    if expected == nil {
                        let length = text[..<headerEnd.lowerBound].split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                        expected = text.utf8.distance(from: text.utf8.startIndex, to: headerEnd.upperBound) + length
                    }
                    if let expected, data.count >= expected { break }
                }
            }
            let text = String(decoding: data, as: UTF8.self)
            let path = text.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
            let status = state.withLock { s -> Int in
                s.requests.append(Request(path: path, body: body))
                return s.script.isEmpty ? 200 : s.script.removeFirst()
            }
            let reply = "HTTP/1.1 \(status) X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
            _ = reply.withCString { send(client, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            close(client)
        }
    }
}

/// csw run's notifications against a real listener: payload shape, retry after a 500,
/// the outbox after repeated failure, redelivery on the next run, nothing sent twice.
@Suite(.serialized) struct NotificationTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-hooks")
        let parent = scratch.url
        folder = parent.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: parent).status == 0)
    }

    func addHooks(_ json: String) throws {
        let url = folder.appendingPathComponent("csw.json")
        // Our hooks line replaces any earlier one.
        let text = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  \"hooks\": ") }.joined(separator: "\n")
        try text.replacingOccurrences(of: "\"format_version\": 1,", with: "\"format_version\": 1,\n  \"hooks\": \(json),")
            .write(to: url, atomically: true, encoding: .utf8)
        // Whoever adds a hook approves it on their machine too (docs/ALERTS.md).
        let approved = try CLITests.run(["hooks", "approve"], in: folder)
        #expect(approved.status == 0, "\(approved.stderr)")
    }

    func csw(_ arguments: [String], url: String? = nil) throws -> CLITests.Outcome {
        var env = ["CSW_HOOK_BACKOFF_MS": "10"]
        if let url { env["CSW_TEST_WEBHOOK"] = url }
        return try CLITests.run(arguments, environment: env, in: folder)
    }

    func lines(_ path: String) -> [String] {
        ((try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func webhooksGetSlackMessagesRetryAndNeverTwice() throws {
        let server = try TestHTTPServer(statuses: [500])
        defer { server.stop() }
        try addHooks(#"[{"name": "cs-alerts", "on": ["alert"], "min_severity": "high", "webhook_url_env": "CSW_TEST_WEBHOOK", "retries": 2, "timeout_seconds": 5}]"#)
        #expect(try csw(["validate"]).status == 0)
        let run = try csw(["run", "--as-of", "2025-11-15"], url: server.url)
        #expect(run.status == 0, "\(run.stderr)")
        // Two high alerts as of 2025-11-15 (CH_003 health, AMC_009 renewal); the first POST got a 500 and was retried.
        let requests = server.requests
        #expect(requests.count == 3, "one retry after the 500: \(requests.map(\.body))")
        #expect(requests.allSatisfy { $0.path == "/hooks/cs" })
        let message = try JSONSerialization.jsonObject(with: Data(requests.last!.body.utf8)) as! [String: Any]
        #expect((message["text"] as? String)?.hasPrefix("[high] ") == true)
        let blocks = message["blocks"] as! [[String: Any]]
        #expect(blocks.first?["type"] as? String == "section" && blocks.count == 2)
        #expect(Set(requests.compactMap { $0.body.range(of: "CH_003") != nil ? "CH_003" : ($0.body.range(of: "AMC_009") != nil ? "AMC_009" : nil) }) == ["CH_003", "AMC_009"])
        #expect(lines(".csw/delivered.jsonl").count == 2 && lines(".csw/outbox.jsonl").isEmpty)
        #expect(run.stdout.contains("notified cs-alerts: [high] CH_003"))
        // The same day, and within the cooldown: nothing is sent again.
        _ = try csw(["run", "--as-of", "2025-11-15"], url: server.url)
        _ = try csw(["run", "--as-of", "2025-11-20"], url: server.url)
        #expect(server.requests.count == 3, "a delivered event is never sent twice")
        #expect(try csw(["status"]).stdout.contains(".csw") == false, "delivery state is not part of the workspace")
    }

    @Test func failedDeliveriesWaitInTheOutboxAndGoOutNextRun() throws {
        let server = try TestHTTPServer(statuses: Array(repeating: 503, count: 4))
        defer { server.stop() }
        try addHooks(#"[{"name": "cs-alerts", "min_severity": "high", "webhook_url_env": "CSW_TEST_WEBHOOK", "retries": 1}]"#)
        let first = try csw(["run", "--as-of", "2025-11-15"], url: server.url)
        #expect(first.stderr.contains("2 notifications kept in .csw/outbox.jsonl"), "\(first.stderr)")
        #expect(server.requests.count == 4 && lines(".csw/outbox.jsonl").count == 2 && lines(".csw/delivered.jsonl").isEmpty)
        #expect(first.stdout.contains("after 2 attempts (the server answered HTTP 503)"))
        // Unreachable on the next day: still waiting, still once each.
        let down = try csw(["run", "--as-of", "2025-11-16"], url: "http://127.0.0.1:1/nowhere")
        #expect(down.stdout.contains("cannot connect") && lines(".csw/outbox.jsonl").count == 2, "\(down.stdout)")
        // Back up: the waiting events go out, and are not sent again.
        let next = try csw(["run", "--as-of", "2025-11-17"], url: server.url)
        #expect(server.requests.count == 6, "\(next.stdout)")
        #expect(lines(".csw/outbox.jsonl").isEmpty && lines(".csw/delivered.jsonl").count == 2)
        _ = try csw(["run", "--as-of", "2025-11-17"], url: server.url)
        #expect(server.requests.count == 6)
    }

    @Test func commandHooksReadTheEventOnStandardInput() throws {
        let sink = folder.deletingLastPathComponent().appendingPathComponent("events.jsonl").path
        try addHooks(#"[{"name": "pager", "min_severity": "medium", "command": ["/bin/sh", "-c", "cat >> \#(sink)"]}]"#)
        #expect(try csw(["run", "--as-of", "2025-11-15"]).status == 0)
        let events = try String(contentsOfFile: sink, encoding: .utf8).split(separator: "\n")
        #expect(events.count == 4, "the four medium-or-higher alerts: \(events)")
        let event = try JSONSerialization.jsonObject(with: Data(events[0].utf8)) as! [String: Any]
        #expect(event["kind"] as? String == "alert" && event["hook"] as? String == "pager" && (event["alert"] as? [String: Any])?["customer_id"] != nil)
    }

    @Test func notifyTestAndSecretsStayOutOfTheWorkspace() throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        try addHooks(#"[{"name": "cs-alerts", "webhook_url_env": "CSW_TEST_WEBHOOK", "retries": 0}]"#)
        let ok = try csw(["notify", "test", "cs-alerts"], url: server.url)
        #expect(ok.status == 0 && ok.stdout.contains("cs-alerts took the test event") && server.requests.count == 1)
        let missing = try csw(["notify", "test", "cs-alerts"])
        #expect(missing.status == 2 && missing.stderr.contains("export CSW_TEST_WEBHOOK"), "\(missing.stderr)")
        #expect(try csw(["notify", "test", "nope"]).status == 1)
        // A URL written into csw.json is refused: secrets never go into the repository.
        try addHooks(#"[{"name": "leaky", "webhook_url": "http://example.invalid/x", "webhook_url_env": "X"}]"#)
        let validate = try csw(["validate"])
        #expect(validate.status == 1 && validate.stdout.contains("webhook_url"), "\(validate.stdout)")
    }

    /// https webhooks: mbed TLS against a real TLS listener on 127.0.0.1 (Python's ssl with
    /// a certificate made for the test), trusted only through CSW_CA_FILE.
    @Test(.needs(.openssl, .python3)) func httpsWebhooksCheckTheCertificate() throws {
        let openssl = try TestServers.path(.openssl), python = try TestServers.path(.python3)
        let dir = folder.deletingLastPathComponent()
        let cert = dir.appendingPathComponent("cert.pem").path, key = dir.appendingPathComponent("key.pem").path
        let made = try TestServers.run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                                                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=DNS:127.0.0.1,IP:127.0.0.1"])
        #expect(made.status == 0, "\(made.output)")
        let log = dir.appendingPathComponent("https-requests.log").path
        let port = TestServers.freePort()
        let script = dir.appendingPathComponent("tls-server.py")
        try """
        import http.server, ssl, sys
        class H(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers['Content-Length']))
                with open(sys.argv[4], 'ab') as f: f.write(self.path.encode() + b' ' + body + b'\\n')
                self.send_response(200); self.send_header('Content-Length', '2'); self.end_headers(); self.wfile.write(b'ok')
            def log_message(self, *a): pass
        server = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); context.load_cert_chain(sys.argv[2], sys.argv[3])
        server.socket = context.wrap_socket(server.socket, server_side=True)
        server.serve_forever()
        """.write(to: script, atomically: true, encoding: .utf8)
        let pid = try Spawn.start(python, [script.path, "\(port)", cert, key, log], environment: ProcessInfo.processInfo.environment, directory: nil)
        defer { kill(pid, SIGKILL); _ = Spawn.wait(pid) }
        #expect(TestServers.waitForPort(port), "the TLS listener did not start")
        try addHooks(#"[{"name": "cs-alerts", "webhook_url_env": "CSW_TEST_WEBHOOK", "retries": 0, "timeout_seconds": 5}]"#)
        let url = "https://127.0.0.1:\(port)/services/T000/B000"
        let trusted = try CLITests.run(["notify", "test", "cs-alerts"], environment: ["CSW_TEST_WEBHOOK": url, "CSW_CA_FILE": cert], in: folder)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        let received = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(received.hasPrefix("/services/T000/B000 {") && received.contains("\"blocks\""), "\(received)")
        let untrusted = try CLITests.run(["notify", "test", "cs-alerts"], environment: ["CSW_TEST_WEBHOOK": url], in: folder)
        #expect(untrusted.status == 2 && untrusted.stderr.contains("is not trusted"), "an unknown certificate is refused: \(untrusted.stderr)")
    }
}
