/// Reads JSON number literals from bytes without creating Strings.
enum NumberScanner {
    static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The classic exact fast path: a mantissa below 2^53 scaled by an exact power of ten
    /// (≤ 10^22) is correctly rounded by one IEEE multiplication or division. Returns nil
    /// when the literal falls outside it (the caller then uses the slow, exact path).
    static func fastDouble(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        var i = start
        var negative = false
        if i < end && b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        while i < end, b[i] &- 48 < 10 {
            if mantissa != 0 || b[i] != 48 { digits += 1 }
            mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48)
            i += 1
        }
        if i < end && b[i] == UInt8(ascii: ".") {
            i += 1
            while i < end, b[i] &- 48 < 10 {
                if mantissa != 0 || b[i] != 48 { digits += 1 }
                mantissa = mantissa &* 10 &+ UInt64(b[i] &- 48)
                scale -= 1
                i += 1
            }
        }
        if i < end && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            var expNegative = false
            if i < end && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
                expNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            var e = 0
            while i < end, b[i] &- 48 < 10 {
                if e < 10_000 { e = e * 10 + Int(b[i] &- 48) }
                i += 1
            }
            scale += expNegative ? -e : e
        }
        guard digits <= 15, mantissa < (1 << 53), abs(scale) <= 22 else { return nil }
        var value = Double(mantissa)
        value = scale < 0 ? value / powersOfTen[-scale] : value * powersOfTen[scale]
        return negative ? -value : value
    }
}
