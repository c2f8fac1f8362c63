/// A JSON number, kept exactly as written so nothing is lost: 500000 stays 500000, 0.1
/// stays 0.1, and integers longer than 64 bits keep every digit.
///
/// Equality, hashing and ordering are by mathematical value (1.0 == 1, -0 == 0), computed
/// exactly on the decimal digits, never through floating point.
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    /// The number as JSON text (RFC 8259 grammar).
    public let text: String

    init(unchecked text: String) {
        self.text = text
    }

    /// Accepts only JSON number syntax.
    public init?(_ text: String) {
        guard Self.isValidSyntax(text) else { return nil }
        self.text = text
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Integral values within ±2^53 are written without a fraction; others use Swift's
    /// shortest round-trip form. JSON has no NaN or Infinity: an infinity (a sum of numbers
    /// too large for a Double, from a file validate reports) is written as the largest
    /// finite Double of its sign, NaN as 0, so no number from a file can stop csw.
    public init(_ value: Double) {
        var value = value
        if !value.isFinite { value = value.isNaN ? 0 : (value < 0 ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude) }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            self.text = String(Int64(value))
        } else {
            self.text = value.description
        }
    }

    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }

    public var description: String { text }

    public var doubleValue: Double { Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity) }

    /// The value as an `Int` when it is a whole number that fits.
    public var intValue: Int? {
        if let v = Int(text) { return v }
        guard isInteger else { return nil }
        let d = doubleValue
        guard abs(d) < 9_007_199_254_740_992 else { return nil }
        return Int(d)
    }

    /// True for whole numbers, including 1.0 and 1e3.
    public var isInteger: Bool {
        let d = exact
        return d.digits.isEmpty || d.digits.count <= d.exponent
    }

    var exact: ExactDecimal { ExactDecimal(text) }

    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        a.text == b.text || a.exact == b.exact
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(exact)
    }

    public static func < (a: JSONNumber, b: JSONNumber) -> Bool {
        ExactDecimal.compare(a.exact, b.exact) < 0
    }

    /// Whether `self / divisor` is a whole number, computed exactly (falls back to
    /// floating point only for divisors with more than 17 significant digits).
    public func isMultiple(of divisor: JSONNumber) -> Bool {
        let x = exact, m = divisor.exact
        if x.digits.isEmpty { return true }
        if m.digits.isEmpty { return false }
        // x = X * 10^a, m = M * 10^c with X, M integers without trailing zeros.
        let a = x.exponent - x.digits.count
        let c = m.exponent - m.digits.count
        if a < c { return false }  // X has no trailing zero, so 10^(c-a) cannot divide it
        guard m.digits.count <= 17, a - c <= 1_000_000 else {
            let q = doubleValue / divisor.doubleValue
            return q.isFinite ? q == q.rounded() : true
        }
        var modulus: UInt64 = 0
        for d in m.digits { modulus = modulus * 10 + UInt64(d) }
        var r: UInt64 = 0
        for d in x.digits { r = (r * 10 + UInt64(d)) % modulus }
        var k = a - c
        while k > 0 && r != 0 {
            r = (r * 10) % modulus
            k -= 1
        }
        return r == 0
    }

    static func isValidSyntax(_ text: String) -> Bool {
        var u = Array(text.utf8)[...]
        func digit(_ c: UInt8?) -> Bool { c.map { $0 >= 48 && $0 <= 57 } ?? false }
        if u.first == UInt8(ascii: "-") { u = u.dropFirst() }
        guard let first = u.first, digit(first) else { return false }
        if first == UInt8(ascii: "0") {
            u = u.dropFirst()
        } else {
            while digit(u.first) { u = u.dropFirst() }
        }
        if u.first == UInt8(ascii: ".") {
            u = u.dropFirst()
            guard digit(u.first) else { return false }
            while digit(u.first) { u = u.dropFirst() }
        }
        if u.first == UInt8(ascii: "e") || u.first == UInt8(ascii: "E") {
            u = u.dropFirst()
            if u.first == UInt8(ascii: "+") || u.first == UInt8(ascii: "-") { u = u.dropFirst() }
            guard digit(u.first) else { return false }
            while digit(u.first) { u = u.dropFirst() }
        }
        return u.isEmpty
    }
}

/// A number as sign, significant digits and decimal exponent: value = 0.d1d2…dn × 10^exponent.
/// No leading or trailing zero digits; zero has no digits and is never negative.
struct ExactDecimal: Hashable {
    var negative: Bool
    var digits: [UInt8]
    var exponent: Int

    init(_ text: String) {
        var neg = false
        var all: [UInt8] = []
        var intCount = 0
        var exp = 0
        var expNeg = false
        var phase = 0  // 0 int, 1 fraction, 2 exponent
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "-"):
                if phase == 2 { expNeg = true } else { neg = true }
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): phase = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"): phase = 2
            default:
                let d = c &- 48
                if phase == 2 {
                    if exp < 1_000_000_000 { exp = exp * 10 + Int(d) }
                } else {
                    all.append(d)
                    if phase == 0 { intCount += 1 }
                }
            }
        }
        var point = intCount + (expNeg ? -exp : exp)
        var start = 0
        while start < all.count && all[start] == 0 {
            start += 1
            point -= 1
        }
        var end = all.count
        while end > start && all[end - 1] == 0 { end -= 1 }
        digits = Array(all[start..<end])
        if digits.isEmpty {
            negative = false
            exponent = 0
        } else {
            negative = neg
            exponent = point
        }
    }

    /// -1, 0 or 1.
    static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        let signA = a.digits.isEmpty ? 0 : (a.negative ? -1 : 1)
        let signB = b.digits.isEmpty ? 0 : (b.negative ? -1 : 1)
        if signA != signB { return signA < signB ? -1 : 1 }
        if signA == 0 { return 0 }
        var magnitude = 0
        if a.exponent != b.exponent {
            magnitude = a.exponent < b.exponent ? -1 : 1
        } else {
            let n = min(a.digits.count, b.digits.count)
            var k = 0
            while k < n && a.digits[k] == b.digits[k] { k += 1 }
            if k < n {
                magnitude = a.digits[k] < b.digits[k] ? -1 : 1
            } else if a.digits.count != b.digits.count {
                magnitude = a.digits.count < b.digits.count ? -1 : 1
            }
        }
        return signA < 0 ? -magnitude : magnitude
    }
}
