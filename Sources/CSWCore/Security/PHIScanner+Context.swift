/// The context words that tell a patient's data from the customer's own staff and business:
/// a phone number next to "patient", "family" or "home" is a patient's; next to "Dr.",
/// "CMIO", "office", "support" or in a signature block it is a colleague's.
extension PHIScanner {
    /// Words that make a nearby phone number, email address or IP address a patient's.
    static let patientWords = PHIWords([
        "patient", "patients", "patient's", "patients'", "pt", "pt's", "pts", "paciente", "patiente", "patientin", "paziente", "family", "family's", "daughter", "daughter's", "son", "son's",
        "wife", "wife's", "husband", "husband's", "mother", "mother's", "father", "father's", "caregiver", "caregiver's", "guardian",
        "guardian's", "niece", "nephew", "sister", "brother", "spouse", "spouse's", "grandson", "granddaughter", "parent", "parents", "mom", "dad",
        "home", "personal", "emergency", "callback", "resident", "member", "beneficiary", "guarantor", "caller", "landline",
        "face", "registration", "demographics", "discharge", "discharged", "admission", "readmitted", "birthday", "dob", "mrn", "ssn",
        "readmission", "outreach", "relative", "kin", "partner", "ambient", "transcript", "voicemail", "consent", "scribe",
        "advance", "directive", "intake", "bed", "room", "portal", "mychart", "sdoh", "roi", "pid", "nk1",
    ])

    /// Words that make a nearby phone number, email address or IP address the business's.
    static let businessWords = PHIWords([
        "dr", "doctor", "cmio", "cnio", "cnmo", "title", "ops", "operations", "cno", "cmo", "cio", "cfo", "ceo", "cto", "ciso", "coo", "vp", "svp", "evp", "director", "manager", "coordinator",
        "analyst", "informaticist", "informatics", "administrator", "admin", "office", "desk", "work", "it", "support", "helpdesk", "service",
        "servicedesk", "our", "we", "us", "team", "vendor", "main", "direct", "switchboard", "toll-free", "tollfree", "hotline", "escalation", "contracting", "signature", "regards", "thanks",
        "physician", "hospitalist", "champion", "committee", "slides", "purchasing", "inbox", "shared", "renewal",
        "sincerely", "cheers", "csm", "sales", "engineer", "engineering", "lead", "champion", "sponsor", "executive", "exec", "procurement",
        "legal", "finance", "billing", "invoice", "invoices", "contract", "renewal", "qbr", "ebr", "kickoff", "webinar", "meeting", "zoom",
        "teams", "bridge", "dial", "dial-in", "conference", "pin", "passcode", "hotline", "noc", "soc", "security", "network", "server",
        "servers", "host", "interface", "engine", "firewall", "vpn", "dns", "gateway", "subnet", "allowlist", "whitelist", "listener", "node",
        "port", "egress", "ingress", "proxy", "endpoint", "sftp", "ftp", "mirth", "rhapsody", "cloverleaf", "workstation", "workstations",
        "printer", "router", "cluster", "peer", "primary", "secondary", "failover", "staging", "prod", "production", "environment", "vm",
        "nurse", "rn", "md", "np", "pa", "pharmd", "phd", "informaticist's", "director's", "manager's", "cmio's", "superuser", "trainer",
        "scheduling", "rep", "representative", "assistant", "secretary", "educator", "liaison", "account", "customer", "customer's", "hospital", "hospital's", "clinic", "department",
        "dept", "unit", "pharmacy", "radiology", "lab", "laboratory", "quality", "compliance", "privacy", "officer", "him", "registrar",
    ])

    /// Words that make a phone number a fax number.
    static let faxWords = PHIWords(["fax", "faxed", "faxes", "facsimile", "fax#", "efax"])

    /// Words of a signature's opening line.
    static let valedictions = PHIWords(["thanks", "thank", "regards", "best", "sincerely", "cheers", "warmly", "respectfully", "signature"])

    static let signatureWords = PHIWords(["regards", "sincerely", "signature", "cheers"])

    /// "Thanks," / "Best regards," / "-- " alone on a line: a signature block follows.
    func isValediction(_ t: PHIText, _ k: Int) -> Bool {
        if t.isPunct(k, 45), t.isPunct(k + 1, 45), t.count > k + 2 && t.toks[k + 2].newline { return true }
        guard t.in(k, Self.valedictions) else { return false }
        var j = k + 1
        while j < t.count && !t.toks[j].newline && j - k < 4 { j += 1 }
        return j >= t.count || t.toks[j].newline
    }

