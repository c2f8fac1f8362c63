import CSWJSON

/// Turns the words and numbers of a CRM export into profile values: tiers, organisation
/// types, regions from billing states, CSM ids from owner names, amounts and dates as
/// CRMs write them. Each returns nil when it cannot tell, and the import says why.
public enum CRMValue {
    /// Letters and digits only, lower case, single spaces: "Mid-Market" → "mid market".
    public static func words(_ s: String) -> String {
        var out = ""
        var gap = false
        for c in s.lowercased() {
            if c.isLetter || c.isNumber {
                if gap && !out.isEmpty { out.append(" ") }
                out.append(c)
                gap = false
            } else {
                gap = true
            }
        }
        return out
    }

    public static func tier(_ s: String) -> String? {
        switch words(s) {
        case "strategic", "key", "key account", "tier 1", "platinum": return "strategic"
        case "enterprise", "large enterprise", "tier 2", "gold": return "enterprise"
        case "mid market", "midmarket", "mid", "commercial", "tier 3", "silver", "mid market enterprise": return "mid_market"
        case "smb", "small business", "small", "small and medium business", "tier 4", "bronze": return "smb"
        default: return nil
        }
    }

    public static func status(_ s: String) -> String? {
        switch words(s) {
        case "active", "customer", "active customer", "customer direct", "customer channel", "live": return "active"
        case "onboarding", "implementation", "implementing", "new customer", "go live": return "onboarding"
        case "paused", "on hold", "suspended", "inactive": return "paused"
        case "churned", "former customer", "lost", "cancelled", "canceled", "terminated": return "churned"
        default: return nil
        }
    }

    /// An industry or organisation type: csw's own words, or the CRMs' industry picklists
    /// (Salesforce "Healthcare", HubSpot "HOSPITAL_HEALTH_CARE", "INSURANCE", …).
    public static func organizationType(_ s: String) -> String? {
        let w = words(s)
        let own = ["health_system", "academic_medical_center", "community_hospital", "critical_access_hospital", "clinic_group",
                   "ambulatory_surgery_center", "payer", "post_acute", "telehealth", "other"]
        if let exact = own.first(where: { words($0) == w }) { return exact }
        if w.contains("academic") || w.contains("university") || w.contains("teaching") { return "academic_medical_center" }
        if w.contains("critical access") { return "critical_access_hospital" }
        if w.contains("health system") || w.contains("idn") || w.contains("integrated delivery") { return "health_system" }
        if w.contains("hospital") { return w.contains("community") || !w.contains("health care") ? "community_hospital" : "health_system" }
        if w.contains("insurance") || w.contains("payer") || w.contains("health plan") || w.contains("managed care") { return "payer" }
        if w.contains("surgery center") || w.contains("surgical") || w.contains("asc") { return "ambulatory_surgery_center" }
        if w.contains("clinic") || w.contains("medical practice") || w.contains("physician") || w.contains("ambulatory") { return "clinic_group" }
        if w.contains("post acute") || w.contains("skilled nursing") || w.contains("long term care") || w.contains("home health") { return "post_acute" }
        if w.contains("telehealth") || w.contains("telemedicine") || w.contains("virtual care") { return "telehealth" }
        return nil
    }

    /// A US state (code or name) → the workspace's region names.
    public static func region(state s: String) -> String? {
        let w = words(s)
        if let region = regions[w.uppercased()] { return region }
        return stateNames[w].flatMap { regions[$0] }
    }

    private static let regions: [String: String] = {
        var out: [String: String] = [:]
        let groups = [
            "northeast": "CT ME MA NH RI VT NJ NY PA DE MD DC",
            "southeast": "VA WV NC SC GA FL AL MS TN KY AR LA PR",
            "midwest": "OH IN IL MI WI MN IA MO",
            "great_plains": "ND SD NE KS OK",
            "southwest": "TX NM AZ",
            "mountain_west": "CO UT NV WY MT ID",
            "pacific_northwest": "WA OR AK",
            "west_coast": "CA HI",
        ]
        for (region, codes) in groups { for code in codes.split(separator: " ") { out[String(code)] = region } }
        return out
    }()

