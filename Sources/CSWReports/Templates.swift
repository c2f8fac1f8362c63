import CSWJSON
import Ink
import Mustache

/// A template that cannot be used: its name, where, what and how to fix it.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// It does not parse.
        case syntax
        /// It includes itself, names a partial from the data, nests or expands too far.
        case unbounded
        /// A render did more work than any page needs.
        case budget
        /// The HTML it made would run script.
        case script
        /// There is no such template.
        case missing
    }

    public let kind: Kind
    public let name: String
    /// 0 when the problem has no place in the file (a template that does not exist).
    public let line: Int
    public let column: Int
    public let message: String
    public let notes: [String]

    public init(_ kind: Kind, name: String, line: Int, column: Int, message: String, notes: [String] = []) {
        self.kind = kind
        self.name = name
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    public var path: String { "templates/\(name).mustache" }
    public var description: String { line > 0 ? "\(path):\(line):\(column): \(message)" : "\(path): \(message)" }
}

/// The report, review and dashboard layouts (Mustache; the workspace's `templates/`, else
/// the built-in copies), rendered from JSON documents. Markdown templates start with
/// `{{% CONTENT_TYPE: TEXT }}` (nothing escaped); HTML ones escape every `{{value}}`.
///
/// Every template is checked before it is used (TemplateChecks): one that does
/// not parse, includes itself (directly or through others), names a partial from the data,
/// nests or expands too far cannot be rendered, nor can a template that includes it. A
/// render that does more than `RenderBudget.limit` steps (sections over long lists nested
/// in each other) stops with an error.
public struct Templates: Sendable {
    let library: MustacheLibrary
    let texts: [String: String]
    /// The partials each template names (static ones, that exist).
    let includes: [String: [String]]
    /// For each template, the first problem of it or of a template it includes.
    let blocked: [String: TemplateError]
    /// The problems of each template on its own, in name and line order.
    public let problems: [TemplateError]

    /// `texts`: (name without ".mustache", text), e.g. ("report.md", "…").
    public init(_ texts: [(name: String, text: String)]) {
        var library = MustacheLibrary()
        var byName: [String: String] = [:]
        for (name, text) in texts { byName[name] = text }
        let checked = TemplateChecks(byName)
        for (name, template) in checked.parsed { library.register(template, named: name) }
        self.library = library
        self.texts = byName
        self.includes = checked.includes
        self.blocked = checked.blocked
        self.problems = checked.problems
    }

    public func has(_ name: String) -> Bool { texts[name] != nil }

    /// Why `name` cannot be rendered (nil: it can, or there is no such template).
    public func problem(_ name: String) -> TemplateError? { blocked[name] }

    /// The template filled from `document` (nil when there is no such template).
    public func render(_ name: String, _ document: JSONObject) throws -> String? {
        guard texts[name] != nil else { return nil }
        if let problem = blocked[name] { throw problem }
        let budget = RenderBudget()
        let text = library.render(MustacheJSON.object(document, budget), withTemplate: name)
        if budget.exhausted {
            throw TemplateError(.budget, name: name, line: 1, column: 1,
                                message: "rendering stopped after \(RenderBudget.limit) steps: sections over lists are nested in each other, so the page would never end",
                                notes: ["a list section ({{#rows}}…{{/rows}}) inside another one over the same list repeats it for every row; keep one level"])
        }
        return text
    }

    /// Markdown to HTML (Ink), for report and review pages: Markdown links and images keep
    /// only http(s), mailto and relative targets (others keep their text).
    public static func html(fromMarkdown markdown: String) -> String {
        let parser = MarkdownParser(modifiers: [
            Modifier(target: .links) { HTMLSafety.restrictLink(html: $0.html, markdown: $0.markdown, image: false) },
            Modifier(target: .images) { HTMLSafety.restrictLink(html: $0.html, markdown: $0.markdown, image: true) },
        ])
        return parser.html(from: markdown)
    }

    /// The templates `name` includes, itself first (each once).
    func reach(_ name: String) -> [String] {
        var seen: Set<String> = [name], order = [name], stack = [name]
        while let next = stack.popLast() {
            for partial in includes[next] ?? [] where seen.insert(partial).inserted {
                order.append(partial)
                stack.append(partial)
            }
        }
        return order
    }
}
