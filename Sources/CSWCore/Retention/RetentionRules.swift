import CSWJSON

/// Reads csw.json's `retention` list into rules, or diagnostics (CSW0101, with positions and a
/// note on the fix) for what is wrong; a list with any problem yields no rules, so a half-read
/// policy never removes anything.
public enum RetentionRules {
    static let fields = ["name", "covers", "older_than", "kinds", "status", "description"]

    /// The rules of csw.json (its root), and what is wrong with them. No `retention`: no rules.
    public static func parse(_ config: JSONNode, path: String = "csw.json") -> (rules: [RetentionRule], diagnostics: [Diagnostic]) {
        guard let list = config["retention"] else { return ([], []) }
        var problems: [Diagnostic] = []
        func problem(_ node: JSONNode, _ message: String, _ note: String) {
            problems.append(Diagnostic(.configSchema, path, at: node.location, message, notes: [note]))
        }
        guard list.kind == .array else {
            problem(list, "retention: expected a list of rules, found \(describe(list))",
                    "write \"retention\": [{\"name\": \"feedback-3y\", \"covers\": \"feedback\", \"older_than\": \"3y\"}]")
            return ([], problems)
        }
        guard list.count <= RetentionRule.maxRules else {
            problem(list, "retention: \(list.count) rules, more than the \(RetentionRule.maxRules) csw reads", "merge rules that cover the same files")
            return ([], problems)
        }
        var rules: [RetentionRule] = []
        var seen: [String: SourceLocation] = [:]
        for (i, item) in list.elements.enumerated() {
            let at = "retention[\(i)]"
            guard item.kind == .object else {
                problem(item, "\(at): expected a rule (an object), found \(describe(item))", "write {\"name\": \"…\", \"covers\": \"feedback\", \"older_than\": \"3y\"}")
                continue
            }
            let before = problems.count
            for member in item.members where !fields.contains(member.name) {
                let guess = closest(member.name, in: fields)
                problem(member.key, "\(at): csw does not know the field \(quoted(member.name))",
                        (guess.map { "did you mean \"\($0)\"? " } ?? "") + "a rule has \(fields.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            let name = item["name"]?.stringValue ?? ""
            if item["name"] == nil {
                problem(item, "\(at): the rule has no \"name\"", "give it a name the commit can cite, such as \"feedback-3y\"")
            } else if let node = item["name"], !validName(node.stringValue) {
                problem(node, "\(at).name: expected lower-case letters, digits and '-' (at most 64), found \(describe(node))", "for example \"call-notes-3y\"")
            } else if let node = item["name"], let first = seen[name] {
                problem(node, "\(at).name: a second rule named \(quoted(name))", "the first is at line \(first.line); give each rule its own name")
            } else if let node = item["name"] {
                seen[name] = node.location
            }
            var covers: RetentionRule.Covers?
            if let node = item["covers"] {
                covers = node.stringValue.flatMap(RetentionRule.Covers.init(rawValue:))
                if covers == nil {
                    let all = RetentionRule.Covers.allCases.map(\.rawValue)
                    let guess = node.stringValue.flatMap { closest($0, in: all) }
                    problem(node, "\(at).covers: expected one of \(all.map { "\"\($0)\"" }.joined(separator: ", ")), found \(describe(node))",
                            guess.map { "did you mean \"\($0)\"?" } ?? "a rule covers one kind of file or entry (docs/FORMAT.md, \"retention\")")
                }
            } else {
                problem(item, "\(at): the rule has no \"covers\"", "say what it removes: \(RetentionRule.Covers.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var age: RetentionAge?
            if let node = item["older_than"] {
                age = node.stringValue.flatMap(RetentionAge.init)
                if age == nil {
                    problem(node, "\(at).older_than: expected an age such as \"90d\", \"18m\" or \"3y\" (at most 100 years), found \(describe(node))",
                            "a whole number of days (d), months (m) or years (y), without spaces")
                }
            } else if covers != nil && covers != .contacts {
                problem(item, "\(at): the rule has no \"older_than\"", "say how old an item must be before it goes, such as \"older_than\": \"3y\"")
            }
            let kinds = strings(item["kinds"], allowed: RetentionRule.noteKinds, field: "\(at).kinds", problem: problem)
            if let node = item["kinds"], covers != nil, covers != .notes {
                problem(node, "\(at).kinds: only a notes rule can name kinds", "remove \"kinds\", or make the rule cover \"notes\"")
            }
            let statuses = strings(item["status"], allowed: RetentionRule.taskStatuses, field: "\(at).status", problem: problem)
            if let node = item["status"], covers != nil, covers != .tasks {
                problem(node, "\(at).status: only a tasks rule can name a status", "remove \"status\", or make the rule cover \"tasks\"")
            }
            if let node = item["description"], node.kind != .string {
                problem(node, "\(at).description: expected text, found \(describe(node))", "write the description in double quotes")
            }
            guard problems.count == before, let covers else { continue }
            rules.append(RetentionRule(name: name, covers: covers, olderThan: age, kinds: kinds ?? [],
                                       statuses: statuses ?? RetentionRule.closedStatuses, location: item.location))
        }
        return problems.isEmpty ? (rules, []) : ([], problems)
    }

    /// A string or a list of strings, each one of `allowed`; nil when absent or wrong.
    private static func strings(_ node: JSONNode?, allowed: [String], field: String, problem: (JSONNode, String, String) -> Void) -> [String]? {
        guard let node else { return nil }
        let items: [JSONNode] = node.kind == .array ? Array(node.elements) : [node]
        if node.kind == .array && items.isEmpty {
            problem(node, "\(field): the list is empty", "name at least one of \(allowed.joined(separator: ", ")), or remove the field")
            return nil
        }
        var values: [String] = []
        for item in items {
            guard let value = item.stringValue, allowed.contains(value) else {
                let guess = item.stringValue.flatMap { closest($0, in: allowed) }
                problem(item, "\(field): expected one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")), found \(describe(item))",
                        guess.map { "did you mean \"\($0)\"?" } ?? "write one of them, or a list of them")
                return nil
            }
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    private static func validName(_ text: String?) -> Bool {
        guard let text, !text.isEmpty, text.utf8.count <= 64, let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }

    /// The closest of `candidates` to `word` (edit distance at most a third of its length, at
    /// least 2), for "did you mean".
    public static func closest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars.prefix(64))
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.unicodeScalars)
            var row = Array(0...c.count)
            for i in 1...max(w.count, 1) where !w.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...c.count {
                    let old = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (w[i - 1] == c[j - 1] ? 0 : 1))
                    previous = old
                }
            }
            let distance = w.isEmpty ? c.count : row[c.count]
            if distance <= max(2, c.count / 3), distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// A value as a message shows it: short, and without quoting long text.
    private static func describe(_ node: JSONNode) -> String {
        switch node.kind {
        case .string: return "the string " + quoted(node.stringValue ?? "")
        case .number: return "the number \(node.rawText)"
        case .bool: return node.boolValue == true ? "true" : "false"
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    private static func quoted(_ text: String) -> String {
        JSONWriter.compact(.string(text.count > 40 ? String(text.prefix(40)) + "…" : text))
    }
}
