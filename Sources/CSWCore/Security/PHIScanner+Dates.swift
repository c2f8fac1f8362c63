/// Dates tied to a patient — birth (after DOB, "born", "b.", "date of birth … It's"),
/// admission, discharge, death, encounter and procedure — and ages over 89. A date with no
/// such word (a meeting, a go-live, a renewal) is the business's and is not flagged.
extension PHIScanner {
    /// The last token of a date that starts at token j, or nil. With `partial`, a month and
    /// day without a year count too ("admitted 3/4", "discharged on March 4").
    func date(_ t: PHIText, _ j: Int, partial: Bool = false) -> Int? {
        writtenDate(t, j, partial: partial) ?? (t.isWord(j) ? spokenDate(t, j, partial: partial) : nil)
    }

    func writtenDate(_ t: PHIText, _ j: Int, partial: Bool) -> Int? {
        if t.isNumber(j) {
            // 03/14/1952, 1961-02-03, 12-1-1970, 14.03.1952, 4/15/62
            var m = j
            var groups = 1
            let sep = t.punct(j + 1)
            while groups < 3, let s = t.punct(m + 1), s == 47 || s == 45 || s == 46, s == sep, t.tight(m + 1), t.isNumber(m + 2), t.tight(m + 2) {
                m += 2
                groups += 1
            }
            if groups == 3 {
                let lens = [t.len(j), t.len(j + 2), t.len(m)]
                if lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4) && t.value(j) <= 31 && t.value(j + 2) <= 31 { return m }
                if lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 { return m }
                return nil
            }
            // "01FEB1945", "3MAR52": day, month and year run together
            if groups == 1, t.len(j) <= 2, t.tight(j + 1), t.isWord(j + 1), compactMonthYear(t, j + 1) { return j + 1 }
            if groups == 2 && partial && t.len(j) <= 2 && t.len(m) <= 2 && sep == 47 && t.value(j) <= 12 && t.value(m) <= 31 && t.value(m) > 0 { return m }
            // 19480704 (HL7), possibly with a time
            if groups == 1, t.len(j) == 8 || t.len(j) == 12 || t.len(j) == 14, t.firstByte(j) == 49 || t.firstByte(j) == 50 {
                // only a real calendar day: "19000001" (a CRM id) has no month 00
                let yyyymmdd = t.len(j) == 8 ? t.value(j) : t.value(j) / 10
                let (month, day) = (yyyymmdd / 100 % 100, yyyymmdd % 100)
                return (1...12).contains(month) && (1...31).contains(day) ? j : nil
            }
            // 4 July 1948, 14-Mar-1952, 4th of July 1948
            guard t.len(j) <= 2 else { return nil }
            var n = j + 1
            if t.in(n, Self.ordinalSuffixes), t.tight(n) {
                // "died on the 4th", "back in the ER by the 25th": a day of this month, after an event of the patient's
                if partial, t.is(j - 1, "the"), t.value(j) >= 1, t.value(j) <= 31, !t.is(n + 1, "of"), !t.in(n + 1, Self.months), !t.isPunct(n + 1, 45) { return n }
                n += 1
            }
            if t.isPunct(n, 45) || t.isPunct(n, 46) { n += 1 }
            if t.is(n, "of") || t.is(n, "de") { n += 1 }
            guard t.in(n, Self.months) else { return nil }
            var y = n + 1
            if t.isPunct(y, 45) || t.isPunct(y, 44) || t.isPunct(y, 46) || t.is(y, "de") { y += 1 }
            if t.isNumber(y), t.len(y) == 4 || t.len(y) == 2 { return y }
            return partial ? n : nil
        }
        // the fifth of May, 1941
        if t.in(j, Self.ordinals), t.is(j + 1, "of"), t.in(j + 2, Self.months) {
            var y = j + 3
            if t.isPunct(y, 44) { y += 1 }
            if t.isNumber(y), t.len(y) == 4 { return y }
            return partial ? j + 2 : nil
        }
        // July 4, 1948 · June 2nd 1953 · Feb. 3 1961
        if t.in(j, Self.months) {
            var m = j + 1
            if t.isPunct(m, 46) { m += 1 }
            guard t.isNumber(m), t.len(m) <= 2 else { return nil }
            if t.in(m + 1, Self.ordinalSuffixes), t.tight(m + 1) { m += 1 }
            var y = m + 1
            if t.isPunct(y, 44) { y += 1 }
            if t.isNumber(y), t.len(y) == 4 { return y }
            return partial ? m : nil
        }
        return nil
    }

    /// The first date after token `start`, past label words and punctuation, within n tokens.
    func dateAfter(_ t: PHIText, _ start: Int, within n: Int, partial: Bool = false) -> (Int, Int)? {
        var j = start
        var seen = 0
        while j < t.count && seen < n {
            if let end = date(t, j, partial: partial) { return (j, end) }
            if let p = t.punct(j), p == 58 || p == 46 || p == 45 || p == 40 || p == 41 || p == 61 || p == 44 || p == 34 || p == 35 || p == 39 || p == 63 {
                j += 1; seen += 1; continue
            }
            if t.in(j, Self.dateSkips) { j += 1; seen += 1; continue }
            return nil
        }
        return nil
    }

    /// A date of birth or another patient date led by a word at token k.
    func dateKeyword(_ t: PHIText, _ k: Int) -> Found? {
        // DOB, D.O.B., born, b. 04/12/1961, birth date, birthday, date of birth
        if t.in(k, Self.dobWords) || (t.is(k, "b") && t.isPunct(k + 1, 46)) {
            // a birthday is a month and a day ("her birthday is 2/1")
            // (and "my baby was born Nov 19": a month and day after "born")
            if let (from, to) = dateAfter(t, k + 1, within: 6, partial: t.is(k, "birthday") || t.is(k, "bday") || t.is(k, "born")) { return Found(kind: .dob, from: from, to: to) }
            // "her date of birth is one, twelve, forty-five - so 1/12/1945": a full date a little further on
            var j = k + 1
            while j < k + 16 && j < t.count && !t.toks[j].newline && !t.in(j, Self.patientDateWords) {
                if t.isNumber(j), let end = date(t, j), t.len(end) == 4 || t.len(j) == 8 { return Found(kind: .dob, from: j, to: end) }
                // "caller entered 06221949": month, day and year run together
                if t.isNumber(j), t.len(j) == 8, !t.tight(j + 1) || !t.isNumber(j + 2), monthDayYear(t, j) { return Found(kind: .dob, from: j, to: j) }
                // "my bday is 3 18 1969": month, day and year with spaces between
                if t.isNumber(j), t.len(j) <= 2, t.isNumber(j + 1), t.spaced(j + 1), t.len(j + 1) <= 2, t.isNumber(j + 2), t.spaced(j + 2), t.len(j + 2) == 4,
                   !t.isNumber(j + 3), (1...12).contains(t.value(j)) || (1...12).contains(t.value(j + 1)), (1...31).contains(t.value(j)), (1...31).contains(t.value(j + 1)),
                   (1900...2029).contains(t.value(j + 2)) { return Found(kind: .dob, from: j, to: j + 2) }
                // "march 3rd 47": a month, an ordinal day and two digits of the year, as said
                if t.in(j, Self.months), t.isNumber(j + 1), t.value(j + 1) >= 1, t.value(j + 1) <= 31, t.in(j + 2, Self.ordinalSuffixes), t.tight(j + 2),
                   t.isNumber(j + 3), t.len(j + 3) == 2, t.spaced(j + 3), !t.isNumber(j + 4) { return Found(kind: .dob, from: j, to: j + 3) }
                // "born '54, April ninth": the year cut short, then the month and day
                if t.isPunct(j, 39), t.isNumber(j + 1), t.tight(j + 1), t.len(j + 1) == 2 {
                    let d = t.isPunct(j + 2, 44) ? j + 3 : j + 2
                    if let end = date(t, d, partial: true) { return Found(kind: .dob, from: j + 1, to: end) }
                }
                j += 1
            }
            return nil
        }
        if t.is(k, "d"), t.isPunct(k + 1, 46), t.is(k + 2, "o"), t.isPunct(k + 3, 46), t.is(k + 4, "b") {
            if let (from, to) = dateAfter(t, k + 5, within: 5) { return Found(kind: .dob, from: from, to: to) }
            return nil
        }
        if t.is(k, "date"), t.is(k + 1, "of") {
            guard t.is(k + 2, "birth") || t.in(k + 2, Self.patientDateNouns) else { return nil }
            let kind: Kind = t.is(k + 2, "birth") ? .dob : .date
            if let (from, to) = dateAfter(t, k + 3, within: 6, partial: kind == .date) { return Found(kind: kind, from: from, to: to) }
            return nil
        }
        // "you came in on the twenty-first", "brought in 3/4": an arrival
        if t.is(k, "came") || t.is(k, "brought"), t.is(k + 1, "in"), let (from, to) = dateAfter(t, k + 2, within: 4, partial: true) {
            return Found(kind: .date, from: from, to: to)
        }
        // "d/c'd on 11/14", "d/c 12/06"
        if t.is(k, "d"), t.isPunct(k + 1, 47), t.tight(k + 1), t.tight(k + 2), t.is(k + 2, "c") || t.is(k + 2, "c'd") || t.is(k + 2, "c'ed"),
           let (from, to) = dateAfter(t, k + 3, within: 4, partial: true) {
            return Found(kind: .date, from: from, to: to)
        }
        // "sent home on the 14th of October", "went home 11/12/2025"
        if t.is(k, "home"), t.in(k - 1, Self.homeVerbs), let (from, to) = dateAfter(t, k + 1, within: 4, partial: true) {
            return Found(kind: .date, from: from, to: to)
        }
        // admitted 3/4/2025 · discharge date: 03/09/2025 · died on March 4 · DOS 11/02/2024
        if t.in(k, Self.patientDateWords) {
            // "discharge summary", "admission orders": a business feature, not a date
            // "on-site visit 02/10", "shipment … delivered 12/01": the business's, unless a patient is named
            let weak = t.in(k, Self.weakDateWords)
            // "her clinic appointment", "his follow-up visit": someone's own
            let patient = patientDistance(t, k, before: 16) < 99 || t.near(k, before: 3, after: 0, Self.personalPossessives)
            if weak, !patient, t.near(k, before: 16, after: 0, Self.businessDateWords) || t.near(k, before: 3, after: 0, Self.businessPlaces)
                || t.near(k, before: 6, after: 0, Self.weOurs) { return nil }
            if let (from, to) = dateAfter(t, k + 1, within: 6, partial: !weak || patient) { return Found(kind: .date, from: from, to: to) }
            // "underwent CABG on 09/09/2025", "seen in clinic on 3/12/2025": a few words between, about a patient
            guard t.in(k, Self.patientEvents), t.near(k, before: 10, after: 0, Self.patientWords) || t.near(k, before: 4, after: 0, Self.titles) else { return nil }
            var j = k + 1
            while j < k + 7 && j < t.count && !t.toks[j].newline {
                if let end = date(t, j, partial: true) { return Found(kind: .date, from: j, to: end) }
                if t.punct(j) != nil || t.in(j, Self.businessWords) || t.in(j, Self.cutoffWords) || t.isNumber(j) { return nil }
                j += 1
            }
        }
        return nil
    }

    /// A full date with no label before it: a date of birth when its year is in the 1900s
    /// ("1936-08-19", "12/25/59", "19661003": no meeting or go-live is that old), a patient
    /// date when a patient or a clinical event is named on its line and no business event
    /// (meeting, go-live, renewal, shipment …) stands close before it.
    func bareDate(_ t: PHIText, _ k: Int, personOnLine: Bool = false) -> Found? {
        if k > 0, t.tight(k), let p = t.punct(k - 1), p != 40, p != 124, p != 44, p != 61, p != 34, p != 39, p != 58, p != 94 { return nil }
        if t.isWord(k - 1), t.tight(k) { return nil }
        guard let end = date(t, k) else { return nil }
        // "2025.4.1", "v2026.1.0": a version, not a date
        if t.isPunct(k + 1, 46), t.isNumber(k + 2), t.len(k) == 4, t.len(k + 2) == 1 || t.len(end) == 1 { return nil }
        if t.tight(end + 1), t.isPunct(end + 1, 46) || t.isPunct(end + 1, 47) || t.isPunct(end + 1, 45) || t.isWord(end + 1) && t.firstByte(end + 1) | 0x20 != 116, t.isNumber(end + 2) || t.isWord(end + 1) { return nil }
        // "2025-02-06-ambient-go-live.md": a date that starts a file name (csw's notes are
        // named so, and its commit messages list them) is the file's, not a patient's
        if t.tight(end + 1), t.isPunct(end + 1, 45), t.tight(end + 2), t.isWord(end + 2) { return nil }
        let year: Int
        if t.len(k) == 4 || t.len(k) >= 8 {
            year = t.len(k) == 4 ? t.value(k) : t.value(k) / (t.len(k) == 8 ? 10_000 : t.len(k) == 12 ? 100_000_000 : 1)
            if t.len(k) == 14 { return nil }
        } else if t.isNumber(end) && t.len(end) == 4 {
            year = t.value(end)
        } else if t.isNumber(end) && t.len(end) == 2 {
            year = t.value(end) > 30 ? 1900 + t.value(end) : 2000 + t.value(end)
        } else {
            return nil
        }
        if year >= 1900 && year <= 1999 {
            if t.near(k, before: 8, after: 0, Self.businessDateWords) { return nil }
            return Found(kind: .dob, from: k, to: end)
        }
        guard year >= 2000 else { return nil }
        if businessDate(t, k) { return nil }
        // "admitted after 12/01/2025", "between 01/01/2024 and …": a cut-off for a population, not someone's day
        if t.in(k - 1, Self.cutoffWords) || t.in(k - 2, Self.cutoffWords) && t.isPunct(k - 1, 44) { return nil }
        // a patient word that names a product or a group ("readmission dashboard", "patient charts") does not count
        var p = patientDistance(t, k, before: 16)
        if p < 99, t.in(k - p + 1, Self.productWords) || t.in(k - p + 1, Self.recordNouns) { p = 99 }
        // (a channel's name that leads the line, "Escalation summary:", "teams:", is no business event)
        let business = businessBefore(t, k, within: 12)
        // a patient word after the date counts only when no business word leads it ("interface failure 2025-08-21; war room"),
        // or when the patient and what happened to them follow ("fired 11/12/2026 03:40; the patient was transferred to ICU")
        let patientAfter = patientDistance(t, end, after: 8) < 99
        let patient = p < 99 || personOnLine || (patientAfter && !business)
            || patientAfter && patientDistance(t, end, after: 8, strong: true) < 99 && t.near(end, before: 0, after: 14, Self.patientEvents)
        // a clinical word names an event unless it names a product ("readmission model", "sepsis alert")
        // (words, not punctuation, count: {"resourceType":"Encounter","period":{"start":"2025-07-08…)
        var clinical = 99
        var j = k - 1, words = 0
        while j >= 0, words < 8, k - j <= 24 {
            if t.in(j, Self.clinicalEventWords), !t.in(j + 1, Self.productWords) { clinical = k - j; break }
            if t.toks[j].newline { break }
            if t.punct(j) == nil { words += 1 }
            j -= 1
        }
        // "alert for Mr. Alvarez fired at 2025-11-03 04:12": a patient named by a title
        let titled = t.near(k, before: 10, after: 0, Self.titles)
        guard patient || ((clinical < 99 || titled) && !business) else { return nil }
        return Found(kind: .date, from: k, to: end)
    }

    /// A business word up to n tokens before token k on its line, other than the name of a
    /// channel that leads the line ("Escalation summary:", "ServiceNow:", "Call notes:").
    func businessBefore(_ t: PHIText, _ k: Int, within n: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= n {
            if t.in(j, Self.businessWords), !channelLabel(t, j) { return true }
            if t.toks[j].newline { break }
            j -= 1
        }
        return false
    }

    /// Whether word j names the channel a line came from: among the line's first three
    /// words, with a colon after it or after the next word ("teams:", "Call notes:").
    func channelLabel(_ t: PHIText, _ j: Int) -> Bool {
        guard t.isPunct(j + 1, 58) || t.isWord(j + 1) && t.isPunct(j + 2, 58) else { return false }
        var i = j, words = 0
        while i >= 0 {
            if t.isWord(i) { words += 1 }
            if t.toks[i].newline || i == 0 { return words <= 3 }
            if words > 3 { return false }
            i -= 1
        }
        return false
    }

    /// A business event word up to 16 tokens before the date at k on its line — unless a
    /// clinical event qualifies it: a "post-discharge call" or a "follow-up visit" is a patient's.
    func businessDate(_ t: PHIText, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 16 {
            if t.in(j, Self.businessDateWords), !t.in(j - 1, Self.clinicalEventWords), !channelLabel(t, j) { return true }
            if t.toks[j].newline { break }
            j -= 1
        }
        return false
    }

    /// Words that make a date the business's: a meeting, a go-live, a renewal, a delivery.
    static let businessDateWords = PHIWords([
        "meeting", "meet", "go-live", "golive", "live", "launch", "launched", "kickoff", "kick-off", "qbr", "ebr", "renewal", "renews", "contract",
        "signed", "invoice", "invoiced", "due", "deadline", "release", "released", "upgrade", "upgraded", "deployed", "deploy", "deployment",
        "cutover", "outage", "maintenance", "webinar", "training", "demo", "call", "scheduled", "reschedule", "rescheduled", "shipment", "shipped",
        "order", "po", "ticket", "sprint", "pilot", "effective", "until", "since", "starting", "starts", "ends", "expires", "expiry", "version",
        "build", "patch", "hotfix", "onsite", "on-site", "workshop", "summit", "conference", "holiday", "ooo", "pto", "vacation", "away", "back",
        "survey", "report", "reports", "through", "thru", "escalated", "escalation", "tier", "updated", "revised", "published", "created", "modified", "amendment", "quarter", "fy", "q1", "q2", "q3", "q4", "sow", "amendment", "baa", "agreement", "audit", "review",
        // in other languages: "réunion le 14/01/2027", "Schulung am 20.01.2027", "Stand: 01.12.2025", "reunión el …"
        "réunion", "reunion", "comité", "formation", "pilotage", "atelier", "schulung", "besprechung", "sitzung", "treffen", "stand", "workshop",
        "reunión", "capacitación", "capacitacion", "junta", "lanzamiento", "reunião", "treinamento", "lançamento", "riunione", "formazione",
        "founded", "established", "opened", "built", "anniversary", "centenary", "centennial", "shipping", "ships", "rollout", "rolling", "ga"
    ])

    static let productWords = PHIWords(["summary", "summaries", "instructions", "template", "templates", "policy", "process", "model", "models", "alert", "alerts", "score", "scores", "module", "worklist", "dashboard", "feature",
                                        "flag", "report", "tool", "pilot", "workflow", "team", "committee", "program", "project", "metric", "rates", "rate", "scores",
                                        "refresh", "logic", "feed", "interface", "queue", "measure", "measures", "page", "screen", "view", "volume", "volumes",
                                        "count", "counts", "census", "numbers", "trends", "data", "audit", "audits", "integration", "bundle",
                                        "planning", "build", "go-live", "upgrade", "rollout", "training", "order", "orders", "set", "template"])

    /// Clinical events that tie a date to a patient without the word "patient".
    static let clinicalEventWords = PHIWords([
        "admitted", "admission", "readmitted", "readmission", "discharged", "discharge", "died", "death", "expired", "intubated", "extubated",
        "surgery", "post-op", "colonoscopy", "procedure", "or", "icu", "ed", "er", "stay", "seen", "visit",
        "encounter", "appointment", "appt", "hospice", "transfer", "transferred", "delivered", "birth", "coded", "sepsis", "fell", "fall",
        "dos", "doa", "dod", "adm", "dc", "d/c", "cm", "case", "stroke", "mi", "labs", "ct", "mri", "bed", "room", "consented", "enrolled",
        "randomized", "randomised", "dose", "dosed",
    ])

    static let months = PHIWords(["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
                                  "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
                                  // Spanish, Portuguese, French and German ("5 de mayo de 1940", "3 de março de 1951", "12 juin 1938", "4. Mai 1939")
                                  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
                                  "noviembre", "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
                                  "novembro", "dezembro", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                                  "octobre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember"])
    static let ordinals = PHIWords(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                                    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                    "twentieth", "thirtieth"])
    static let ordinalSuffixes = PHIWords(["st", "nd", "rd", "th"])
    static let dateSkips = PHIWords(["is", "was", "of", "on", "listed", "as", "it's", "its", "it", "date", "dt", "the", "recorded", "given", "reads",
                                     "shows", "at", "in", "be", "being", "she", "he", "i", "am", "s", "says", "said", "stated", "states", "dated",
                                     "day", "time", "date/time", "dob", "birth", "around", "approx", "approximately", "back", "home", "away", "pt",
                                     "patient", "answer", "answered", "reply", "replied", "scheduled", "for", "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday", "sunday", "record", "chart", "file", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                     // "discharged yesterday, 12/06", "back in the ER by the 25th"
                                     "yesterday", "today", "tonight", "by",
                                     // "surgery date for my mum is 15 Jan"
                                     "my", "her", "his", "mum", "mom", "dad"])
    static let dobWords = PHIWords(["dob", "born", "birth", "birthdate", "birthday", "dob#", "bday", "dob's", "birthdate's", "birthtime",
                                    // other languages: "fecha de nacimiento", "F. nac.", "date de naissance", "née le", "geb.", "Geburtsdatum"
                                    "nacimiento", "nac", "naissance", "née", "né", "nascita", "nato", "nata", "geboren", "geb", "geburtsdatum", "fdn",
                                    "nacida", "nacido", "nascida", "nascido", "nasceu"])
    static let patientDateWords = PHIWords(["admitted", "admit", "adm", "admission", "readmitted", "readmit", "discharged", "discharge", "dc'd",
                                            "died", "death", "deceased", "expired", "dod", "dos", "encounter", "visit", "seen", "procedure",
                                            "surgery", "operation", "transferred", "arrived", "presented", "doi", "injury", "dx", "diagnosed",
                                            "delivered", "delivery", "followup", "follow-up", "readmission", "appointment", "appt", "stay",
                                            "treated", "intubated", "extubated", "coded", "passed", "arrival", "underwent", "ed", "er", "icu",
                                            "clinic", "returned", "readmit", "discharges", "admits"])
    static let homeVerbs = PHIWords(["sent", "went", "came", "go", "going", "gone", "discharged", "back"])
    static let recordNouns = PHIWords(["charts", "records", "cases", "encounters", "admissions", "volumes", "counts"])
    static let cutoffWords = PHIWords(["after", "before", "between", "since", "prior", "from", "through", "thru", "until", "till", "by", "starting"])
    static let weOurs = PHIWords(["we", "our", "us", "i", "team"])
    static let weakDateWords = PHIWords(["icu", "ed", "er", "delivered", "delivery", "arrived", "arrival", "returned", "visit", "seen", "clinic", "procedure",
                                         "followup", "follow-up", "appointment", "appt", "stay", "operation", "encounter"])
    static let patientEvents = PHIWords(["admitted", "discharged", "readmitted", "died", "expired", "seen", "underwent", "transferred", "arrived",
                                         "presented", "treated", "intubated", "extubated", "delivered", "diagnosed", "coded", "returned", "consented",
                                         "enrolled", "randomized", "randomised", "dosed"])
    static let patientDateNouns = PHIWords(["admission", "discharge", "death", "service", "visit", "encounter", "procedure", "surgery", "injury",
                                            "diagnosis", "transfer", "arrival", "expiration", "delivery"])
    static let titles = PHIWords(["mr", "mrs", "ms", "miss", "mx", "mister", "missus", "frau", "herr", "señora", "señor", "sra", "mme", "madame",
                                  "monsieur", "signora", "signor"])
}
