import CSWCore
import CSWAnalytics
import Glibc

/// The one place the executable asks the calendar what day it is. Libraries never do:
/// they take `asOf` as an argument.
///
/// `CSW_TODAY=YYYY-MM-DD` fixes "today" for every command (tests, reproducible demos and
/// documentation runs): --as-of defaults, dates written into notes and acknowledgements,
/// the shift of the example workspace in `csw init`, and the date of commits csw makes
/// (at the real time of day). Documented in docs/GUIDE.md.
enum Clock {
    static let variable = "CSW_TODAY"

    /// CSW_TODAY when it is set and a calendar date.
    static let pinned: Day? = {
        guard let raw = getenv(variable) else { return nil }
        return Day(String(cString: raw))
    }()

    /// Today in the local time zone, or CSW_TODAY.
    static func today() -> Day {
        if let pinned { return pinned }
        var seconds = time_t(wallClock().rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Day("\(parts.tm_year + 1900)-\(parts.tm_mon + 1 < 10 ? "0" : "")\(parts.tm_mon + 1)-\(parts.tm_mday < 10 ? "0" : "")\(parts.tm_mday)")
            ?? Day(number: Int(seconds / 86_400))
    }

    /// Seconds since 1970 for a commit: now, or now's time of day on CSW_TODAY.
    static func commitTime() -> Int64 {
        let now = Int64(wallClock().rounded(.down))
        guard let pinned else { return now }
        return Int64(pinned.number) * 86_400 + now % 86_400
    }

    /// Seconds since 1970, with the fraction.
    static func wallClock() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
