/// Identifiers in structured pastes, led by a field name rather than a phrase: JSON and XML
/// keys ("subscriberId":"AZH-9902231-01", "serialNumber", "family":"Ezeugwu"), spreadsheet
/// cells ("Last=Sondergaard-Bui | First=Ilka") and X12 rows ("SUBSCRIBER|BOLANOS|TEODORO|…").
/// A field name is one word in any case ("subscriberId", "SUBSCRIBER_ID" reads as two words
/// and is left to the label rules).
extension PHIScanner {
    /// Field names that say what their value is.
    static let fieldTable: [(Kind, [String])] = [
            (.member, ["subscriberid", "memberid", "memberno", "membernumber", "policyid", "policynumber", "medicaidid", "medicareid", "insuredid",
                       "beneficiaryid", "subscribernumber", "groupmemberid"]),
            (.mrn, ["medicalrecordnumber", "patientnumber", "chartnumber", "mrnumber", "mrnno", "medrecno", "patientmrn", "mrnid", "patientid", "ptid"]),
            (.device, ["serialnumber", "serialno", "deviceserial", "udicarrier", "deviceidentifier"]),
            (.account, ["accountnumber", "accountno", "encounternumber", "encounterid", "visitnumber", "visitid", "finnumber", "harnumber", "acctno"]),
            (.ssn, ["socialsecuritynumber", "ssnumber", "patientssn"]),
    ]
    static let fieldWords = PHIWords(fieldTable.flatMap(\.1))
    static let fieldKinds: [UInt64: Kind] = Dictionary(fieldTable.flatMap { kind, words in words.map { (PHIText.key($0), kind) } }, uniquingKeysWith: { a, _ in a })

    /// Words naming part of a person's name in a record; with `=` or a JSON colon after them.
    static let nameFields = PHIWords(["last", "first", "lastname", "firstname", "surname", "family", "given", "familyname", "givenname",
                                      "patientname", "ptname", "fullname", "middlename", "lname", "fname"])
    /// A record of a member of staff: its name fields are a colleague's.
    static let staffFields = PHIWords(["title", "role", "department", "dept", "position", "npi", "credentials", "specialty", "extension"])
    /// Record types whose next fields are a person's name.
    static let personRecords = PHIWords(["subscriber", "patient", "insured", "guarantor", "dependent", "pt", "member", "nm1"])

    /// A field's value at word k: what the field name says, after "=", ":", `":"` or `="`.
    func field(_ t: PHIText, _ k: Int) -> Found? {
        if let f = fhirIdentifier(t, k) { return f }
        if t.in(k, Self.fieldWords), let kind = Self.fieldKinds[t.toks[k].key] {
            let v = fieldStart(t, k + 1)
            guard v > k + 1, let end = identifier(t, v, digits: 3, minLength: 5) else { return nil }
            if kind == .device, !t.near(k, before: 16, after: 16, Self.patientWords), !t.near(k, before: 8, after: 8, Self.implantWords) { return nil }
            return Found(kind: kind, from: v, to: end)
        }
        if t.in(k, Self.nameFields) {
            let v = fieldStart(t, k + 1)
            guard v > k + 1, t.isPunct(k + 1, 61) || t.isPunct(k + 1, 34) || !(t.is(k, "first") || t.is(k, "last") || t.is(k, "family") || t.is(k, "given")),
                  t.isCap(v), t.len(v) >= 2, !t.in(v, Self.nonNames), !t.in(v, Self.months), !t.in(v, Self.weekdays),
                  !t.near(k, before: 16, after: 24, Self.staffFields), !t.near(k, before: 16, after: 24, Self.roles), !businessResource(t, k) else { return nil }
            return Found(kind: .name, from: v, to: nameEnd(t, v))
        }
        // "SUBSCRIBER|BOLANOS|TEODORO|": a record whose first fields are the person's names
        if t.in(k, Self.personRecords), t.isUpper(k), let sep = t.punct(k + 1), sep == 124 || sep == 42 || sep == 94, t.tight(k + 1),
           t.isUpper(k + 2), t.isPunct(k + 3, sep), t.isUpper(k + 4), t.len(k + 2) >= 2, t.len(k + 4) >= 2, t.digits(k + 2) == 0, t.digits(k + 4) == 0,
           !t.in(k + 2, Self.nonNames), !isTestPatient(t, k + 2) {
            return Found(kind: .name, from: k + 2, to: k + 4)
        }
        return nil
    }

    /// A FHIR identifier's value: "identifier":[{"system":"urn:oid:…","value":"RMC8830174"}],
    /// "identifiers[0] = {"use":"usual", … "value":"…"}" — a record number unless its system
    /// names an SSN (found as one) or an NPI, or the resource is the business's (Practitioner,
    /// Organization).
    func fhirIdentifier(_ t: PHIText, _ k: Int) -> Found? {
        guard t.is(k, "identifier") || t.is(k, "identifiers"), t.isPunct(k - 1, 34) || t.isPunct(k - 1, 46) || t.tight(k + 1) && t.isPunct(k + 1, 91) else { return nil }
        if businessResource(t, k) { return nil }
        var j = k + 1, opened = false
        while j < k + 40, j < t.count, !t.toks[j].newline {
            if t.in(j, Self.notRecordSystems) { return nil }
            if t.is(j, "value"), t.isPunct(j + 1, 34), t.isPunct(j + 2, 58) {
                let v = fieldStart(t, j + 1)
                guard let end = identifier(t, v, digits: 5) else { return nil }
                return Found(kind: .mrn, from: v, to: end)
            }
            if t.isPunct(j, 123) { opened = true }
            if t.isPunct(j, 93), opened { return nil }  // the end of the identifier list (not "identifiers[0]")
            j += 1
        }
        return nil
    }

    static let notRecordSystems = PHIWords(["ssn", "us-ssn", "npi", "us-npi", "ein", "tin", "mbi"])

    /// The first token of a field's value after its name: past `=`, `:`, quotes and brackets (at most four).
    func fieldStart(_ t: PHIText, _ j: Int) -> Int {
        var v = j
        while v < j + 4, let p = t.punct(v), p == 61 || p == 58 || p == 34 || p == 91 || p == 123 || p == 62 || p == 39 {
            if v > j, t.toks[v].newline { break }
            v += 1
        }
        return v
    }

    /// The end of a name from word j: "Sondergaard-Bui", "Nwachukwu-Lang" (a double-barrelled name is one).
    func nameEnd(_ t: PHIText, _ j: Int) -> Int {
        var e = j
        while t.isPunct(e + 1, 45), t.tight(e + 1), t.tight(e + 2), t.isCap(e + 2) { e += 2 }
        return e
    }

    static let weekdays = PHIWords(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri"])
}
