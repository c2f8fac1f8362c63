/// A reader for the commonest JSON Lines line — one object of scalar members whose
/// strings are plain ASCII without escapes (`{"date": "2024-01-01", "nps_score": 42}`) —
/// that finds the members in place, without building a document. It accepts only text
/// the full parser reads the same way (RFC 8259 grammar, `JSONDocument.parse`'s
/// whitespace); anything else (nesting, escapes, non-ASCII, bad syntax) is refused and the
/// caller parses the line in full, which also explains any error. Duplicate keys are the
/// caller's to find (the parser refuses them).
public enum FlatObjectLine {
    public enum Kind: UInt8, Sendable {
        case string
        /// Digits with an optional minus sign: no fraction, no exponent.
        case integer
        /// Any other number.
        case number
        case bool
        case null
    }

    /// One member: byte ranges in the buffer (a string's range excludes its quotes).
    public struct Member: Sendable {
        public var keyStart: Int
        public var keyEnd: Int
        public var kind: Kind
        public var valueStart: Int
        public var valueEnd: Int
    }

    /// Reads the object at `b[start...]` (leading spaces allowed), not past `end`, into
    /// `members`: the index after the object and the spaces that follow it (the caller
    /// checks that the line ends there). nil when the text is not a flat object of the
    /// plain kind (then `members` is unspecified). A newline is never read.
    public static func read(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into members: inout [Member]) -> Int? {
        members.removeAll(keepingCapacity: true)
        var i = skipSpace(b, start, end)
        guard i < end, b[i] == 0x7B else { return nil }  // {
        i = skipSpace(b, i + 1, end)
        guard i < end else { return nil }
        if b[i] == 0x7D {  // {}
            return skipSpace(b, i + 1, end)
        }
        while true {
            guard i < end, b[i] == 0x22, let keyEnd = plainString(b, i + 1, end) else { return nil }
            let keyStart = i + 1
            i = skipSpace(b, keyEnd + 1, end)
            guard i < end, b[i] == 0x3A else { return nil }  // :
            i = skipSpace(b, i + 1, end)
            guard i < end else { return nil }
            let kind: Kind
            let valueStart: Int, valueEnd: Int
            switch b[i] {
            case 0x22:
                guard let close = plainString(b, i + 1, end) else { return nil }
                kind = .string
                valueStart = i + 1
                valueEnd = close
                i = close + 1
            case 0x2D, 0x30...0x39:
                guard let (after, plain) = number(b, i, end) else { return nil }
                kind = plain ? .integer : .number
                valueStart = i
                valueEnd = after
                i = after
            case 0x74:  // true
                guard literal(b, i, end, "true") else { return nil }
                (kind, valueStart, valueEnd) = (.bool, i, i + 4)
                i += 4
            case 0x66:  // false
                guard literal(b, i, end, "false") else { return nil }
                (kind, valueStart, valueEnd) = (.bool, i, i + 5)
                i += 5
            case 0x6E:  // null
                guard literal(b, i, end, "null") else { return nil }
                (kind, valueStart, valueEnd) = (.null, i, i + 4)
                i += 4
            default:
                return nil
            }
            members.append(Member(keyStart: keyStart, keyEnd: keyEnd, kind: kind, valueStart: valueStart, valueEnd: valueEnd))
            i = skipSpace(b, i, end)
            guard i < end else { return nil }
            if b[i] == 0x2C {  // ,
                i = skipSpace(b, i + 1, end)
                continue
            }
            guard b[i] == 0x7D else { return nil }
            return skipSpace(b, i + 1, end)
        }
    }

    /// The value of the number literal `b[start..<end]` when one IEEE operation gives it
    /// exactly rounded (at most 15 significant digits, a power of ten within 10^±22); nil
    /// otherwise (the caller then reads it in full).
    public static func double(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        NumberScanner.fastDouble(b, from: start, to: end)
    }

    /// Whether `b[a0..<a1]` and `b[b0..<b1]` hold the same bytes.
    @inline(__always)
    public static func equal(_ b: UnsafeBufferPointer<UInt8>, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Bool {
        a1 - a0 == b1 - b0 && (a1 == a0 || sameBytes(b.baseAddress! + a0, b.baseAddress! + b0, count: a1 - a0))
    }

    /// Whether `count` bytes at `x` and at `y` are the same, compared eight at a time.
    @inline(__always)
    public static func sameBytes(_ x: UnsafePointer<UInt8>, _ y: UnsafePointer<UInt8>, count n: Int) -> Bool {
        let a = UnsafeRawPointer(x), c = UnsafeRawPointer(y)
        var k = 0
        while k + 8 <= n {
            if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != c.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
            k += 8
        }
        while k < n {
            if x[k] != y[k] { return false }
            k += 1
        }
        return true
    }

    /// JSON whitespace within a line: space, tab, carriage return.
    @inline(__always)
    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        return i
    }

    /// The index of the closing quote of a string opened before `from`, when every byte up
    /// to it is printable ASCII other than a backslash.
    @inline(__always)
    static func plainString(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int? {
        var i = from
        // eight bytes at a time while none is a quote, a backslash, a control or non-ASCII byte
        let base = UnsafeRawPointer(b.baseAddress!)
        while i + 8 <= end, !ParserCore.needsAttention(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < end {
            let c = b[i]
            if c == 0x22 { return i }
            if c < 0x20 || c >= 0x80 || c == 0x5C { return nil }
            i += 1
        }
        return nil
    }

    /// A number by RFC 8259's grammar: the index after it and whether it is a plain integer.
    @inline(__always)
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> (Int, Bool)? {
        var i = from
        if b[i] == 0x2D { i += 1 }
        guard i < end, b[i] &- 0x30 < 10 else { return nil }
        if b[i] == 0x30 {
            i += 1
            if i < end && b[i] &- 0x30 < 10 { return nil }  // a leading zero
        } else {
            while i < end && b[i] &- 0x30 < 10 { i += 1 }
        }
        var plain = true
        if i < end && b[i] == 0x2E {
            i += 1
            guard i < end, b[i] &- 0x30 < 10 else { return nil }
            while i < end && b[i] &- 0x30 < 10 { i += 1 }
            plain = false
        }
        if i < end && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            if i < end && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            guard i < end, b[i] &- 0x30 < 10 else { return nil }
            while i < end && b[i] &- 0x30 < 10 { i += 1 }
            plain = false
        }
        return (i, plain)
    }

    @inline(__always)
    static func literal(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard from + n <= end else { return false }
        let w = word.utf8Start
        for k in 0..<n where b[from + k] != w[k] { return false }
        return true
    }
}
