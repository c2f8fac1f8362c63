/// The canonical JSON writer.
///
/// Canonical form (docs/FORMAT.md): UTF-8 without BOM; 2-space indentation; every
/// non-empty object and array spreads one member or element per line (diffs and merges
/// then work line by line); empty containers are `{}` and `[]`; `"name": value` with one
/// space after the colon; object members in the order the object holds them (the order
/// they were read or built — `sortedKeys` sorts by UTF-8 bytes instead); numbers exactly
/// as their `JSONNumber` text; strings with minimal escaping (only `"`, `\` and control
/// characters; `\b \f \n \r \t` short forms, others `\u00XX`; everything else as UTF-8);
/// one trailing newline.
///
/// `parse(write(v)) == v`, and writing a parsed canonical file gives the same bytes.
public struct JSONWriter: Sendable {
    public var sortedKeys: Bool
    public var indent: Int

    public init(sortedKeys: Bool = false, indent: Int = 2) {
        self.sortedKeys = sortedKeys
        self.indent = indent
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, depth: 0, into: &out)
        out.append(0x0A)
        return out
    }

    /// An array's elements written one by one (for example in parallel), then joined:
    /// the same bytes as `bytes(.array(values))`.
    public func element(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, depth: 1, into: &out)
        return out
    }

    /// The same text as `array(ofElements:)` of `count` elements, handed to `emit` a
    /// chunk of elements at a time, so the whole array never needs to be in memory.
    public func array(ofElements count: Int, chunk: Int, element: (Int) -> [UInt8], emit: ([UInt8]) -> Void) {
        guard count > 0 else { return emit(array(ofElements: [])) }
        for start in stride(from: 0, to: count, by: max(1, chunk)) {
            var text: [UInt8] = []
            for k in start..<min(count, start + max(1, chunk)) {
                text.append(k == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
                newline(1, &text)
                text.append(contentsOf: element(k))
            }
            emit(text)
        }
        emit([0x0A, UInt8(ascii: "]"), 0x0A])
    }

    public func array(ofElements elements: [[UInt8]]) -> [UInt8] {
        guard !elements.isEmpty else { return Array("[]\n".utf8) }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (k, e) in elements.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            newline(1, &out)
            out.append(contentsOf: e)
        }
        out.append(0x0A)
        out.append(UInt8(ascii: "]"))
        out.append(0x0A)
        return out
    }

    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// One value on one line, no spaces, no trailing newline (for JSON Lines and compact output).
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One value on one line with a space after each ',' and ':' — the canonical form of a
    /// JSON Lines record: `{"date": "2025-11-01", "usage_percentage": 85.0}`.
    public static func line(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out, spaced: true)
        return String(decoding: out, as: UTF8.self)
    }

    static func writeCompact(_ value: JSONValue, into out: inout [UInt8], spaced: Bool = false) {
        switch value {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 {
                    out.append(UInt8(ascii: ","))
                    if spaced { out.append(UInt8(ascii: " ")) }
                }
                writeCompact(item, into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (k, (key, item)) in object.enumerated() {
                if k > 0 {
                    out.append(UInt8(ascii: ","))
                    if spaced { out.append(UInt8(ascii: " ")) }
                }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if spaced { out.append(UInt8(ascii: " ")) }
                writeCompact(item, into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "}"))
        default:
            writeScalar(value, into: &out)
        }
    }

    func write(_ value: JSONValue, depth: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let items):
            if items.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1, &out)
                write(item, depth: depth + 1, into: &out)
            }
            newline(depth, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.count == 0 {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            var order: [Int]?
            if sortedKeys {
                order = (0..<object.count).sorted { object.keys[$0].utf8.lexicographicallyPrecedes(object.keys[$1].utf8) }
            }
            for k in 0..<object.count {
                let position = order?[k] ?? k
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1, &out)
                Self.writeString(object.keys[position], into: &out)
                out.append(contentsOf: ": ".utf8)
                write(object.values[position], depth: depth + 1, into: &out)
            }
            newline(depth, &out)
            out.append(UInt8(ascii: "}"))
        default:
            Self.writeScalar(value, into: &out)
        }
    }

    func newline(_ depth: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<(depth * indent) { out.append(UInt8(ascii: " ")) }
    }

    static func writeScalar(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.text.utf8)
        case .string(let s): writeString(s, into: &out)
        case .array, .object: writeCompact(value, into: &out)
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy their bytes in one go.
        var text = s
        let plain = text.withUTF8 { bytes -> Bool in
            for c in bytes where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(c >> 4)])
                out.append(hexDigits[Int(c & 0xF)])
            default: out.append(c)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// Canonical text (see `JSONWriter`).
    public var canonicalText: String { JSONWriter().string(self) }
}
