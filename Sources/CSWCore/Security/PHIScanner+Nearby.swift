/// A social security number a few words after the word that names it, however it is
/// written or said: "SSN on file ending 4410", "the last four of his Social, 8842", "9-digit
/// SSNs without dashes (e.g. 498203317 …)", "social, ending in zero-nine-eight-one", a
/// question and its answer ("the last four of your social?" Pt: "Seven seven oh two."), and
/// digits said in groups ("three-oh-one, forty-four, nine-two-one-six").
extension PHIScanner {
    /// Digits said in words from token j — "seven seven oh two", "zero-nine-eight-one",
    /// "forty-four", "double five" — grouped by spaces, commas or dashes: the last token and
    /// how many digits (at most 12), or nil when j says none.
    func spokenDigits(_ t: PHIText, _ j: Int) -> (end: Int, count: Int)? {
        var n = j, count = 0, end = j
        while n < t.count, n == j || !t.toks[n].newline, count <= 12 {
            if t.in(n, Self.digitWords) {
                count += 1
                end = n
                n += 1
            } else if t.in(n, Self.tensWords) {
                // "forty-four", "forty four": two digits; "forty" alone too ("four oh, forty")
                if t.isPunct(n + 1, 45), t.tight(n + 1), t.in(n + 2, Self.digitWords), !t.is(n + 2, "oh"), !t.is(n + 2, "zero") {
                    end = n + 2
                } else {
                    end = n
                }
                count += 2
                n = end + 1
            } else if t.in(n, Self.teenWords) {
                count += 2
                end = n
                n += 1
            } else if t.is(n, "double") || t.is(n, "triple"), t.in(n + 1, Self.digitWords) {
                count += t.is(n, "double") ? 2 : 3
                end = n + 1
                n += 2
            } else if count > 0, let p = t.punct(n), p == 44 || p == 45, t.in(n + 1, Self.spokenDigitStarts) {
                n += 1
            } else {
                break
            }
        }
        return count > 0 ? (end, count) : nil
    }

    static let tensWords = PHIWords(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    static let teenWords = PHIWords(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])
    static let spokenDigitStarts = PHIWords(["double", "triple"], adding: [digitWords, tensWords, teenWords])

    /// An SSN up to 18 tokens after the social security word at k, on its line: nine digits
    /// (typed or said), or four after a "last four" / "ending" word. Another number, or a
    /// business number's word (invoice, ticket, order …), first ends the look.
    func ssnNearby(_ t: PHIText, _ k: Int) -> Found? {
        // "social worker", "social media": not a number's name
        if t.in(k + 1, Self.socialNotSSN) || t.in(k - 1, Self.socialNotSSN) { return nil }
        let ledByLastFour = (max(0, k - 8)..<k).contains { t.in($0, Self.lastFourLeads) && !t.toks[($0 + 1)...k].contains(where: \.newline) }
        var lastFour = ledByLastFour ? k : -1  // the token of the nearest last-four word
        var j = k + 1
        while j < k + 18, j < t.count, !t.toks[j].newline {
            if t.in(j, Self.businessNumberWords) || t.in(j, Self.ssnStops) { return nil }
            if t.in(j, Self.lastFourLeads) { lastFour = j }
            if t.isNumber(j) {
                if let end = ssnGroups(t, j), validSSN(t, j, end) { return Found(kind: .ssn, from: j, to: end) }
                let alone = !(t.tight(j) && t.punct(j - 1).map { $0 == 45 || $0 == 46 || $0 == 47 } ?? false)
                    && !(t.tight(j + 1) && (t.isPunct(j + 1, 45) || t.isPunct(j + 1, 47) || t.isPunct(j + 1, 46) && t.isNumber(j + 2)))
                if alone, t.len(j) == 9, validSSN(t, j, j) { return Found(kind: .ssn, from: j, to: j) }
                if alone, t.len(j) == 4, lastFour >= 0, j - max(lastFour, k) <= 5, !t.in(j - 1, Self.yearLeads), !t.is(j - 1, "the"),
                   !t.in(j + 1, Self.businessNumberWords), !t.in(j + 1, Self.businessWords) { return Found(kind: .ssn, from: j, to: j) }
                return nil
            }
            if t.in(j, Self.spokenDigitStarts), !t.is(j, "one") || t.in(j + 1, Self.spokenDigitStarts) || t.isPunct(j + 1, 45),
               let (end, count) = spokenDigits(t, j) {
                if count == 9 || count == 4 && lastFour >= 0 { return Found(kind: .ssn, from: j, to: end) }
                if count >= 3 { return nil }
                j = end
            }
            j += 1
        }
        return nil
    }

