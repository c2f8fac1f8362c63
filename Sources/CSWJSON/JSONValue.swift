/// A JSON value as a plain tree: for building documents in code, comparing, and writing.
/// Object member order is kept. Positions live in `JSONDocument`/`JSONNode`, not here.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var kind: JSONKind {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let n) = self { return n }
        return nil
    }
}

extension JSONValue {
    /// JSON equality: strings are equal when their code points are (Swift's String == would
    /// also equate canonically equivalent strings such as "a\u{308}" and "\u{E4}"), numbers
    /// by value, objects whatever their member order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x == y
        default: return false
        }
    }
}

/// An object's members in order. Equality ignores order (JSON objects are unordered);
/// the writer keeps it.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (k, v) in elements { self[k] = v }
    }

    public var count: Int { keys.count }

    /// Adds a member without looking for an existing one with the same name: the caller
    /// guarantees names are unique (as a parsed document's are).
    public mutating func appendUnique(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    public subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let i = keys.firstIndex(of: key) {
                if let newValue { values[i] = newValue } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public func makeIterator() -> Zip2Sequence<[String], [JSONValue]>.Iterator {
        zip(keys, values).makeIterator()
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in a where b[k] != v { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: sum of per-member hashes.
        var total = 0
        for (k, v) in self {
            var h = Hasher()
            h.combine(k)
            h.combine(v)
            total = total &+ h.finalize()
        }
        hasher.combine(count)
        hasher.combine(total)
    }
}

extension JSONNode {
    /// The value and everything inside it as a `JSONValue` tree.
    public var value: JSONValue {
        switch kind {
        case .null: return .null
        case .bool: return .bool(boolValue!)
        case .number: return .number(number!)
        case .string: return .string(stringValue!)
        case .array: return .array(elements.map(\.value))
        case .object:
            var object = JSONObject()
            for member in members { object.appendUnique(member.name, member.value.value) }
            return .object(object)
        }
    }
}

extension JSONDocument {
    public var value: JSONValue { root.value }
}
