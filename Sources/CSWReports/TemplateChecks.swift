import CSWCore
import Mustache

/// What makes a set of templates safe to render, checked before any is used: each parses;
/// none names a partial from the data (`{{>* name}}`); none includes itself, directly or
/// through others; sections (counting those of included partials) nest at most `nesting`
/// deep; and one render expands at most `expansions` partials (a template that includes
/// another twice, which includes the next twice, … doubles each time). Pure.
struct TemplateChecks {
    static let nesting = 40
    static let expansions = 1_000

    /// The templates that parse (their nesting is within bounds), by name.
    private(set) var parsed: [String: MustacheTemplate] = [:]
    /// The static partials of each template that exist, in order.
    private(set) var includes: [String: [String]] = [:]
    /// For each template, its first problem or that of a template it includes.
    private(set) var blocked: [String: TemplateError] = [:]
    /// Each template's own problems.
    private(set) var problems: [TemplateError] = []

    init(_ texts: [String: String]) {
        let names = texts.keys.sorted()
        var own: [String: [TemplateError]] = [:]
        var scans: [String: TemplateScan] = [:]
        for name in names {
            let scan = TemplateScan(texts[name]!, limit: Self.nesting)
            scans[name] = scan
            if scan.maxDepth > Self.nesting {
                own[name, default: []].append(TemplateError(.unbounded, name: name, line: scan.deepest.line, column: scan.deepest.column,
                    message: "sections are nested more than \(Self.nesting) deep; csw does not render a template this deep",
                    notes: ["close the sections ({{/name}}) that are left open, or flatten the layout"]))
                continue
            }
            do {
                parsed[name] = try MustacheTemplate(string: texts[name]!)
            } catch let error as MustacheTemplate.ParserError {
                let at = (error.error as? MustacheTemplate.Error) == .expectedSectionEnd ? scan.unclosed : nil
                own[name, default: []].append(TemplateError(.syntax, name: name, line: at?.line ?? error.context.lineNumber, column: at?.column ?? error.context.columnNumber,
                                                            message: Self.explain(error.error), notes: ["fix the template, or delete it to use csw's built-in one"]))
                continue
            } catch {
                own[name, default: []].append(TemplateError(.syntax, name: name, line: 1, column: 1, message: "\(error)", notes: ["fix the template, or delete it to use csw's built-in one"]))
                continue
            }
            for p in scan.partials where p.dynamic {
                own[name, default: []].append(TemplateError(.unbounded, name: name, line: p.line, column: p.column,
                    message: "{{>* \(p.name)}} takes the partial's name from the data, so it could include itself; csw does not render it",
                    notes: ["name the partial: {{> NAME}}"]))
            }
            includes[name] = scan.partials.filter { !$0.dynamic && texts[$0.name] != nil }.map(\.name)
        }

        // Cycles: a partial whose template is in the same strongly connected group.
        let graph = includes
        let group = Self.components(names, graph)
        var size: [Int: Int] = [:]
        for g in group.values { size[g, default: 0] += 1 }
        for name in names where graph[name] != nil {
            for p in scans[name]!.partials where !p.dynamic && texts[p.name] != nil && group[p.name] == group[name] {
                guard p.name == name || size[group[name]!]! > 1,
                      let path = Self.path(from: p.name, to: name, graph) else { continue }
                let cycle = ([name] + path).joined(separator: " → ")
                own[name, default: []].append(TemplateError(.unbounded, name: name, line: p.line, column: p.column,
                    message: p.name == name ? "{{> \(p.name)}} includes the template in itself, so it would never end"
                                            : "{{> \(p.name)}} leads back to this template (\(cycle)), so it would never end",
                    notes: ["a template must not include itself, directly or through other partials: remove or rename the partial"]))
            }
        }

        // Expansion and depth, sinks first, over the templates without problems so far.
        var expanded: [String: Int] = [:], depth: [String: Int] = [:]
        for name in Self.sinksFirst(names, graph) where own[name] == nil && graph[name] != nil {
            var count = 1, deepest = scans[name]!.maxDepth
            var first: TemplateScan.Partial?
            for p in scans[name]!.partials where !p.dynamic {
                guard let n = expanded[p.name], let d = depth[p.name] else { continue }
                count = min(count + n, Self.expansions + 1)
                deepest = max(deepest, p.depth + 1 + d)
                if first == nil { first = p }
            }
            expanded[name] = count
            depth[name] = min(deepest, Self.nesting + 1)
            let at = first.map { ($0.line, $0.column) } ?? (1, 1)
            if count > Self.expansions {
                own[name, default: []].append(TemplateError(.unbounded, name: name, line: at.0, column: at.1,
                    message: "its partials expand to more than \(Self.expansions) templates in one render; csw does not render it",
                    notes: ["a partial included twice, that includes another twice, … doubles the page each time: include each once"]))
            } else if deepest > Self.nesting {
                own[name, default: []].append(TemplateError(.unbounded, name: name, line: at.0, column: at.1,
                    message: "with its partials, sections are nested more than \(Self.nesting) deep; csw does not render it",
                    notes: ["flatten the layout, or include fewer partials inside sections"]))
            }
        }

        // A template is blocked by its own first problem, or by one of a template it reaches.
        for name in names {
            if let problem = own[name]?.first { blocked[name] = problem; continue }
            var seen: Set<String> = [name], stack = [name]
            while let next = stack.popLast(), blocked[name] == nil {
                for partial in graph[next] ?? [] where seen.insert(partial).inserted {
                    if let problem = own[partial]?.first {
                        blocked[name] = problem
                        break
                    }
                    stack.append(partial)
                }
            }
        }
        problems = names.flatMap { own[$0] ?? [] }
    }

