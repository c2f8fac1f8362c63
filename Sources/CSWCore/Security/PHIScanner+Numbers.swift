/// Numbers told by their shape: social security numbers (123-45-6789, 123.45.6789,
/// 123 45 6789), phone and fax numbers (North American in all common writings, and
/// international ones after "+"), IP addresses, and bare numbers that a label close by names.
extension PHIScanner {
    /// Groups of digits from token k joined by one separator each ("-", ".", "/", a space,
    /// or ")" after "("): the length of each group, the separators, and the last token of each group.
    struct Groups {
        var lens: [Int] = []
        var seps: [UInt8] = []
        var ends: [Int] = []
    }

    func groups(_ t: PHIText, _ k: Int, max: Int = 5) -> Groups {
        var g = Groups()
        var j = k
        while t.isNumber(j) && g.lens.count < max {
            g.lens.append(t.len(j))
            g.ends.append(j)
            if let sep = t.punct(j + 1), t.isNumber(j + 2), !t.toks[j + 2].newline {
                let tight = t.tight(j + 1) && t.tight(j + 2)
                let loose = sep == 45 && t.spaced(j + 1) && t.spaced(j + 2)  // "555 - 0192": code 1
                guard (tight && (sep == 45 || sep == 46 || sep == 47)) || (sep == 41 && t.tight(j + 1)) || loose else { break }
                g.seps.append(loose ? 1 : sep)
                j += 2
            } else if t.isPunct(j + 1, 41), t.isPunct(j + 2, 45), t.isNumber(j + 3), t.tight(j + 1), t.tight(j + 2), t.tight(j + 3) {
                g.seps.append(41)  // "(312)-555-0187"
                j += 3
            } else if t.isNumber(j + 1), t.spaced(j + 1), !t.toks[j + 1].newline,
                      t.b[Int(t.toks[j + 1].start) - 1] == 32, Int(t.toks[j + 1].start - t.toks[j].end) == 1 {
                g.seps.append(32)  // one space
                j += 1
            } else {
                break
            }
        }
        return g
    }

