// RFC 3339 §5.6 date/time productions and the Appendix A duration grammar,
// as referenced by JSON Schema 2020-12 for "date", "time", "date-time" and
// "duration".

extension FormatChecker {
    enum DateTime {
        /// full-date = date-fullyear "-" date-month "-" date-mday
        static func isDate(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return b.count == 10 && parseDate(b, 0) != nil
        }

        /// The same check on bytes in place (a date field of every metrics line).
        static func isDate(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
            b.count == 10 && parseDate(b, 0) != nil
        }

        /// full-time = partial-time time-offset
        static func isTime(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return parseFullTime(b, 0) == b.count
        }

        /// date-time = full-date "T" full-time  (T and Z case-insensitive)
        static func isDateTime(_ s: String) -> Bool {
            let b = Array(s.utf8)
            guard b.count > 11, parseDate(b, 0) != nil, b[10] | 0x20 == 0x74 else { return false }
            return parseFullTime(b, 11) == b.count
        }

        /// Returns the index after the date, validating days per month.
        static func parseDate<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, _ i: Int) -> Int? where Bytes.Index == Int {
            guard i + 10 <= b.count,
                  let year = digits(b, i, 4), b[i + 4] == 0x2D,
                  let month = digits(b, i + 5, 2), b[i + 7] == 0x2D,
                  let day = digits(b, i + 8, 2)
            else { return nil }
            guard month >= 1, month <= 12, day >= 1, day <= daysIn(month: month, year: year) else { return nil }
            return i + 10
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2:
                let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
                return leap ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Parses `partial-time time-offset` starting at `start`; returns the
        /// end index or nil. Leap seconds (second 60) are only accepted when
        /// the time converted to UTC is 23:59.
        static func parseFullTime(_ b: [UInt8], _ start: Int) -> Int? {
            var i = start
            guard let hour = digits(b, i, 2), i + 2 < b.count, b[i + 2] == 0x3A,
                  let minute = digits(b, i + 3, 2), i + 5 < b.count, b[i + 5] == 0x3A,
                  let second = digits(b, i + 6, 2)
            else { return nil }
            i += 8
            guard hour <= 23, minute <= 59, second <= 60 else { return nil }
            // time-secfrac = "." 1*DIGIT
            if i < b.count, b[i] == 0x2E {
                i += 1
                let fracStart = i
                while i < b.count, isASCIIDigit(b[i]) { i += 1 }
                guard i > fracStart else { return nil }
            }
            // time-offset = "Z" / time-numoffset
            guard i < b.count else { return nil }
            var offsetMinutes = 0
            if b[i] | 0x20 == 0x7A {
                i += 1
            } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2B ? 1 : -1
                guard let oh = digits(b, i + 1, 2), i + 3 < b.count, b[i + 3] == 0x3A,
                      let om = digits(b, i + 4, 2), oh <= 23, om <= 59
                else { return nil }
                offsetMinutes = sign * (oh * 60 + om)
                i += 6
            } else {
                return nil
            }
            if second == 60 {
                let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
                guard utc == 23 * 60 + 59 else { return nil }
            }
            return i
        }

        /// RFC 3339 Appendix A:
        ///   duration = "P" (dur-date / dur-time / dur-week)
        ///   dur-date = (dur-day / dur-month / dur-year) [dur-time]
        ///   dur-time = "T" (dur-hour / dur-minute / dur-second)
        /// where each component may only be followed by the next smaller one
        /// (Y→M→D, H→M→S), weeks stand alone, and no fractions or signs.
        static func isDuration(_ s: String) -> Bool {
            let b = Array(s.utf8)
            guard b.count >= 3, b[0] == 0x50 else { return false }
            var i = 1
            // Reads `1*DIGIT unit`; returns the unit byte.
            func component() -> UInt8? {
                let start = i
                while i < b.count, isASCIIDigit(b[i]) { i += 1 }
                guard i > start, i < b.count else { return nil }
                let unit = b[i]
                i += 1
                return unit
            }
            // Parses a chain of components whose units must be a contiguous
            // run of `order`, stopping at "T" or the end.
            func chain(_ order: [UInt8]) -> Bool {
                var expected: Int? = nil
                var count = 0
                while i < b.count, b[i] != 0x54 {
                    guard let unit = component(), let pos = order.firstIndex(of: unit) else { return false }
                    if let e = expected { guard pos == e else { return false } }
                    expected = pos + 1
                    count += 1
                }
                return count > 0
            }
            if b[i] != 0x54 {
                // dur-week = 1*DIGIT "W", alone.
                if b.last == 0x57 {
                    guard let unit = component(), unit == 0x57, i == b.count else { return false }
                    return true
                }
                guard chain([0x59, 0x4D, 0x44]) else { return false } // Y M D
                if i == b.count { return true }
            }
            guard i < b.count, b[i] == 0x54 else { return false }
            i += 1
            guard i < b.count, chain([0x48, 0x4D, 0x53]) else { return false } // H M S
            return i == b.count
        }
    }
}
