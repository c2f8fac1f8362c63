/// Identifiers led by a label: SSN, MRN (MRN-959310, MR2351161, M R N 00482913, Chart #),
/// health-plan member, account (encounter, visit, FIN, HAR), device serials; email
/// addresses (also spelled "x at y dot com") and URLs that carry a patient id. The hit
/// covers the identifier, never the label.
extension PHIScanner {
    /// The first token after `start` (past ":", "#", "no", "number", "is" …) within n tokens
    /// where `ok` finds an identifier: (first, last) token of it.
    func valueAfter(_ t: PHIText, _ start: Int, within n: Int, _ ok: (Int) -> Int?) -> (Int, Int)? {
        var j = start
        var seen = 0
        while j < t.count && seen < n && j < start + 3 * n {
            if j > start, t.toks[j].newline { return nil }
            if let end = ok(j) { return (j, end) }
            // "Medical record number for Mr. Osei-Bonsu is 1188-204-7": whose it is, between the label and the value
            if t.is(j, "for"), let person = personAfterFor(t, j), t.is(person + 1, "is") || t.isPunct(person + 1, 58) {
                j = person + 1
                continue
            }
            if let p = t.punct(j) {
                // JSON's and XML's own punctuation does not count: "MRN"},"value":"7712093"
                if p == 34 || p == 123 || p == 125 || p == 91 || p == 93 || p == 62 { j += 1; continue }
                guard p == 58 || p == 35 || p == 46 || p == 45 || p == 40 || p == 41 || p == 61 || p == 44 || p == 47 || p == 39 else { return nil }
            } else if !(t.in(j, Self.labelSkips) || (t.len(j) <= 5 && t.isUpper(j) && t.digits(j) == 0 && !t.in(j, Self.otherIDLabels))) {
                // a short label in capitals ("UHC", "HAR", "A/N") may stand between the keyword and the value
                return nil
            }
            j += 1
            seen += 1
        }
        return nil
    }

    /// The last token of a person named after "for" at token j: a title ("Mr.", "Ms") and a
    /// surname, or two or three capitalised words, double-barrelled names included.
    func personAfterFor(_ t: PHIText, _ j: Int) -> Int? {
        var n = j + 1
        if t.in(n, Self.titles) { n += t.isPunct(n + 1, 46) ? 2 : 1 }
        guard t.isCap(n), !t.in(n, Self.nonNames), !t.in(n, Self.businessWords) else { return nil }
        var end = nameEnd(t, n), words = 1
        while words < 3, t.isCap(end + 1), t.spaced(end + 1), !t.in(end + 1, Self.nonNames) {
            end = nameEnd(t, end + 1)
            words += 1
        }
        return n > j + 1 || words >= 2 ? end : nil
    }

    /// An identifier token run at j: letters and digits joined by "-" (no spaces), with at
    /// least `digits` digits: its last token.
    func identifier(_ t: PHIText, _ j: Int, digits: Int, minLength: Int = 0) -> Int? {
        guard j < t.count, t.punct(j) == nil else { return nil }
        var end = j, count = 0, length = 0
        var m = j
        while m < t.count {
            if let p = t.punct(m) {
                guard p == 45 || p == 46 || p == 47 && t.isWord(m + 1) != t.isWord(m - 1), t.tight(m), t.tight(m + 1), m + 1 < t.count, t.punct(m + 1) == nil else { break }
                if p == 46 && !(t.isNumber(m - 1) && t.isNumber(m + 1)) { break }
                m += 1
                continue
            }
            if m > j && t.spaced(m) { break }
            count += t.digits(m)
            length += t.len(m)
            end = m
            m += 1
        }
        return count >= digits && length >= minLength ? end : nil
    }