    /// The shape of the run of digits at token k: SSN, phone or fax, IP; nil when it is none
    /// of these or when context says it is the business's.
    func numberShape(_ t: PHIText, _ k: Int, inSignature: Bool) -> Found? {
        // part of a longer token ("v2.3", "INC-20655", "A7731902"), or right after a digit run
        if k > 0, t.tight(k), let p = t.punct(k - 1), p != 40, p != 58, p != 35, p != 61, p != 34, p != 39, p != 47, p != 44, p != 124 { return nil }
        if k > 0, t.isPunct(k - 1, 43) { return nil }  // "+…": international()
        // "0044 20 7946 0321": the international prefix written as digits
        if t.len(k) == 4, t.value(k) < 100, t.value(k) > 0, !t.tight(k) || t.punct(k - 1) != nil, let f = international(t, k - 1, inSignature: inSignature, prefixed: false) { return f }
        // one digit at a time: "3 1 7 - 2 2 - 6 0 4 8", "8 0 1, 5 5 5, 0 1 4 8"
        if t.len(k) == 1, !t.isNumber(k - 1) || !t.spaced(k), let f = digitByDigit(t, k, inSignature: inSignature) { return f }
        // the rest of a number seen before: "(800) 555-0199" is one number, not "555-0199"
        if t.isPunct(k - 1, 41), t.isNumber(k - 2), t.isPunct(k - 3, 40) { return nil }
        // most numbers stand alone ("3 sites", "2025"): no groups to gather
        if !t.isNumber(k + 1) && !(t.punct(k + 1) != nil && t.isNumber(k + 2)) && !t.isPunct(k + 1, 41) && t.len(k) != 10 && t.len(k) != 11 { return nil }
        // "Ticket 312 555 0187", "INC 123-45-6789", "PO# 212-555-0187": a business's number in a patient's shape
        if businessNumberLabel(t, k), patientDistance(t, k, before: 12, strong: true) == 99 { return nil }
        let g = groups(t, k)
        let openParen = t.isPunct(k - 1, 40) && t.tight(k)
        // the longest pattern that matches the first groups
        for n in stride(from: g.lens.count, through: 1, by: -1) {
            let lens = Array(g.lens[0..<n]), seps = Array(g.seps[0..<(n - 1)])
            // a longer run joined tightly is something else (a part number, a date-time)
            if n < g.lens.count, g.seps[n - 1] != 32 { continue }
            let to = g.ends[n - 1]
            if n == g.lens.count, t.tight(to + 1), t.isWord(to + 1) || t.isPunct(to + 1, 45) || t.isPunct(to + 1, 37), !extensionAt(t, to + 1) { continue }
            if lens == [3, 2, 4], seps[0] == seps[1], seps[0] == 45 || seps[0] == 46 || seps[0] == 32 || seps[0] == 1 {
                // "287 65 4321" spaced, with no SSN or patient word before it, is some other code
                if seps[0] == 32, t.near(k, before: 6, after: 0, Self.notSSNWords)
                    || !t.near(k, before: 8, after: 12, Self.ssnWords) && patientDistance(t, k, before: 12) == 99 { continue }
                if seps[0] == 1, !t.near(k, before: 6, after: 0, Self.ssnWords) { continue }
                guard validSSN(t, k, to) else { return nil }
                return Found(kind: .ssn, from: k, to: to)
            }
            // "pls call Mrs. Abiodun back re: her med list — 555-0133": farther with a patient's health beside it;
            // "you can get me at 555-…": someone's own number
            let phoneWordNear = (t.is(k - 1, "at") && t.is(k - 2, "me")) || t.near(k, before: 8, after: 0, Self.phoneWords) || t.near(k, before: 8, after: 0, Self.faxWords)
                || t.near(k, before: 16, after: 0, Self.voiceWords) && (personalHealth(t, k) || patientDistance(t, k, before: 16, strong: true) < 99)
            let phone: Bool
            switch (lens, seps) {
            case ([3, 3, 4], _) where seps[0] == seps[1] && (seps[0] == 45 || seps[0] == 46 || seps[0] == 32): phone = true
            case ([3, 3, 4], [47, 45]), ([3, 3, 4], [47, 47]), ([3, 3, 4], [32, 45]): phone = true
            case ([3, 3, 4], [1, 1]): phone = phoneWordNear
            case ([3, 3, 4], [41, 45]), ([3, 3, 4], [41, 46]), ([3, 3, 4], [41, 32]), ([3, 7], [41]): phone = openParen
            case ([3, 3, 4], [41, 1]): phone = openParen && phoneWordNear
            case ([1, 3, 3, 4], _) where t.value(k) == 1 && seps[1] == seps[2] && seps[1] != 47: phone = true
            case ([3, 7], [45]), ([3, 7], [32]), ([3, 4], [45]), ([3, 4], [46]), ([3, 4], [32]): phone = phoneWordNear
            case ([10], _), ([11], _) where lens[0] == 10 || t.firstByte(k) == 49: phone = phoneWordNear
            default:
                // a national number abroad: "0161 496 0732", "0049 30 55501234" (with a phone word before it)
                let digits = lens.reduce(0, +)
                // "0701-555 0142" beside the patient's relative
                phone = n == g.lens.count && n >= 2 && t.firstByte(k) == 48 && digits >= 10 && digits <= 15 && seps.allSatisfy({ $0 == 32 || $0 == 45 })
                    && (phoneWordNear || patientDistance(t, k, before: 24, strong: true) < 99)
                    || n == 1 && lens[0] == 11 && t.firstByte(k) == 48 && phoneWordNear  // "mobile: 07700900144"
            }
            if phone {
                let from = openParen ? k - 1 : k
                return contact(t, from, to, inSignature: inSignature, northAmerican: t.firstByte(k) != 48)
            }
            if lens.count == 4, seps.allSatisfy({ $0 == 46 }), lens.allSatisfy({ $0 <= 3 }) {
                return ip(t, k, to, g)
            }
        }
        return nil
    }

    /// A business number's label right before token k: "ticket", "INC", "PO #", "order no.", "invoice:".
    func businessNumberLabel(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        if t.isPunct(j, 40) { j -= 1 }
        while j > k - 5, j >= 0, !t.toks[j + 1].newline, t.punct(j) == 35 || t.punct(j) == 58 || t.punct(j) == 46 || t.in(j, Self.idWords) || t.in(j, Self.exampleWords) { j -= 1 }
        return t.in(j, Self.businessNumberWords)
    }