    /// A record number up to 16 tokens after its label at k, on its line, past a question and
    /// its answer: "Can you confirm your medical record number?" Pt: "it's 0044 1827 9 on my card"
    /// — digits in groups (six to twelve in all) or one identifier with six digits or more.
    /// A business number's word, another identifier's label or a short number first ends the look.
    func mrnNearby(_ t: PHIText, _ k: Int) -> Found? {
        var j = k + 1
        while j < k + 16, j < t.count, !t.toks[j].newline {
            if t.in(j, Self.businessNumberWords) || t.in(j, Self.otherIDLabels) || t.in(j, Self.ssnWords) { return nil }
            if t.isNumber(j) {
                var e = j
                while t.isNumber(e + 1), t.spaced(e + 1), t.len(e + 1) <= 5, !t.toks[e + 1].newline { e += 1 }
                // digits in groups only as an answer ("…?" Pt: "it's 0044 1827 9", "sure, 0077 4412 6"), not "by month: 120 340 560"
                let answer = t.isPunct(j - 1, 34) || t.in(j - 1, Self.answerLeads) || t.isPunct(j - 1, 44) && t.in(j - 2, Self.answerLeads)
                if e > j, answer, (6...12).contains(digitCount(t, j, e)) { return Found(kind: .mrn, from: j, to: e) }
                if e == j, let end = identifier(t, j, digits: 6) { return Found(kind: .mrn, from: j, to: end) }
                return nil
            }
            if t.isWord(j), t.digits(j) >= 6, let end = identifier(t, j, digits: 6) { return Found(kind: .mrn, from: j, to: end) }
            j += 1
        }
        return nil
    }

    static let answerLeads = PHIWords(["is", "it", "its", "sure", "yes", "yeah", "ok", "okay", "number"])
    static let socialNotSSN = PHIWords(["worker", "workers", "work", "media", "determinants", "history", "services", "service", "needs", "isolation",
                                        "support", "supports", "post", "posts", "network", "networks", "club", "hour", "event", "events", "skills",
                                        "security's", "sdoh", "emotional"])
    /// Words after which a number is another one's: "SSN … or her MRN 4471", "SSN … in 2024".
    static let ssnStops = PHIWords(["mrn", "dob", "phone", "member", "account", "acct", "chart", "mr", "medicaid", "medicare", "fax", "npi", "ein", "tin"])
    static let yearLeads = PHIWords(["since", "in", "from", "until", "till", "by", "of", "year", "q1", "q2", "q3", "q4", "fy"])
}

