/// Identifiers in a pasted table, told by its header rather than by a label beside each
/// value: "First data row (mrn,dob,unit): E4408812,1950-12-02,4N", "Last | First | DOB |
/// SSN: Nakashima | Ren | 02/11/1962 | 610-27-8853", a CSV header line and the rows under
/// it, a Markdown table. A header is two to twelve short column names joined by one
/// separator ("," "|" ";"); a row is as many cells joined by the same one, on the header's
/// line (after ":", ")" or "/") or on the lines below. Each cell under a column that names
/// an identifier ("member_id", "patient_device_sn", "har_id", "DOB") is checked for its
/// shape and reported as that identifier. A table with a staff column (title, role, NPI,
/// department) or a business one (invoice, PO, cost centre) is the business's.
extension PHIScanner {
    /// A cell: its first and last token (an empty cell has `to` before `from`).
    struct Cell {
        let from: Int
        let to: Int
    }

    /// The findings of a table whose header has a column name at word k (appended to
    /// `found`, the last returned), or nil when k starts no header of one.
    func table(_ t: PHIText, _ k: Int, _ found: inout [Found]) -> Found? {
        guard t.in(k, Self.columnWords), let (header, sep) = tableHeader(t, k),
              let firstRow = rowAfterHeader(t, header[header.count - 1].to), tableRow(t, firstRow, sep: sep, count: header.count) != nil else { return nil }
        let kinds = header.map { columnKind(t, $0) }
        guard kinds.contains(where: { $0 != nil }) else { return nil }
        // a roster or an invoice: the business's
        if header.contains(where: { c in (c.from...c.to).contains { t.in($0, Self.staffFields) || t.in($0, Self.businessColumns) } }) { return nil }
        // a patient's table: a column of an SSN, a record number or a birth date, or a patient word by the header or
        // after its first row ("CSV (last,first): Achebe-Lind,Marisol — patient roster row"); names, phones, emails,
        // account and device numbers or dates alone could be a contact list, an asset list or a report (a health-plan
        // member number is always a patient's)
        let identifying = kinds.contains { $0 == .ssn || $0 == .mrn || $0 == .dob || $0 == .member }
        let patientHeader = header.contains { c in (c.from...c.to).contains { t.in($0, Self.patientLabels) } }
            || t.near(header[0].from, before: 12, after: 0, Self.patientLabels) || patientDistance(t, firstRow, after: 24) < 99
        guard identifying || patientHeader else { return nil }
        var out: [Found] = []
        var rowStart: Int? = firstRow
        // rows while each has a finding (a row without one ends the table, so no row is read twice)
        while let start = rowStart, let cells = tableRow(t, start, sep: sep, count: header.count) {
            let before = out.count
            for (cell, kind) in zip(cells, kinds) {
                if let kind, let f = cellValue(t, cell, kind) { out.append(f) }
            }
            if out.count == before { break }
            // the next line, if this row ends its line (past a closing bar) and the next is another row of the table
            var n = max(cells[cells.count - 1].to, cells[cells.count - 1].from) + 1
            if sep == 124, t.isPunct(n, 124), n < t.count, !t.toks[n].newline { n += 1 }
            rowStart = n < t.count && t.toks[n].newline ? n : nil
        }
        // the last is returned, so the scan goes on after the table
        guard let last = out.last else { return nil }
        found.append(contentsOf: out.dropLast())
        return last
    }

    /// The header around word k: its cells and separator, from its first cell on.
    func tableHeader(_ t: PHIText, _ k: Int) -> ([Cell], UInt8)? {
        guard let first = headerCell(t, k) else { return nil }
        guard let sep = t.punct(first.to + 1), sep == 44 || sep == 124 || sep == 59 else {
            // k may be the last column ("visit_type,mrn"): the separator is before it
            guard let before = t.punct(first.from - 1), before == 44 || before == 124 || before == 59 else { return nil }
            return tableHeader(t, k, sep: before)
        }
        return tableHeader(t, k, sep: sep)
    }

