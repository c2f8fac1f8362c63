/// The byte-level JSON parser (RFC 8259, strict). Builds a `JSONDocument`'s tape in one
/// pass with an explicit stack — nesting depth is bounded by `maxDepth`, never by the
/// machine stack.
struct JSONParser {
    let options: JSONParseOptions

    init(options: JSONParseOptions) {
        self.options = options
    }

    mutating func parse(_ bytes: [UInt8]) -> Result<JSONDocument, JSONParseError> {
        if bytes.count >= Int(UInt32.max) {
            return .failure(JSONParseError(
                message: "the document is larger than 4 GiB, which csw does not read",
                location: SourceLocation(line: options.baseLine, column: 1, offset: 0)))
        }
        let outcome: Result<(nodes: [Node], lineStarts: [UInt32]), JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var core = ParserCore(buffer: buffer, options: options)
            do throws(JSONParseError) {
                try core.run()
                return .success((core.nodes, core.lineStarts))
            } catch {
                return .failure(error)
            }
        }
        return outcome.map { JSONDocument(bytes: bytes, nodes: $0.nodes, lineStarts: $0.lineStarts, baseLine: options.baseLine) }
    }
}

let quote = UInt8(ascii: "\"")
let backslash = UInt8(ascii: "\\")

struct ParserCore {
    struct Frame {
        var node: Int
        var count: UInt32
        var isObject: Bool
        var keysBase: Int
        /// Decoded keys of a large object, built once it passes `keySetThreshold` members.
        var keySet: Set<[UInt8]>?
    }

    static let keySetThreshold = 32

    let b: UnsafeBufferPointer<UInt8>
    let count: Int
    let options: JSONParseOptions
    var i = 0
    var contentStart = 0
    var nodes: [Node] = []
    var lineStarts: [UInt32] = []
    var stack: [Frame] = []
    var keyStack: [Int] = []

    init(buffer: UnsafeBufferPointer<UInt8>, options: JSONParseOptions) {
        self.b = buffer
        self.count = buffer.count
        self.options = options
        nodes.reserveCapacity(buffer.count / 16 + 16)
    }