/// A date after a person's own clinical event: "your stent on the fifth of September",
/// "Ms. Kowalewski's MRI on 12/3", "her colonoscopy on 2026-11-09" — the event word owned by
/// a person ("my", "her", "your", "the patient's", a name's "'s"), then "on", "since", "from"
/// or "dated" and the date, a month and day enough.
extension PHIScanner {
    func ownedEventDate(_ t: PHIText, _ k: Int) -> Found? {
        guard t.in(k, Self.eventNouns), !t.in(k + 1, Self.productWords) else { return nil }
        let owner = k - 1
        let possessive = t.isPossessive(owner)
        // ("Ms. Kowalewski's MRI" — but "Dana's visit on 3/12", "Acme's delivery" are a colleague's and a vendor's)
        let owned = t.in(owner, Self.healthOwners) || t.in(owner, Self.patientLabels) && possessive
            || possessive && t.isCap(owner) && !t.in(owner, Self.nonNames) && !t.in(owner, Self.businessWords) && !t.in(owner, Self.organisationWords)
                && (t.in(owner - 1, Self.titles) || t.isPunct(owner - 1, 46) && t.in(owner - 2, Self.titles) || patientDistance(t, owner, before: 12) < 99)
        guard owned else { return nil }
        // "MRI on 12/3", "stroke was on the fourth of November", "appointment was moved to 4 December", "MRI is Thursday the 10th"
        var j = k + 1
        while j < k + 6, j < t.count, !t.toks[j].newline {
            if t.in(j, Self.eventDateLeads) {
                if let (from, to) = dateAfter(t, j + 1, within: 3, partial: true) { return Found(kind: .date, from: from, to: to) }
                if !t.in(j, Self.eventDateMoves) { return nil }
            } else if !t.in(j, Self.eventDateMoves), t.punct(j) != 45 {
                return nil
            }
            j += 1
        }
        return nil
    }

    static let eventDateLeads = PHIWords(["on", "since", "from", "dated", "of", "to", "for", "is", "was"])
    static let eventDateMoves = PHIWords(["was", "is", "got", "been", "moved", "rescheduled", "scheduled", "booked", "set", "changed", "pushed",
                                          "back", "now", "still", "finally", "date", "day"])
    static let eventNouns = PHIWords(["stent", "mri", "ct", "scan", "biopsy", "surgery", "colonoscopy", "mammogram", "procedure", "operation", "fall",
                                      "admission", "discharge", "visit", "appointment", "appt", "stroke", "transplant", "dialysis", "delivery",
                                      "infusion", "chemo", "ultrasound", "x-ray", "echo", "ekg", "ecg", "cath", "catheterization", "pacemaker",
                                      "implant", "injection", "vaccine", "vaccination", "fracture", "diagnosis", "admit", "stay", "labs",
                                      "bloodwork", "consult", "follow-up", "followup", "checkup", "check-up", "physical", "exam", "mri's"])
}

/// A name with no label beside it, on a line that holds a patient's identifier: "teams: can
/// you check why Beatriz Solano (MR# NWH-2281940) isn't showing", "Excel: Zhou, Meilin |
/// meilin.zhou@… | portal active", "DOB for Corliss Whitmore is 7/14/1952". The line's other
/// findings say whose data it carries; a name on it is that person's, or a relative's,
/// unless a title or a role says it is a colleague ("Dr. Lee", "Dana Wu, RN", "Dana Wu
/// (CMIO)"). Run once over the findings, line by line: lines with none cost nothing.
extension PHIScanner {
    func namesBesideIdentifiers(_ t: PHIText, _ found: [Found]) -> [Found] {
        // in order of place, so each line's findings are one run (linear in the text and the findings)
        let sorted = found.sorted { $0.from < $1.from }
        var out: [Found] = []
        var i = 0
        while i < sorted.count {
            // the line of finding i: its first and last token
            var start = sorted[i].from
            while start > 0, !t.toks[start].newline { start -= 1 }
            var end = sorted[i].to
            while end + 1 < t.count, !t.toks[end + 1].newline { end += 1 }
            var j = i
            while j < sorted.count, sorted[j].from <= end { end = max(end, sorted[j].to); j += 1 }
            let onLine = sorted[i..<j]
            i = j
            guard onLine.contains(where: { $0.kind != .name && $0.kind != .age }) else { continue }
            var k = start, next = onLine.startIndex  // the first finding not yet passed
            while k <= end {
                while next < onLine.endIndex, onLine[next].to < k { next += 1 }
                if next < onLine.endIndex, onLine[next].from <= k { k = onLine[next].to + 1; continue }
                if let e = unlabelledName(t, k), e <= end, next == onLine.endIndex || onLine[next].from > e {
                    // the name without its title: "Mrs. Abiodun" → "Abiodun"
                    let from = t.in(k, Self.titles) ? (t.isPunct(k + 1, 46) ? k + 2 : k + 1) : k
                    out.append(Found(kind: .name, from: from, to: e))
                    k = e + 1
                    continue
                }
                k += 1
            }
        }
        return out
    }

