/// HL7 v2 segments that carry a patient — PID, NK1 (next of kin), PV1 (visit), IN1
/// (insurance), GT1 (guarantor), MRG (a merge's prior identifiers) — whole ("PID|1||000738219^^^MERCY^MR||DOE^JANE^A||…")
/// or as a field quoted in prose ("PID-5 DOE^JANE", "PV1-19 V00293817").
extension PHIScanner {
    /// What each identifying field of a segment holds.
    static let hl7Fields: [String: [Int: Kind]] = [
        "pid": [2: .mrn, 3: .mrn, 4: .mrn, 5: .name, 6: .name, 7: .dob, 11: .address, 13: .phone, 14: .phone, 18: .account, 19: .ssn, 29: .date],
        "nk1": [2: .name, 4: .address, 5: .phone, 6: .phone],
        "pv1": [19: .account, 44: .date, 45: .date, 50: .account],
        "in1": [16: .name, 18: .dob, 19: .address, 36: .member, 49: .member],
        "gt1": [3: .name, 5: .address, 6: .phone, 7: .phone, 8: .dob, 12: .ssn],
        // a merge: the patient's prior identifiers and name
        "mrg": [1: .mrn, 2: .mrn, 3: .account, 7: .name],
    ]
    static let hl7Segments = PHIWords(["pid", "nk1", "pv1", "in1", "gt1", "mrg"])

    /// A segment or a quoted field at word k; extra findings go to `found`, the last is returned.
    func hl7(_ t: PHIText, _ k: Int, _ found: inout [Found]) -> Found? {
        guard t.in(k, Self.hl7Segments), t.isUpper(k) || t.isPunct(k + 1, 45) else { return nil }
        let fields = Self.hl7Fields[t.word(k)] ?? [:]
        if t.isPunct(k + 1, 124) { return segment(t, k, fields, &found) }
        // PID-5 DOE^JANE · PID-7 = 19480704 · PV1-19: V00293817
        guard t.isPunct(k + 1, 45) || t.isPunct(k + 1, 46), t.isNumber(k + 2), t.tight(k + 2), let kind = fields[t.value(k + 2)] else { return nil }
        var j = k + 3
        if t.isPunct(j, 46) && t.isNumber(j + 1) && t.tight(j) { j += 2 }  // PID-3.1
        var seen = 0
        while j < t.count && seen < 6 && !t.toks[j].newline {
            if t.in(j, Self.hl7Segments), t.isPunct(j + 1, 45) { return nil }  // "PID-5/PID-7": a list of fields, no value
            let values = fieldValues(t, kind, j, last: nil)
            if let f = values.last {
                found += values.dropLast()
                return f
            }
            if t.isNumber(j) || t.isCap(j) && !t.in(j, Self.labelSkips) && !t.in(j, Self.hl7Words) { return nil }
            j += 1
            seen += 1
        }
        return nil
    }

    /// The fields of the segment at k, up to the end of the line or the next segment's name.
    func segment(_ t: PHIText, _ k: Int, _ fields: [Int: Kind], _ found: inout [Found]) -> Found? {
        var field = 0
        var j = k + 1
        var values: [Found] = []
        while j < t.count && t.isPunct(j, 124) {
            field += 1
            var e = j + 1
            // a field ends at "|", at the next segment, or where prose resumes (" / PV1-45 …")
            while e < t.count && !t.isPunct(e, 124) && !t.toks[e].newline && !(t.in(e, Self.hl7Segments) && t.isPunct(e + 1, 124) && t.spaced(e))
                && !(t.isPunct(e, 47) && t.spaced(e) && t.spaced(e + 1)) { e += 1 }
            // "PID|1||…||TEST^PATIENT^ONE||…": the interface's test patient, not a person
            if e > j + 1, fields[field] == .name, isTestPatient(t, j + 1) { return nil }
            if e > j + 1, let kind = fields[field] ?? (t.is(k, "in1") && field > 36 && field < 50 ? .member : nil) {
                values += fieldValues(t, kind, j + 1, last: e - 1)
            }
            j = e
        }
        guard let last = values.last else { return nil }
        found += values.dropLast()
        return last
    }

