/// Email addresses (also written "jdoe at gmail dot com", "jdoe [at] gmail [dot] com") and
/// URLs whose path or query names a patient, record, member or chart with digits.
extension PHIScanner {
    /// local@domain.tld around the "@" at token k; the customer's staff (context) are left out.
    func email(_ t: PHIText, _ k: Int, anyDomain: Bool = false, patientOnLine: Bool = false) -> Found? {
        guard k > 0, k + 1 < t.count, t.tight(k), t.tight(k + 1), t.punct(k - 1) == nil, t.punct(k + 1) == nil else { return nil }
        var from = k - 1
        while from > 1, t.tight(from), let p = t.punct(from - 1), p == 46 || p == 95 || p == 45 || p == 43, t.tight(from - 1), t.punct(from - 2) == nil {
            from -= 2
        }
        var to = k + 1, dots = 0
        while let p = t.punct(to + 1), p == 46 || p == 45, t.tight(to + 1), t.tight(to + 2), to + 2 < t.count, t.punct(to + 2) == nil {
            if p == 46 { dots += 1 }
            to += 2
        }
        guard dots >= 1 else { return nil }
        return anyDomain ? Found(kind: .email, from: from, to: to) : mailbox(t, from, to, domainAt: k + 1, patientOnLine: patientOnLine)
    }

    /// A found address: a free-mail one (gmail, outlook …) always counts; an organisation's
    /// only with a patient close by (the customer's staff write from theirs).
    func mailbox(_ t: PHIText, _ from: Int, _ to: Int, domainAt d: Int, patientOnLine: Bool = false) -> Found? {
        if t.in(d, Self.freeMail) { return Found(kind: .email, from: from, to: to) }
        // the mailbox's own words: "d.ferreira.personal@", "patient.mom+alerts@" are a person's; "cm-leads@", "it-support@",
        // "nurse.manager@" a team's or a role's
        // a "+tag" is the owner's own filing label ("pilar.etx+hospital@"): the words before it say whose mailbox it is
        let tag = (from..<d).first { t.isPunct($0, 43) } ?? d
        let local = (from..<tag).filter { t.isWord($0) }
        if local.contains(where: { t.in($0, Self.personalMailboxWords) }) { return Found(kind: .email, from: from, to: to) }
        if local.contains(where: { t.in($0, Self.teamMailboxWords) || t.in($0, Self.roles) || t.in($0, Self.businessWords) && t.len($0) > 2 }) { return nil }
        // "Dr. Lee emailed the patient from lee@…": the mailbox of a colleague named on the line
        if colleagueMailbox(t, local, before: from) { return nil }
        let patient = t.near(from, before: 12, after: 0, Self.patientWords) || t.near(to, before: 0, after: 8, Self.patientWords)
            || patientDistance(t, from, before: 40, strong: true) < 99 || patientOnLine || personalHealth(t, from) || patientSigned(t, from)
            // {"telecom":[{"system":"email","value":"…"}, …]} in the Patient resource
            || t.near(from, before: 24, after: 0, Self.telecomWords) && (patientDistance(t, to, after: 48) < 99 || patientDistance(t, from, before: 48) < 99)
        // "forwarded her own results from …": a person's own address
        if let own = (max(0, from - 10)..<from).last(where: { t.is($0, "own") }), t.in(own - 1, Self.personalPossessives),
           !t.toks[(own + 1)...from].contains(where: \.newline) { return Found(kind: .email, from: from, to: to) }
        // on the line of a patient's name, an address with no staff word before it
        // ("DOB 04/22/1966, the email on the account is …": "account" there is the patient's)
        if patientOnLine, businessDistance(t, from, before: 6) == 99 || !t.near(from, before: 6, after: 0, Self.roles) && !t.near(from, before: 6, after: 0, Self.titles) {
            return Found(kind: .email, from: from, to: to)
        }
        guard patient, patientContact(t, from, to, inSignature: false) else { return nil }
        return Found(kind: .email, from: from, to: to)
    }

    /// Whether a word of the mailbox `local` (three letters or more) is the surname of a
    /// colleague named up to 30 tokens before: after "Dr." or a role word.
    func colleagueMailbox(_ t: PHIText, _ local: [Int], before k: Int) -> Bool {
        var j = k - 1
        while j > 0, j > k - 30, !t.toks[j + 1].newline {
            if t.isCap(j), t.len(j) >= 3, t.len(j) <= 30, t.is(j - 1, "dr") || t.isPunct(j - 1, 46) && t.is(j - 2, "dr") || t.in(j - 1, Self.roles) {
                let name = Int(t.toks[j].start), n = t.len(j)
                for w in local where t.len(w) >= n && t.len(w) <= 64 {
                    let part = Int(t.toks[w].start)
                    // the surname inside the mailbox's word, compared without case and without copying
                    if (0...(t.len(w) - n)).contains(where: { i in (0..<n).allSatisfy { t.b[part + i + $0] | 0x20 == t.b[name + $0] | 0x20 } }) { return true }
                }
            }
            j -= 1
        }
        return false
    }