    /// Label-led identifiers and dates at word k.
    func keyword(_ t: PHIText, _ k: Int, _ found: inout [Found]) -> Found? {
        guard t.in(k, Self.keywordStarts) else {
            // MR2351161: the label glued to the number
            if t.len(k) >= 7, t.digits(k) >= 5, t.isWord(k) {
                let c0 = t.b[Int(t.toks[k].start)] | 0x20, c1 = t.b[Int(t.toks[k].start) + 1] | 0x20
                if c0 == 109 && c1 == 114, t.digits(k) == t.len(k) - 2 || (t.digits(k) == t.len(k) - 3 && (t.b[Int(t.toks[k].start) + 2] | 0x20) == 110) {
                    return Found(kind: .mrn, from: k, to: k)
                }
            }
            return nil
        }
        if let f = dateKeyword(t, k) { return f }
        func value(_ kind: Kind, after start: Int, within n: Int = 5, digits: Int, minLength: Int = 0) -> Found? {
            guard let (from, to) = valueAfter(t, start, within: n, { j in identifier(t, j, digits: digits, minLength: minLength) }) else { return nil }
            // "chart number MRN-7789014": the label glued on is not the identifier
            if t.in(from, Self.mrnLabels) || t.in(from, Self.ssnWords), t.isPunct(from + 1, 45), from + 2 <= to { return Found(kind: kind, from: from + 2, to: to) }
            return Found(kind: kind, from: from, to: to)
        }
        /// Digits read out or printed with spaces: "6 6 1 0 2 9 3", "60 77 1294" (six digits or more).
        func spaced(_ kind: Kind, after start: Int, within n: Int = 3) -> Found? {
            guard let (from, to) = valueAfter(t, start, within: n, { j in
                guard t.isNumber(j), t.len(j) <= 4, t.isNumber(j + 1), t.spaced(j + 1) else { return nil }
                var e = j, n = 0
                // grouped with commas as they are said: "seven seven, zero one, nine nine two"
                while true {
                    if t.isNumber(e + 1), t.spaced(e + 1), t.len(e + 1) <= 4, !t.toks[e + 1].newline { e += 1; continue }
                    if t.isPunct(e + 1, 44), t.isNumber(e + 2), t.spaced(e + 2), t.len(e + 2) <= 4, !t.toks[e + 2].newline { e += 2; continue }
                    break
                }
                n = self.digitCount(t, j, e)
                return n >= 6 && n <= 12 ? e : nil
            }) else { return nil }
            // "the same as on her Medicare card: 629 70 3318" said of an SSN is the SSN
            if kind == .member, ssnGroups(t, from) == to, t.near(from, before: 12, after: 0, Self.ssnWords) { return Found(kind: .ssn, from: from, to: to) }
            return Found(kind: kind, from: from, to: to)
        }
        // S.S.N. 123-45-6789
        if t.is(k, "s"), t.isPunct(k + 1, 46), t.is(k + 2, "s"), t.isPunct(k + 3, 46), t.is(k + 4, "n") {
            return value(.ssn, after: k + 5, within: 4, digits: 9)
        }
        // "SIN 527 384 916" (Canada's social insurance number), "PPSN 7734521KA" (Ireland's): an SSN by another name
        if t.is(k, "sin") && t.isUpper(k) || t.is(k, "ppsn") || t.is(k, "pps") && (t.in(k + 1, Self.idWords) || t.isPunct(k + 1, 58)) {
            guard let (from, to) = valueAfter(t, k + 1, within: 4, { j in
                if t.isNumber(j), t.len(j) == 3, t.isNumber(j + 1), t.len(j + 1) == 3, t.isNumber(j + 2), t.len(j + 2) == 3, !t.isNumber(j + 3) { return j + 2 }
                if let e = identifier(t, j, digits: 7), (7...9).contains(self.digitCount(t, j, e)) { return e }
                return nil
            }) else { return nil }
            return Found(kind: .ssn, from: from, to: to)
        }
        // X12 demographics: "DMG*D8*19400622*F~" is a date of birth
        if t.is(k, "dmg"), t.isPunct(k + 1, 42), t.is(k + 2, "d8"), t.isPunct(k + 3, 42), t.isNumber(k + 4), t.len(k + 4) == 8, monthDayYear(t, k + 4) || date(t, k + 4) != nil {
            return Found(kind: .dob, from: k + 4, to: k + 4)
        }
        // "UR number 0881274" (Australia's unit record number)
        if t.is(k, "ur"), t.isUpper(k), t.in(k + 1, Self.idWords) || t.isPunct(k + 1, 35) || t.isPunct(k + 1, 58) { return value(.mrn, after: k + 1, digits: 5) }
        // "tool kept showing pt 00551873 as high risk": a patient's number right after the word
        if t.in(k, Self.patientLabels), t.isNumber(k + 1), t.spaced(k + 1), t.len(k + 1) >= 6, t.len(k + 1) <= 12, !t.isNumber(k + 2),
           !(t.tight(k + 2) && t.punct(k + 2) != nil && t.isNumber(k + 3)) {
            return Found(kind: .mrn, from: k + 1, to: k + 1)
        }
        if t.in(k, Self.ssnWords) {
            // "SS 442/09/1176", "SSN: 442 09 1176": the nine digits in three groups, whatever separates them
            var g = k + 1
            while g < k + 4, let p = t.punct(g), p == 58 || p == 35 || p == 34 || p == 61 { g += 1 }
            if let end = ssnGroups(t, g), validSSN(t, g, end) { return Found(kind: .ssn, from: g, to: end) }
            // "SSN ***-**-4471", "SSN xxx-xx-7720": masked but for the last four, which are still the patient's
            if let end = maskedSSN(t, g) { return Found(kind: .ssn, from: end, to: end) }
            if t.is(k, "ss") && !(t.isPunct(k + 1, 35) || t.is(k + 1, "no")) { return nil }
            if t.is(k, "social") && !t.is(k + 1, "security") && !t.isPunct(k + 1, 58) && !t.isNumber(k + 1)
                && !(t.isPunct(k + 1, 40) && t.in(k + 2, Self.lastFourLeads)) { return ssnNearby(t, k) }
            let start = t.is(k + 1, "security") ? k + 2 : k + 1
            if let (from, to) = valueAfter(t, start, within: 5, { j in
                if let e = identifier(t, j, digits: 9), self.digitCount(t, j, e) == 9 { return e }
                // 926 41 7780
                if t.isNumber(j), t.isNumber(j + 1), t.isNumber(j + 2), self.digitCount(t, j, j + 2) == 9, t.len(j) == 3 { return j + 2 }
                return nil
            }), validSSN(t, from, to) { return Found(kind: .ssn, from: from, to: to) }
            // "SSN ending in 6789", "SSN last four: 6789", "SSN (last 4): 6789", "SSN last 4 "2290"", and with the
            // last-four words first: "last-4 SSN 0552", "Last 4 of the patient's SSN (6604)": part of it is still the patient's
            let ledByLastFour = (max(0, k - 6)..<k).contains { t.in($0, Self.lastFourLeads) }
            var s = start
            if t.isPunct(s, 40) { s += 1 }
            s = afterLastFour(t, s)
            if let (from, to) = valueAfter(t, s, within: 5, { j in
                guard t.isNumber(j), t.len(j) == 4, !t.isPunct(j + 1, 47), !t.isPunct(j + 1, 45) else { return nil }
                if t.in(j - 1, Self.lastFourWords) || t.isPunct(j - 1, 58) || j == s && s > start { return j }
                if let p = t.punct(j - 1), p == 40 || p == 34 || p == 39, j - 1 == s || ledByLastFour { return j }
                return ledByLastFour && j == start ? j : nil
            }), ledByLastFour || s > start || t.near(from, before: 5, after: 0, Self.lastFourWords) {
                return Found(kind: .ssn, from: from, to: to)
            }
            return ssnNearby(t, k)
        }
        // M R N 00482913, M.R.N. 00482913
        if t.is(k, "m") {
            var j = k + 1
            if t.isPunct(j, 46) || t.isPunct(j, 45) { j += 1 }
            guard t.is(j, "r") else { return nil }
            j += 1
            if t.isPunct(j, 46) || t.isPunct(j, 45) { j += 1 }
            guard t.is(j, "n") else { return nil }
            return spaced(.mrn, after: j + 1) ?? value(.mrn, after: j + 1, digits: 4)
        }
        // "EMR # 4471203", "EHR no. 4471203" (not "EHR 2025 go-live")
        if t.is(k, "emr") || t.is(k, "ehr"), t.isPunct(k + 1, 35) || t.in(k + 1, Self.idWords) { return value(.mrn, after: k + 1, digits: 5) }
        if t.in(k, Self.mrnLabels) {
            // "Mr." is a title; "MR 7702194", "MR# 7702194", "MR: 7702194" a record number
            if t.is(k, "mr") && !t.isPunct(k + 1, 35) && !t.isPunct(k + 1, 58) && !(t.isNumber(k + 1) && t.len(k + 1) >= 5) && !t.in(k + 1, Self.idWords) { return nil }
            return spaced(.mrn, after: k + 1) ?? value(.mrn, after: k + 1, digits: 4) ?? mrnNearby(t, k)
        }
        // "hospital number", "hosp no. H7731964", "Hosp# 55-4420198"
        if t.is(k, "hospital") || t.is(k, "hosp"), t.in(k + 1, Self.idWords) || t.isPunct(k + 1, 35) || t.is(k, "hosp") && t.isPunct(k + 1, 58) {
            return value(.mrn, after: k + 1, within: 4, digits: 5)
        }
        // a CDA identifier: <id extension="3310875" root="2.16.840.1.113883.19.5"/>
        if t.is(k, "extension"), t.is(k - 1, "id"), t.isPunct(k + 1, 61), t.isPunct(k + 2, 34), t.isNumber(k + 3), t.len(k + 3) >= 6, t.isPunct(k + 4, 34),
           t.is(k + 5, "root") { return Found(kind: .mrn, from: k + 3, to: k + 3) }
        if t.is(k, "med") || t.is(k, "medical") {
            let r = t.isPunct(k + 1, 46) ? k + 2 : k + 1  // "Med. Rec. No."
            guard t.in(r, Self.recordWords) else { return nil }
            return value(.mrn, after: r + 1, within: 6, digits: 4) ?? mrnNearby(t, r)
        }
        // "Chart 6027731", "Unit #: 0448120" (Meditech's name for the MRN): six digits or more right after
        if t.is(k, "chart") || t.is(k, "unit"), let f = valueAfter(t, k + 1, within: t.is(k, "unit") ? 3 : 1, { j in
            t.is(k, "unit") && !(t.isPunct(k + 1, 35) || t.in(k + 1, Self.idWords)) ? nil : (t.isNumber(j) && t.len(j) >= 6 && t.len(j) <= 12 && !t.isNumber(j + 1) ? j : nil)
        }), !t.near(k, before: 3, after: 0, Self.businessNumberWords) {
            return Found(kind: .mrn, from: f.0, to: f.1)
        }
        if t.in(k, Self.patientIDLabels) {
            // patient ID A7731902, pt #55102, chart # 8841, chart number, EMPI 12345678
            let labelled = t.in(k + 1, Self.idWords) || t.isPunct(k + 1, 35) || (t.is(k, "chart") && t.isPunct(k + 1, 58)) || t.in(k, Self.strongIDLabels)
            guard labelled, !t.near(k, before: 3, after: 0, Self.businessNumberWords) else { return nil }
            // "the pt's number 8165550124", "the patient's number 312.555.0191" are phone numbers
            guard let f = value(.mrn, after: k + 1, within: 4, digits: 4) else { return nil }
            if t.isNumber(f.from), let phone = numberShape(t, f.from, inSignature: false) { return phone }
            // a ten-digit number is a phone number only as a North American one can be (area code 2–9)
            let phoneLike = (t.len(f.from) == 10 && t.firstByte(f.from) >= 50) || (t.len(f.from) == 11 && t.firstByte(f.from) == 49)
            return f.from == f.to && t.isNumber(f.from) && phoneLike ? nil : f
        }
        if t.in(k, Self.memberLabels) {
            var l = k + 1
            if t.in(l, Self.memberLabels) { l += 1 }  // "Medicaid recipient ID", "health plan ID"
            if t.in(l, Self.memberSkips) { l += 1 }  // "Medicaid client ID", "Cigna card ID"
            if t.is(k, "member") || t.is(k, "subscriber"), l < t.count, t.punct(l) == nil, t.len(l) >= 8, t.digits(l) >= 5, t.isWord(l) || t.len(l) <= 12 {
                return Found(kind: .member, from: l, to: l)  // "Aetna member W887201934"
            }
            guard t.is(k, "mbi") || t.is(k, "mbr") || t.in(l, Self.idWords) || t.isPunct(l, 35) || t.isPunct(l, 58) else { return nil }
            // "member no. XJH 400 221 879": printed in groups
            return value(.member, after: l, digits: 3, minLength: 6) ?? spaced(.member, after: l, within: 4)
        }
        if t.is(k, "medi"), t.isPunct(k + 1, 45), t.is(k + 2, "cal") { return value(.member, after: k + 3, within: 4, digits: 3, minLength: 6) }
        if t.in(k, Self.accountLabels) {
            let strong = t.in(k, Self.strongAccountLabels)
            let labelled = strong || t.in(k + 1, Self.idWords) || t.isPunct(k + 1, 35) || t.isPunct(k + 1, 58) || (t.is(k, "acct") && t.isPunct(k + 1, 46))
            if t.near(k, before: 4, after: 0, Self.businessAccountWords) || t.nearWords(k, after: 4, Self.businessAccountWords) { return nil }
            // "billing: 800-555-0199" is a phone number, left to the shape rules
            if labelled, let f = value(.account, after: k + 1, digits: 5), !(t.isNumber(f.from) && groups(t, f.from).lens.starts(with: [3, 3, 4])) { return f }
            // acct 300918774, account 88104527, encounter 40028817: the number right after, six digits or more
            if t.in(k, Self.bareAccountLabels), t.isNumber(k + 1) || (t.isWord(k + 1) && t.digits(k + 1) >= 6 && t.len(k + 1) - t.digits(k + 1) <= 3),
               let end = identifier(t, k + 1, digits: 6) { return Found(kind: .account, from: k + 1, to: end) }
            return nil
        }
        if t.in(k, Self.deviceLabels) { return device(t, k) }
        if t.in(k, Self.hl7Segments) { return hl7(t, k, &found) }
        return nil
    }