    func tableHeader(_ t: PHIText, _ k: Int, sep: UInt8) -> ([Cell], UInt8)? {
        guard var cell = headerCell(t, k) else { return nil }
        // back to the first column
        var n = 0
        while n < 12, t.isPunct(cell.from - 1, sep), !t.toks[cell.from].newline || cell.from == k, let prev = headerCell(t, cellStart(t, cell.from - 2)), prev.to == cell.from - 2 {
            cell = prev
            n += 1
        }
        var cells = [cell]
        while cells.count < 12, t.isPunct(cell.to + 1, sep), !t.toks[cell.to + 2 < t.count ? cell.to + 2 : cell.to].newline, let next = headerCell(t, cell.to + 2) {
            cell = next
            cells.append(cell)
        }
        // a Markdown row's closing bar
        guard cells.count >= 2, !t.isPunct(cell.to + 1, sep) || cell.to + 2 >= t.count || t.toks[cell.to + 2].newline || t.punct(cell.to + 2) != nil else { return nil }
        return (cells, sep)
    }

    /// A value after "=" at token k whose key names an identifier or a patient's date:
    /// "implant_date=2024-06-14", "pt_mrn=4471920", "dob=1950-02-03" in a log line.
    func keyValue(_ t: PHIText, _ k: Int) -> Found? {
        guard t.isPunct(k, 61), t.tight(k), t.isWord(k - 1), !t.isPunct(k + 1, 61), let key = headerCell(t, cellStart(t, k - 1)), key.to == k - 1 else { return nil }
        var kind = columnKind(t, key)
        if kind == nil, t.is(k - 1, "date"), t.isPunct(k - 2, 95), t.in(k - 3, Self.eventKeyWords) { kind = .date }
        guard let kind, [.dob, .date, .ssn, .mrn, .member, .account, .device].contains(kind) else { return nil }
        var end = k + 1
        while end + 1 < t.count, end < k + 16, t.tight(end + 1), !t.isPunct(end + 1, 38), !t.isPunct(end + 1, 44), !t.isPunct(end + 1, 59), !t.isPunct(end + 1, 61) { end += 1 }
        return cellValue(t, Cell(from: k + 1, to: end), kind)
    }

    static let eventKeyWords = PHIWords(["implant", "procedure", "surgery", "injury", "onset", "consent", "enroll", "enrollment", "admit", "discharge",
                                         "death", "visit", "service", "encounter", "appt", "appointment", "birth", "dx", "diagnosis"])

    /// The first token of the cell whose last token is j (words joined by "_", "-", "." or "#").
    func cellStart(_ t: PHIText, _ j: Int) -> Int {
        var s = j
        if t.isPunct(s, 34) { s -= 1 }
        while s - 2 >= 0, t.tight(s), let p = t.punct(s - 1), p == 95 || p == 45 || p == 46, t.tight(s - 1), t.isWord(s - 2) { s -= 2 }
        return s
    }

    /// A column name from token j: one to four words joined by "_", "-", "." (or spaced, two
    /// at most), in quotes or not, with no digits but a trailing "#".
    func headerCell(_ t: PHIText, _ j: Int) -> Cell? {
        var s = j
        if t.isPunct(s, 34) { s += 1 }
        guard t.isWord(s), t.len(s) <= 24, t.digits(s) == 0 else { return nil }
        var e = s, words = 1
        while words < 4 {
            if let p = t.punct(e + 1), p == 95 || p == 45 || p == 46, t.tight(e + 1), t.tight(e + 2), t.isWord(e + 2), t.digits(e + 2) == 0 {
                e += 2
                words += 1
            } else if t.isWord(e + 1), t.spaced(e + 1), !t.toks[e + 1].newline, t.digits(e + 1) == 0, words < 2, t.isCap(s) == t.isCap(e + 1), t.len(e + 1) <= 12,
                      t.punct(e + 2).map({ $0 == 44 || $0 == 124 || $0 == 59 || $0 == 58 || $0 == 34 || $0 == 41 }) ?? false {
                e += 1
                words += 1
            } else {
                break
            }
        }
        if t.isPunct(e + 1, 35), t.tight(e + 1) { e += 1 }  // "MRN#"
        if t.isPunct(e + 1, 34), t.tight(e + 1) { e += 1 }
        return Cell(from: t.isPunct(j, 34) ? j : s, to: e)
    }