    /// "jdoe at gmail dot com", "jdoe [at] gmail [dot] com", "jdoe(at)gmail(dot)com",
    /// "jdoe at gmail.com" (free-mail domains only): at the word "at" (token k).
    func spelledEmail(_ t: PHIText, _ k: Int) -> Found? {
        guard t.is(k, "at"), k > 0 else { return nil }
        if t.isPunct(k - 1, 44) && t.isPunct(k + 1, 44) { return readAloudEmail(t, k) }
        let bracket = t.isPunct(k - 1, 91) || t.isPunct(k - 1, 40)
        var from = bracket ? k - 2 : k - 1
        guard from >= 0, t.punct(from) == nil else { return nil }
        let localEnd = from
        var spelledLocal = false
        // "jane.roe", "k-a-y-l-a underscore m": the local part, its separators typed or said
        while from > 1, localEnd - from < 32 {
            if t.tight(from), let p = t.punct(from - 1), p == 46 || p == 95 || p == 45, t.tight(from - 1), t.punct(from - 2) == nil {
                from -= 2
            } else if t.in(from - 1, Self.dotWords), !t.in(from - 2, Self.dotWords), t.isWord(from - 2), !t.toks[from].newline, !t.toks[from - 1].newline {
                spelledLocal = true
                from -= 2
            } else {
                break
            }
        }
        var j = bracket ? k + 2 : k + 1
        guard t.isWord(j) else { return nil }
        let domain = j
        var spelled = bracket || spelledLocal, dots = 0
        while j + 1 < t.count {
            // "dot" / "[dot]" / "(dot)" / "."
            var n = j + 1
            if t.isPunct(n, 46), t.tight(n) {
                n += 1
            } else if t.is(n, "dot") {
                spelled = true
                n += 1
            } else if (t.isPunct(n, 91) || t.isPunct(n, 40)), t.is(n + 1, "dot"), t.isPunct(n + 2, 93) || t.isPunct(n + 2, 41) {
                spelled = true
                n += 3
            } else {
                break
            }
            guard t.isWord(n) else { break }
            dots += 1
            j = n
        }
        guard dots >= 1, t.in(j, Self.topLevelDomains) else { return nil }
        // "hosted at epic.com": a plain "at" before a dotted domain counts only for free mail and a local part that looks like one
        if !spelled && !(t.in(domain, Self.freeMail) && (from < localEnd || t.digits(localEnd) > 0)) { return nil }
        if t.in(localEnd, Self.notMailboxes) && from == localEnd { return nil }
        // a patient on a recording spells an address out; a team's spelt out on a wiki ("CS shared inbox: cs-emea at …") is the business's
        if spelled {
            let local = (from...localEnd).filter { t.isWord($0) }
            if local.contains(where: { t.in($0, Self.teamMailboxWords) || t.in($0, Self.roles) }) { return nil }
            return patientContact(t, from, j, inSignature: false) ? Found(kind: .email, from: from, to: j) : nil
        }
        return mailbox(t, from, j, domainAt: domain)
    }

    /// An address read out word by word: "s, period, obrien, at, example, period, net" (at "at", token k).
    func readAloudEmail(_ t: PHIText, _ k: Int) -> Found? {
        /// The word one step away from j (direction d), past a comma.
        func step(_ j: Int, _ d: Int) -> Int? {
            var n = j + d
            if t.isPunct(n, 44) { n += d }
            return t.isWord(n) && !t.toks[d > 0 ? n : j].newline ? n : nil
        }
        guard let localEnd = step(k, -1), !t.in(localEnd, Self.dotWords), let domain = step(k, 1) else { return nil }
        var from = localEnd
        while let dot = step(from, -1), t.in(dot, Self.dotWords), let w = step(dot, -1), !t.in(w, Self.dotWords) { from = w }
        var to = domain, dots = 0
        while let dot = step(to, 1), t.in(dot, Self.dotWords), let w = step(dot, 1), !t.in(w, Self.dotWords) { to = w; dots += 1 }
        guard dots >= 1, t.in(to, Self.topLevelDomains) else { return nil }
        return Found(kind: .email, from: from, to: to)
    }

