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
        "organization", "organisation", "practitioner",
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
            } else if t.in(j, Self.syntheticWords), t.in(j - 1, Self.replaceLeads) || t.is(j - 1, "a") && t.in(j - 2, Self.replaceLeads),
                      (max(0, j - 8)..<j).contains(where: { t.in($0, Self.replaceVerbs) }) {
                // "swap it for a dummy before publishing": what the real value is to become ("loaded with synthetic
                // patients" stays synthetic: no word of replacing before it)
            } else if t.isWord(j), !synthetic {
                // "ZZTEST", "TEST^PATIENT": the names interfaces give their test patients
                synthetic = t.in(j, Self.syntheticWords) || isTestPatient(t, j) && (t.len(j) >= 6 && t.firstByte(j) | 0x20 == 122 || t.isPunct(j + 1, 94))
            }
            j += 1
        }
        return synthetic && !real ? j : nil
    }

    static let syntheticTriggers = PHIWords([], adding: [syntheticWords, realWords, negations])
    static let replaceLeads = PHIWords(["for", "with", "to", "by", "into"])
    static let replaceVerbs = PHIWords(["swap", "swapped", "replace", "replaced", "substitute", "substituted", "scrub", "scrubbed", "mask",
                                        "masked", "change", "changed", "switch", "switched"])
    static let realWords = PHIWords(["real", "actual", "genuine", "production", "prod", "live"])
    static let negations = PHIWords(["not", "isn't", "wasn't", "aren't", "weren't", "no", "never"])

    static let syntheticWords = PHIWords(["synthetic", "fictional", "fictitious", "fake", "dummy", "placeholder", "placeholders", "mock", "persona",
                                          "personas"])

    /// "CONFIDENTIALITY NOTICE:", "Disclaimer:": an email's legal footer, whose phone number is the sender's.
    func isBoilerplate(_ t: PHIText, _ k: Int) -> Bool {
        t.in(k, Self.boilerplateWords) && (t.is(k + 1, "notice") || t.isPunct(k + 1, 58) || t.is(k + 1, "information") && t.is(k - 1, "contain"))
    }

    static let boilerplateWords = PHIWords(["confidentiality", "disclaimer", "confidential"])

    /// Whether contact data (a phone number, an email address) at tokens from...to is a
    /// patient's: a patient word close by wins unless a business word stands right next to
    /// the number ("Dr. Lee (CMIO) 312-…" beside "patient"); a business word alone clears it;
    /// with neither the number counts (a guard that errs must err towards flagging).
    func patientContact(_ t: PHIText, _ from: Int, _ to: Int, inSignature: Bool) -> Bool {
        // "the hospital's patient relations line 912-…", "the clinic's portal support number, …": the organisation's own
        if organisationOwned(t, from) { return false }
        // "the patient emailed our CEO from noelle.v@…": the sender's address, and the clause's subject is the patient
        if t.is(from - 1, "from"), clauseSubjectIsPatient(t, from - 1) { return true }
        let before = patientDistance(t, from, before: 12)
        var patient = min(before, patientDistance(t, to, after: 8))
        // "team lead Dana Wu (dwu@…) owns registration": a weak patient word after, a staff word before
        if before == 99, patient < 99, patientDistance(t, to, after: 8, strong: true) == 99, businessDistance(t, from, before: 8) < 99 { patient = 99 }
        // "Voicemail from the patient's husband: "… we never got a call; I'm at 402-…"": a patient who leads the line
        if patient == 99, patientDistance(t, from, before: 40, strong: true) < 99 { patient = 12 }
        let business = min(businessDistance(t, from, before: 16), businessDistance(t, to, after: 8))
        // right after the number, a business word counts as "next to it" only when nothing but fillers stands between
        let businessNext = min(businessDistance(t, from, before: 16), businessDistance(t, to, after: 8, tight: true))
        // "my insulin doses", "re: her med list": someone talks about their own health, or a patient's
        let health = personalHealth(t, from)
        if patient == 99, health { patient = 12 }
        // "Regards, Jim Fenwick | Manager | p 919.555.0133 | f …": a signature on one line — unless it is a patient's
        // ("Patient email signature: "Sent from my iPhone — …"", "Portal message: "Thanks! — …"")
        if inSignature || t.near(from, before: 40, after: 0, Self.signatureWords) || t.near(from, before: 16, after: 0, Self.valedictions) {
            if patientSigned(t, from) { patient = min(patient, 12) } else if !health { return patient <= 3 }
        }
        // "Dr. Imelda Ruiz, DO | CMIO | Riverbend Health | … | m: 507-…": a signature on one line, fields between bars
        if patient == 99, oneLineSignature(t, from) { return false }
        // {"resourceType":"Organization", … "telecom":[{"system":"phone","value":"555-0100"}]}: the organisation's own
        if patient == 99, businessResource(t, from) { return false }
        if patient == 99, businessContact(t, from) { return false }
        if patient == 99 && business == 99 { return true }
        if patient == 99 { return false }
        if business == 99 { return true }
        return !(businessNext <= 3 && patient > businessNext + 2)
    }

    /// Whether the first person named in the clause before token k is a patient (or a relative):
    /// "the patient emailed our CEO from …" yes, "Dr. Lee emailed the patient from …" no.
    func clauseSubjectIsPatient(_ t: PHIText, _ k: Int) -> Bool {
        var s = k - 1
        while s > 0, k - s < 16, !t.toks[s].newline, !(t.isPunct(s - 1, 46) && !t.in(s - 2, Self.titles)), !t.isPunct(s - 1, 59), !t.isPunct(s - 1, 58) { s -= 1 }
        for j in s..<k {
            if t.in(j, Self.strongPatientWords) { return !(t.in(j, Self.patientDepartmentLeads) && t.in(j + 1, Self.departments)) }
            if t.in(j, Self.businessWords) || t.in(j, Self.roles) || t.in(j, Self.titles) || t.isCap(j) && !t.isUpper(j) && j > s { return false }
        }
        return false
    }

    /// "their contact is …", "our main contact, …", "POC:" within 14 tokens before k: a business's contact person.
    func businessContact(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j > k - 14, !t.toks[j + 1].newline {
            if t.is(j, "poc") || t.is(j, "contact") && t.in(j - 1, Self.businessContactLeads) { return true }
            j -= 1
        }
        return false
    }

    static let businessContactLeads = PHIWords(["their", "our", "main", "primary", "technical", "clinical", "project", "site", "it", "billing",
                                                "escalation", "customer", "vendor", "hospital's", "clinic's", "account"])

    /// A role or business word before token k on its line, with two bars or more between
    /// fields, and no patient word: a one-line signature.
    func oneLineSignature(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1, bars = 0, business = false
        while j >= 0, j > k - 48 {
            if t.isPunct(j, 124) { bars += 1 }
            if t.in(j, Self.roles) || t.in(j, Self.businessWords) { business = true }
            if t.in(j, Self.patientWords) { return false }
            if t.toks[j].newline { break }
            j -= 1
        }
        return bars >= 2 && business
    }

    /// A FHIR resource of the business (Organization, Practitioner, Location, Endpoint) named
    /// by "resourceType" before token k on its line.
    func businessResource(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 2, j > k - 64, !t.toks[j + 1].newline {
            if t.in(j, Self.businessResources), t.isPunct(j - 1, 34), t.is(j - 4, "resourcetype") { return true }
            j -= 1
        }
        return false
    }

    static let businessResources = PHIWords(["organization", "practitioner", "practitionerrole", "location", "endpoint", "healthcareservice"])

    /// Whether the line of token k says whose health it is about: a person's own ("my", "her",
    /// "your") before a word of health or care within two words ("my insulin doses", "her
    /// med list", "your stent"), within 40 tokens either side.
    func personalHealth(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j > k - 40, !t.toks[j + 1].newline {
            if ownsHealth(t, j) { return true }
            j -= 1
        }
        j = k + 1
        while j < t.count, j < k + 40, !t.toks[j].newline {
            if ownsHealth(t, j) { return true }
            j += 1
        }
        return false
    }

    /// "my insulin", "her med list", "your stent" at token j — "your" only with a clinical word
    /// ("your care plan module" is a product's).
    func ownsHealth(_ t: PHIText, _ j: Int) -> Bool {
        guard t.in(j, Self.healthOwners) else { return false }
        let words = t.is(j, "your") ? Self.clinicalHealthWords : Self.healthWords
        return t.in(j + 1, words) || t.in(j + 2, words) && j + 2 < t.count && !t.toks[j + 2].newline
    }

    static let clinicalHealthWords = PHIWords(["insulin", "dose", "doses", "meds", "medication", "medications", "pills", "prescription", "glucose",
                                               "sugar", "sugars", "blood", "readings", "bp", "heart", "surgery", "stent", "biopsy", "mri", "scan",
                                               "diagnosis", "cancer", "chemo", "dialysis", "pregnancy", "symptoms", "pain", "pump", "cgm", "inhaler",
                                               "oxygen", "wound", "diabetes", "pacemaker", "procedure", "colonoscopy", "mammogram", "fall", "stroke"])
    // ("mom's" reads as "mom": a token's key drops a final "'s")
    static let healthOwners = PHIWords(["my", "her", "his", "your", "mom", "dad", "mum", "mother", "father", "wife", "husband", "son", "daughter"])
    static let healthWords = PHIWords(["insulin", "dose", "doses", "meds", "med", "medication", "medications", "medicine", "pills", "prescription",
                                       "prescriptions", "glucose", "sugar", "sugars", "blood", "readings", "reading", "bp", "heart", "surgery", "stent",
                                       "biopsy", "mri", "scan", "diagnosis", "cancer", "chemo", "dialysis", "pregnancy", "baby", "labs", "results",
                                       "appointment", "appointments", "doctor", "cardiologist", "oncologist", "pcp", "symptoms", "pain", "pump", "cgm",
                                       "inhaler", "oxygen", "wound", "diabetes", "copd", "chf", "afib", "pacemaker", "weight", "cuff", "pendant",
                                       "therapy", "treatment", "care", "condition", "fall", "falls", "stroke", "hospital", "discharge", "admission",
                                       "procedure", "colonoscopy", "mammogram", "vaccine", "shots", "refill", "refills", "pharmacy", "health"])

    /// A signature or valediction before token k on its line that a patient wrote: a patient
    /// word or a patient's channel ("Portal message:", "Patient email signature:") leads the
    /// line, or "sent from my iPhone".
    func patientSigned(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j > k - 40, !t.toks[j + 1].newline {
            // (a doctor's reply "Sent from my iPhone" is no patient's)
            if t.is(j, "sent"), t.is(j + 1, "from"), t.is(j + 2, "my"), !t.near(j, before: 24, after: 0, Self.titles), !t.near(j, before: 24, after: 0, Self.roles) { return true }
            if t.in(j, Self.strongPatientWords) || t.in(j, Self.patientChannels), !(t.in(j, Self.patientDepartmentLeads) && t.in(j + 1, Self.departments)) { return true }
            j -= 1
        }
        return false
    }

    static let patientChannels = PHIWords(["portal", "mychart"])

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
            if t.in(j, strong ? Self.strongPatientWords : Self.patientWords), !(t.in(j, Self.patientDepartmentLeads) && !t.isPossessive(j) && t.in(j + 1, Self.departments)),
               !(t.in(j, Self.patientDepartmentLeads) && t.isPunct(j + 1, 45) && t.tight(j + 1) && t.in(j + 2, Self.departments)),
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
    /// "it" and "it's" (whose key is "it"): the IT department only as "IT".
    static let itWord = PHIWords(["it"])
    static let itPeople = PHIWords(["guy", "guys", "team", "dept", "department", "desk", "person", "lead", "folks", "contact", "director", "manager"])
    static let fillers = PHIWords(["the", "a", "an", "for", "and", "or", "to", "is", "at", "in", "of", "on", "x", "ext", "option", "opt", "press"])

    static let strongPatientWords = PHIWords(["patient", "patient's", "pt", "pt's", "paciente", "patiente", "patientin", "paziente", "family", "daughter", "son", "wife", "husband", "mother",
                                              "father", "caregiver", "guardian", "spouse", "sister", "brother", "niece", "nephew", "parent", "mom", "dad"])

    static let patientDepartmentLeads = PHIWords(["patient", "patients", "pt", "family", "member", "home"])
    static let departments = PHIWords(["access", "experience", "safety", "relations", "financial", "flow", "portal", "engagement", "advocate",
                                       "advocacy", "services", "service", "care", "logistics", "transport", "education", "advisory", "council",
                                       "committee", "health", "support", "success", "centered", "facing", "satisfaction", "throughput", "count",
                                       "counts", "volume", "volumes", "census", "list", "lists", "numbers", "rates", "population", "days",
                                       "accounts", "billing", "registration", "scheduling", "facing", "app", "apps", "outreach", "communications"])

    /// Tokens to the closest business word before (or after) token k on its line; "Dr" counts
    /// only as a title ("Dr. Lee", "Dr Lee"), not as a street suffix ("640 Pinecrest Dr,").
    func businessDistance(_ t: PHIText, _ k: Int, before: Int = 0, after: Int = 0, tight: Bool = false) -> Int {
        var d = 1
        while d <= max(before, after) {
            let j = before > 0 ? k - d : k + d
            guard j >= 0, j < t.count, before > 0 || !t.toks[j].newline else { break }
            // (a "thanks" that ends what someone said is not a staff word: "… call me back at …, thanks")
            if t.in(j, Self.businessWords), !(tight && t.in(j, Self.valedictions)), !(t.is(j, "dr") && !(t.isPunct(j + 1, 46) || t.isCap(j + 1))), !t.in(j, Self.itWord) || t.isUpper(j) && t.len(j) == 2 || t.len(j) == 2 && t.in(j + 1, Self.itPeople),
               !(t.in(j - 1, Self.personalPossessives) && t.in(j, Self.personalPlaces)), !describesPerson(t, j) { return d }
            // after the number, a business word counts only right after it ("312-… (IT support)", not "…, asked support")
            if tight, after > 0, t.isWord(j), !t.in(j, Self.fillers), !t.in(j, Self.businessWords), !extensionAt(t, j) { break }
            if before > 0 ? t.toks[j].newline : (j + 1 < t.count && t.toks[j + 1].newline) { break }
            d += 1
        }
        return 99
    }
}
