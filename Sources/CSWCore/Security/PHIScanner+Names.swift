/// Patient names in clinical context ("patient John Smith", "Pt. Maria Lopez", "patient:
/// Jane Roe", "Mrs. Johnson, 84, on 4 West") and street addresses.
extension PHIScanner {
    /// A person's name from token j: two capitalised words (a middle initial allowed), or
    /// "Roe, Jane" when `inverted` is allowed. Its last token.
    func personName(_ t: PHIText, _ j: Int, inverted: Bool = false) -> Int? {
        guard let end = personNameEnd(t, j, inverted: inverted) else { return nil }
        // "Prairie Rose Dr" is a street; "Zztest Beta" a test patient
        if t.in(end + 1, Self.streetSuffixes) && !t.isPunct(end + 2, 44) || isTestPatient(t, j) { return nil }
        return nameEnd(t, end)
    }

    func personNameEnd(_ t: PHIText, _ j: Int, inverted: Bool) -> Int? {
        guard t.isCap(j), !t.in(j, Self.nonNames), t.len(j) >= 2 || t.isPunct(j + 1, 46) else { return nil }
        if inverted, t.isPunct(j + 1, 45), t.tight(j + 1), t.isCap(j + 2), t.isPunct(j + 3, 44) {
            // "Sondergaard-Bui, Ilka"
            if t.isCap(j + 4), !t.in(j + 4, Self.nonNames) { return j + 4 }
        }
        var end = j + 1
        if t.isPunct(end, 46) { end += 1 }  // "J. Doe"
        if inverted, t.isPunct(j + 1, 44), t.isCap(j + 2), !t.in(j + 2, Self.nonNames) { return j + 2 }  // "Roe, Jane"
        guard t.isCap(end), !t.in(end, Self.nonNames), t.spaced(end), !t.toks[end].newline else { return nil }
        // a middle initial: "John Q. Public", "John Q Public"
        if t.len(end) == 1, t.isCap(end + 1) || (t.isPunct(end + 1, 46) && t.isCap(end + 2)) {
            let last = t.isPunct(end + 1, 46) ? end + 2 : end + 1
            if !t.in(last, Self.nonNames) { return last }
        }
        return end
    }