    static let telecomWords = PHIWords(["telecom"])
    static let dotWords = PHIWords(["dot", "period", "point", "underscore", "dash", "hyphen"])

    /// "https://…": identifying when a path segment or parameter names a patient, record,
    /// member or chart and carries digits. (Its host is the customer's server, not patient data.)
    func url(_ t: PHIText, _ k: Int) -> Found? {
        // scheme://… (http, https, ehr, …) or a bare path: "GET /api/v2/patients/7712094/scores"
        let scheme = t.isWord(k) && t.isPunct(k + 1, 58) && t.isPunct(k + 2, 47) && t.isPunct(k + 3, 47) && t.tight(k + 1)
        let path = t.isPunct(k, 47) && t.spaced(k) && t.isWord(k + 1) && t.tight(k + 1) && t.isPunct(k + 2, 47) && t.tight(k + 2)
        guard scheme || path else { return nil }
        var j = k
        while j + 1 < t.count, t.tight(j + 1) {
            if let p = t.punct(j + 1), p == 41 || p == 93 || p == 62 || p == 34 || p == 39 || p == 44 { break }  // ) ] > " ' ,
            j += 1
        }
        if t.isPunct(j, 46) { j -= 1 }  // a trailing full stop
        let lowered = String(decoding: t.b[Int(t.toks[k].start)..<Int(t.toks[j].end)], as: UTF8.self).lowercased()
        var identifying = false
        for marker in Self.urlMarkers where !identifying {
            var rest = lowered[...]
            while let r = rest.firstRange(of: marker) {
                defer { rest = rest[r.upperBound...] }
                // the marker starts a path segment or a parameter
                guard r.lowerBound > rest.startIndex, "/?&.".contains(rest[rest.index(before: r.lowerBound)]) else { continue }
                let after = rest[r.upperBound...].drop(while: { $0.isLetter || $0 == "_" })
                // ".../MRN00519384": the identifier glued to its marker
                if let f = after.first, f.isNumber, after.prefix(while: \.isNumber).count >= 5 { identifying = true }
                // ".../patient?id=5509182"
                if after.hasPrefix("?"), let eq = after.firstIndex(of: "="),
                   after[after.index(after: eq)...].prefix(while: { $0 != "&" && $0 != "#" }).contains(where: \.isNumber) { identifying = true }
                if let f = after.first, f == "/" || f == "=" {
                    let value = after.dropFirst().prefix(while: { $0 != "/" && $0 != "&" && $0 != "?" && $0 != "#" })
                    if value.contains(where: \.isNumber) { identifying = true }
                }
            }
        }
        guard identifying else { return nil }
        return Found(kind: .url, from: k, to: j)
    }

    static let personalMailboxWords = PHIWords(["personal", "home", "family", "mom", "dad", "mama", "papa", "patient", "pt", "mother", "father",
                                                "daughter", "son", "wife", "husband", "grandma", "grandpa", "nana", "private"])
    static let teamMailboxWords = PHIWords(["cs", "csm", "leads", "lead", "team", "support", "help", "helpdesk", "servicedesk", "admin", "info", "noreply",
                                            "no-reply", "ops", "office", "it", "desk", "group", "dept", "billing", "ap", "ar", "sales", "security",
                                            "privacy", "compliance", "staff", "managers", "committee", "list", "notifications", "interfaces"])
    static let urlMarkers = ["patient", "mrn", "member", "record", "chart", "subject", "encounter", "person", "pid", "pt", "mrns", "fin", "csn",
                             "visit", "account", "acct", "har", "dob", "ssn"]
    static let freeMail = PHIWords(["gmail", "googlemail", "yahoo", "hotmail", "outlook", "aol", "icloud", "me", "mac", "live", "msn", "comcast",
                                    "verizon", "att", "sbcglobal", "bellsouth", "protonmail", "proton", "gmx", "mail", "ymail", "rocketmail",
                                    "charter", "cox", "earthlink", "optonline", "frontier", "windstream", "juno", "zoho", "fastmail"])
    static let topLevelDomains = PHIWords(["com", "org", "net", "edu", "gov", "us", "io", "co", "uk", "ca", "info", "biz", "me", "health", "example",
                                           "de", "fr", "au", "in", "mil", "nl", "se", "ie", "nz", "it", "es", "ch", "be", "dk", "no", "fi", "jp",
                                           "br", "mx", "pl", "pt", "net.", "ai", "app"])
    static let notMailboxes = PHIWords(["is", "are", "was", "were", "be", "live", "lives", "located", "hosted", "available", "posted", "found",
                                        "online", "site", "website", "page", "portal", "login", "us", "them", "me", "him", "her", "it", "look", "here"])
}