    private static let stateNames: [String: String] = [
        "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO", "connecticut": "CT",
        "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
        "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD",
        "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
        "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
        "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
        "puerto rico": "PR", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
        "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    ]

    /// An amount as CRMs write it: "$1,200,000.00", "1.200.000,50 €", "USD 1 200 000", "550000".
    /// The last `.` or `,` followed by one or two digits is the decimal mark.
    public static func amount(_ s: String) -> JSONNumber? {
        // Only currency signs, a currency code (USD) and spaces may be dropped: "500k" or
        // "about 500" are not amounts.
        var kept = ""
        for token in s.split(whereSeparator: { (c: Character) in c == " " || c == "\u{00A0}" }) {
            if token.count == 3 && token.allSatisfy({ (c: Character) in c.isLetter }) { continue }
            kept += token
        }
        let allowed: Set<Character> = [".", ",", "-", "$", "€", "£", "¥"]
        guard kept.allSatisfy({ (c: Character) in c.isNumber || allowed.contains(c) }) else { return nil }
        var digits = String(kept.filter { (c: Character) in c.isNumber || c == "." || c == "," || c == "-" })
        guard digits.contains(where: \.isNumber) else { return nil }
        if let mark = digits.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = digits.distance(from: mark, to: digits.endIndex) - 1
            let integer = digits[..<mark].filter { $0 != "." && $0 != "," }
            let fraction = digits[digits.index(after: mark)...]
            digits = after <= 2 && after > 0 ? integer + "." + fraction : integer + fraction
        }
        // Whole amounts are written without a fraction: 550000.00 → 550000.
        if let dot = digits.firstIndex(of: "."), digits[digits.index(after: dot)...].allSatisfy({ $0 == "0" }) { digits = String(digits[..<dot]) }
        return JSONNumber(digits)
    }

    /// A date as YYYY-MM-DD from ISO dates and date-times, slashed dates (month first for
    /// US exports), or dotted day-first dates (1.2.2026).
    public static func day(_ s: String, monthFirst: Bool) -> Day? {
        let t = s.trimmingWhitespace
        if t.count >= 10, let d = Day(String(t.prefix(10))), t.prefix(10).filter({ $0 == "-" }).count == 2 { return d }
        let datePart = t.split(separator: " ").first.map(String.init) ?? t
        for (separator, first) in [("/", monthFirst), (".", false)] {
            let parts = datePart.split(separator: Character(separator))
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var y = Int(parts[2]) else { continue }
            if y < 100 { y += 2000 }
            let (m, d) = first ? (a, b) : (b, a)
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            return Day("\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)")
        }
        return nil
    }

    /// A moment in seconds since 1970 (UTC): a date-time (ISO, or a slashed date with
    /// h:mm and AM/PM), or a date alone — its start, so that a workspace change made the
    /// same day counts as newer.
    public static func moment(_ s: String, monthFirst: Bool) -> Int64? {
        let t = s.trimmingWhitespace
        guard let day = day(t, monthFirst: monthFirst) else { return nil }
        var seconds = Int64(day.number) * 86_400
        // The time: after "T" or the first space.
        let rest: Substring
        if let tIndex = t.firstIndex(of: "T"), t.distance(from: t.startIndex, to: tIndex) == 10 { rest = t[t.index(after: tIndex)...] } else if let space = t.firstIndex(of: " ") { rest = t[t.index(after: space)...] } else { return seconds }
        let clock = rest.prefix { $0.isNumber || $0 == ":" }.split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, clock[0] < 24, clock[1] < 60 else { return seconds }
        var hour = clock[0]
        let upper = rest.uppercased()
        if upper.contains("PM") && hour < 12 { hour += 12 }
        if upper.contains("AM") && hour == 12 { hour = 0 }
        seconds += Int64(hour * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0))
        // An offset such as +02:00 or -0500 (Z and none are UTC).
        if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let digits = rest[rest.index(after: sign)...].filter(\.isNumber)
            if digits.count == 4, let hh = Int(digits.prefix(2)), let mm = Int(digits.suffix(2)) {
                seconds -= Int64((hh * 3600 + mm * 60) * (rest[sign] == "+" ? 1 : -1))
            }
        }
        return seconds
    }
}