    /// An HL7 telecom value on its own, at the "^" before its use code: "^PRN^PH^^1^206^5550159",
    /// "~^ORN^FX^^1^580^5550144" — a home (PRN), other residence (ORN), vacation-home (VHN),
    /// answering-service or emergency number is a person's; a work number (WPN) only with a
    /// patient word on its line. Country, area and local number are in components 5 to 7.
    func telecom(_ t: PHIText, _ k: Int) -> Found? {
        guard t.isPunct(k, 94), t.in(k + 1, Self.telecomUses), t.isUpper(k + 1), t.tight(k + 1), t.isPunct(k + 2, 94), t.in(k + 3, Self.telecomEquipment),
              t.isPunct(k + 4, 94) else { return nil }
        if t.is(k + 1, "wpn"), patientDistance(t, k, before: 24) == 99, patientDistance(t, k, after: 12) == 99 { return nil }
        // components: 5 country code, 6 area code, 7 local number (8 an extension, not part of it)
        var m = k + 5, comps = 4, area: Int?, local: Int?
        while m < t.count, comps <= 7, !t.toks[m].newline, !t.isPunct(m, 126), !t.isPunct(m, 124), m == k + 5 || !t.spaced(m) {
            if t.isPunct(m, 94) { comps += 1 } else if t.isNumber(m), comps == 6 { area = m } else if t.isNumber(m), comps == 7 { local = m }
            m += 1
        }
        guard let last = local else { return nil }
        let first = area ?? last
        guard digitCount(t, first, last) >= 7 else { return nil }
        return Found(kind: t.is(k + 3, "fx") ? .fax : .phone, from: first, to: last)
    }

    static let telecomUses = PHIWords(["prn", "orn", "vhn", "asn", "emr", "wpn", "bpn"])
    static let telecomEquipment = PHIWords(["ph", "fx", "cp", "bp", "md"])

    /// The identifying values of a field of type `kind` from token j (within a segment,
    /// `last` ends the field; in prose the value ends at a space before a lower-case word).
    func fieldValues(_ t: PHIText, _ kind: Kind, _ j: Int, last: Int?) -> [Found] {
        /// From j to the end of component n ("^") of the first repetition ("~").
        func components(_ j: Int, through n: Int) -> Int? {
            var e = j, comps = 1
            while e + 1 < t.count, !t.toks[e + 1].newline, !t.isPunct(e + 1, 124), !t.isPunct(e + 1, 126) {
                let next = e + 1
                if let last {
                    if next > last { break }
                } else if t.spaced(next) && !(t.isCap(next) || t.isNumber(next)) {
                    break
                }
                if t.isPunct(next, 94) {
                    comps += 1
                    if comps > n { break }
                }
                e = next
            }
            while e > j, t.punct(e) != nil { e -= 1 }
            return t.punct(e) == nil ? e : nil
        }
        switch kind {
        case .mrn, .account, .member:
            if let e = identifier(t, j, digits: kind == .member ? 3 : 4, minLength: kind == .member ? 6 : 0) { return [Found(kind: kind, from: j, to: e)] }
        case .name:
            if t.isWord(j), last != nil || t.isCap(j), !t.in(j, Self.hl7Segments), !t.in(j, Self.nonNames), let e = components(j, through: 2), e > j || last != nil {
                return [Found(kind: .name, from: j, to: e)]
            }
        case .dob, .date:
            if let e = date(t, j) { return [Found(kind: kind, from: j, to: e)] }
        case .address:
            if t.isNumber(j) || t.isCap(j), let e = components(j, through: 5), e > j { return [Found(kind: .address, from: j, to: e)] }
        case .ssn:
            if let e = identifier(t, j, digits: 9), digitCount(t, j, e) == 9 { return [Found(kind: .ssn, from: j, to: e)] }
        case .phone:
            // (312)555-0187 · ^PRN^PH^^^617^5550166~^NET^Internet^x@example.com
            var out: [Found] = []
            var m = j, first: Int?, lastDigit = j, fax = false
            while m < t.count, !t.toks[m].newline, !t.isPunct(m, 124), last.map({ m <= $0 }) ?? (m == j || !t.spaced(m)) {
                if t.isPunct(m, 126) { break }
                if t.isNumber(m) { first = first ?? m; lastDigit = m }
                if t.is(m, "fx"), t.isPunct(m - 1, 94) { fax = true }  // "^PRN^FX^…": the equipment is a fax
                m += 1
            }
            // "^PRN^PH^^1^503^5550172": past the country code
            if let f = first, t.len(f) <= 3, t.isPunct(f + 1, 94), t.isNumber(f + 2), f + 2 <= lastDigit, digitCount(t, f + 2, lastDigit) >= 7 { first = f + 2 }
            if let f = first, digitCount(t, f, lastDigit) >= 7 { out.append(Found(kind: fax ? .fax : .phone, from: t.isPunct(f - 1, 40) ? f - 1 : f, to: lastDigit)) }
            // an email address in the field (^NET^Internet^…)
            var e = j
            while e < t.count, !t.toks[e].newline, !t.isPunct(e, 124), last.map({ e <= $0 }) ?? (e == j || !t.spaced(e)) {
                if t.isPunct(e, 64), let mail = email(t, e, anyDomain: true) { out.append(mail) }
                e += 1
            }
            return out
        default:
            break
        }
        return []
    }
}