    /// A person's name at token k that no title, role or place word makes someone else's:
    /// "Beatriz Solano", "Gerald Ashworth-Kim", "Zhou, Meilin", "Mrs. Abiodun" (the surname).
    func unlabelledName(_ t: PHIText, _ k: Int) -> Int? {
        if t.in(k, Self.titles), !t.is(k, "dr") {
            let j = t.isPunct(k + 1, 46) ? k + 2 : k + 1
            guard t.isCap(j), !t.isUpper(j), t.len(j) >= 2, !t.in(j, Self.nonNames), !t.in(j, Self.notNameWords) else { return nil }
            let end = nameEnd(t, j)
            if t.isCap(end + 1), t.spaced(end + 1), !t.in(end + 1, Self.notNameWords), !t.in(end + 1, Self.nonNames), !t.isPossessive(end) {
                return colleague(t, k, nameEnd(t, end + 1)) ? nil : nameEnd(t, end + 1)
            }
            return colleague(t, k, end) ? nil : end
        }
        // (not a JSON string value: {"plan":"Evergreen Select"} — its key says what it is)
        guard t.isCap(k), !t.isUpper(k), t.len(k) >= 2, !t.in(k, Self.nonNames), !t.in(k, Self.notNameWords), !t.in(k, Self.businessWords),
              !(t.isPunct(k - 1, 34) && t.isPunct(k - 2, 58) && t.isPunct(k - 3, 34)),
              !t.in(k - 1, Self.titles), !staffBefore(t, k - 1), !(t.isPunct(k - 1, 46) && t.in(k - 2, Self.titles)),
              let end = personNameEnd(t, k, inverted: true), end > k else { return nil }
        let last = nameEnd(t, end)
        for j in k...last where t.isWord(j) {
            // "Utilization Management", "Patient Safety": words of departments, not of names
            if Self.notNameSuffixes.contains(where: { t.hasSuffix(j, $0) }) { return nil }
            if t.in(j, Self.notNameWords) || t.in(j, Self.businessWords) || t.in(j, Self.placeWords) || t.in(j, Self.months) || t.in(j, Self.weekdays)
                || t.in(j, Self.streetSuffixes)
                || t.isUpper(j) && t.len(j) > 1 || t.digits(j) > 0 { return nil }
        }
        // a street, a place or an organisation: "Larchmont Ct", "St. Brendan Health", "Cedar Knoll Dr"
        if t.in(last + 1, Self.streetSuffixes) || t.in(last + 1, Self.placeWords) || t.in(last + 1, Self.businessPlaces) || t.in(last + 1, Self.organisationWords) { return nil }
        if t.isCap(last + 1), t.spaced(last + 1), !t.toks[last + 1].newline { return nil }  // a longer capitalised phrase: a title, a product
        // a channel or a heading: "Call Notes:", "Portal Message:"
        if t.isPunct(last + 1, 58), t.toks[k].newline || k == 0 { return nil }
        return colleague(t, k, last) ? nil : last
    }

    /// Whether the person at tokens from...to is a colleague: a role or credential right
    /// after ("Dana Wu, RN", "Dana Wu (CMIO)", "Dana Wu from IT"), or a role right before.
    func colleague(_ t: PHIText, _ from: Int, _ to: Int) -> Bool {
        if staffBefore(t, from - 1) || t.is(from - 1, "dr") || t.isPunct(from - 1, 46) && t.is(from - 2, "dr") { return true }
        var j = to + 1
        if let p = t.punct(j), p == 44 || p == 40 || p == 45 || p == 47 { j += 1 }
        if t.in(j, Self.roles) || t.in(j, Self.credentials) || t.in(j, Self.businessWords) && !t.in(j, Self.personalPlaces) { return true }
        if t.is(j, "from") || t.is(j, "in") || t.is(j, "at"), t.in(j + 1, Self.staffDepartments) || t.in(j + 1, Self.businessWords) { return true }
        return false
    }

