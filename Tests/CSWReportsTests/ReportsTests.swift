import CSWCore
import CSWJSON
import Foundation
import Testing
@testable import CSWReports

@Suite struct AnonymizerTests {
    let anonymizer = Anonymizer(customers: [("HOSP_001", "Metro Health System"), ("CH_003", "Cedar Valley Community Hospital")],
                                people: [("Dr. Sarah Johnson", "sarah.johnson@metrohealth.org"), ("Angela Brooks, RN", nil), ("mike.smith", nil)])

    @Test func namesIdsAndEmailsBecomeStablePseudonyms() {
        let text = "Metro Health System (HOSP_001): Dr. Sarah Johnson <sarah.johnson@metrohealth.org> met Angela Brooks, RN and mike.smith."
        let once = anonymizer.scrub(text)
        #expect(once == anonymizer.scrub(text), "the same input, the same pseudonyms")
        for secret in ["Metro Health System", "HOSP_001", "Sarah Johnson", "sarah.johnson", "metrohealth", "Angela Brooks", "mike.smith"] {
            #expect(!once.contains(secret), "\(secret) left in: \(once)")
        }
        #expect(once.contains("Customer ") && once.contains("Person ") && once.contains("@example.invalid"))
        let again = Anonymizer(customers: [("HOSP_001", "Metro Health System")], people: [("Dr. Sarah Johnson", nil)])
        #expect(again.scrub("Metro Health System") == anonymizer.scrub("Metro Health System"), "pseudonyms do not depend on who else is in the workspace")
    }

    @Test func freeTextIsWithheldAndEveryOtherStringScrubbed() {
        let doc: JSONValue = .object(["organization_name": .string("Cedar Valley Community Hospital"), "summary": .string("Rachel said the alerts are noisy"),
                                      "alerts": .array([.object(["reason": .string("health 42.6 is below 50"), "rule": .string("health-at-risk")])]),
                                      "csm": .string("mike.smith"), "score": .number(42.6)])
        let out = JSONWriter.compact(anonymizer.anonymize(doc))
        #expect(!out.contains("Cedar Valley") && !out.contains("Rachel") && !out.contains("mike.smith"))
        #expect(out.contains(Anonymizer.withheld) && out.contains("health-at-risk") && out.contains("42.6"))
    }
}

@Suite struct SVGTests {
    @Test func chartsAreSelfContainedMarkup() {
        let chart = SVG.lines([("health", "#000", [40, nil, 60])], labels: ["2025-01", "2025-02", "2025-03"], low: 0, high: 100, title: "Health <&>")
        #expect(chart.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && chart.hasSuffix("</svg>"))
        #expect(chart.contains("Health &lt;&amp;&gt;"), "text is escaped")
        #expect(chart.components(separatedBy: "<circle").count - 1 == 2, "a point per value present")
        let path = chart.components(separatedBy: "d=\"")[1].prefix { $0 != "\"" }
        #expect(!path.contains("L") && path.components(separatedBy: "M").count - 1 == 2, "a month without a value breaks the line: \(path)")
        #expect(!chart.contains("http://") || chart.components(separatedBy: "http://").count == 2, "no reference but the SVG namespace")
        let bars = SVG.targets([("ROI", 30, 25), ("Compliance", nil, 95)], title: "KPIs")
        #expect(bars.contains("30.0 / 25.0") && bars.contains("— / 95.0"))
    }
}

@Suite struct TemplateTests {
    @Test func rendersJSONAndReportsWhereATemplateIsBroken() throws {
        let templates = Templates([("t.md", "{{% CONTENT_TYPE: TEXT }}\n{{#items}}- {{name}} <{{value}}>\n{{/items}}{{^items}}none\n{{/items}}")])
        let doc: JSONObject = ["items": .array([.object(["name": .string("a & b"), "value": .number(1.5)])])]
        #expect(try templates.render("t.md", doc) == "- a & b <1.5>\n", "text templates escape nothing; numbers print as written")
        #expect(try templates.render("t.md", ["items": .array([])]) == "none\n")
        #expect(try templates.render("nope", [:]) == nil)
        #expect(Templates.html(fromMarkdown: "# Title\n\n*x*").contains("<h1>Title</h1>"))
        let bad = Templates([("bad.md", "line one\n{{#open}}never closed"), ("good.md", "fine")])
        #expect(bad.problems.count == 1 && bad.problems[0].kind == .syntax)
        #expect(bad.problems[0].description.hasPrefix("templates/bad.md.mustache:"), "\(bad.problems[0].description)")
        #expect(throws: TemplateError.self) { try bad.render("bad.md", [:]) }
        #expect(try bad.render("good.md", [:]) == "fine", "one broken template does not stop the others")
    }

