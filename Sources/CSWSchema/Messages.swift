import CSWJSON

/// Words for values and types in validation messages, for people who are not JSON experts.
enum Messages {
    static func matches(_ set: TypeSet, _ instance: JSONNode) -> Bool {
        switch instance.kind {
        case .null: return set.contains(.null)
        case .bool: return set.contains(.boolean)
        case .object: return set.contains(.object)
        case .array: return set.contains(.array)
        case .string: return set.contains(.string)
        case .number:
            if set.contains(.number) { return true }
            return set.contains(.integer) && (instance.isPlainInteger || instance.number?.isInteger == true)
        }
    }

    static func typeNames(_ set: TypeSet) -> String {
        var names: [String] = []
        if set.contains(.object) { names.append("an object") }
        if set.contains(.array) { names.append("a list") }
        if set.contains(.string) { names.append("a string") }
        if set.contains(.number) { names.append("a number") } else if set.contains(.integer) { names.append("a whole number") }
        if set.contains(.boolean) { names.append("true or false") }
        if set.contains(.null) { names.append("null") }
        return names.joined(separator: " or ")
    }

    static func describe(_ instance: JSONNode) -> String {
        switch instance.kind {
        case .null: return "null"
        case .bool: return instance.boolValue == true ? "true" : "false"
        case .number: return "the number \(instance.rawText)"
        case .string: return "the string " + quoted(instance.stringValue ?? "")
        case .array: return "a list of \(instance.count) item\(instance.count == 1 ? "" : "s")"
        case .object: return "an object"
        }
    }

    static func quoted(_ text: String) -> String {
        let limit = 60
        if text.count <= limit { return JSONWriter.compact(.string(text)) }
        return JSONWriter.compact(.string(String(text.prefix(limit)))).dropLast() + "…\""
    }

    static func show(_ value: JSONValue) -> String {
        if case .string(let s) = value { return quoted(s) }
        let text = JSONWriter.compact(value)
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    static func list(_ values: [JSONValue]) -> String {
        let shown = values.prefix(12).map(show).joined(separator: ", ")
        return values.count > 12 ? shown + ", … (\(values.count) in all)" : shown
    }

    static func formatName(_ format: String) -> String {
        switch format {
        case "date": return "a date written YYYY-MM-DD"
        case "date-time": return "a date and time such as 2025-11-01T09:30:00Z"
        case "time": return "a time such as 09:30:00Z"
        case "duration": return "a duration such as P30D"
        case "email", "idn-email": return "an email address"
        case "hostname", "idn-hostname": return "a host name"
        case "ipv4": return "an IPv4 address"
        case "ipv6": return "an IPv6 address"
        case "uri", "iri": return "an absolute URI such as https://example.org/page"
        case "uri-reference", "iri-reference": return "a URI reference"
        case "uuid": return "a UUID such as 123e4567-e89b-12d3-a456-426614174000"
        default: return "a value in the \"\(format)\" format"
        }
    }
}