    /// What a column holds, from its name's letters.
    func columnKind(_ t: PHIText, _ c: Cell) -> Kind? {
        var name: [UInt8] = []
        for j in c.from...c.to where t.isWord(j) {
            for ch in t.b[Int(t.toks[j].start)..<Int(t.toks[j].end)] { name.append(ch | (ch >= 65 && ch <= 90 ? 0x20 : 0)) }
        }
        let s = String(decoding: name, as: UTF8.self)
        if let kind = Self.columnNames[s] { return kind }
        func has(_ part: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
            guard p.count <= name.count else { return false }
            return (0...(name.count - p.count)).contains { i in (0..<p.count).allSatisfy { name[i + $0] == p[$0] } }
        }
        if has("ssn") || has("socialsecurity") { return .ssn }
        if has("birth") || s.hasSuffix("dob") { return .dob }
        if has("mrn") || has("medrec") || has("medicalrecord") || has("chartn") || s == "patientid" || s == "ptid" { return .mrn }
        if has("member") || has("subscriber") || has("medicaid") || has("medicare") || has("beneficiary") || has("policyn") { return .member }
        if has("serial") || s.hasSuffix("devicesn") || s.hasSuffix("deviceid") || (s.hasSuffix("sn") && s.count > 4) { return .device }
        if has("phone") || has("mobile") { return .phone }
        if has("email") { return .email }
        if has("address") || has("street") { return .address }
        if s.hasPrefix("har") || has("account") || has("acct") || s.hasSuffix("fin") || s.hasSuffix("csn") { return .account }
        if has("admit") || has("admission") || has("discharge") || has("death") || has("visitdate") || has("servicedate") || has("encounterdate") { return .date }
        return nil
    }

    static let columnNames: [String: Kind] = [
        "name": .name, "patient": .name, "patientname": .name, "ptname": .name, "last": .name, "first": .name, "lastname": .name,
        "firstname": .name, "surname": .name, "given": .name, "family": .name, "fullname": .name, "lname": .name, "fname": .name,
        "dob": .dob, "mrn": .mrn, "pid": .mrn, "chart": .mrn, "ssn": .ssn, "ss": .ssn, "har": .account, "fin": .account, "csn": .account,
        "adm": .date, "admit": .date, "dc": .date, "dos": .date, "dod": .date, "disch": .date, "age": .age, "cell": .phone, "tel": .phone,
        "mbi": .member,
    ]

    /// Words a column name may start with (the table rule's triggers).
    static let columnWords = PHIWords(["name", "patient", "pt", "last", "first", "lastname", "firstname", "surname", "given", "family", "fullname",
                                       "dob", "mrn", "pid", "chart", "ssn", "ss", "har", "fin", "csn", "adm", "admit", "dc", "dos", "dod", "age",
                                       "cell", "tel", "mbi", "member", "subscriber", "medicaid", "medicare", "serial", "phone", "mobile", "email",
                                       "address", "street", "account", "acct", "admission", "discharge", "death", "birth", "date", "device",
                                       "patientid", "memberid", "ptname", "patientname", "mrns", "social", "home", "policy", "beneficiary"])

    /// Columns that make a table the business's.
    static let businessColumns = PHIWords(["invoice", "po", "sku", "cost", "ticket", "contract", "employee", "badge", "opportunity", "arr",
                                           "renewal", "quote", "order", "vendor", "csm", "owner", "assignee"])