    static let notNameSuffixes: [StaticString] = ["tion", "sion", "ness", "ity", "ology", "ics"]
    /// A role word at j that makes the name after it a colleague's — not "from" ("Voicemail from
    /// Marisol Quiñones") nor "it's" ("Hi it's Meredith Ocampo"), which lead anyone's name.
    func staffBefore(_ t: PHIText, _ j: Int) -> Bool {
        t.in(j, Self.roles) && !t.is(j, "from") && !(t.in(j, Self.itWord) && !(t.isUpper(j) && t.len(j) == 2))
    }

    static let credentials = PHIWords(["rn", "md", "do", "np", "pa", "pharmd", "phd", "bsn", "msn", "lpn", "cna", "mba", "mph", "dnp", "crna", "facp"])

    /// Capitalised words that are not names in CS notes: tools, channels, forms and greetings.
    static let notNameWords = PHIWords([
        "hi", "hello", "dear", "hey", "thanks", "thank", "re", "fwd", "fw", "from", "to", "subject", "sent", "cc", "bcc", "note", "notes", "call",
        "calls", "email", "emails", "phone", "fax", "cell", "mobile", "work", "address", "ticket", "case", "comment", "comments", "reply", "message",
        "messages", "thread", "chat", "transcript", "voicemail", "screenshot", "excel", "csv", "export", "import", "row", "rows", "column", "report",
        "zendesk", "servicenow", "jira", "slack", "teams", "outlook", "gmail", "salesforce", "hubspot", "gainsight", "confluence", "sharepoint",
        "epic", "cerner", "meditech", "athena", "allscripts", "mychart", "fhir", "medicare", "medicaid", "beneficiary", "identifier", "insurance",
        "insured", "member", "plan", "policy", "claim", "claims", "card", "health", "healthcare", "hospital", "medical", "center", "centre",
        "clinic", "regional", "memorial", "general", "university", "county", "saint", "st", "street", "avenue", "road", "lane", "drive", "way",
        "blvd", "ct", "apt", "suite", "unit", "box", "route", "north", "south", "east", "west", "new", "old", "main", "escalation", "summary",
        "update", "draft", "quote", "survey", "feedback", "review", "pilot", "project", "program", "team", "committee", "council", "board",
        "alert", "alerts", "sepsis", "readmission", "registration", "intake", "consent", "discharge", "admission", "visit", "encounter", "order",
        "orders", "result", "results", "lab", "labs", "device", "devices", "scale", "cuff", "pendant", "app", "portal", "login", "account",
        "self-pay", "self", "pay", "guarantor", "subscriber", "dependent", "proxy", "caller", "caregiver", "son", "daughter", "wife", "husband",
        "mother", "father", "mom", "dad", "nonna", "grandma", "grandpa", "aunt", "uncle", "baby", "pt", "patient", "patients", "resident", "client",
        "customer", "vendor", "partner", "ok", "yes", "no", "please", "pls", "urgent", "fyi", "asap", "today", "tomorrow", "yesterday", "tonight",
        "morning", "evening", "afternoon", "week", "weeks", "month", "months", "year", "years", "new", "same", "other", "another", "both", "scanned",
        "letter", "form", "field", "fields", "dump", "paste", "pasted", "attached", "attachment", "copy", "version", "release", "build", "bug",
        "incident", "issue", "issues", "problem", "request", "task", "tasks", "owner", "assignee", "status", "priority", "sla", "qbr", "ebr",
        "med", "meds", "rec", "records", "record", "chart", "no", "num", "number", "id", "acres", "manor", "gardens", "village", "terrace", "estates",
        "home", "house", "place", "pines", "oaks", "meadows", "view", "haven", "lodge", "living", "care", "senior", "assisted", "rehab", "nursing",
        "amount", "due", "balance", "total", "paid", "select", "premier", "gold", "silver", "bronze", "plus", "advantage", "choice",
    ])
}