    /// A phone-shaped number at from...to: a fax number after a fax word, nil when it is the business's.
    func contact(_ t: PHIText, _ from: Int, _ to: Int, inSignature: Bool, northAmerican: Bool = false) -> Found? {
        // a fax word closer before than a voice word ("Please fax … to her daughter at …"), or right after ("…, the patient's home fax")
        // (not a fax word that labels the next number: "Home 555-0112 / Fax 555-0113")
        let fax = t.nearest(from, before: 20, after: 0, Self.faxWords)
            ?? t.nearest(to, before: 0, after: 8, Self.faxWords).flatMap { d in (1...3).contains { t.isNumber(to + d + $0) } ? nil : d + 20 }
        let phoneWord = t.nearest(from, before: 20, after: 0, Self.voiceWords)
        guard !placeholder(t, from, to, northAmerican: northAmerican), patientContact(t, from, to, inSignature: inSignature) else { return nil }
        // a toll-free number (1-866-…, (800) …) is a business's unless a patient is named beside it
        var a = from
        while a <= to, !t.isNumber(a) { a += 1 }
        if a <= to, t.len(a) == 1, t.value(a) == 1, let n = (a + 1...to).first(where: { t.isNumber($0) }) { a = n }
        if a <= to, t.isNumber(a), t.len(a) == 3 || t.len(a) == 10, t.firstByte(a) == 56, [0, 33, 44, 55, 66, 77, 88].contains(t.value(a) / (t.len(a) == 3 ? 1 : 10_000_000) - 800),
           patientDistance(t, from, before: 12, strong: true) == 99, patientDistance(t, to, after: 8, strong: true) == 99 { return nil }
        // "Sandra Lee, sandra.lee@stbrigid.example.org, 608-555-0147": beside a staff address
        if !t.near(from, before: 12, after: 0, Self.patientWords), patientDistance(t, from, before: 40, strong: true) == 99, let at = (max(0, from - 12)..<from).last(where: { t.isPunct($0, 64) }),
           !t.in(at + 1, Self.freeMail), !t.toks[(at + 1)...from].contains(where: \.newline) { return nil }
        // "F: 919-555-0161" on a form
        let faxLetter = t.isPunct(from - 1, 58) && t.is(from - 2, "f") && t.tight(from - 1)
        if faxLetter || fax.map({ $0 < (phoneWord ?? Int.max) }) == true { return Found(kind: .fax, from: from, to: to) }
        return Found(kind: .phone, from: from, to: to)
    }

    /// An international number: "+" and 8 to 15 digits in groups ("+46 (0)8 713 315 09",
    /// "+447700 863794", "+1-602-555-0174").
    func international(_ t: PHIText, _ k: Int, inSignature: Bool, prefixed: Bool = true) -> Found? {
        guard t.isNumber(k + 1), t.tight(k + 1) || !prefixed else { return nil }
        // "6.4.1+20261202.0815": a build number's metadata, not a phone number
        if prefixed, t.tight(k), t.isNumber(k - 1) || t.isWord(k - 1) { return nil }
        var j = k + 1
        var digits = 0
        var last = k
        while j < t.count && !t.toks[j].newline {
            if t.isNumber(j) {
                if j > k + 1 && t.spaced(j) && !(t.isNumber(j - 1) || t.isPunct(j - 1, 41)) && !t.tight(j - 1) { break }
                digits += t.len(j)
                if digits > 17 { return nil }  // too long for a phone number (and bounded: "0044 0044 0044 …")
                last = j
                j += 1
                continue
            }
            guard let p = t.punct(j), p == 45 || p == 46 || p == 40 || p == 41, t.isNumber(j + 1) else { break }
            j += 1
        }
        guard digits >= 8 + (prefixed ? 0 : 4) && digits <= 15 + (prefixed ? 0 : 2), !(t.tight(last + 1) && (t.isWord(last + 1) || t.isPunct(last + 1, 37))) else { return nil }
        return contact(t, prefixed ? k : k + 1, last, inSignature: inSignature)
    }

    /// "x204", "ext", "x": an extension glued to a phone number.
    func extensionAt(_ t: PHIText, _ k: Int) -> Bool {
        guard t.isWord(k) else { return false }
        if t.in(k, Self.phoneSuffixes) { return true }
        return t.firstByte(k) | 0x20 == 120 && t.digits(k) == t.len(k) - 1
    }

