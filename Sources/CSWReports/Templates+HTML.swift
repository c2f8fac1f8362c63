import CSWJSON

/// HTML pages from templates: every value is text (escaped by Mustache in HTML templates,
/// escaped before the Markdown step for the report), and the page is checked for script
/// (HTMLScan) unless the team allows its own (csw.json `reports.allow_scripts`).
extension Templates {
    /// An HTML template filled from `document` and checked for script.
    public func page(_ name: String, _ document: JSONObject, allowScripts: Bool) throws -> String {
        guard let html = try render(name, document) else { throw missing(name) }
        if !allowScripts { try refuse(HTMLScan.findings(in: html), in: name) }
        return html
    }

    /// `csw report --format html`: report.md filled with the document's text made safe for
    /// Markdown (HTMLSafety.markdownText), through Ink, inside page.html.
    public func htmlReport(_ document: JSONObject, title: String, allowScripts: Bool) throws -> String {
        guard let markdown = try render("report.md", HTMLSafety.markdownDocument(document)) else { throw missing("report.md") }
        let body = Self.html(fromMarkdown: markdown)
        if !allowScripts {
            try refuse(HTMLScan.findings(in: body), in: "report.md")
            _ = try page("page.html", ["title": .string(title), "body": .string("")], allowScripts: false)
        }
        guard let html = try render("page.html", ["title": .string(title), "body": .string(body)]) else { throw missing("page.html") }
        return html
    }

    public func missing(_ name: String) -> TemplateError {
        TemplateError(.missing, name: name, line: 0, column: 0, message: "there is no such template",
                      notes: ["csw has a built-in \(name); a workspace file replaces it, never removes it"])
    }

    /// Throws for the first finding, placed where the template (or a partial it includes)
    /// writes it when that can be found.
    func refuse(_ findings: [HTMLScan.Finding], in name: String) throws {
        guard let finding = findings.first else { return }
        var place = (name: name, line: 1, column: 1)
        for candidate in reach(name) {
            if let (line, column) = Self.locate(finding.needle, in: texts[candidate] ?? "") {
                place = (candidate, line, column)
                break
            }
        }
        let more = findings.count > 1 ? " and \(findings.count - 1) more" : ""
        throw TemplateError(.script, name: place.name, line: place.line, column: place.column,
                            message: "the HTML made from templates/\(name).mustache has \(finding.what): \(finding.excerpt)\(more); csw does not write a page that runs script",
                            notes: ["remove it from the template, and print values with {{two braces}} so they are escaped",
                                    "a team that wants its own scripts in its templates says so in csw.json: \"reports\": {\"allow_scripts\": true} (docs/REPORTS.md)"])
    }

    /// Line and column of the first occurrence of `needle`, ASCII letters in either case.
    static func locate(_ needle: String, in text: String) -> (Int, Int)? {
        func folded(_ s: Unicode.Scalar) -> UInt32 { ("A"..."Z").contains(s) ? s.value + 32 : s.value }
        let want = needle.unicodeScalars.map(folded)
        let scalars = Array(text.unicodeScalars)
        guard !want.isEmpty, scalars.count >= want.count else { return nil }
        var line = 1, column = 1
        for i in 0...(scalars.count - want.count) {
            if folded(scalars[i]) == want[0], (1..<want.count).allSatisfy({ folded(scalars[i + $0]) == want[$0] }) { return (line, column) }
            if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
