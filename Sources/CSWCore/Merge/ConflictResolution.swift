import CSWJSON

/// Settles one conflict: puts the chosen value (nil = absent) at the conflict's place in
/// the file's current bytes.
public enum ConflictResolution {
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case unreadable(String)
        public var description: String {
            switch self { case .unreadable(let why): return why }
        }
    }

    /// The file's new bytes (nil = delete the file).
    public static func apply(_ conflict: MergeConflict, value: JSONValue?, to bytes: [UInt8]?) -> Result<[UInt8]?, Problem> {
        let pointer = conflict.pointer
        if pointer.isEmpty {
            guard let value else { return .success(nil) }
            if case .string(let text) = value { return .success(Array(text.utf8)) }
            return .success(CanonicalForm.json(value))
        }
        guard let bytes else { return .failure(.unreadable("\(conflict.path) no longer exists")) }
        if conflict.path.hasSuffix(".jsonl") {
            guard var snapshots = MetricsMerge.snapshots(bytes) else {
                return .failure(.unreadable("\(conflict.path) has invalid lines; fix them first (csw validate)"))
            }
            snapshots[String(pointer.dropFirst())] = value
            let lines = snapshots.keys.sorted().map { JSONWriter.line(snapshots[$0]!) + "\n" }
            return .success(Array(lines.joined().utf8))
        }
        if conflict.path.hasSuffix(".md") {
            return note(bytes, pointer: pointer, value: value, path: conflict.path)
        }
        guard let root = try? JSONDocument.parse(bytes).get().value else {
            return .failure(.unreadable("\(conflict.path) is not valid JSON; fix it first (csw validate)"))
        }
        return .success(CanonicalForm.json(set(root, JSONPointer.tokens(pointer), value) ?? .object(JSONObject())))
    }

    /// Sets (or removes, for nil) the value at `tokens`; "key=value" tokens select the
    /// element of an array of objects whose `key` is `value` (as the merge records them).
    static func set(_ node: JSONValue?, _ tokens: [String], _ value: JSONValue?) -> JSONValue? {
        guard let token = tokens.first else { return value }
        let rest = Array(tokens.dropFirst())
        switch node {
        case .object(var object)?:
            object[token] = set(object[token], rest, value)
            return .object(object)
        case .array(var items)?:
            if let eq = token.firstIndex(of: "=") {
                let key = String(token[..<eq]), id = String(token[token.index(after: eq)...])
                if let i = items.firstIndex(where: { $0[key]?.stringValue == id }) {
                    if let updated = set(items[i], rest, value) { items[i] = updated } else { items.remove(at: i) }
                } else if let created = set(nil, rest, value) {
                    items.append(created)
                }
            } else if let i = Int(token), i < items.count {
                if let updated = set(items[i], rest, value) { items[i] = updated } else { items.remove(at: i) }
            }
            return .array(items)
        default:
            guard let created = set(nil, rest, value) else { return node }
            return .object([token: created])
        }
    }

    static func note(_ bytes: [UInt8], pointer: String, value: JSONValue?, path: String) -> Result<[UInt8]?, Problem> {
        guard let parsed = NoteMerge.parse(bytes) else { return .failure(.unreadable("\(path) has no readable front matter")) }
        var order = parsed.order
        var blocks = parsed.blocks
        var body = parsed.body
        if pointer == "/body" {
            if case .string(let text)? = value { body = text } else { body = "" }
        } else if pointer.hasPrefix("/front_matter/") {
            let key = String(pointer.dropFirst("/front_matter/".count))
            if let value {
                // JSON is valid YAML, so any value can be written back as one line.
                blocks[key] = "\(key): " + JSONWriter.compact(value)
                if !order.contains(key) { order.append(key) }
            } else {
                order.removeAll { $0 == key }
            }
        }
        let text = "---\n" + order.compactMap { blocks[$0] }.joined(separator: "\n") + "\n---\n" + body
        return .success(Array(text.utf8))
    }
}
