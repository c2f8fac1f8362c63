import CSWJSON
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
        #expect(!chart.contains("http://") || chart.components(separatedBy: "http://").count == 2, "no reference but the SVG namespace")
        let bars = SVG.targets([("ROI", 30, 25), ("Compliance", nil, 95)], title: "KPIs")
        #expect(bars.contains("30.0 / 25.0") && bars.contains("— / 95.0"))
    }
}

@Suite struct TemplateTests {
    @Test func rendersJSONAndReportsWhereATemplateIsBroken() throws {
        let templates = try Templates([("t.md", "{{% CONTENT_TYPE: TEXT }}\n{{#items}}- {{name}} <{{value}}>\n{{/items}}{{^items}}none\n{{/items}}")])
        let doc: JSONObject = ["items": .array([.object(["name": .string("a & b"), "value": .number(1.5)])])]
        #expect(templates.render("t.md", doc) == "- a & b <1.5>\n", "text templates escape nothing; numbers print as written")
        #expect(templates.render("t.md", ["items": .array([])]) == "none\n")
        #expect(Templates.html(fromMarkdown: "# Title\n\n*x*").contains("<h1>Title</h1>"))
        #expect(throws: TemplateError.self) { try Templates([("bad.md", "line one\n{{#open}}never closed")]) }
        do {
            _ = try Templates([("bad.md", "line one\n{{#open}}never closed")])
        } catch {
            #expect(error.description.hasPrefix("templates/bad.md.mustache:"), "\(error.description)")
        }
    }
}
