import CSWJSON
import Ink
import Mustache

/// A template that does not parse: its name and where.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let name: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "templates/\(name).mustache:\(line):\(column): \(message)" }
}

/// The report, review and dashboard layouts (Mustache; the workspace's `templates/`, else
/// the built-in copies), rendered from JSON documents. Markdown templates start with
/// `{{% CONTENT_TYPE: TEXT }}` (nothing escaped); HTML ones escape every `{{value}}`.
public struct Templates: Sendable {
    let library: MustacheLibrary

    /// `texts`: (name without ".mustache", text), e.g. ("report.md", "…").
    public init(_ texts: [(name: String, text: String)]) throws(TemplateError) {
        var library = MustacheLibrary()
        for (name, text) in texts {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(name: name, line: error.context.lineNumber, column: error.context.columnNumber, message: "\(error.error)")
            } catch {
                throw TemplateError(name: name, line: 1, column: 1, message: "\(error)")
            }
        }
        self.library = library
    }

    public func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The template filled from `document` (nil when there is no such template).
    public func render(_ name: String, _ document: JSONObject) -> String? {
        library.render(MustacheJSON.object(document), withTemplate: name)
    }

    /// Markdown to HTML (Ink), for report and review pages.
    public static func html(fromMarkdown markdown: String) -> String {
        MarkdownParser().html(from: markdown)
    }
}

/// A JSON value as Mustache sees it: objects answer by key, arrays are sections, numbers
/// print as written, null and false are empty.
enum MustacheJSON {
    static func object(_ o: JSONObject) -> Node { Node(object: o) }

    struct Node: MustacheParent {
        let object: JSONObject
        func child(named name: String) -> Any? { o(object[name]) }
    }

    static func o(_ value: JSONValue?) -> Any? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .bool(let b): return b
        case .string(let s): return s
        case .number(let n): return n.text
        case .object(let o): return Node(object: o)
        case .array(let items): return items.compactMap { o($0) }
        }
    }
}