    /// The first token of the row after a header ending at token h: on its line past ":",
    /// ")", "/", "|" or a dash ("—" is folded to one), or the next line (past a Markdown rule "|---|---|").
    func rowAfterHeader(_ t: PHIText, _ h: Int) -> Int? {
        var j = h + 1
        var skipped = 0
        while j < t.count, skipped < 4, !t.toks[j].newline, let p = t.punct(j), p == 58 || p == 41 || p == 47 || p == 124 || p == 45 || p == 61 {
            j += 1
            skipped += 1
        }
        // a row after a mark (":", ")", "/", "—") or on the next line, not a value right after a space ("chart, SSN 433-…")
        guard skipped > 0 || j < t.count && t.toks[j].newline else { return nil }
        // a Markdown rule on the header's line, its newlines lost in the paste: "| A | B | |---|---| | a | b |"
        if j < t.count, !t.toks[j].newline, t.isPunct(j, 45) || t.isPunct(j, 58) {
            while j < t.count, !t.toks[j].newline, let q = t.punct(j), q == 124 || q == 45 || q == 58 { j += 1 }
        }
        guard j < t.count else { return nil }
        // a Markdown rule under the header
        if t.toks[j].newline, let p = t.punct(j), p == 124 || p == 45 || p == 58 {
            var n = j
            while n < t.count, (n == j || !t.toks[n].newline), let q = t.punct(n), q == 124 || q == 45 || q == 58 { n += 1 }
            return n < t.count && t.toks[n].newline ? n : nil
        }
        return j
    }

    /// The cells of a row of `count` columns from token j (a leading bar skipped), or nil
    /// when the line has fewer; the last cell ends at its line's end or at its first space.
    func tableRow(_ t: PHIText, _ j: Int, sep: UInt8, count: Int) -> [Cell]? {
        var s = j
        if sep == 124, t.isPunct(s, 124) { s += 1 }
        var cells: [Cell] = []
        while cells.count < count {
            guard s < t.count, s == j || !t.toks[s].newline else { return nil }
            if t.isPunct(s, sep) {  // an empty cell: "E4408812,,1950-12-02"
                cells.append(Cell(from: s, to: s - 1))
                s += 1
                continue
            }
            var e = s
            if cells.count == count - 1 {
                // the last cell: up to the separator, the line's end, or (outside a bar table) its first space
                while e + 1 < t.count, !t.toks[e + 1].newline, !t.isPunct(e + 1, sep), sep == 124 || t.tight(e + 1) { e += 1 }
            } else {
                while e + 1 < t.count, !t.toks[e + 1].newline, !t.isPunct(e + 1, sep), e - s < 16 { e += 1 }
                guard t.isPunct(e + 1, sep) else { return nil }
            }
            cells.append(Cell(from: s, to: e))
            s = e + 2
        }
        return cells
    }

    /// A cell's value when it has the shape its column promises.
    func cellValue(_ t: PHIText, _ c: Cell, _ kind: Kind) -> Found? {
        guard c.to >= c.from else { return nil }
        var from = c.from, to = c.to
        while from <= to, let p = t.punct(from), p == 34 || p == 39 { from += 1 }
        while to >= from, let p = t.punct(to), p == 34 || p == 39 || p == 46 { to -= 1 }
        guard from <= to else { return nil }
        var digits = 0
        for j in from...to { digits += t.digits(j) }
        switch kind {
        case .ssn:
            guard digits == 9 || digits == 4, validSSN(t, from, to) else { return nil }
        case .mrn, .member, .account, .device:
            guard digits >= 4, identifier(t, from, digits: 4) != nil else { return nil }
            to = identifier(t, from, digits: 4) ?? to
        case .dob, .date:
            guard let end = date(t, from) else { return nil }
            to = end
        case .phone:
            guard digits >= 7, digits <= 15 else { return nil }
        case .email:
            guard (from...to).contains(where: { t.isPunct($0, 64) }) else { return nil }
        case .address:
            guard t.isNumber(from), t.isWord(from + 1), from + 1 <= to else { return nil }
        case .age:
            guard t.isNumber(from), from == to, t.value(from) >= 90, t.value(from) <= 125 else { return nil }
        case .name:
            guard t.isCap(from), digits == 0, !t.in(from, Self.nonNames), !isTestPatient(t, from) else { return nil }
        default:
            return nil
        }
        return Found(kind: kind, from: from, to: to)
    }
}