    @Test func listTransformsStillWork() throws {
        let templates = Templates([("t", "{{% CONTENT_TYPE: TEXT }}{{count(items)}} {{#first(items)}}{{.}}{{/first(items)}} {{#reversed(items)}}{{.}}{{/reversed(items)}}")])
        #expect(try templates.render("t", ["items": .array([.string("a"), .string("b")])]) == "2 a ba")
    }
}

@Suite struct TemplateRecursionTests {
    static func problem(_ texts: [(String, String)], _ name: String) -> TemplateError? {
        Templates(texts.map { (name: $0.0, text: $0.1) }).problem(name)
    }

    @Test func aTemplateThatIncludesItselfIsFoundWithItsPlace() throws {
        let p = try #require(Self.problem([("customer.html", "<h1>x</h1>\n  {{> customer.html}}\n")], "customer.html"))
        #expect(p.kind == .unbounded && p.line == 2 && p.column == 3, "\(p)")
        #expect(p.message.contains("includes the template in itself"))
    }

    @Test func aCycleThroughOtherTemplatesBlocksEveryTemplateThatReachesIt() throws {
        let texts = [("page", "{{> a}}"), ("a", "A{{#x}}{{> b}}{{/x}}"), ("b", "B\n{{>c}}"), ("c", "{{> a}}"), ("other", "fine {{> missing}}")]
        let templates = Templates(texts.map { (name: $0.0, text: $0.1) })
        #expect(templates.problems.map(\.name) == ["a", "b", "c"], "each template of the cycle, at its partial")
        #expect(templates.problems.first { $0.name == "b" }?.message.contains("b → c → a → b") == true, "\(templates.problems)")
        #expect(templates.problem("page")?.name == "a", "page includes the cycle")
        #expect(templates.problem("other") == nil, "a partial that does not exist renders nothing")
        #expect(try templates.render("other", [:]) == "fine ")
    }

    @Test func changedDelimitersDoNotHideAPartial() throws {
        let p = try #require(Self.problem([("t", "{{=<% %>=}}\n<%#s%><%={{ }}=%>{{> t}}{{/s}}<%> t %>")], "t"))
        #expect(p.line == 2, "\(p)")
        #expect(Self.problem([("t", "{{! {{> t}} }}{{=| |=}}|! |> t| |")], "t") == nil, "partials inside comments are not partials")
    }

    @Test func dynamicPartialsDeepNestingAndDoublingAreRefusedBeforeParsing() throws {
        #expect(Self.problem([("t", "{{>*name}}")], "t")?.message.contains("from the data") == true)
        let deep = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        #expect(Self.problem([("t", deep)], "t")?.message.contains("nested more than") == true)
        var doubling = (0..<30).map { ("p\($0)", "{{> p\($0 + 1)}}{{> p\($0 + 1)}}") }
        doubling.append(("p30", "end"))
        #expect(Self.problem(doubling, "p0")?.message.contains("expand to more than") == true)
        let nested = (0..<45).map { ("n\($0)", "{{#x}}{{> n\($0 + 1)}}{{/x}}") } + [("n45", "end")]
        #expect(Self.problem(nested, "n0")?.message.contains("nested more than") == true)
        #expect(Self.problem([("ok", "{{#a}}{{#b}}{{> p}}{{/b}}{{/a}}"), ("p", "{{#c}}x{{/c}}")], "ok") == nil)
    }

    @Test func sectionsThatMultiplyTheDataStopAtTheBudget() throws {
        let nested = String(repeating: "{{#rows}}", count: 6) + "{{name}}" + String(repeating: "{{/rows}}", count: 6)
        let rows = JSONValue.array((0..<40).map { .object(["name": .string("r\($0)")]) })
        let templates = Templates([("t", nested)])
        #expect(throws: TemplateError.self) { try templates.render("t", ["rows": rows]) }
        #expect(try Templates([("t", "{{#rows}}{{name}}{{/rows}}")]).render("t", ["rows": rows])?.hasPrefix("r0r1") == true)
    }
}

@Suite struct HTMLSafetyTests {
    static let payload = #"Metro <script>alert(1)</script>"><img src=x onerror=alert(2)> [x](javascript:alert(3)) `c` *e* | #"#