    /// A device serial: after "serial", "SN", "S/N", "device ID", "UDI" with a patient's
    /// device (pacemaker, pump, implant …) or a patient near, and no hardware of the customer's.
    func device(_ t: PHIText, _ k: Int) -> Found? {
        var l = k + 1
        if t.is(k, "s") { guard t.isPunct(k + 1, 47), t.is(k + 2, "n") else { return nil }; l = k + 3 }
        if t.in(l, Self.deviceLabels) { l += 1 }
        let patientDevice = t.near(k, before: 8, after: 6, Self.implantWords) || t.near(k, before: 10, after: 6, Self.patientWords)
        guard patientDevice, !t.near(k, before: 8, after: 4, Self.hardwareWords) else { return nil }
        guard let (from, to) = valueAfter(t, l, within: 5, { j in self.identifier(t, j, digits: 2, minLength: 5) }) else { return nil }
        return Found(kind: .device, from: from, to: to)
    }

    /// The token after "last 4", "last-4", "last four", "last4", "ending in" at s (s itself when none is there).
    func afterLastFour(_ t: PHIText, _ s: Int) -> Int {
        if t.is(s, "last") {
            if t.isNumber(s + 1), t.len(s + 1) == 1 { return s + 2 }
            if t.isPunct(s + 1, 45), t.isNumber(s + 2), t.len(s + 2) == 1 { return s + 3 }
            if t.is(s + 1, "four") { return s + 2 }
        }
        if t.is(s, "last4") { return s + 1 }
        if t.is(s, "ending") || t.is(s, "ends"), t.is(s + 1, "in") || t.is(s + 1, "with") { return s + 2 }
        return s
    }