    /// The first token of the next line when the line starting at token k says the patient on it
    /// is made up — "synthetic", "fictional", "dummy", "placeholder", "persona", a ZZTEST or
    /// TEST^PATIENT name —
    /// and nowhere that it is real (one pass over the line's words). "The test patient in the
    /// sandbox" is not enough: such a record is flagged, and approved with `csw phi allow`.
    func syntheticLineEnd(_ t: PHIText, _ k: Int) -> Int? {
        var j = k, synthetic = false, real = false
        while j < t.count && (j == k || !t.toks[j].newline) {
            guard t.in(j, Self.syntheticTriggers) || t.isWord(j) && (t.firstByte(j) | 0x20 == 122 || t.isPunct(j + 1, 94)) else {
                j += 1
                continue
            }
            // "their test patient isn't synthetic", "a real SSN instead of the dummy value": someone's after all
            if t.in(j, Self.realWords) || (t.in(j, Self.negations) && (t.in(j + 1, Self.syntheticWords) || t.in(j + 2, Self.syntheticWords))) {
                real = true
            } else if t.isWord(j), !synthetic {
                // "ZZTEST", "TEST^PATIENT": the names interfaces give their test patients
                synthetic = t.in(j, Self.syntheticWords) || isTestPatient(t, j) && (t.len(j) >= 6 && t.firstByte(j) | 0x20 == 122 || t.isPunct(j + 1, 94))
            }
            j += 1
        }
        return synthetic && !real ? j : nil
    }

    static let syntheticTriggers = PHIWords([], adding: [syntheticWords, realWords, negations])
    static let realWords = PHIWords(["real", "actual", "genuine", "production", "prod", "live"])
    static let negations = PHIWords(["not", "isn't", "wasn't", "aren't", "weren't", "no", "never"])

    static let syntheticWords = PHIWords(["synthetic", "fictional", "fictitious", "fake", "dummy", "placeholder", "placeholders", "mock", "persona",
                                          "personas"])

    /// "CONFIDENTIALITY NOTICE:", "Disclaimer:": an email's legal footer, whose phone number is the sender's.
    func isBoilerplate(_ t: PHIText, _ k: Int) -> Bool {
        t.in(k, Self.boilerplateWords) && (t.is(k + 1, "notice") || t.isPunct(k + 1, 58))
    }

    static let boilerplateWords = PHIWords(["confidentiality", "disclaimer", "confidential"])

    /// Whether contact data (a phone number, an email address) at tokens from...to is a
    /// patient's: a patient word close by wins unless a business word stands right next to
    /// the number ("Dr. Lee (CMIO) 312-…" beside "patient"); a business word alone clears it;
    /// with neither the number counts (a guard that errs must err towards flagging).
    func patientContact(_ t: PHIText, _ from: Int, _ to: Int, inSignature: Bool) -> Bool {
        // "the hospital's patient relations line 912-…", "the clinic's portal support number, …": the organisation's own
        if organisationOwned(t, from) { return false }
        let before = patientDistance(t, from, before: 12)
        var patient = min(before, patientDistance(t, to, after: 8))
        // "team lead Dana Wu (dwu@…) owns registration": a weak patient word after, a staff word before
        if before == 99, patient < 99, patientDistance(t, to, after: 8, strong: true) == 99, businessDistance(t, from, before: 8) < 99 { patient = 99 }
        // "Voicemail from the patient's husband: "… we never got a call; I'm at 402-…"": a patient who leads the line
        if patient == 99, patientDistance(t, from, before: 40, strong: true) < 99 { patient = 12 }
        let business = min(businessDistance(t, from, before: 16), businessDistance(t, to, after: 8))
        // right after the number, a business word counts as "next to it" only when nothing but fillers stands between
        let businessNext = min(businessDistance(t, from, before: 16), businessDistance(t, to, after: 8, tight: true))
        // "Regards, Jim Fenwick | Manager | p 919.555.0133 | f …": a signature on one line
        if inSignature || t.near(from, before: 40, after: 0, Self.signatureWords) { return patient <= 3 }
        if patient == 99 && business == 99 { return true }
        if patient == 99 { return false }
        if business == 99 { return true }
        return !(businessNext <= 3 && patient > businessNext + 2)
    }

    /// A possessive organisation ("the hospital's", "the clinic's") within six words before
    /// token k, with no person's possessive ("her", "the patient's") after it.
    func organisationOwned(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= max(0, k - 6) {
            if t.toks[j + 1].newline { return false }
            let end = Int(t.toks[j].end)
            let possessive = t.isWord(j) && t.len(j) > 2 && t.b[end - 2] == 39 && t.b[end - 1] | 0x20 == 115  // …'s
            if t.is(j, "her") || t.is(j, "his") || t.is(j, "my") || t.is(j, "your") || possessive && t.in(j, Self.personalPossessives) { return false }
            if possessive, t.in(j, Self.organisationWords) { return true }
            j -= 1
        }
        return false
    }