    @Test func textSurvivesTheMarkdownStepAsText() {
        let html = Templates.html(fromMarkdown: "# Report: " + HTMLSafety.markdownText(Self.payload) + "\n\n| a | b |\n|---|---|\n| " + HTMLSafety.markdownText("x | y") + " | z |\n")
        #expect(HTMLScan.findings(in: html).isEmpty, "\(html)")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("href="), "\(html)")
        #expect(html.contains("<h1>Report: Metro &lt;script&gt;"), "\(html)")
        #expect(html.contains("<td>x &#124; y</td>"), "a | in a value stays in its cell: \(html)")
    }

    @Test func markdownLinksKeepOnlyWebAndMailTargets() {
        let html = Templates.html(fromMarkdown: "[a](https://example.org/x?y=1) [b](mailto:cs@example.org) [c](customers/X.html) [d](javascript:alert(1)) [e](JaVa&#x53;cript:alert(1)) ![f](javascript:alert(2)) [g](data:text/html,hi) [h](vbscript:x)")
        #expect(html.contains("<a href=\"https://example.org/x?y=1\">a</a>") && html.contains("<a href=\"mailto:cs@example.org\">b</a>") && html.contains("<a href=\"customers/X.html\">c</a>"), "\(html)")
        #expect(!html.lowercased().contains("script:") && !html.contains("data:") && !html.contains("<img"), "\(html)")
        #expect(html.contains(" d ") && html.contains(" e ") && html.contains(" g "), "the text of a refused link stays: \(html)")
    }

    @Test(arguments: [
        "<script>x()</script>", "<SCRIPT src=//e.example></SCRIPT>", "<svg/onload=alert(1)>", "<img src=x onerror=alert(1)>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>", "<a href=' javascript&colon;alert(1)'>x</a>", "<a href=JAVASCRIPT&#58;x>x</a>",
        "<iframe srcdoc=\"x\"></iframe>", "<object data=\"data:text/html,x\"></object>", "<meta http-equiv=\"refresh\" content=\"0;url=x\">",
        "<svg><animate attributeName=href values=\"x;javascript:alert(1)\"/></svg>", "<base href=\"https://e.example/\">", "<!--><script>x()</script>-->",
        "<form><button formaction=\"javascript:x\">b</button></form>", "<div style=\"background:url(javascript:x)\">",
    ])
    func theScannerFindsScript(html: String) {
        #expect(!HTMLScan.findings(in: html).isEmpty, "\(html)")
    }

    @Test(arguments: [
        "<p title=\"a &lt;script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<a href=\"https://example.org/javascript:x\">ok</a>",
        "<img src=\"data:image/png;base64,AAAA\" alt=\"chart\">", "<p>x < y and onload= in text</p>", "<a href=\"customers/A_1.html\" class=\"band-healthy\">A</a>",
    ])
    func theScannerLeavesPlainMarkupAlone(html: String) {
        #expect(HTMLScan.findings(in: html).isEmpty, "\(html): \(HTMLScan.findings(in: html))")
    }

    @Test func cswsOwnDashboardScriptIsTheOnlyScriptAllowed() throws {
        let dashboard = try #require(WorkspaceTemplate.builtInTemplates.first { $0.name == "dashboard.html" }).text
        #expect(dashboard.contains("<script>") && HTMLScan.findings(in: dashboard).isEmpty)
        let edited = dashboard.replacingOccurrences(of: "if (!table) { return; }", with: "if (!table) { return; } fetch('//e.example');")
        #expect(HTMLScan.findings(in: edited).map(\.what) == ["a <script> element"])
    }

    @Test func aTemplateThatWritesScriptIsRefusedWhereItWritesIt() throws {
        let templates = Templates([("page.html", "<body>\n{{{body}}}\n  <img src=x onerror=\"go()\">\n</body>"), ("report.md", "{{% CONTENT_TYPE: TEXT }}# {{name}}\n")])
        #expect(throws: TemplateError.self) { try templates.htmlReport(["name": .string("A")], title: "t", allowScripts: false) }
        do {
            _ = try templates.htmlReport(["name": .string("A")], title: "t", allowScripts: false)
        } catch let error as TemplateError {
            #expect(error.kind == .script && error.name == "page.html" && error.line == 3 && error.column == 14, "\(error)")
            #expect(error.message.contains("onerror"), "\(error)")
        }
        let allowed = try templates.htmlReport(["name": .string("<b>A</b>")], title: "t", allowScripts: true)
        #expect(allowed.contains("onerror=\"go()\"") && allowed.contains("<h1>&lt;b&gt;A&lt;/b&gt;</h1>"), "\(allowed)")
    }
}