    /// A phone or social security number read out in words: "eight one seven, five five five, zero one three nine".
    func spelledNumber(_ t: PHIText, _ k: Int, inSignature: Bool) -> Found? {
        guard t.in(k, Self.digitWords), !t.in(k - 1, Self.digitWords) else { return nil }
        var j = k, last = k, count = 0
        while j < t.count, count < 12, !t.toks[j].newline {
            if t.in(j, Self.digitWords) {
                count += 1
                last = j
            } else if !(t.isPunct(j, 44) || t.isPunct(j, 45) || t.is(j, "dash") || t.is(j, "hyphen")) {
                break
            }
            j += 1
        }
        if count == 9, t.near(k, before: 8, after: 0, Self.ssnWords) { return Found(kind: .ssn, from: k, to: last) }
        // "her chart number is seven seven, zero one, nine nine two", "the medical record number is …, zero zero seven …"
        if (6...10).contains(count), t.near(k, before: 10, after: 0, Self.mrnLabels) || t.near(k, before: 10, after: 0, Self.recordWords)
            || t.near(k, before: 4, after: 0, Self.patientIDLabels) && t.near(k, before: 4, after: 0, Self.idWords) {
            return Found(kind: .mrn, from: k, to: last)
        }
        // a local number said without its area code: "pt's husband: five five five — zero one six one"
        guard count == 10 || count == 11 || count == 7 && (t.near(k, before: 8, after: 0, Self.phoneWords) || patientDistance(t, k, before: 12) < 99
                                                             || t.is(k - 1, "at") && t.is(k - 2, "me")) else { return nil }
        return contact(t, k, last, inSignature: inSignature)
    }

