/// The tags of a Mustache template that decide how deep and how far it renders —
/// sections, partials (`{{> name}}`, `{{>* name}}`) and parents (`{{< name}}`) — with
/// their places, read before the template is parsed. It follows swift-mustache's grammar:
/// comments, and delimiters changed by `{{=<% %>=}}` (which last to the end of the section
/// that changes them). Pure.
struct TemplateScan {
    struct Partial: Sendable {
        let name: String
        /// `{{>* name}}`: the partial's name comes from the data.
        let dynamic: Bool
        let line: Int
        let column: Int
        /// Sections around the tag.
        let depth: Int
    }

    private(set) var partials: [Partial] = []
    /// The deepest section nesting, and the tag where it was first reached.
    private(set) var maxDepth = 0
    private(set) var deepest: (line: Int, column: Int) = (1, 1)
    /// The innermost section still open at the end of the text (a parse error), if any.
    private(set) var unclosed: (line: Int, column: Int)?

    /// Scans `text`; stops counting once the nesting passes `limit` (the template is refused then).
    init(_ text: String, limit: Int) {
        let chars = Array(text)
        var start: [Character] = ["{", "{"], end: [Character] = ["}", "}"]
        var sections: [(start: [Character], end: [Character], at: Int)] = []
        var i = 0
        // line and column of chars[i], advanced lazily
        var line = 1, column = 1, counted = 0
        func place(_ index: Int) -> (Int, Int) {
            while counted < index {
                if chars[counted].isNewline { line += 1; column = 1 } else { column += 1 }
                counted += 1
            }
            return (line, column)
        }
        func matches(_ delimiter: [Character], at index: Int) -> Bool {
            guard index + delimiter.count <= chars.count else { return false }
            for k in 0..<delimiter.count where chars[index + k] != delimiter[k] { return false }
            return true
        }
        func find(_ delimiter: [Character], from index: Int) -> Int? {
            var k = index
            while k + delimiter.count <= chars.count {
                if matches(delimiter, at: k) { return k }
                k += 1
            }
            return nil
        }
        func trimmed(_ from: Int, _ to: Int) -> String {
            String(chars[from..<max(from, to)]).trimmingWhitespace()
        }
        while let tag = find(start, from: i) {
            let body = tag + start.count
            guard body < chars.count, let close = find(end, from: body) else { break }
            var next = close + end.count
            switch chars[body] {
            case "#", "^", "$":
                sections.append((start, end, tag))
                if sections.count > maxDepth {
                    maxDepth = sections.count
                    deepest = place(tag)
                    if maxDepth > limit { return }
                }
            case "<", ">":
                var name = trimmed(body + 1, close)
                let dynamic = name.hasPrefix("*")
                if dynamic { name = String(name.dropFirst()).trimmingWhitespace() }
                let (l, c) = place(tag)
                partials.append(Partial(name: name, dynamic: dynamic, line: l, column: c, depth: sections.count))
                if chars[body] == "<" {
                    sections.append((start, end, tag))
                    if sections.count > maxDepth {
                        maxDepth = sections.count
                        deepest = (l, c)
                        if maxDepth > limit { return }
                    }
                }
            case "/":
                if let outer = sections.popLast() { (start, end) = (outer.start, outer.end) }
            case "=":
                // {{=START END=}}: START runs to whitespace, END to "=" or whitespace.
                var k = body + 1
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                var newStart: [Character] = []
                while k < chars.count, !chars[k].isWhitespace { newStart.append(chars[k]); k += 1 }
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                var newEnd: [Character] = []
                while k < chars.count, chars[k] != "=", !chars[k].isWhitespace { newEnd.append(chars[k]); k += 1 }
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                guard k < chars.count, chars[k] == "=", matches(end, at: k + 1), !newStart.isEmpty, !newEnd.isEmpty else { break }
                next = k + 1 + end.count
                (start, end) = (newStart, newEnd)
            case "{":
                // {{{name}}}: the third brace follows the end delimiter
                if next < chars.count, chars[next] == "}" { next += 1 }
            default:
                break
            }
            i = next
        }
        if let open = sections.last { unclosed = place(open.at) }
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