    /// A patient's name led by "patient", "pt.", "patient name:" or a title with clinical context.
    func name(_ t: PHIText, _ k: Int) -> Found? {
        if t.in(k, Self.nameLabels) {
            var j = k + 1
            var explicit = t.in(k, Self.nameNouns)
            while j < k + 5, t.punct(j) == 46 || t.punct(j) == 44 || t.punct(j) == 58 || t.punct(j) == 45 || t.punct(j) == 40 || t.punct(j) == 61 || t.in(j, Self.nameNouns) || t.is(j, "is") {
                if t.in(j, Self.nameNouns) { explicit = true }
                j += 1
            }
            // "Name on the wristband: Evelyn Marsh": a few words of where, then the colon
            if explicit, t.isWord(j), !t.isCap(j), let c = (j + 1..<min(j + 5, t.count)).first(where: { t.isPunct($0, 58) }),
               !t.toks[j...c].contains(where: \.newline) {
                j = c + 1
            }
            if t.toks[min(j, t.count - 1)].newline && j > k + 1 { return nil }
            if explicit && !t.in(k, Self.patientLabels) && !t.near(k, before: 10, after: 14, Self.clinicalContext) { return nil }
            // "Staff CSV (name,role,ext): …": a staff list's names
            if explicit, t.near(k, before: 0, after: 8, Self.staffFields) { return nil }
            if let end = personName(t, j, inverted: true) {
                // "name: Rachel Ng, RN": a colleague with her credentials
                if !t.in(k, Self.patientLabels), t.isPunct(end + 1, 44), t.in(end + 2, Self.roles) || t.in(end + 2, Self.businessWords) { return nil }
                return Found(kind: .name, from: j, to: end)
            }
            // "Patient name: maria garcia": typed in lower case after an explicit label and its colon
            if explicit, t.isPunct(j - 1, 58) || t.isPunct(j - 1, 61), t.isWord(j), t.isWord(j + 1), t.spaced(j + 1), !t.toks[j + 1].newline,
               t.len(j) >= 2, t.len(j + 1) >= 2, t.digits(j) == 0, t.digits(j + 1) == 0, !t.in(j, Self.nonNames), !t.in(j + 1, Self.nonNames),
               !t.in(j, Self.nameVerbs), !t.in(j + 1, Self.nameVerbs), !t.in(j, Self.labelSkips), !t.in(j + 1, Self.labelSkips) {
                return Found(kind: .name, from: j, to: nameEnd(t, j + 1))
            }
            // a surname alone: "pt. Okafor's alert", "patient Lindqvist was"
            // "called pt Okonjo about the alert", "patient Reyes, 4 West"
            if t.in(k, Self.patientLabels), t.isCap(j), t.len(j) >= 3, !t.in(j, Self.nonNames), !t.isUpper(j), !t.in(j, Self.businessWords),
               t.b[Int(t.toks[j].end) - 2] == 39 || t.in(j + 1, Self.nameVerbs) || t.in(j + 1, Self.afterSurname) || t.isPunct(j + 1, 44) || t.isPunct(j + 1, 40) {
                return Found(kind: .name, from: j, to: j)
            }
            return nil
        }
        // "ambient note for Robert Chang", "the alert on Gloria Fuentes", "override for Calloway, Dmitri", "the Patient resource
        // for Calvert Yazzie": a person a clinical record is about
        if t.in(k, Self.recordAbout) || t.in(k - 1, Self.patientLabels) && t.isWord(k), t.in(k + 1, Self.aboutWords),
           let end = personName(t, k + 2, inverted: true), !t.in(end, Self.businessPlaces), !t.in(end, Self.placeWords),
           !t.in(end, Self.businessWords), !t.in(k + 2, Self.roles) {
            return Found(kind: .name, from: k + 2, to: end)
        }
        // "Can you spell your last name?" "R-O-U-X": a name spelled out letter by letter
        if t.len(k) == 1, t.isUpper(k), t.isPunct(k + 1, 45), t.tight(k + 1), t.tight(k + 2), t.len(k + 2) == 1, t.isUpper(k + 2), !t.isPunct(k - 1, 45) {
            var e = k + 2
            while e < k + 40, t.isPunct(e + 1, 45), t.tight(e + 1), t.tight(e + 2), t.isWord(e + 2), t.len(e + 2) == 1 { e += 2 }
            if e >= k + 4, t.nearest(k, before: 24, after: 0, Self.spellWords) != nil { return Found(kind: .name, from: k, to: e) }
        }
        // "the patient's husband, Otto Brännström", "my grandmother Eulalie Boudreaux-Lanier": a patient's relative, named
        if t.in(k, Self.relatives), t.in(k - 1, Self.personalPossessives) || t.is(k - 1, "their"),
           t.near(k, before: 12, after: 22, Self.clinicalContext) || patientDistance(t, k, before: 12, strong: true) < 99 {
            let j = t.isPunct(k + 1, 44) ? k + 2 : k + 1
            if let end = personName(t, j), !t.in(j, Self.roles), !t.in(end, Self.businessWords) { return Found(kind: .name, from: j, to: end) }
        }
        guard t.isCap(k) || t.in(k, Self.titles) else { return nil }
        let pn = t.isCap(k) && !t.in(k, Self.nonNames) ? personName(t, k) : nil  // once for the rules below
        // "Harold Finch's chart", "Amy Lu's wristband": a person whose clinical record it is
        if t.isCap(k), !t.in(k, Self.nonNames), !t.in(k - 1, Self.titles) || t.is(k - 1, "mr") || t.is(k - 1, "mrs") || t.is(k - 1, "ms"), let end = pn,
           end > k, t.b[Int(t.toks[end].end) - 2] == 39, t.in(end + 1, Self.ownRecords), !t.in(k - 1, Self.roles) { return Found(kind: .name, from: k, to: end) }
        // "From: Ann Smith <ann.smith52@gmail.com>": the name on a patient's own address
        if t.isCap(k), let end = pn, t.isPunct(end + 1, 60), let at = (end + 2..<min(end + 12, t.count)).first(where: { t.isPunct($0, 64) || t.isPunct($0, 62) }),
           t.isPunct(at, 64), email(t, at) != nil { return Found(kind: .name, from: k, to: end) }
        // "Jane Roe (pt)", "Jane Roe, the patient,", "S. Patel, 45 Grove Terrace": a name that a label or an address follows
        if t.isCap(k), !t.in(k, Self.nonNames), !t.in(k - 1, Self.titles), let end = pn {
            // (not a department: "Keisha Barnett (Patient Safety)")
            let labelAfter = (t.isPunct(end + 1, 40) && t.in(end + 2, Self.patientLabels) && !t.in(end + 3, Self.departments))
                || (t.isPunct(end + 1, 44) && (t.is(end + 2, "the") || t.is(end + 2, "our")) && t.in(end + 3, Self.patientLabels))
            if labelAfter || (t.isPunct(end + 1, 44) && t.isNumber(end + 2) && address(t, end + 2) != nil) { return Found(kind: .name, from: k, to: end) }
        }
        // "Smith, John  DOB 05/16/1966", "HOLM, ASTRID (MRN 7112290)", "| MEYER, LOTTE | 1936-08-19", "Dario Conti, DOB …",
        // "Rosalind Achebe (b. 11/30/1942)": a listed name right before its date of birth, record number or bed
        if t.isCap(k), !t.in(k, Self.nonNames), !t.in(k - 1, Self.titles), !t.in(k - 1, Self.roles), !t.in(k, Self.businessWords),
           !t.in(k, Self.businessNumberWords), let end = t.isPunct(k + 1, 44) && t.isCap(k + 2) && !t.in(k + 2, Self.nonNames) ? (t.isWord(k + 3) && t.len(k + 3) == 1 && t.isUpper(k + 3) ? k + 3 : k + 2) : pn {
            var j = end + 1
            // "RIVERA, Anselmo ... SSN …", "FARNSWORTH, Idris K. / SSN …": an ellipsis or a slash may stand between too
            while j < end + 5, let p = t.punct(j), p == 44 || p == 45 || p == 40 || p == 124 || p == 59 || p == 58 || p == 34 || p == 46 || p == 47 { j += 1 }
            if j > end + 1 || t.in(j, Self.rowLabels), !t.toks[j < t.count ? j : end].newline || j == end + 1,
               t.spaced(j) || t.isPunct(j - 1, 40) || t.isPunct(j - 1, 44) && (t.isPunct(j - 2, 34) || t.isPunct(k - 1, 44) && t.isNumber(k - 2)),
               !t.isUpper(end) || t.isUpper(k),
               t.in(j, Self.rowLabels) || (t.is(j, "b") && t.isPunct(j + 1, 46)) || (j > end + 1 && t.isNumber(j) && date(t, j) != nil) {
                return Found(kind: .name, from: k, to: end)
            }
        }
        // "MRN 4419920 (Halvorsen, Liv)", "account 700218844 (Benedikta Ferraz)": a patient's record number, then whose it is
        if t.isCap(k), t.isPunct(k - 1, 40), t.isNumber(k - 2), t.len(k - 2) >= 6, !t.in(k, Self.nonNames), !t.in(k, Self.businessWords),
           (max(0, k - 5)..<(k - 2)).contains(where: { t.in($0, Self.mrnLabels) || t.in($0, Self.bareAccountLabels) || t.in($0, Self.memberLabels) || t.is($0, "chart") }),
           !(max(0, k - 8)..<(k - 2)).contains(where: { t.in($0, Self.businessAccountWords) }),
           let end = personName(t, k, inverted: true), t.isPunct(end + 1, 41), !t.in(end, Self.businessWords) {
            return Found(kind: .name, from: k, to: end)
        }
        // "DOE, JANE was on the census": a name written the registration way, SURNAME, FIRST in capitals
        if t.isUpper(k), t.isPunct(k + 1, 44), t.tight(k + 1), t.isUpper(k + 2), t.len(k) >= 3, t.len(k + 2) >= 3, max(t.len(k), t.len(k + 2)) >= 4,
           t.digits(k) == 0, t.digits(k + 2) == 0, hasVowel(t, k), hasVowel(t, k + 2), !t.in(k, Self.nonNames), !t.in(k + 2, Self.nonNames),
           !t.in(k, Self.roles), !t.in(k + 2, Self.roles), !t.in(k, Self.businessWords), !t.in(k + 2, Self.businessWords), !t.in(k, Self.hl7Codes),
           !t.isUpper(k + 4) || !t.isPunct(k + 3, 44), !(t.isPunct(k - 1, 44) && t.isUpper(k - 2)), !t.isPunct(k - 1, 94), !t.isPunct(k + 3, 94),
           !isTestPatient(t, k), !isTestPatient(t, k + 2) {
            return Found(kind: .name, from: k, to: k + 2)
        }
        // "spoke with Maria Gomez about her mother's readmission": a person whose relative is the patient
        if t.isCap(k), !t.toks[k].newline, t.spaced(k), !t.in(k, Self.nonNames), !t.in(k - 1, Self.titles), !t.in(k - 1, Self.roles), !t.isUpper(k),
           k > 0, !t.isPunct(k - 1, 46), let end = pn, !t.isUpper(end) {
            var j = end + 1
            while j < end + 7, j < t.count, !t.toks[j].newline {
                if t.in(j, Self.personalPossessives) || t.is(j, "whose"), t.in(j + 1, Self.relatives) { return Found(kind: .name, from: k, to: end) }
                if t.in(j, Self.roles) || t.in(j, Self.businessWords) { break }
                j += 1
            }
        }
        // an HL7 person name anywhere: "ESPINOZA^CARMEN^L" (not a message type such as ADT^A03)
        if t.isUpper(k), t.isPunct(k + 1, 94), t.tight(k + 1), t.tight(k + 2), t.isUpper(k + 2), t.len(k) >= 2, t.len(k + 2) >= 2,
           t.digits(k) == 0, t.digits(k + 2) == 0, !t.in(k, Self.hl7Codes), !t.in(k + 2, Self.hl7Codes), !t.in(k, Self.hl7Segments),
           !t.isPunct(k - 1, 94), !t.in(k, Self.nonNames), !t.in(k + 2, Self.nonNames), !isTestPatient(t, k) {
            return Found(kind: .name, from: k, to: k + 2)
        }
        guard t.in(k, Self.titles) else { return nil }
        var j = k + 1
        if t.isPunct(j, 46) { j += 1 }
        guard t.isCap(j), t.len(j) >= 2, !t.in(j, Self.nonNames) else { return nil }
        var end = j
        // (not past a possessive: "Ms. Kowalewski's MRI")
        if t.isCap(j + 1), t.spaced(j + 1), !t.in(j + 1, Self.nonNames), !t.isPossessive(j) { end = j + 1 }
        end = nameEnd(t, end)
        // a colleague: "Mrs. Okoye (nurse educator)", "Ms. Reid (CNO)", "the nurse manager, Mrs. Lindgren"
        let ageAfter = t.isPunct(end + 1, 44) && t.isNumber(end + 2) && t.len(end + 2) <= 3
        let unit = t.is(end + 1, "on") && t.isNumber(end + 2) && t.in(end + 3, Self.directions)
            || (t.isPunct(end + 1, 58) || t.isPunct(end + 1, 44)) && t.isNumber(end + 2) && address(t, end + 2) != nil  // "Mr. Lusk: 2650 County Rd 14"
        let roleBefore = t.in(k - 1, Self.roles) || (t.isPunct(k - 1, 44) && t.near(k - 1, before: 6, after: 0, Self.roles))
        let roleAfter = t.in(end + 1, Self.roles) || ((t.isPunct(end + 1, 40) || t.isPunct(end + 1, 44)) && t.near(end + 1, before: 0, after: 4, Self.roles))
        // "Mr. Chen in desktop support", "Ms. Ruiz from IT"
        let staffAfter = (t.is(end + 1, "in") || t.is(end + 1, "from") || t.is(end + 1, "of")) && t.near(end + 1, before: 0, after: 3, Self.staffDepartments)
        // "Hi team, Mrs. Pike called about her husband's alert": a relative of a patient is no colleague
        var family = false
        var f = end + 1
        while f < end + 9, f < t.count, !t.toks[f].newline, !family { family = t.in(f, Self.personalPossessives) && t.in(f + 1, Self.relatives); f += 1 }
        if (roleBefore && !family || roleAfter || staffAfter) && !ageAfter { return nil }
        // a title and a surname count as a patient only with clinical context close by
        guard ageAfter || unit || t.near(k, before: 6, after: 22, Self.clinicalContext) || t.near(k, before: 0, after: 22, Self.patientEvents) else { return nil }
        return Found(kind: .name, from: j, to: end)
    }