    static let organisationWords = PHIWords(["hospital", "clinic", "practice", "pharmacy", "facility", "system", "center", "centre", "unit",
                                             "department", "office", "organization", "organisation", "vendor", "customer", "health"])

    /// Tokens to the closest patient word before (or after) token k on its line; "patient"
    /// naming a department ("patient access", "patient experience team") does not count.
    func patientDistance(_ t: PHIText, _ k: Int, before: Int = 0, after: Int = 0, strong: Bool = false) -> Int {
        var d = 1
        while d <= max(before, after) {
            let j = before > 0 ? k - d : k + d
            guard j >= 0, j < t.count, before > 0 || !t.toks[j].newline else { break }
            // not part of a field name ("community_consent_date", "patient_satisfaction")
            if t.in(j, strong ? Self.strongPatientWords : Self.patientWords), !(t.in(j, Self.patientDepartmentLeads) && t.in(j + 1, Self.departments)),
               !(t.isPunct(j - 1, 95) && t.tight(j)), !(t.isPunct(j + 1, 95) && t.tight(j + 1)) { return d }
            if before > 0 ? t.toks[j].newline : (j + 1 < t.count && t.toks[j + 1].newline) { break }
            d += 1
        }
        return 99
    }

    /// "(she's a school secretary)", "he works as a nurse": a person's job, said of the patient, not a colleague's title.
    func describesPerson(_ t: PHIText, _ j: Int) -> Bool {
        var i = j - 1
        while i >= j - 4 && i >= 0 && !t.toks[i + 1].newline {
            if t.in(i, Self.jobIntros) || t.is(i, "she's") || t.is(i, "he's") { return true }
            if t.punct(i) != nil { return false }
            i -= 1
        }
        return false
    }

    static let jobIntros = PHIWords(["i'm", "works", "worked", "retired"])

    /// "her work phone", "his office number": a person's own, not the business's.
    static let personalPossessives = PHIWords(["her", "his", "my", "your", "patient", "pt"])
    static let personalPlaces = PHIWords(["work", "office", "direct", "main"])
    static let fillers = PHIWords(["the", "a", "an", "for", "and", "or", "to", "is", "at", "in", "of", "on", "x", "ext", "option", "opt", "press"])

    static let strongPatientWords = PHIWords(["patient", "patient's", "pt", "pt's", "paciente", "patiente", "patientin", "paziente", "family", "daughter", "son", "wife", "husband", "mother",
                                              "father", "caregiver", "guardian", "spouse", "sister", "brother", "niece", "nephew", "parent", "mom", "dad"])

    static let patientDepartmentLeads = PHIWords(["patient", "patients", "pt", "family", "member", "home"])
    static let departments = PHIWords(["access", "experience", "safety", "relations", "financial", "flow", "portal", "engagement", "advocate",
                                       "advocacy", "services", "service", "care", "logistics", "transport", "education", "advisory", "council",
                                       "committee", "health", "support", "success", "centered", "facing", "satisfaction", "throughput", "count",
                                       "counts", "volume", "volumes", "census", "list", "lists", "numbers", "rates", "population", "days"])

    /// Tokens to the closest business word before (or after) token k on its line; "Dr" counts
    /// only as a title ("Dr. Lee", "Dr Lee"), not as a street suffix ("640 Pinecrest Dr,").
    func businessDistance(_ t: PHIText, _ k: Int, before: Int = 0, after: Int = 0, tight: Bool = false) -> Int {
        var d = 1
        while d <= max(before, after) {
            let j = before > 0 ? k - d : k + d
            guard j >= 0, j < t.count, before > 0 || !t.toks[j].newline else { break }
            if t.in(j, Self.businessWords), !(t.is(j, "dr") && !(t.isPunct(j + 1, 46) || t.isCap(j + 1))), !t.is(j, "it") || t.isUpper(j),
               !(t.in(j - 1, Self.personalPossessives) && t.in(j, Self.personalPlaces)), !describesPerson(t, j) { return d }
            // after the number, a business word counts only right after it ("312-… (IT support)", not "…, asked support")
            if tight, after > 0, t.isWord(j), !t.in(j, Self.fillers), !t.in(j, Self.businessWords), !extensionAt(t, j) { break }
            if before > 0 ? t.toks[j].newline : (j + 1 < t.count && t.toks[j + 1].newline) { break }
            d += 1
        }
        return 99
    }
}
