/// Moves the bundled example through time, so that a new workspace's last metrics month is
/// the month before "today" (see `shift`) and a newcomer's first `csw score` tells the example's stories
/// (an account at risk, renewals ahead) instead of "stale data" on every customer.
///
/// Every calendar date written YYYY-MM-DD — in file contents (metrics dates, contract and
/// renewal dates, note front matter, timestamps) and in file names — moves by the same
/// whole number of months. A month's last day stays its last day (2026-02-28 → 2026-03-31),
/// other days are kept, or clamped to the month's length. Years and month names in prose
/// stay as written. Pure: the caller says what today is.
public enum ExampleDates {
    /// A month as a count: year × 12 + (month − 1).
    public typealias MonthIndex = Int

    public static func monthIndex(year: Int, month: Int) -> MonthIndex { year * 12 + month - 1 }

    /// "YYYY-MM" of a month index.
    public static func monthText(_ index: MonthIndex) -> String { String(move(year: 0, month: 1, day: 1, months: index).prefix(7)) }

    /// The latest month of any `"date": "YYYY-MM-DD"` in the example's metrics.jsonl files.
    public static func lastMetricsMonth(_ files: [(path: String, text: String)]) -> MonthIndex? {
        var latest: MonthIndex?
        for file in files where file.path.hasSuffix("/metrics.jsonl") {
            forEachDate(in: Array(file.text.utf8)) { _, y, m, _ in
                let index = monthIndex(year: y, month: m)
                if latest.map({ index > $0 }) ?? true { latest = index }
            }
        }
        return latest
    }

    /// Months to add so the example's last metrics month is the month before today's — or
    /// today's month from the 16th on, so that the last monthly snapshot (dated the 1st) is
    /// never more than 45 days old, the window of the stale-data alert.
    public static func shift(_ files: [(path: String, text: String)], todayYear: Int, todayMonth: Int, todayDay: Int) -> Int {
        guard let last = lastMetricsMonth(files) else { return 0 }
        return monthIndex(year: todayYear, month: todayMonth) - (todayDay > 15 ? 0 : 1) - last
    }

    /// `text` with every calendar date moved by `months`.
    public static func shifted(_ text: String, months: Int) -> String {
        guard months != 0 else { return text }
        var bytes = Array(text.utf8)
        var replacements: [(at: Int, date: [UInt8])] = []
        forEachDate(in: bytes) { at, y, m, d in
            replacements.append((at, Array(move(year: y, month: m, day: d, months: months).utf8)))
        }
        for r in replacements { bytes.replaceSubrange(r.at..<(r.at + 10), with: r.date) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func move(year: Int, month: Int, day: Int, months: Int) -> String {
        let target = monthIndex(year: year, month: month) + months
        let y = target >= 0 ? target / 12 : (target - 11) / 12
        let m = target - y * 12 + 1
        let length = daysIn(month: m, year: y)
        let d = day == daysIn(month: month, year: year) ? length : min(day, length)
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Calls `body(offset, year, month, day)` for each YYYY-MM-DD that is a calendar date and
    /// not part of a longer run of digits (a version number or an id).
    static func forEachDate(in bytes: [UInt8], _ body: (Int, Int, Int, Int) -> Void) {
        func digit(_ i: Int) -> Int? {
            guard i >= 0, i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else { return nil }
            return Int(bytes[i] - 48)
        }
        func number(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for k in from..<(from + n) {
                guard let d = digit(k) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        var i = 0
        while i + 10 <= bytes.count {
            if bytes[i + 4] == UInt8(ascii: "-"), bytes[i + 7] == UInt8(ascii: "-"), digit(i - 1) == nil, digit(i + 10) == nil,
               let y = number(i, 4), let m = number(i + 5, 2), let d = number(i + 8, 2),
               (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
            {
                body(i, y, m, d)
                i += 10
            } else {
                i += 1
            }
        }
    }
}