    mutating func run() throws(JSONParseError) {
        if count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            guard options.allowByteOrderMark else {
                throw error(at: 0, "the file starts with a UTF-8 byte order mark, which is not allowed here; save the file as UTF-8 without BOM")
            }
            i = 3
            contentStart = 3
        }
        lineStarts.append(UInt32(contentStart))
        skipWhitespace()
        if options.sequence {
            // JSON Lines read in one pass: a synthetic array holds the values, each of which
            // must start on a new line.
            nodes.append(Node(kind: .array, start: UInt32(i), end: 0, info: 0))
            var values: UInt32 = 0
            var lastLine = -1
            while i < count {
                if lineStarts.count - 1 == lastLine {
                    throw error(at: i, "expected a line break before the next JSON value, found \(found(i))")
                }
                lastLine = lineStarts.count - 1
                try parseComplete()
                values += 1
                skipWhitespace()
            }
            nodes[0].end = UInt32(nodes.count)
            nodes[0].info = values
            return
        }
        try parseComplete()
        skipWhitespace()
        if i < count {
            throw error(at: i, "expected the end of the document after the JSON value, found \(found(i))")
        }
    }

    /// Parses one complete value (containers and all) starting at `i`.
    mutating func parseComplete() throws(JSONParseError) {
        valueLoop: while true {
            try parseValue()
            // After a complete value: close containers or move to the next element.
            while true {
                guard let top = stack.last else { return }
                skipWhitespace()
                let close = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                guard i < count else { throw unterminated(top) }
                let c = b[i]
                if c == UInt8(ascii: ",") {
                    stack[stack.count - 1].count += 1
                    i += 1
                    skipWhitespace()
                    if i < count && b[i] == close {
                        throw error(at: i, "trailing comma: expected another \(top.isObject ? "member" : "element") after ',', found \(found(i)); remove the last comma")
                    }
                    if top.isObject { try parseKeyAndColon() }
                    continue valueLoop
                } else if c == close {
                    stack[stack.count - 1].count += 1
                    i += 1
                    closeContainer()
                } else {
                    let what = top.isObject ? "',' or '}' after an object member" : "',' or ']' after an array element"
                    throw error(at: i, "expected \(what), found \(found(i))")
                }
            }
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D {
                i += 1
            } else if c == 0x0A {
                i += 1
                lineStarts.append(UInt32(i))
            } else {
                return
            }
        }
    }

    /// Parses one value at `i`. Containers are opened (and closed at once when empty);
    /// their contents are parsed by the loop in `run`.
    @inline(__always)
    mutating func parseValue() throws(JSONParseError) {
        while true {
            guard i < count else {
                if let top = stack.last { throw unterminated(top) }
                throw error(at: i, "expected a JSON value, found end of input")
            }
            let c = b[i]
            switch c {
            case UInt8(ascii: "\""):
                try parseString()
                return
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try parseNumber()
                return
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = c == UInt8(ascii: "{")
                if stack.count >= options.maxDepth {
                    throw error(at: i, "nesting is deeper than \(options.maxDepth) levels; csw refuses such documents")
                }
                stack.append(Frame(node: nodes.count, count: 0, isObject: isObject, keysBase: keyStack.count, keySet: nil))
                nodes.append(Node(kind: isObject ? .object : .array, start: UInt32(i), end: 0, info: 0))
                i += 1
                skipWhitespace()
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if i < count && b[i] == close {
                    i += 1
                    closeContainer()
                    return
                }
                if isObject {
                    try parseKeyAndColon()
                }
                continue  // parse the first element / member value
            case UInt8(ascii: "t"):
                try literal("true", kind: .bool, info: 1)
                return
            case UInt8(ascii: "f"):
                try literal("false", kind: .bool, info: 0)
                return
            case UInt8(ascii: "n"):
                try literal("null", kind: .null, info: 0)
                return
            default:
                throw error(at: i, "expected a JSON value, found \(found(i))\(hint(at: i))")
            }
        }
    }

    mutating func closeContainer() {
        let frame = stack.removeLast()
        nodes[frame.node].end = UInt32(nodes.count)
        nodes[frame.node].info = frame.count
        if frame.isObject {
            keyStack.removeSubrange(frame.keysBase...)
        }
    }

    mutating func literal(_ word: StaticString, kind: JSONKind, info: UInt32) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        if i + n <= count {
            var k = 0
            while k < n && b[i + k] == w[k] { k += 1 }
            if k == n {
                nodes.append(Node(kind: kind, start: UInt32(i), end: UInt32(i + n), info: info))
                i += n
                return
            }
        }
        throw error(at: i, "expected a JSON value, found \(found(i))\(hint(at: i))")
    }

    // MARK: Objects

    mutating func parseKeyAndColon() throws(JSONParseError) {
        guard i < count, b[i] == quote else {
            if i >= count { throw unterminated(stack[stack.count - 1]) }
            throw error(at: i, "expected a member name in double quotes, found \(found(i))\(hint(at: i))")
        }
        let keyIndex = nodes.count
        try parseString()
        try checkDuplicate(keyIndex)
        skipWhitespace()
        guard i < count, b[i] == UInt8(ascii: ":") else {
            throw error(at: i, "expected ':' after the member name \(keyText(keyIndex)), found \(found(i))")
        }
        i += 1
        skipWhitespace()
    }

    mutating func checkDuplicate(_ keyIndex: Int) throws(JSONParseError) {
        let frameIndex = stack.count - 1
        let base = stack[frameIndex].keysBase
        let existing = keyStack.count - base
        if existing >= Self.keySetThreshold {
            if stack[frameIndex].keySet == nil {
                var set = Set<[UInt8]>(minimumCapacity: existing * 2)
                for k in keyStack[base...] { set.insert(decodedKey(k)) }
                stack[frameIndex].keySet = set
            }
            let decoded = decodedKey(keyIndex)
            if !stack[frameIndex].keySet!.insert(decoded).inserted {
                for k in keyStack[base...] where keysEqual(k, keyIndex) { throw duplicate(first: k, second: keyIndex) }
            }
        } else {
            var k = base
            while k < keyStack.count {
                if keysEqual(keyStack[k], keyIndex) { throw duplicate(first: keyStack[k], second: keyIndex) }
                k += 1
            }
        }
        keyStack.append(keyIndex)
    }

    func keysEqual(_ a: Int, _ c: Int) -> Bool {
        let na = nodes[a], nc = nodes[c]
        if na.info == 0 && nc.info == 0 {
            let la = Int(na.end - na.start), lc = Int(nc.end - nc.start)
            if la != lc { return false }
            var x = Int(na.start), y = Int(nc.start)
            let end = x + la
            while x < end {
                if b[x] != b[y] { return false }
                x += 1
                y += 1
            }
            return true
        }
        return decodedKey(a) == decodedKey(c)
    }

    func decodedKey(_ index: Int) -> [UInt8] {
        let node = nodes[index]
        let raw = UnsafeBufferPointer(rebasing: b[Int(node.start) + 1 ..< Int(node.end) - 1])
        return node.info == 0 ? Array(raw) : JSONStringDecoder.decode(raw)
    }

    func keyText(_ index: Int) -> String {
        "\"" + String(decoding: decodedKey(index), as: UTF8.self) + "\""
    }

    func duplicate(first: Int, second: Int) -> JSONParseError {
        JSONParseError(
            message: "duplicate member name \(keyText(second)) in this object; each name may appear once",
            location: location(Int(nodes[second].start)),
            notes: [.init(message: "\(keyText(first)) first appears here", location: location(Int(nodes[first].start)))])
    }

    func unterminated(_ frame: Frame) -> JSONParseError {
        let what = frame.isObject ? "an object: expected ',' or '}'" : "an array: expected ',' or ']'"
        return JSONParseError(
            message: "unexpected end of input inside \(what)",
            location: location(count),
            notes: [.init(message: "the \(frame.isObject ? "object" : "array") that is not closed starts here",
                          location: location(Int(nodes[frame.node].start)))])
    }

    // MARK: Errors

    func location(_ offset: Int) -> SourceLocation {
        LocationScanner.location(in: b, offset: offset, baseLine: options.baseLine, contentStart: contentStart)
    }

    func error(at offset: Int, _ message: String) -> JSONParseError {
        JSONParseError(message: message, location: location(offset))
    }

    /// Words for what stands at `offset`, for "expected X, found Y".
    func found(_ offset: Int) -> String {
        guard offset < count else { return "end of input" }
        let c = b[offset]
        switch c {
        case 0x0A: return "a line break"
        case 0x0D: return "a carriage return"
        case 0x09: return "a tab"
        case 0x00..<0x20, 0x7F: return "the control character U+\(hex4(UInt32(c)))"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            var end = offset
            while end < count && end - offset < 24, isWordByte(b[end]) { end += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: b[offset..<end]), as: UTF8.self))'"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(c)))'"
        default:
            var end = offset + 1
            while end < count && end - offset < 4 && b[end] & 0xC0 == 0x80 { end += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[offset..<end]), as: UTF8.self)
            return "the character '\(text)'"
        }
    }

    func isWordByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }

    func hint(at offset: Int) -> String {
        guard offset < count else { return "" }
        switch b[offset] {
        case UInt8(ascii: "'"): return "; JSON strings and names use double quotes"
        case UInt8(ascii: "N"), UInt8(ascii: "I"): return "; NaN and Infinity are not JSON numbers — write null or a number"
        case UInt8(ascii: "T"), UInt8(ascii: "F"): return "; JSON literals are lowercase: true, false, null"
        case UInt8(ascii: "+"): return "; a JSON number cannot start with '+'"
        case UInt8(ascii: "."): return "; a JSON number needs a digit before the decimal point, as in 0.5"
        case UInt8(ascii: "/"): return "; JSON has no comments"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return "; text must be in double quotes"
        default: return ""
        }
    }
}

func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
