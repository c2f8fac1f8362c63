/// A calendar date as a day number (days since 1970-01-01), from YYYY-MM-DD. A date that
/// is not in the calendar (2026-02-30) is nil, never moved into the next month.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let number: Int

    public init(number: Int) { self.number = number }

    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        // Years beyond 9999 are no date csw reads (and 19-digit years would overflow `civil`).
        guard parts.count == 3, let y = Int(parts[0]), (0...9999).contains(y), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Day.length(of: m, in: y) else { return nil }
        number = Day.civil(y, m, d)
    }

    /// Only the canonical form YYYY-MM-DD (what csw writes and compares as text).
    public static func exactly(_ text: String) -> Day? {
        guard let day = Day(text), day.description == text else { return nil }
        return day
    }

    /// From the bytes of "YYYY-MM-DD" without making a String.
    public init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for k in from..<(from + n) {
                let d = bytes[k] &- 48
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2), (1...12).contains(m), d >= 1, d <= Day.length(of: m, in: y) else { return nil }
        number = Day.civil(y, m, d)
    }

    /// Days in a month (1–12) of a year.
    public static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func civil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1–12) and day of the month (Howard Hinnant's civil_from_days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The same day of the month `months` earlier, or that month's last day when it is
    /// shorter (2025-03-31 minus one month is 2025-02-28).
    public func minus(months: Int) -> Day {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) - months
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(number: Day.civil(y, m, min(day, Day.length(of: m, in: y))))
    }

    public var description: String {
        let (y, m, d) = components
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
    public static func - (a: Day, b: Day) -> Int { a.number - b.number }
    public func adding(days: Int) -> Day { Day(number: number + days) }
    /// The first day of this day's month.
    public var firstOfMonth: Day { Day(number: number - components.day + 1) }
}
