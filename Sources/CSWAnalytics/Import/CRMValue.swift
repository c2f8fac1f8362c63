import CSWCore
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

    /// A CRM account that is not a customer yet (Salesforce's Type "Prospect", HubSpot's
    /// lifecycle stages before customer): the import leaves it out, as nothing to do.
    public static func isProspect(_ s: String) -> Bool {
        ["prospect", "prospective customer", "lead", "marketing qualified lead", "sales qualified lead", "opportunity", "subscriber"].contains(words(s))
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

    /// Currency codes an amount may carry ("USD 45,000", "1.200.000 EUR").
    static let currencies: Set<String> = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "JPY", "SEK", "NOK", "DKK", "INR", "MXN", "BRL",
                                          "ZAR", "SGD", "HKD", "CNY", "PLN", "CZK", "ILS", "AED", "SAR"]

    /// An amount as CRMs write it: "$1,200,000.00", "1.200.000,50 €", "USD 1 200 000", "550000".
    /// The last `.` or `,` followed by one or two digits is the decimal mark.
    public static func amount(_ s: String) -> JSONNumber? {
        // Only currency signs, a currency code and spaces may be dropped: "500k", "2 Mio"
        // or "about 500" are not amounts.
        var kept = ""
        for token in s.split(whereSeparator: { (c: Character) in c == " " || c == "\u{00A0}" }) {
            if currencies.contains(token.uppercased()) { continue }
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

    /// A number in an analytics export: plain, with thousands commas ("1,204"), with a
    /// decimal comma ("12,5"; in a `;`-separated file every comma is one, and dots group
    /// thousands), or a percentage ("88.5%"). Nil when it is not a number.
    public static func number(_ s: String, decimalComma: Bool) -> JSONNumber? {
        var t = s.trimmingWhitespace
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingWhitespace }
        if let n = JSONNumber(t) { return n }
        let body = t.hasPrefix("-") ? t.dropFirst() : Substring(t)
        guard !body.isEmpty, body.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }), body.first!.isNumber, body.last!.isNumber else { return nil }
        let sign = t.hasPrefix("-") ? "-" : ""
        if decimalComma {
            guard body.filter({ $0 == "," }).count <= 1 else { return nil }
            return JSONNumber(sign + body.filter { $0 != "." }.map { $0 == "," ? "." : $0 })
        }
        // Thousands commas: groups of exactly three digits after the first.
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return JSONNumber(sign + groups.joined() + (parts.count == 2 ? "." + parts[1] : ""))
        }
        // One comma and no dot: a decimal comma ("12,5").
        if parts.count == 1, groups.count == 2 { return JSONNumber(sign + groups[0] + "." + groups[1]) }
        return nil
    }

    /// A date as YYYY-MM-DD from ISO dates and date-times, slashed dates (month first for
    /// US exports), or dotted day-first dates (1.2.2026). A date that is not in the
    /// calendar (2/30/2026) is nil, not moved to the next month.
    public static func day(_ s: String, monthFirst: Bool) -> Day? {
        let t = s.trimmingWhitespace
        func calendar(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day("\(y)-\(m)-\(d)") }
        let iso = t.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        if t.count >= 10, iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) { return calendar(y, m, d) }
        let datePart = t.split(separator: " ").first.map(String.init) ?? t
        for (separator, first) in [("/", monthFirst), (".", false)] {
            let parts = datePart.split(separator: Character(separator))
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var y = Int(parts[2]) else { continue }
            if y < 100 { y += 2000 }
            return first ? calendar(y, a, b) : calendar(y, b, a)
        }
        return nil
    }

    /// A moment in seconds since 1970 (UTC): a date-time (ISO, or a slashed date with
    /// h:mm and AM/PM), or a date alone (its midnight). An offset in the text (Z, +02:00,
    /// -0500) is used; else `offsetMinutes` (the map's time_zone); else the earliest
    /// instant the local time can mean anywhere (UTC+14), so a workspace change is taken
    /// as older only when it certainly is.
    public static func moment(_ s: String, monthFirst: Bool, offsetMinutes: Int? = nil) -> Int64? {
        let t = s.trimmingWhitespace
        guard let day = day(t, monthFirst: monthFirst) else { return nil }
        var seconds = Int64(day.number) * 86_400
        var offset = offsetMinutes ?? 14 * 60
        // The time: after "T" or the first space.
        var rest: Substring = ""
        if let tIndex = t.firstIndex(of: "T"), t.distance(from: t.startIndex, to: tIndex) == 10 { rest = t[t.index(after: tIndex)...] } else if let space = t.firstIndex(of: " ") { rest = t[t.index(after: space)...] }
        let clock = rest.prefix { $0.isNumber || $0 == ":" }.split(separator: ":").compactMap { Int($0) }
        if clock.count >= 2, clock[0] < 24, clock[1] < 60, clock.count < 3 || clock[2] <= 60 {
            var hour = clock[0]
            let upper = rest.uppercased()
            if upper.contains("PM") && hour < 12 { hour += 12 }
            if upper.contains("AM") && hour == 12 { hour = 0 }
            seconds += Int64(hour * 3600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0))
            let zone = rest.drop { $0.isNumber || $0 == ":" || $0 == "." }
            if zone.hasPrefix("Z") || zone.uppercased().hasSuffix("UTC") || zone.uppercased().hasSuffix("GMT") {
                offset = 0
            } else if let sign = zone.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                let digits = zone[zone.index(after: sign)...].filter(\.isNumber)
                if digits.count == 4, let hh = Int(digits.prefix(2)), let mm = Int(digits.suffix(2)) {
                    offset = (hh * 60 + mm) * (zone[sign] == "+" ? 1 : -1)
                }
            }
        }
        return seconds - Int64(offset * 60)
    }

    /// "+02:00", "-0500", "UTC" or "Z" as minutes east of UTC.
    public static func offsetMinutes(_ s: String) -> Int? {
        let t = s.trimmingWhitespace.uppercased()
        if t == "UTC" || t == "Z" || t == "GMT" { return 0 }
        guard let sign = t.first, sign == "+" || sign == "-" else { return nil }
        let digits = t.dropFirst().filter(\.isNumber)
        guard digits.count == 4 || digits.count == 2, let hh = Int(digits.prefix(2)), hh <= 14 else { return nil }
        let mm = digits.count == 4 ? Int(digits.suffix(2)) ?? 0 : 0
        return (hh * 60 + mm) * (sign == "+" ? 1 : -1)
    }
}
