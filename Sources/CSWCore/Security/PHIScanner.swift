import CSWJSON

/// Finds the HIPAA Safe Harbor identifiers that turn up in customer-success notes:
/// social security, medical record, health-plan member and account numbers, dates of
/// birth, phone and fax numbers, unknown email addresses, street addresses, patient names
/// in context, IP addresses and URLs that carry a patient id. Pure and byte-level (a
/// 10,000-customer workspace is scanned inside `csw validate`): text in, hits out; a hit
/// carries its place, its type and a masked form — never the identifier itself, which
/// only its `hash` (FNV-1a of the span) stands for.
public struct PHIScanner: Sendable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case ssn, mrn, dob, phone, fax, email, member, account, address, name, ip, url

        public var title: String {
            switch self {
            case .ssn: return "social security number"
            case .mrn: return "medical record number"
            case .dob: return "date of birth"
            case .phone: return "phone number"
            case .fax: return "fax number"
            case .email: return "email address (not a known contact)"
            case .member: return "health-plan member number"
            case .account: return "account number"
            case .address: return "street address"
            case .name: return "patient name"
            case .ip: return "IP address"
            case .url: return "URL with a patient identifier"
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Hit: Sendable, Hashable {
        public let kind: Kind
        /// Byte range of the identifier in the scanned text.
        public let start: Int
        public let end: Int
        public let masked: String
        /// FNV-1a of the identifier's bytes: what an allow-list entry names.
        public let hash: String
    }

    /// Email addresses that are not patient data (the workspace's contacts), lower case.
    public let knownEmails: Set<String>

    public init(knownEmails: Set<String> = []) {
        self.knownEmails = Set(knownEmails.map { $0.lowercased() })
    }

    // MARK: tokens

    struct Token {
        enum Kind { case word, number, punct }
        let kind: Kind
        let start: Int
        let end: Int
        /// Whitespace (or the start of text) right before the token.
        let spaced: Bool
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0xC0 }
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    static func tokens(_ t: [UInt8]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(t.count / 4)
        var i = 0
        var spaced = true
        while i < t.count {
            let b = t[i]
            if isSpace(b) { spaced = true; i += 1; continue }
            let start = i
            if isDigit(b) {
                while i < t.count && isDigit(t[i]) { i += 1 }
                out.append(Token(kind: .number, start: start, end: i, spaced: spaced))
            } else if isLetter(b) || b >= 0x80 {
                while i < t.count && (isLetter(t[i]) || t[i] >= 0x80 || t[i] == 39 || isDigit(t[i])) { i += 1 }
                out.append(Token(kind: .word, start: start, end: i, spaced: spaced))
            } else {
                i += 1
                out.append(Token(kind: .punct, start: start, end: i, spaced: spaced))
            }
            spaced = false
        }
        return out
    }

    // MARK: scanning

    /// Every identifier in `text`, in order (overlaps resolved: the first, longest wins).
    public func scan(_ text: [UInt8]) -> [Hit] {
        guard !text.isEmpty else { return [] }
        let toks = Self.tokens(text)
        var hits: [Hit] = []
        func lower(_ k: Int) -> String {
            let tk = toks[k]
            return String(decoding: text[tk.start..<tk.end], as: UTF8.self).lowercased()
        }
        func raw(_ k: Int) -> String { String(decoding: text[toks[k].start..<toks[k].end], as: UTF8.self) }
        func ch(_ k: Int) -> UInt8? { k < toks.count && toks[k].kind == .punct ? text[toks[k].start] : nil }
        func isCap(_ k: Int) -> Bool {
            guard k < toks.count, toks[k].kind == .word else { return false }
            let b = text[toks[k].start]
            return b >= 65 && b <= 90
        }
        func add(_ kind: Kind, _ from: Int, _ to: Int) {
            let start = toks[from].start, end = toks[to].end
            if let last = hits.last, last.end > start { return }
            let bytes = Array(text[start..<end])
            hits.append(Hit(kind: kind, start: start, end: end, masked: Self.mask(bytes), hash: FNV1a.hex16(String(decoding: bytes, as: UTF8.self))))
        }

        var k = 0
        while k < toks.count {
            let t = toks[k]
            if let last = hits.last, t.start < last.end { k += 1; continue }
            switch t.kind {
            case .number:
                if let (kind, end) = numberShape(toks, text, k) {
                    // a phone number right after "fax" is a fax number
                    let isFax = kind == .phone && keywordBefore(toks, k, within: 8, lower) { ["fax", "facsimile"].contains($0) }
                    add(isFax ? .fax : kind, k, end)
                    k = end + 1
                    continue
                }
                if let kind = labelledNumber(toks, text, k, lower) {
                    add(kind, k, k)
                    k += 1
                    continue
                }
                if let end = address(toks, text, k, isCap: isCap, lower: lower) {
                    add(.address, k, end)
                    k = end + 1
                    continue
                }
            case .word:
                let w = lower(k)
                if let (kind, from, to) = keyword(w, toks, text, k, lower: lower, isCap: isCap, ch: ch) {
                    add(kind, from, to)
                    k = to + 1
                    continue
                }
                if (w == "http" || w == "https"), ch(k + 1) == 58, let end = url(toks, text, k) {
                    add(.url, k, end)
                    // the host may be an IP address too
                    if k + 4 <= end, toks[k + 4].kind == .number, let (kind, ipEnd) = numberShape(toks, text, k + 4), kind == .ip {
                        let bytes = Array(text[toks[k + 4].start..<toks[ipEnd].end])
                        hits.append(Hit(kind: .ip, start: toks[k + 4].start, end: toks[ipEnd].end, masked: Self.mask(bytes),
                                        hash: FNV1a.hex16(String(decoding: bytes, as: UTF8.self))))
                    }
                    k = end + 1
                    continue
                }
            case .punct:
                if text[t.start] == 64, let (from, to) = email(toks, text, k) {  // "@"
                    let address = String(decoding: text[toks[from].start..<toks[to].end], as: UTF8.self).lowercased()
                    if !knownEmails.contains(address) { add(.email, from, to) }
                    k = to + 1
                    continue
                }
            }
            k += 1
        }
        return hits
    }

    /// The shape of a run of digits and separators starting at token `k`: SSN, phone, IP.
    func numberShape(_ toks: [Token], _ text: [UInt8], _ k: Int) -> (Kind, Int)? {
        // groups of digits joined by one separator each, no spaces inside except around ")"
        var groups: [(len: Int, value: Int)] = []
        var seps: [UInt8] = []
        var j = k
        var openParen = false
        if k > 0, toks[k - 1].kind == .punct, text[toks[k - 1].start] == 40, !toks[k].spaced { openParen = true }  // "(312) …"
        while j < toks.count, toks[j].kind == .number {
            let len = toks[j].end - toks[j].start
            var value = 0
            for b in text[toks[j].start..<min(toks[j].end, toks[j].start + 9)] { value = value * 10 + Int(b - 48) }
            groups.append((len, value))
            guard j + 2 < toks.count, toks[j + 1].kind == .punct, toks[j + 2].kind == .number else { break }
            let sep = text[toks[j + 1].start]
            let tight = !toks[j + 1].spaced && !toks[j + 2].spaced
            let parenSpace = sep == 41 && !toks[j + 1].spaced  // "(312) 555-0187"
            guard (tight && [45, 46, 47].contains(sep)) || parenSpace else { break }
            seps.append(sep)
            j += 2
        }
        // also "312 555 0187" / "+1 415 555 0142" (single spaces between groups), and an SSN
        // written "935 22 8104"
        if groups.count == 1, groups[0].len == 3, k + 2 < toks.count, toks[k + 1].kind == .number, toks[k + 1].spaced,
           toks[k + 2].kind == .number, toks[k + 2].spaced, toks[k + 2].end - toks[k + 2].start == 4,
           !(k + 3 < toks.count && toks[k + 3].kind == .number && toks[k + 3].spaced) {
            let middle = toks[k + 1].end - toks[k + 1].start
            if middle == 3 { return (.phone, k + 2) }
            if middle == 2 { return (.ssn, k + 2) }
        }
        if groups.count == 1, groups[0].len == 1, groups[0].value == 1, k + 3 < toks.count, toks[k + 1].kind == .number, toks[k + 1].spaced,
           toks[k + 1].end - toks[k + 1].start == 3, toks[k + 2].kind == .number, toks[k + 2].spaced, toks[k + 3].kind == .number, toks[k + 3].spaced,
           toks[k + 2].end - toks[k + 2].start == 3, toks[k + 3].end - toks[k + 3].start == 4 {
            return (.phone, k + 3)  // "1 415 555 0142" after "+"
        }
        let lens = groups.map(\.len)
        let before = k > 0 ? text[toks[k - 1].start] : 0
        let partOfLonger = k > 0 && !toks[k].spaced && (Self.isDigit(before) || Self.isLetter(before))
        guard !partOfLonger else { return nil }
        if lens == [3, 2, 4] && seps.allSatisfy({ $0 == 45 }) { return (.ssn, j) }
        if lens == [3, 3, 4] && (seps.allSatisfy({ $0 == 45 }) || seps.allSatisfy({ $0 == 46 }) || seps == [47, 45]) { return (.phone, j) }
        if openParen && lens == [3, 3, 4] && seps.first == 41 { return (.phone, j) }
        if lens.count == 4 && seps.allSatisfy({ $0 == 46 }) && lens.allSatisfy({ $0 <= 3 }) && groups.allSatisfy({ $0.value <= 255 }) {
            // not a version number ("v10.2.3.4", "version 2025.4.1.0" has a 4-digit group anyway)
            let prev = k > 0 && toks[k - 1].kind == .word ? String(decoding: text[toks[k - 1].start..<toks[k - 1].end], as: UTF8.self).lowercased() : ""
            let nextIsDot = j + 1 < toks.count && toks[j + 1].kind == .punct && text[toks[j + 1].start] == 46 && j + 2 < toks.count && toks[j + 2].kind == .number && !toks[j + 1].spaced
            if !["v", "version", "release", "build"].contains(prev) && !nextIsDot { return (.ip, j) }
        }
        if lens == [1, 3, 3, 4] && groups[0].value == 1 { return (.phone, j) }
        // a bare run of 10 digits (11 with a leading 1) is a phone number where a phone word is near
        if groups.count == 1, lens == [10] || (lens == [11] && text[toks[k].start] == 49),
           keywordBefore(toks, k, within: 6, { String(decoding: text[toks[$0].start..<toks[$0].end], as: UTF8.self).lowercased() }, { Self.phoneWords.contains($0) }) {
            return (.phone, k)
        }
        return nil
    }

    /// A bare number that words near it name: nine digits with "SSN" just after or before,
    /// eight digits yyyymmdd with "date of birth"/"DOB" near, six or more digits where "MRN"
    /// came a few words before.
    func labelledNumber(_ toks: [Token], _ text: [UInt8], _ k: Int, _ lower: (Int) -> String) -> Kind? {
        let len = toks[k].end - toks[k].start
        guard len >= 6, k + 1 >= toks.count || toks[k + 1].kind != .number else { return nil }
        if k > 0, !toks[k].spaced, toks[k - 1].kind != .punct { return nil }
        func near(_ before: Int, _ after: Int, _ words: Set<String>) -> Bool {
            var j = max(0, k - before)
            while j <= min(toks.count - 1, k + after) {
                if j != k, toks[j].kind == .word, words.contains(lower(j)) { return true }
                j += 1
            }
            return false
        }
        if len == 9 && near(3, 3, ["ssn"]) { return .ssn }
        if len == 8, text[toks[k].start] == 49 || text[toks[k].start] == 50, near(4, 5, ["dob", "birth", "birthdate"]) { return .dob }
        if near(8, 0, ["mrn", "mrns"]) { return .mrn }
        return nil
    }

    static let phoneWords: Set<String> = ["phone", "tel", "telephone", "cell", "mobile", "callback", "call", "contact", "number", "fax", "facsimile", "pager", "home"]

    func keywordBefore(_ toks: [Token], _ k: Int, within n: Int, _ lower: (Int) -> String, _ match: (String) -> Bool) -> Bool {
        var j = k - 1
        var seen = 0
        while j >= 0 && seen < n {
            if toks[j].kind == .word && match(lower(j)) { return true }
            j -= 1
            seen += 1
        }
        return false
    }

    static let streetSuffixes: Set<String> = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
                                              "way", "place", "pl", "terrace", "parkway", "pkwy", "circle", "cir", "highway", "hwy", "trail", "square"]
    static let directions: Set<String> = ["n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"]

    /// "1420 Maple Street", "88 N. Oak Ave", "2301 Lakeshore Drive, Apt 4"
    func address(_ toks: [Token], _ text: [UInt8], _ k: Int, isCap: (Int) -> Bool, lower: (Int) -> String) -> Int? {
        let len = toks[k].end - toks[k].start
        guard len <= 6, k + 2 < toks.count, toks[k + 1].spaced else { return nil }
        var j = k + 1
        var words = 0
        while j < toks.count && words < 4 {
            if toks[j].kind == .punct && text[toks[j].start] == 46 && !toks[j].spaced { j += 1; continue }  // "N."
            // "4th Street"
            if toks[j].kind == .number, j + 1 < toks.count, toks[j + 1].kind == .word, !toks[j + 1].spaced, ["st", "nd", "rd", "th"].contains(lower(j + 1)) {
                words += 1
                j += 2
                continue
            }
            guard isCap(j) else { return nil }
            let w = lower(j)
            if words > 0 && Self.streetSuffixes.contains(w) {
                var end = j
                if end + 1 < toks.count, toks[end + 1].kind == .punct, text[toks[end + 1].start] == 46, !toks[end + 1].spaced { end += 1 }
                return end
            }
            if words == 0 && Self.directions.contains(w) { j += 1; continue }
            words += 1
            j += 1
        }
        return nil
    }

    /// local@domain.tld around the "@" at token k: (first token, last token).
    func email(_ toks: [Token], _ text: [UInt8], _ k: Int) -> (Int, Int)? {
        guard k > 0, k + 1 < toks.count, !toks[k].spaced, !toks[k + 1].spaced else { return nil }
        var from = k - 1
        while from > 0, !toks[from].spaced, toks[from - 1].kind != .punct || [46, 95, 45, 43].contains(text[toks[from - 1].start]) {
            if toks[from - 1].kind == .punct && toks[from].kind == .punct { break }
            from -= 1
        }
        while toks[from].kind == .punct && from < k { from += 1 }
        var to = k + 1
        var dots = 0
        while to + 2 < toks.count, toks[to + 1].kind == .punct, text[toks[to + 1].start] == 46 || text[toks[to + 1].start] == 45,
              !toks[to + 1].spaced, !toks[to + 2].spaced, toks[to + 2].kind != .punct {
            if text[toks[to + 1].start] == 46 { dots += 1 }
            to += 2
        }
        guard dots >= 1, toks[k - 1].kind != .punct, toks[k + 1].kind == .word || toks[k + 1].kind == .number else { return nil }
        return (from, to)
    }

    /// "https://…": identifying when a path segment or parameter names a patient, record,
    /// member or chart and carries digits.
    func url(_ toks: [Token], _ text: [UInt8], _ k: Int) -> Int? {
        var j = k
        while j + 1 < toks.count, !toks[j + 1].spaced {
            let b = text[toks[j + 1].start]
            if toks[j + 1].kind == .punct && [41, 93, 62, 34, 39, 44].contains(b) { break }  // ) ] > " ' ,
            j += 1
        }
        // drop a trailing full stop
        if toks[j].kind == .punct && text[toks[j].start] == 46 { j -= 1 }
        let lowered = String(decoding: text[toks[k].start..<toks[j].end], as: UTF8.self).lowercased()
        let markers = ["patient", "mrn", "member", "record", "chart", "subject", "encounter", "person", "pid", "pt", "mrns"]
        var identifying = false
        for m in markers {
            var rest = lowered[...]
            while let r = rest.firstRange(of: m) {
                // the marker starts a path segment or a parameter
                guard r.lowerBound > rest.startIndex, "/?&.".contains(rest[rest.index(before: r.lowerBound)]) else {
                    rest = rest[r.upperBound...]
                    continue
                }
                let after = rest[r.upperBound...].drop(while: { $0.isLetter || $0 == "_" })
                if let f = after.first, f == "/" || f == "=" {
                    let value = after.dropFirst().prefix(while: { $0 != "/" && $0 != "&" && $0 != "?" && $0 != "#" })
                    if value.contains(where: \.isNumber) { identifying = true }
                }
                rest = rest[r.upperBound...]
            }
        }
        return identifying ? j : nil
    }

    static let nonNames: Set<String> = ["portal", "safety", "experience", "id", "satisfaction", "flow", "care", "access", "education", "record", "records",
                                        "census", "engagement", "monitoring", "outcomes", "outcome", "volume", "volumes", "population", "list", "lists",
                                        "data", "charts", "chart", "identifiers", "names", "information", "info", "level", "throughput", "transport",
                                        "transfers", "advocate", "advocacy", "family", "families", "facing", "centered", "centred", "panel", "mix",
                                        "days", "day", "count", "counts", "numbers", "number", "rooms", "room", "beds", "bed", "the", "a", "an", "who",
                                        "with", "and", "or", "of", "in", "on", "at", "to", "is", "was", "had", "has", "for", "that", "this", "these",
                                        "those", "we", "they", "she", "he", "it", "i", "our", "their", "his", "her", "no", "not", "one", "two", "app",
                                        "registry", "story", "stories", "feedback", "survey", "surveys", "letter", "letters", "alert", "alerts",
                                        "deterioration", "status", "selection", "scores", "score", "populations", "cohort", "cohorts", "ids"]
    static let clinicalContext: Set<String> = ["bed", "room", "admitted", "discharged", "years", "yo", "y/o", "dob", "mrn", "diagnosis", "daughter", "son",
                                               "wife", "husband", "chart", "icu", "ed", "floor", "ward", "readmitted", "transferred", "septic", "sepsis",
                                               "surgery", "post-op", "family", "mother", "father", "patient", "pt", "age", "aged", "died", "expired",
                                               "discharge", "admission", "unit", "census"]

    /// Keyword-led identifiers: (kind, first token, last token).
    func keyword(_ w: String, _ toks: [Token], _ text: [UInt8], _ k: Int, lower: (Int) -> String, isCap: (Int) -> Bool,
                 ch: (Int) -> UInt8?) -> (Kind, Int, Int)? {
        /// The first token after k (skipping labels such as ":", "#", "no", "number", "is") within n tokens that satisfies `ok`.
        func valueAfter(_ start: Int, within n: Int, skip: Set<String> = ["number", "no", "num", "is", "was", "id", "of", "nbr", "code", "identifier", "value"],
                        _ ok: (Int) -> Int?) -> (Int, Int)? {
            var j = start
            var seen = 0
            while j < toks.count && seen < n {
                if let end = ok(j) { return (j, end) }
                let tk = toks[j]
                if tk.kind == .punct, [58, 35, 46, 45, 40, 41, 61, 44, 47, 34].contains(text[tk.start]) { j += 1; seen += 1; continue }  // : # . - ( ) = , / "
                if tk.kind == .word, skip.contains(lower(j)) { j += 1; seen += 1; continue }
                // a short label in capitals ("UHC", "HAR", "A/N") between the keyword and the value
                if tk.kind == .word, tk.end - tk.start <= 5, text[tk.start..<tk.end].allSatisfy({ ($0 >= 65 && $0 <= 90) }) { j += 1; seen += 1; continue }
                return nil
            }
            return nil
        }
        /// An identifier token run: letters/digits (and "-"), with at least `digits` digits.
        func identifier(_ j: Int, digits: Int) -> Int? {
            guard toks[j].kind != .punct else { return nil }
            var end = j
            var count = 0
            var m = j
            while m < toks.count {
                if toks[m].kind == .punct {
                    guard text[toks[m].start] == 45, !toks[m].spaced, m + 1 < toks.count, !toks[m + 1].spaced, toks[m + 1].kind != .punct else { break }
                    m += 1
                    continue
                }
                if m > j && toks[m].spaced { break }
                for b in text[toks[m].start..<toks[m].end] where Self.isDigit(b) { count += 1 }
                end = m
                m += 1
            }
            return count >= digits ? end : nil
        }
        /// A date: 03/14/1952, 1961-02-03, 12-1-1970, 14.03.1952, "4 July 1948", "July 4, 1948", "Feb 3 1961".
        func date(_ j: Int) -> Int? {
            if toks[j].kind == .number {
                // numeric with / - .
                var m = j
                var groups = 1
                while m + 2 < toks.count, toks[m + 1].kind == .punct, [47, 45, 46].contains(text[toks[m + 1].start]), !toks[m + 1].spaced,
                      toks[m + 2].kind == .number, !toks[m + 2].spaced, groups < 3 {
                    m += 2
                    groups += 1
                }
                if groups == 3 { return m }
                // "19480704"
                if toks[j].end - toks[j].start == 8, text[toks[j].start] == 49 || text[toks[j].start] == 50 { return j }
                // "4 July 1948", "14-Mar-1952"
                var n = j + 1
                if n < toks.count, ch(n) == 45 { n += 1 }
                if n + 1 < toks.count, toks[n].kind == .word, Self.months.contains(lower(n)) {
                    var y = n + 1
                    if y < toks.count, ch(y) == 45 || ch(y) == 44 { y += 1 }
                    if y < toks.count, toks[y].kind == .number { return y }
                }
                return nil
            }
            // "the fifth of May, 1941"
            if toks[j].kind == .word, Self.ordinals.contains(lower(j)), j + 3 < toks.count, next(j + 1) == "of", Self.months.contains(lower(j + 2)) {
                var y = j + 3
                if ch(y) == 44 { y += 1 }
                if y < toks.count, toks[y].kind == .number, toks[y].end - toks[y].start == 4 { return y }
                return nil
            }
            if toks[j].kind == .word, Self.months.contains(lower(j)) {
                var m = j + 1
                if m < toks.count, ch(m) == 46 { m += 1 }
                guard m < toks.count, toks[m].kind == .number else { return nil }
                if m + 1 < toks.count, toks[m + 1].kind == .word, ["st", "nd", "rd", "th"].contains(lower(m + 1)), !toks[m + 1].spaced { m += 1 }  // "3rd"
                if m + 1 < toks.count, ch(m + 1) == 44 { m += 1 }
                if m + 1 < toks.count, toks[m + 1].kind == .number, toks[m + 1].end - toks[m + 1].start == 4 { return m + 1 }
                return nil
            }
            return nil
        }
        func next(_ j: Int) -> String? { j < toks.count && toks[j].kind == .word ? lower(j) : nil }

        switch w {
        case "ssn", "ss":
            if w == "ss", !(ch(k + 1) == 35 || next(k + 1) == "no") { return nil }
            if let (_, end) = valueAfter(k + 1, within: 4, { j in identifier(j, digits: 9).flatMap { e in self.digitsCount(toks, text, j, e) == 9 ? e : nil } }) {
                return (.ssn, k, end)
            }
            // "SSN 926 41 7780"
            if let (_, end) = valueAfter(k + 1, within: 3, { j in
                j + 2 < toks.count && toks[j].kind == .number && toks[j + 1].kind == .number && toks[j + 2].kind == .number
                    && self.digitsCount(toks, text, j, j + 2) == 9 ? j + 2 : nil
            }) { return (.ssn, k, end) }
        case "social":
            if next(k + 1) == "security", let (_, end) = valueAfter(k + 2, within: 4, { j in identifier(j, digits: 9) }) { return (.ssn, k, end) }
        case "mrn", "mr":
            if w == "mr" && ch(k + 1) != 35 { break }  // "Mr." is a title (below); "MR#" a record number
            if let (_, end) = valueAfter(k + 1, within: 4, { j in identifier(j, digits: 4) }) { return (.mrn, k, end) }
        case "med", "medical":
            let r = ch(k + 1) == 46 ? k + 2 : k + 1  // "Med. Rec. No."
            let rec = next(r)
            if rec == "rec" || rec == "record" || rec == "records" {
                if let (_, end) = valueAfter(r + 1, within: 6, { j in identifier(j, digits: 4) }) { return (.mrn, k, end) }
            }
        case "patient", "pt", "chart", "record":
            // "patient ID A7731902", "patient #55102", "chart # 8841"
            if let n = next(k + 1), ["id", "number", "no", "identifier"].contains(n) || ch(k + 1) == 35 {
                if let (_, end) = valueAfter(k + 1, within: 4, { j in identifier(j, digits: 4) }) { return (.mrn, k, end) }
            } else if ch(k + 1) == 35, let (_, end) = valueAfter(k + 1, within: 3, { j in identifier(j, digits: 4) }) {
                return (.mrn, k, end)
            }
            if w == "patient" || w == "pt" {
                // "patient John Smith", "pt. Maria Lopez", "the patient, Robert King,"
                var j = k + 1
                if j < toks.count, let c = ch(j), (c == 46 && w == "pt") || c == 44 || c == 58 { j += 1 }
                let sameLine = j + 2 < toks.count ? !text[toks[k].end..<toks[min(j + 2, toks.count - 1)].start].contains(10) : true
                if sameLine, isCap(j), !Self.nonNames.contains(lower(j)), isCap(j + 1) || (j + 1 < toks.count && ch(j + 1) == 46 && isCap(j + 2)) {
                    var end = j + 1
                    if ch(end) == 46 { end += 1 }  // "J. Doe"
                    guard isCap(end), !Self.nonNames.contains(lower(end)) else { return nil }
                    return (.name, k, end)
                }
            }
        case "dob", "d":
            if w == "d" {
                // "D.O.B."
                guard ch(k + 1) == 46, next(k + 2) == "o", ch(k + 3) == 46, next(k + 4) == "b" else { return nil }
                if let (_, end) = valueAfter(k + 5, within: 3, date) { return (.dob, k, end) }
                return nil
            }
            if let (_, end) = valueAfter(k + 1, within: 4, skip: ["is", "was", "of", "listed", "as"], date) { return (.dob, k, end) }
        case "born":
            if let (_, end) = valueAfter(k + 1, within: 3, skip: ["on", "in", "the"], date) { return (.dob, k, end) }
        case "birth", "birthdate", "birthday":
            if let (_, end) = valueAfter(k + 1, within: 4, skip: ["date", "is", "was", "of", "listed", "as", "recorded", "given"], date) { return (.dob, k, end) }
        case "date":
            if next(k + 1) == "of", next(k + 2) == "birth", let (_, end) = valueAfter(k + 3, within: 3, date) { return (.dob, k, end) }
        case "member", "subscriber", "policy", "medicare", "medicaid", "mbi", "insurance", "beneficiary", "plan":
            var l = k + 1
            if let n = next(l), ["recipient", "beneficiary", "subscriber", "member"].contains(n) { l += 1 }  // "Medicaid recipient ID"
            let label = next(l)
            if w == "mbi" || ["id", "number", "no", "#"].contains(label ?? "") || ch(l) == 35 || ch(l) == 58 {
                if let (_, end) = valueAfter(l, within: 5, { j in identifier(j, digits: 3).flatMap { e in self.length(toks, j, e) >= 6 ? e : nil } }) {
                    return (.member, k, end)
                }
            }
        case "pid":
            // HL7 PID-3 (patient identifier list), PID-7 (date of birth), PID-19 (SSN)
            guard ch(k + 1) == 45, k + 2 < toks.count, toks[k + 2].kind == .number else { return nil }
            let field = String(decoding: text[toks[k + 2].start..<toks[k + 2].end], as: UTF8.self)
            switch field {
            case "3", "2", "4":
                if let (_, end) = valueAfter(k + 3, within: 4, { j in identifier(j, digits: 4) }) { return (.mrn, k, end) }
            case "7":
                if let (_, end) = valueAfter(k + 3, within: 4, date) { return (.dob, k, end) }
            case "19":
                if let (_, end) = valueAfter(k + 3, within: 4, { j in identifier(j, digits: 9) }) { return (.ssn, k, end) }
            default: break
            }
        case "medi":
            // "Medi-Cal ID 91234567A4"
            if ch(k + 1) == 45, next(k + 2) == "cal", let (_, end) = valueAfter(k + 3, within: 4, { j in identifier(j, digits: 3).flatMap { e in self.length(toks, j, e) >= 6 ? e : nil } }) {
                return (.member, k, end)
            }
        case "account", "acct":
            let label = next(k + 1)
            if ["number", "no", "num"].contains(label ?? "") || ch(k + 1) == 35 || ch(k + 1) == 58 || (w == "acct" && ch(k + 1) == 46) {
                if let (_, end) = valueAfter(k + 1, within: 5, { j in identifier(j, digits: 5) }) { return (.account, k, end) }
            }
            // "acct 300918774", "account 88104527": the number right after, six digits or more
            if k + 1 < toks.count, toks[k + 1].kind == .number, let end = identifier(k + 1, digits: 6) { return (.account, k, end) }
        default:
            break
        }
        if ["mr", "mrs", "ms", "miss"].contains(w) {
            var j = k + 1
            if ch(j) == 46 { j += 1 }
            guard isCap(j), !Self.nonNames.contains(lower(j)) else { return nil }
            // a title and a surname count as a patient only with clinical context close by
            var m = max(0, k - 6)
            while m < min(toks.count, j + 10) {
                if toks[m].kind == .word, Self.clinicalContext.contains(lower(m)) { return (.name, k, j) }
                m += 1
            }
        }
        return nil
    }

    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                                        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                        "twentieth", "thirtieth"]

    static let months: Set<String> = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
                                      "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"]

    func digitsCount(_ toks: [Token], _ text: [UInt8], _ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from...to where toks[k].kind == .number { n += toks[k].end - toks[k].start }
        return n
    }

    func length(_ toks: [Token], _ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from...to where toks[k].kind != .punct { n += toks[k].end - toks[k].start }
        return n
    }

    /// Masked for display: every digit but the last two becomes "•", and every word keeps
    /// only its first letter: "•••-••-••89", "MRN ••••••13", "p•••••• J••• S••••".
    static func mask(_ bytes: [UInt8]) -> String {
        let digits = bytes.filter(isDigit).count
        var seenDigits = 0
        var out = ""
        var atWordStart = true
        for b in bytes {
            if isDigit(b) {
                seenDigits += 1
                out += seenDigits > digits - 2 && digits > 4 ? String(UnicodeScalar(b)) : "•"
                atWordStart = false
            } else if isLetter(b) || b >= 0x80 {
                if b >= 0x80 && b < 0xC0 { continue }  // continuation bytes of a letter already masked
                out += atWordStart ? (b < 0x80 ? String(UnicodeScalar(b)) : "•") : "•"
                atWordStart = false
            } else {
                out += String(UnicodeScalar(b))
                atWordStart = true
            }
        }
        return out
    }
}