    static let digitWords = PHIWords(["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])

    /// Four dotted groups up to 255: an IP address unless it is a version number or a host of
    /// the customer's own network (server, interface engine, VPN, workstation …).
    func ip(_ t: PHIText, _ k: Int, _ to: Int, _ g: Groups) -> Found? {
        var j = k
        while j <= to {
            if t.value(j) > 255 { return nil }
            j += 2
        }
        if t.in(k - 1, Self.versionWords) || t.isWord(k - 1) && t.tight(k) { return nil }
        if t.isPunct(to + 1, 46), t.isNumber(to + 2), t.tight(to + 2) { return nil }
        // a private or loopback address (10.x, 172.16–31.x, 192.168.x, 127.x) names no one: every home network has one
        let a = t.value(k), b = t.value(k + 2)
        if a == 10 || a == 127 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) || (a == 169 && b == 254) { return nil }
        return patientIP(t, k, to)
    }

    /// An IP address is patient data when it is the patient's (a portal login from home), not
    /// a host of the customer's: a patient word closer than a host word.
    func patientIP(_ t: PHIText, _ k: Int, _ to: Int) -> Found? {
        guard let p = t.nearest(k, before: 10, after: 0, Self.patientIPWords) ?? t.nearest(to, before: 0, after: 6, Self.patientIPWords) else { return nil }
        var h = t.nearest(k, before: 6, after: 0, Self.hostWords) ?? t.nearest(to, before: 0, after: 4, Self.hostWords) ?? 99
        // "the patient's home gateway at …", "patient endpoint …": the patient's own device, not a host of the customer's
        if h < 99, let hw = (max(0, k - 6)..<k).last(where: { t.in($0, Self.hostWords) }), t.near(hw, before: 2, after: 0, Self.patientIPWords) { h = 99 }
        return p < h ? Found(kind: .ip, from: k, to: to) : nil
    }

    /// An IPv6 address at token k ("2600:1700:3e20:8a0::1f"): hex groups joined by ":", three
    /// colons or more (or "::"), so not a time of day.
    func ipv6(_ t: PHIText, _ k: Int) -> Found? {
        guard t.isPunct(k + 1, 58), t.tight(k + 1), t.tight(k + 2), !t.isPunct(k + 2, 47), k == 0 || t.spaced(k) || t.punct(k - 1) != nil else { return nil }
        var i = Int(t.toks[k].start), colons = 0, group = 0, double = false
        while i < t.b.count {
            let c = t.b[i]
            if c == 58 {
                if i > 0 && t.b[i - 1] == 58 { double = true }
                colons += 1
                group = 0
            } else if PHIText.isDigit(c) || (c | 0x20 >= 97 && c | 0x20 <= 102) {
                group += 1
                if group > 4 { return nil }
            } else {
                break
            }
            i += 1
        }
        guard colons >= 3 || (double && colons >= 2), t.b[i - 1] != 58 || double else { return nil }
        var last = k
        while last + 1 < t.count && Int(t.toks[last + 1].end) <= i { last += 1 }
        return patientIP(t, k, last)
    }

    /// A bare number that words near it name: nine digits with "SSN", eight digits
    /// yyyymmdd with "date of birth"/"DOB" near, six or more digits after "MRN".
    func labelledNumber(_ t: PHIText, _ k: Int) -> Found? {
        let len = t.len(k)
        guard len >= 6, !t.isNumber(k + 1) else { return nil }
        if k > 0, t.tight(k), t.punct(k - 1) == nil { return nil }
        if len == 9, t.near(k, before: 4, after: 3, Self.ssnWords) { return Found(kind: .ssn, from: k, to: k) }
        if len == 8, t.firstByte(k) == 49 || t.firstByte(k) == 50, t.near(k, before: 5, after: 5, Self.birthWords) { return Found(kind: .dob, from: k, to: k) }
        if t.near(k, before: 8, after: 0, Self.mrnWords) && !t.near(k, before: 3, after: 0, Self.businessNumberWords) { return Found(kind: .mrn, from: k, to: k) }
        // "E# 7730128 (Epic MRN)": the label in parentheses after the number
        if t.isPunct(k + 1, 40), let close = (k + 3...k + 5).first(where: { t.isPunct($0, 41) }), t.in(close - 1, Self.mrnWords),
           (k + 2..<close).allSatisfy({ t.isWord($0) }), !businessNumberLabel(t, k) {
            return Found(kind: .mrn, from: k, to: k)
        }
        // "5512093 | MEYER, LOTTE | 1936-08-19": an unlabelled record number in a row with a birth date
        if len <= 10, t.isPunct(k + 1, 124) || t.isPunct(k + 1, 44), !t.near(k, before: 4, after: 0, Self.businessNumberWords) {
            var j = k + 2
            while j < k + 12, j < t.count, !t.toks[j].newline {
                if t.isNumber(j), t.len(j) == 4 || t.len(j) == 8, bareDate(t, j)?.kind == .dob { return Found(kind: .mrn, from: k, to: k) }
                j += 1
            }
        }
        return nil
    }

    static let phoneWords = PHIWords(["telefono", "teléfono", "celular", "movil", "móvil", "téléphone", "portable", "handy", "telefon", "cellulare",
                                      "phone", "phone#", "tel", "telephone", "cell", "cellphone", "mobile", "callback", "call", "called", "contact",
                                      "number", "fax", "facsimile", "pager", "home", "text", "texted", "reached", "reach", "voicemail", "ph", "mob", "landline",
                                      "line", "faxes", "whatsapp", "sms", "texting", "texts", "txt", "calling", "calls", "vm", "vms"])
    static let voiceWords = PHIWords(["ph", "telefono", "teléfono", "celular", "movil", "móvil", "téléphone", "handy", "phone", "tel", "telephone", "cell", "mobile", "callback", "call", "called", "text", "reached", "voicemail", "pager", "texting", "calling", "calls", "vm", "vms"])
    static let phoneSuffixes = PHIWords(["x", "ext"])
    static let exampleWords = PHIWords(["like", "such", "as", "e", "g", "eg"])
    static let notSSNWords = PHIWords(["version", "release", "build", "between", "of", "and", "page", "pages"])
    static let versionWords = PHIWords(["v", "version", "release", "build", "ver", "firmware", "rev"])
    static let patientIPWords = PHIWords(["patient", "patient's", "pt", "pt's", "patients'", "home", "portal", "family", "caregiver", "mychart",
                                          "residential", "personal", "her", "his", "daughter", "son", "wife", "husband", "app"])
    static let hostWords = PHIWords(["internal", "svc", "server", "servers", "host", "interface", "engine", "vpn", "firewall", "dns", "gateway", "subnet", "listener",
                                     "admin", "nat", "office", "staff",
                                     "node", "workstation", "printer", "router", "peer", "egress", "our", "network", "pacs", "proxy", "endpoint"])
    static let ssnWords = PHIWords(["ssn", "ssns", "social", "ss", "ss#"])
    static let birthWords = PHIWords(["dob", "birth", "birthdate", "birthday", "born"])
    static let mrnWords = PHIWords(["mrn", "mrns", "mrn#"])
    static let businessNumberWords = PHIWords(["ticket", "tickets", "case", "incident", "inc", "invoice", "inv", "po", "order", "ref", "reference", "confirmation",
                                               "tracking", "shipment", "sku", "part", "model", "license", "ticket#", "po#", "quote#", "invoice#", "contract", "quote", "sow", "opportunity",
                                               "version", "release", "build", "sr", "req", "change", "chg", "jira", "bug", "defect"])
}