    /// "***-**-4471", "xxx-xx-7720", "XXX XX 7720" at j: three masked groups, the last four digits shown;
    /// the index of those digits.
    func maskedSSN(_ t: PHIText, _ j: Int) -> Int? {
        var m = j, masks = 0
        while m < j + 12, m < t.count {
            if let p = t.punct(m) {
                if p == 42 || p == 35 || p == 124 { masks += 1 } else if p != 45 && p != 46 { return nil }
            } else if t.isWord(m) {
                let bytes = t.b[Int(t.toks[m].start)..<Int(t.toks[m].end)]
                guard bytes.allSatisfy({ $0 | 0x20 == 120 }) else { return nil }  // x, X
                masks += bytes.count
            } else {
                return masks >= 5 && t.len(m) == 4 && m > j && !t.spaced(m) || masks >= 5 && t.len(m) == 4 && t.isPunct(m - 1, 45) ? m : nil
            }
            m += 1
        }
        return nil
    }

    func digitCount(_ t: PHIText, _ from: Int, _ to: Int) -> Int {
        guard from <= to else { return 0 }
        var n = 0
        for k in from...to { n += t.digits(k) }
        return n
    }

    /// Every word that may lead an identifier or a date (one set lookup per word of text).
    static let keywordStarts = PHIWords(["ssn", "ssns", "ss", "ssn#", "social", "sin", "ppsn", "pps", "ur", "dmg", "m", "med", "medical", "medi", "b", "d", "date", "home", "unit", "cigna", "aetna", "humana",
                                         "uhc", "bcbs", "anthem", "hosp", "extension", "came", "brought", "emr", "ehr"],
                                        adding: [hl7Segments, dobWords, patientDateWords, deviceLabels, accountLabels, patientIDLabels, memberLabels, mrnLabels])