    /// swift-mustache's parse error in words.
    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closes a section that is not the one open here ({{#name}} … {{/name}} must match)"
        case .unfinishedName: return "a tag is not closed, or its name has a character a name cannot have"
        case .expectedSectionEnd: return "this section is never closed ({{#name}} … {{/name}})"
        case .invalidSetDelimiter: return "a {{=START END=}} tag does not set two delimiters"
        case .transformAppliedToInheritanceSection: return "a block ({{$name}}) cannot have a transform"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: return "only blocks ({{$name}} … {{/name}}) may be inside a parent ({{<name}})"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "{{% … }} must be {{% CONTENT_TYPE: TEXT }} or {{% CONTENT_TYPE: HTML }}"
        }
    }

    /// The templates from `start` to `goal` through partials (both included), or nil.
    static func path(from start: String, to goal: String, _ graph: [String: [String]]) -> [String]? {
        var parent: [String: String] = [:]
        var queue = [start], head = 0
        var seen: Set<String> = [start]
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == goal {
                var path = [node], at = node
                while let p = parent[at] { path.append(p); at = p }
                return path.reversed()
            }
            for next in graph[node] ?? [] where seen.insert(next).inserted {
                parent[next] = node
                queue.append(next)
            }
        }
        return nil
    }

    /// The names in an order where a template comes after those it includes (a template
    /// in a cycle anywhere), without recursion.
    static func sinksFirst(_ names: [String], _ graph: [String: [String]]) -> [String] {
        var order: [String] = [], state: [String: Int] = [:]   // 1 on the stack, 2 done
        for root in names where state[root] == nil {
            var stack: [(String, Int)] = [(root, 0)]
            state[root] = 1
            while let (node, index) = stack.last {
                let edges = graph[node] ?? []
                if index < edges.count {
                    stack[stack.count - 1].1 += 1
                    let next = edges[index]
                    if state[next] == nil {
                        state[next] = 1
                        stack.append((next, 0))
                    }
                } else {
                    stack.removeLast()
                    state[node] = 2
                    order.append(node)
                }
            }
        }
        return order
    }

    /// Strongly connected groups of templates (Kosaraju, without recursion): two templates
    /// in one group include each other, directly or not.
    static func components(_ names: [String], _ graph: [String: [String]]) -> [String: Int] {
        var reversed: [String: [String]] = [:]
        for (from, targets) in graph { for to in targets { reversed[to, default: []].append(from) } }
        var group: [String: Int] = [:], count = 0
        for root in sinksFirst(names, graph).reversed() where group[root] == nil {
            var stack = [root]
            group[root] = count
            while let node = stack.popLast() {
                for next in reversed[node] ?? [] where group[next] == nil {
                    group[next] = count
                    stack.append(next)
                }
            }
            count += 1
        }
        return group
    }

    /// Each problem as `csw validate` reports it (only those of the workspace's own files).
    static func diagnostics(_ problems: [TemplateError], workspaceFiles: Set<String>) -> [Diagnostic] {
        problems.filter { workspaceFiles.contains($0.name) }.map { p in
            Diagnostic(p.kind == .syntax ? .templateSyntax : .templateRecursion, p.path, line: max(p.line, 1), column: max(p.column, 1), p.message, notes: p.notes)
        }
    }
}

extension Templates {
    /// The problems of the named templates (the workspace's own files), as `csw validate`
    /// reports them: CSW0801 when one does not parse, CSW0802 when it is unbounded.
    public func diagnostics(only names: Set<String>) -> [Diagnostic] {
        TemplateChecks.diagnostics(problems, workspaceFiles: names)
    }
}