    func hasVowel(_ t: PHIText, _ k: Int) -> Bool {
        t.b[Int(t.toks[k].start)..<Int(t.toks[k].end)].contains { [65, 69, 73, 79, 85, 89].contains($0 & 0xDF) }
    }

    static let recordAbout = PHIWords(["note", "notes", "alert", "alerts", "chart", "encounter", "transcript", "score", "readmission", "admission",
                                       "instructions", "summary", "paperwork", "results", "labs", "referral", "pickup", "transport", "resource",
                                       "discharge", "override", "wristband", "armband", "banner", "visit", "stay", "record", "scores"])
    static let placeWords = PHIWords(["valley", "ridge", "hill", "hills", "river", "lake", "park", "county", "city", "memorial", "general",
                                      "regional", "community", "university", "mountain", "bay", "harbor", "springs", "creek", "heights", "grove",
                                      "point", "falls", "medical", "health", "healthcare", "children's", "center", "campus", "north", "south"])
    static let aboutWords = PHIWords(["for", "on", "of", "about"])
    static let relatives = PHIWords(["mother", "father", "mom", "dad", "daughter", "son", "wife", "husband", "spouse", "sister", "brother",
                                     "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "partner"])

    /// A test patient of the customer's test feed: "ZZTEST^ALPHA", "TEST^PATIENT".
    func isTestPatient(_ t: PHIText, _ k: Int) -> Bool {
        guard t.isWord(k) else { return false }
        let w = t.b[Int(t.toks[k].start)..<Int(t.toks[k].end)]
        func at(_ i: Int, _ s: StaticString) -> Bool {
            guard i >= 0, i + s.utf8CodeUnitCount <= w.count else { return false }
            return (0..<s.utf8CodeUnitCount).allSatisfy { w[w.startIndex + i + $0] | 0x20 == s.utf8Start[$0] }
        }
        return at(0, "zz") || at(0, "test") || at(w.count - 4, "test")
    }

    static let staffDepartments = PHIWords(["support", "it", "desktop", "helpdesk", "informatics", "engineering", "sales", "finance", "billing",
                                            "purchasing", "procurement", "legal", "compliance", "security", "network", "contracting", "marketing",
                                            "facilities", "hr", "operations", "training", "education", "accounting", "revenue", "payroll"])
    static let roles = PHIWords(["nurse", "manager", "educator", "director", "cno", "cmio", "cmo", "cio", "cfo", "ceo", "coo", "cto", "vp", "coordinator",
                                 "analyst", "informaticist", "it", "lead", "champion", "administrator", "our", "from", "dr", "chief", "head",
                                 "supervisor", "specialist", "pharmacist", "physician", "hospitalist", "secretary", "assistant", "clerk", "sponsor",
                                 "executive", "officer", "team", "staff", "colleague", "shout-out", "thanks"])
    static let hl7Codes = PHIWords(["adt", "oru", "orm", "siu", "mdm", "ack", "dft", "bar", "mfn", "vxu", "rde", "ppr", "rsp", "qbp", "omg", "oml",
                                    "rgv", "ras", "mr", "pi", "mrn", "ne", "pn", "ph", "prn", "wpn", "net", "internet", "hl7", "msh", "evn", "obx", "obr"])
    static let afterSurname = PHIWords(["about", "in", "on", "at", "from", "with", "and", "re", "for", "whose", "today", "yesterday"])
    static let ownRecords = PHIWords(["chart", "mrn", "dob", "wristband", "armband", "banner", "labs", "results", "admission", "discharge",
                                      "readmission", "encounter", "room", "bed", "medications", "meds", "vitals", "allergies", "diagnosis",
                                      "record", "records", "ssn", "sepsis", "lactate", "facesheet"])
    static let spellWords = PHIWords(["spell", "spelled", "spelling", "spelt"])
    static let nameVerbs = PHIWords(["was", "is", "had", "has", "who", "got", "needs", "needed", "refused", "fell", "died", "asked"])
    static let rowLabels = PHIWords(["dob", "mrn", "born", "ssn", "age", "sex", "bed", "d.o.b", "mrn#"])

    static let nameLabels = PHIWords(["name", "names", "nombre", "nom"], adding: [patientLabels])
    static let patientLabels = PHIWords(["patient", "pt", "patient's", "pt's", "resident", "decedent", "paciente", "patiente", "patientin", "paziente"])
    static let nameNouns = PHIWords(["name", "named", "names", "nm", "nme"])
    static let hl7Words = PHIWords(["pid", "nk1", "field", "value", "shows", "showed", "had", "has", "is", "was", "with", "contains", "of", "the", "a"])
    static let clinicalContext = PHIWords([
        "bed", "room", "admitted", "discharged", "years", "yo", "y/o", "dob", "mrn", "diagnosis", "daughter", "son", "wife", "husband", "chart",
        "icu", "ed", "er", "floor", "ward", "readmitted", "transferred", "septic", "sepsis", "surgery", "post-op", "family", "mother", "father",
        "patient", "patient's", "pt", "age", "aged", "died", "expired", "discharge", "admission", "unit", "census", "alert", "alerts", "override",
        "fired", "missed", "scored", "score", "risk", "ambient", "note", "transcript", "visit", "encounter", "allergy", "allergies", "meds",
        "medication", "medications", "labs", "lactate", "vitals", "antibiotics", "hospice", "rehab", "snf", "ct", "mri", "x-ray", "imaging",
        "follow-up", "appointment", "nurse", "rn", "physician", "attending", "north", "south", "east", "west", "stepdown", "telemetry", "tele",
        "ssn", "birth", "born", "readmission", "triage", "case", "results", "refused", "complaint", "caregiver", "guardian", "underwent",
        "cabg", "fell", "fall", "bleed", "stroke", "pe", "mi", "copd", "chf", "dnr", "hospitalized", "wristband", "armband", "banner", "facesheet", "intubated", "extubated", "coded",
    ])
    static let nonNames = PHIWords([
        "portal", "safety", "experience", "id", "satisfaction", "flow", "care", "access", "education", "record", "records", "census", "engagement",
        "monitoring", "outcomes", "outcome", "volume", "volumes", "population", "list", "lists", "data", "charts", "chart", "identifiers", "names",
        "name", "information", "info", "level", "throughput", "transport", "transfers", "advocate", "advocacy", "family", "families", "facing",
        "centered", "centred", "panel", "mix", "days", "day", "count", "counts", "numbers", "number", "rooms", "room", "beds", "bed", "the", "a",
        "an", "who", "with", "and", "or", "of", "in", "on", "at", "to", "is", "was", "had", "has", "for", "that", "this", "these", "those", "we",
        "they", "she", "he", "it", "i", "our", "their", "his", "her", "no", "not", "one", "two", "app", "registry", "story", "stories", "feedback",
        "survey", "surveys", "letter", "letters", "alert", "alerts", "deterioration", "status", "selection", "scores", "score", "populations",
        "cohort", "cohorts", "ids", "mrn", "dob", "ssn", "hl7", "adt", "oru", "emr", "ehr", "epic", "cerner", "experience", "services", "service",
        "relations", "financial", "accounts", "account", "registration", "intake", "matching", "identity", "demographics", "header", "banner",
        "field", "fields", "column", "columns", "search", "lookup", "match", "merge", "merges", "index", "mpi", "empi", "ticket", "tickets", "if",
        "when", "as", "but", "so", "then", "from", "by", "after", "before", "during", "per", "via", "all", "any", "each", "every", "some", "x",
        "zero", "test", "demo", "sample", "example", "unknown", "anonymous", "mr", "mrs", "ms", "dr", "rn", "md", "np", "pa",
        "last", "first", "full", "middle", "legal", "preferred", "mychart", "portal's", "advisory", "council", "committee", "board", "liaison",
        "instructions", "summary", "summaries", "education", "transport", "discharge", "admission", "readmission", "risk", "level", "acuity",
        "north", "south", "east", "west", "tower", "wing", "unit", "floor", "icu", "ed", "er", "or", "pacu", "nicu", "picu", "ccu", "l&d",
        "patient", "patients", "synthetic", "fake", "dummy", "po", "box", "social", "security", "medical", "home", "date", "cell", "phone", "email",
        // insurance and places: "the patient's Medicare MBI", "St. Brendan"
        "medicare", "medicaid", "mbi", "st", "saint",
        // FHIR resources: "we only read Patient, Encounter, Observation"
        "encounter", "observation", "coverage", "condition", "procedure", "practitioner", "organization", "location", "bundle", "resource", "resources",
    ])
}