    static let labelSkips = PHIWords(["number", "no", "num", "nbr", "is", "was", "id", "of", "code", "identifier", "value", "ids", "numbers", "the",
                                      "shows", "listed", "as", "reads", "on", "for", "field", "value", "val", "a", "an", "be", "it's", "s", "n", "record",
                                      "recipient", "beneficiary", "subscriber", "member", "card", "account", "acct", "identifier", "like", "e", "g",
                                      "eg", "such", "numbers", "ending", "last", "four", "digits", "last4", "in"])
    /// Words that lead "the last four" of a number: "last 4", "last-4", "last four", "ending in".
    static let lastFourLeads = PHIWords(["last", "last4", "ending", "ends"])
    static let lastFourWords = PHIWords(["ending", "ends", "last", "four", "last4", "last-4", "in", "digits", "is", "with"])
    static let mrnLabels = PHIWords(["mrn", "mrn#", "mr#", "mr", "mrns", "emrn", "empi", "hicn", "mrn:", "expediente", "nhc", "uhid"])
    static let recordWords = PHIWords(["rec", "record", "records", "rec#"])
    static let patientIDLabels = PHIWords(["patient", "pt", "chart", "patient's", "pt's", "empi", "record", "hospital"])
    static let strongIDLabels = PHIWords(["empi"])
    /// Labels of other identifiers: a value after them is theirs ("live chart, SSN 602-11-8475").
    static let otherIDLabels = PHIWords(["ssn", "ss", "dob", "sin", "npi", "ein", "tin", "fax", "tel", "ph"])
    static let idWords = PHIWords(["id", "number", "no", "identifier", "num", "nbr", "#", "id#", "no#", "ids", "numbers"])
    static let memberLabels = PHIWords(["member", "mbr", "mbr#", "subscriber", "policy", "medicare", "medicaid", "mbi", "insurance", "beneficiary", "plan",
                                        "recipient", "insurance's", "payer", "hicn", "cigna", "aetna", "humana", "uhc", "unitedhealthcare",
                                        "bcbs", "anthem", "kaiser", "tricare", "molina", "centene", "wellcare", "ambetter", "highmark"])
    static let memberSkips = PHIWords(["client", "card", "enrollee", "insured"])
    static let accountLabels = PHIWords(["account", "acct", "acct#", "encounter", "visit", "fin", "fin#", "har", "har#", "csn", "guarantor", "billing"])
    static let bareAccountLabels = PHIWords(["acct", "account", "encounter", "visit", "fin", "har", "csn"])
    static let strongAccountLabels = PHIWords(["fin", "fin#", "har", "har#", "csn"])
    static let businessAccountWords = PHIWords(["bank", "wire", "refund", "remittance", "routing", "ach", "iban", "swift", "entity", "salesforce", "sfdc", "crm", "hubspot", "netsuite", "our", "customer", "customer's", "aws",
                                                "azure", "subscription", "tenant", "license", "licenses", "vendor", "invoice", "po", "contract",
                                                "executive", "manager", "team", "renewal", "arr", "opportunity", "sales", "csm", "login", "user", "ops", "renamed"])
    static let deviceLabels = PHIWords(["serial", "serial#", "sn", "sn#", "udi", "device", "s", "lot", "transmitter", "sensor", "wearable", "kit",
                                        "glucometer", "meter", "tracker"])
    static let implantWords = PHIWords(["pacemaker", "pacemaker's", "implant", "implanted", "icd", "pump", "insulin", "cgm", "defibrillator", "lvad",
                                        "stimulator", "neurostimulator", "prosthesis", "hearing", "cochlear", "glucose", "monitor", "holter",
                                        "ventilator", "cpap", "bipap", "oxygen", "concentrator", "wheelchair", "stent", "valve", "port", "catheter",
                                        "glucometer", "meter", "wearable", "rpm", "oximeter", "scale", "cuff", "tracker"])
    static let hardwareWords = PHIWords(["server", "laptop", "workstation", "ipad", "tablet", "router", "switch", "appliance", "license",
                                         "scanner", "printer", "badge", "phone", "iphone", "our", "vm", "firewall", "kiosk", "cart", "wow",
                                         "computer", "desktop", "monitor's", "dongle", "hardware", "edge", "gateway"])
}
