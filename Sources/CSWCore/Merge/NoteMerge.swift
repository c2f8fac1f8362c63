import CSWJSON

/// Markdown notes: front matter merged field by field (each top-level field keeps the
/// raw YAML lines of the side it comes from), the body merged line by line.
enum NoteMerge {
    struct Parsed {
        var order: [String]
        var blocks: [String: String]
        var values: [String: JSONValue]
        var body: String
    }

    static func parse(_ bytes: [UInt8]) -> Parsed? {
        guard let text = String(validating: bytes, as: UTF8.self), case .success(let fm) = FrontMatter.parse(text),
              case .object(let object) = fm.value
        else { return nil }
        // Split the YAML lines into top-level blocks: a line starting without indentation
        // begins a field; indented or blank lines continue it.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
        var blocks: [String: String] = [:]
        var order: [String] = []
        var current: String?
        for line in lines[1..<close] {
            if let first = line.first, first != " ", first != "\t", first != "#", let colon = line.firstIndex(of: ":") {
                let key = String(line[..<colon]).trimmingCharacters(in: [" ", "\"", "'"])
                current = key
                order.append(key)
                blocks[key] = String(line)
            } else if let current {
                blocks[current, default: ""] += "\n" + line
            }
        }
        guard Set(order) == Set(object.keys) else { return nil }
        var values: [String: JSONValue] = [:]
        for (k, v) in object { values[k] = v }
        return Parsed(order: order, blocks: blocks, values: values, body: lines[(close + 1)...].joined(separator: "\n"))
    }

    static func merge(path: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> MergeOutcome? {
        guard let o = parse(ours), let t = parse(theirs) else { return nil }
        let b = base.flatMap(parse)
        var conflicts: [MergeConflict] = []
        var yaml: [String] = []
        var keys = o.order
        for k in t.order where !keys.contains(k) { keys.append(k) }
        for k in keys {
            let (bv, ov, tv) = (b?.values[k], o.values[k], t.values[k])
            var block: String?
            if ov == tv { block = o.blocks[k] ?? t.blocks[k] } else if bv == ov { block = t.blocks[k] } else if bv == tv { block = o.blocks[k] } else {
                conflicts.append(MergeConflict(path: path, pointer: "/front_matter/" + k, base: bv, ours: ov, theirs: tv))
                block = o.blocks[k]
            }
            if let block { yaml.append(block) }
        }
        var body = o.body
        if o.body != t.body {
            let baseBody = b?.body ?? ""
            if baseBody == o.body {
                body = t.body
            } else if baseBody != t.body {
                // Line by line: both sides' clean edits are kept. Lines both changed
                // differently are one /body conflict whose two values each carry all the
                // clean edits, so --ours or --theirs loses neither side's other lines.
                if let result = LineMerge.merge(base: baseBody, ours: o.body, theirs: t.body) {
                    body = result.ours
                    if result.conflicts > 0 {
                        conflicts.append(MergeConflict(path: path, pointer: "/body", base: b.map { .string($0.body) },
                                                       ours: .string(result.ours), theirs: .string(result.theirs)))
                    }
                } else {
                    conflicts.append(MergeConflict(path: path, pointer: "/body", base: b.map { .string($0.body) },
                                                   ours: .string(o.body), theirs: .string(t.body)))
                }
            }
        }
        let out = "---\n" + yaml.joined(separator: "\n") + "\n---\n" + body
        return MergeOutcome(bytes: Array(out.utf8), conflicts: conflicts)
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
