// Punycode (RFC 3492) as used for IDNA A-labels (without the "xn--" prefix).

extension FormatChecker {
    enum Punycode {
        static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        static let initialBias = 72, initialN = 0x80
        static let maxValue = 0x7FFF_FFFF

        static func adapt(_ delta: Int, _ numPoints: Int, _ firstTime: Bool) -> Int {
            var delta = firstTime ? delta / damp : delta / 2
            delta += delta / numPoints
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }

        static func digitValue(_ c: Unicode.Scalar) -> Int? {
            switch c.value {
            case 0x61...0x7A: return Int(c.value - 0x61)
            case 0x41...0x5A: return Int(c.value - 0x41)
            case 0x30...0x39: return Int(c.value - 0x30) + 26
            default: return nil
            }
        }

        static func digitScalar(_ d: Int) -> Unicode.Scalar {
            Unicode.Scalar(UInt8(d < 26 ? 0x61 + d : 0x30 + d - 26))
        }

        static func threshold(_ k: Int, _ bias: Int) -> Int {
            k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
        }

        /// Decodes Punycode per RFC 3492 §6.2; nil on any error.
        static func decode(_ input: [Unicode.Scalar]) -> [Unicode.Scalar]? {
            var output: [Unicode.Scalar] = []
            var pos = 0
            if let delimiter = input.lastIndex(of: "-"), delimiter > 0 {
                for c in input[..<delimiter] {
                    guard c.isASCII else { return nil }
                    output.append(c)
                }
                pos = delimiter + 1
            }
            var n = initialN, i = 0, bias = initialBias
            while pos < input.count {
                let oldI = i
                var w = 1
                var k = base
                while true {
                    guard pos < input.count, let digit = digitValue(input[pos]) else { return nil }
                    pos += 1
                    guard digit <= (maxValue - i) / w else { return nil }
                    i += digit * w
                    let t = threshold(k, bias)
                    if digit < t { break }
                    guard w <= maxValue / (base - t) else { return nil }
                    w *= base - t
                    k += base
                }
                let count = output.count + 1
                bias = adapt(i - oldI, count, oldI == 0)
                guard i / count <= maxValue - n else { return nil }
                n += i / count
                i %= count
                guard n >= 0x80, let scalar = Unicode.Scalar(UInt32(n)) else { return nil }
                output.insert(scalar, at: i)
                i += 1
            }
            return output
        }

        /// Encodes per RFC 3492 §6.3 (lower-case digits); nil on overflow.
        static func encode(_ input: [Unicode.Scalar]) -> String? {
            var output: [Unicode.Scalar] = input.filter(\.isASCII)
            let basicCount = output.count
            var handled = basicCount
            if basicCount > 0 { output.append("-") }
            var n = initialN, delta = 0, bias = initialBias
            while handled < input.count {
                guard let m = input.lazy.map({ Int($0.value) }).filter({ $0 >= n }).min() else { return nil }
                guard m - n <= (maxValue - delta) / (handled + 1) else { return nil }
                delta += (m - n) * (handled + 1)
                n = m
                for c in input {
                    let cv = Int(c.value)
                    if cv < n {
                        delta += 1
                        guard delta <= maxValue else { return nil }
                    }
                    if cv == n {
                        var q = delta
                        var k = base
                        while true {
                            let t = threshold(k, bias)
                            if q < t { break }
                            output.append(digitScalar(t + (q - t) % (base - t)))
                            q = (q - t) / (base - t)
                            k += base
                        }
                        output.append(digitScalar(q))
                        bias = adapt(delta, handled + 1, handled == basicCount)
                        delta = 0
                        handled += 1
                    }
                }
                delta += 1
                n += 1
            }
            var s = ""
            s.unicodeScalars.append(contentsOf: output)
            return s
        }
    }
}
