/// Street addresses: "1420 Maple Street", "88 N. Oak Ave, Apt 4", "2208 Calle Mirasol #4",
/// "P.O. Box 1182", an address after a word that says one follows ("lives at …", "address:")
/// — not an office, campus or shipping address of the customer's or a vendor's.
extension PHIScanner {
    /// An address after a word that says one follows: "I live over at 2219 West Fifth", "the
    /// patient at 9 Rue des Lilas", "address Kungsgatan 44, 411 19 Göteborg", "ZIP code 60614",
    /// "P.O. Box 1182".
    func labelledAddress(_ t: PHIText, _ k: Int) -> Found? {
        /// The clause from j: up to ";", ".", ")", a quote or the end of the line, at most n tokens.
        func clause(_ j: Int, _ n: Int) -> Int {
            var e = j
            while e + 1 < t.count, e + 1 < j + n, !t.toks[e + 1].newline {
                if let p = t.punct(e + 1), p == 59 || p == 46 || p == 41 || p == 34 || p == 40 || p == 124 { break }
                if t.isWord(e + 1), !t.isCap(e + 1), t.len(e + 1) > 3 || t.in(e + 1, Self.clauseEnds) { break }
                e += 1
            }
            while e > j, t.punct(e) != nil { e -= 1 }
            return e
        }
        if t.in(k, Self.dwellWords) || t.in(k, Self.patientLabels) {
            var j = k + 1
            if t.is(j, "over") || t.is(j, "now") { j += 1 }
            // "the patient lives in Coos County": a county is a geographic unit below a state
            // ("our CSM lives in King County" is no patient's: a patient or a relative leads it)
            if t.in(k, Self.dwellWords), t.is(j, "in"), t.isCap(j + 1), !t.in(j + 1, Self.nonNames),
               patientDistance(t, k, before: 12) < 99 || t.near(k, before: 6, after: 0, Self.relatives) || t.near(k, before: 3, after: 0, Self.personalPossessives) {
                var e = j + 1
                while e < j + 3, t.isCap(e + 1), t.spaced(e + 1), !t.in(e, Self.countyWords) { e += 1 }
                if t.in(e, Self.countyWords), e > j + 1 { return Found(kind: .address, from: j + 1, to: e) }
            }
            guard t.is(j, "at"), t.isNumber(j + 1), t.len(j + 1) <= 5, t.isWord(j + 2) else { return nil }
            // "at 2219 West Fifth", "at 45 elm st"
            let street = (t.isCap(j + 2) && !t.in(j + 2, Self.nonNames)) || t.in(j + 2, Self.directions) || (j + 3...j + 5).contains { t.in($0, Self.streetSuffixes) }
            guard street else { return nil }
            return Found(kind: .address, from: j + 1, to: clause(j + 1, 6))
        }
        if t.in(k, Self.addressLabels) {
            var j = k + 1
            while t.isPunct(j, 58) || t.isPunct(j, 45) || t.isPunct(j, 44) || t.is(j, "is") || t.is(j, "of") { j += 1 }
            // "Kungsgatan 44, 411 19 Göteborg", "Calle Mayor 12" (street before number) or "12 Rue des Lilas"
            var n = j
            while n < j + 3, t.isCap(n), t.isCap(n + 1), t.spaced(n + 1) { n += 1 }
            // "221B Baker Street": a house number with a letter
            guard (t.isCap(n) && t.isNumber(n + 1)) || ((t.isNumber(j) || t.isWord(j) && t.firstByte(j) >= 48 && t.firstByte(j) <= 57) && t.isCap(j + 1)) else { return nil }
            if t.near(k, before: 8, after: 0, Self.businessPlaces) && !t.near(k, before: 10, after: 0, Self.patientWords) { return nil }
            return Found(kind: .address, from: j, to: clause(j, 10))
        }
        if t.in(k, Self.zipWords) {
            var j = k + 1
            if t.is(j, "code") { j += 1 }
            if t.isPunct(j, 58) || t.is(j, "is") { j += 1 }
            guard t.isNumber(j), t.len(j) == 5, t.near(k, before: 8, after: 24, Self.patientWords) else { return nil }
            let end = t.isPunct(j + 1, 45) && t.isNumber(j + 2) && t.len(j + 2) == 4 ? j + 2 : j
            return Found(kind: .address, from: j, to: end)
        }
        // "RR 2 Box 118", "HC 64 Box 221", "Rural Route 3, Box 12A": a rural route's box is a home address
        if t.in(k, Self.ruralRouteWords) {
            var r = k + 1
            if t.is(k, "rural") || t.is(k, "highway") {
                guard t.is(r, "route") || t.is(r, "contract") else { return nil }
                r += 1
                if t.is(r, "route") { r += 1 }
            } else {
                guard t.isUpper(k) else { return nil }
            }
            guard t.isNumber(r), t.len(r) <= 3 else { return nil }
            var b = r + 1
            if t.isPunct(b, 44) { b += 1 }
            guard t.is(b, "box"), t.isNumber(b + 1),
                  !t.near(k, before: 16, after: 6, Self.businessPlaces) || t.near(k, before: 10, after: 0, Self.patientWords) else { return nil }
            let end = t.isWord(b + 2) && t.tight(b + 2) && t.len(b + 2) == 1 ? b + 2 : b + 1
            return Found(kind: .address, from: k, to: end)
        }
        // P.O. Box 1182 · PO Box 1182
        var j = k
        if t.is(j, "p"), t.isPunct(j + 1, 46), t.is(j + 2, "o") { j += 2; if t.isPunct(j + 1, 46) { j += 1 } } else if !t.is(j, "po") { return nil }
        guard t.is(j + 1, "box"), t.isNumber(j + 2),
              !t.near(k, before: 16, after: 6, Self.businessPlaces) || t.near(k, before: 10, after: 0, Self.patientWords) else { return nil }
        return Found(kind: .address, from: k, to: j + 2)
    }

    static let countyWords = PHIWords(["county", "parish", "township", "borough"])
    static let dwellWords = PHIWords(["live", "lives", "living", "lived", "staying", "stays", "resides", "reside", "residing", "moved"])
    static let addressLabels = PHIWords(["address", "addr", "residence", "address:", "direccion", "dirección", "domicilio", "adresse",
                                         "anschrift", "indirizzo", "endereço"])
    static let zipWords = PHIWords(["zip", "zipcode", "postcode", "postal"])
    static let ruralRouteWords = PHIWords(["rr", "hc", "rural", "highway"])

    /// "1420 Maple Street", "88 N. Oak Ave", "2301 Lakeshore Drive, Apt 4", "123 MAIN ST",
    /// "2208 Calle Mirasol #4", "2650 County Rd 14, Bldg B, Sidney NE 69162": not an office,
    /// campus, lockbox or shipping address of the customer's or a vendor's.
    func address(_ t: PHIText, _ k: Int, personOnLine: Bool = false) -> Found? {
        guard t.len(k) <= 6, t.spaced(k + 1), !t.isPunct(k - 1, 36) else { return nil }
        var j = k + 1
        var words = 0
        var street: Int?
        // the street's kind before its name: "Calle Mirasol", "Rue des Lilas", "Route 9"
        // ("Calle del Sol", "Rua das Flores": a lower-case article inside the name)
        if t.in(j, Self.streetPrefixes), t.isCap(j), !t.toks[j].newline, t.isCap(j + 1) || t.isNumber(j + 1) || t.in(j + 1, Self.streetArticles) && t.isCap(j + 2), t.spaced(j + 1) {
            var e = t.in(j + 1, Self.streetArticles) && t.isCap(j + 2) && t.spaced(j + 2) && !t.toks[j + 2].newline ? j + 2 : j + 1
            while e < j + 3, t.isCap(e + 1), t.spaced(e + 1), !t.in(e + 1, Self.nonNames) || t.isUpper(e + 1) && t.len(e + 1) > 2 { e += 1 }
            street = e
        }
        while street == nil && j < t.count && words < 4 {
            if t.isPunct(j, 46), t.tight(j) { j += 1; continue }  // "N."
            if t.isNumber(j), t.in(j + 1, Self.ordinalSuffixes), t.tight(j + 1) { words += 1; j += 2; continue }  // "4th Street"
            guard t.isCap(j), !t.toks[j].newline else { return nil }
            if words > 0 && t.in(j, Self.streetSuffixes) {
                street = j
                if t.isPunct(j + 1, 46), t.tight(j + 1) { street = j + 1 }
                // "County Rd 14", "Highway 9 N": a route number
                if t.in(j, Self.routeWords), t.isNumber(j + 1), t.spaced(j + 1), t.len(j + 1) <= 4 { street = j + 1 }
                break
            }
            if words == 0 && t.in(j, Self.directions) { j += 1; continue }
            words += 1
            j += 1
        }
        // "123 Test St", "1 Testville Rd": a test feed's address
        guard var end = street, !(k + 1...end).contains(where: { isTestPatient(t, $0) }) else { return nil }
        end = unitAndPlace(t, end)
        // "1 Hospital Plaza", "100 Medical Center Dr": a street named for the business is the business's
        let business = t.near(k, before: 12, after: 0, Self.businessPlaces) || t.nearWords(end, after: 8, Self.businessPlaces)
            || (k + 1..<end).contains { t.in($0, Self.businessPlaces) }
        // shipping, mail or billing to a person is to their home: "ship the scale to Eunice Parrish, 18 Tamarack Way", "Mrs.
        // Oyelowo's device return label to 6 Cedar Knoll Dr", a patient's account or name on the line — but not to a business place
        let place = t.near(k, before: 12, after: 0, Self.businessSites) || t.nearWords(end, after: 8, Self.businessSites) || (k + 1..<end).contains { t.in($0, Self.businessSites) }
        if business && !t.near(k, before: 10, after: 0, Self.patientWords) {
            guard !place else { return nil }
            let person = personOnLine || personalHealth(t, k) || namedBefore(t, k) || t.near(k, before: 12, after: 0, Self.relatives)
                || (max(0, k - 12)..<k).contains { j in t.isPossessive(j) && t.isCap(j) && (t.in(j - 1, Self.titles) || t.isPunct(j - 1, 46) && t.in(j - 2, Self.titles)) }
                || patientDistance(t, end, after: 12, strong: true) < 99
            guard person else { return nil }
        }
        return Found(kind: .address, from: k, to: end)
    }

    /// A person's name right before the address at k: "to Eunice Parrish, 18 …", "Ship to: Hollis Tate, 22 …".
    func namedBefore(_ t: PHIText, _ k: Int) -> Bool {
        guard t.isPunct(k - 1, 44) || t.isPunct(k - 1, 58) else { return false }
        return (k - 5...k - 3).contains { s in s >= 0 && unlabelledName(t, s) == k - 2 }
    }

    static let clauseEnds = PHIWords(["for", "the", "and", "but", "so", "to", "in", "on", "per", "via", "was", "is", "are", "has", "had", "not"])
    static let streetArticles = PHIWords(["del", "de", "la", "las", "los", "das", "dos", "do", "da", "des", "du", "di"])
    /// The business's places (not the acts of shipping, mailing or billing, which a patient's address has too).
    static let businessSites = PHIWords(["office", "offices", "hq", "headquarters", "campus", "hospital", "clinic", "building", "conference",
                                         "onsite", "on-site", "our", "center", "centre", "facility", "warehouse", "datacenter", "venue", "hotel",
                                         "lockbox", "corporate", "remittance", "remit", "payable", "receivable", "mailroom", "booth", "expo", "vendor",
                                         "vendor's", "company", "meeting", "lunch", "dinner", "qbr", "kickoff", "workshop", "summit", "offsite", "attn"])

    /// Past the street: ", Apt 4", " #12", ", Unit 2B", ", Bldg B" (twice at most), then
    /// ", Salem OR 97301" — the city, state and ZIP code belong to the address.
    func unitAndPlace(_ t: PHIText, _ street: Int) -> Int {
        var end = street
        for _ in 0..<2 {
            var u = end + 1
            if t.isPunct(u, 44) { u += 1 }
            guard t.in(u, Self.unitWords) || t.isPunct(u, 35), !t.toks[u].newline else { break }
            var v = u + 1
            if t.isPunct(v, 46) || t.isPunct(v, 35) { v += 1 }
            guard t.isNumber(v) || (t.isWord(v) && t.digits(v) > 0) || (t.isWord(v) && t.len(v) <= 2 && t.isUpper(v)) else { break }
            end = v
            if t.isWord(v + 1), t.tight(v + 1), t.len(v + 1) <= 2 { end = v + 1 }  // "4" "B"
        }
        // ", Sidney NE 69162", ", San Antonio, TX 78207-1234"
        guard t.isPunct(end + 1, 44), t.isCap(end + 2), !t.toks[end + 2].newline else { return end }
        var c = end + 2
        while c < end + 5, t.isCap(c + 1), !(t.isUpper(c + 1) && t.len(c + 1) == 2) { c += 1 }
        var st = c + 1
        if t.isPunct(st, 44) { st += 1 }
        guard t.isUpper(st), t.len(st) == 2, t.isNumber(st + 1), t.len(st + 1) == 5 else { return end }
        return t.isPunct(st + 2, 45) && t.isNumber(st + 3) && t.len(st + 3) == 4 && t.tight(st + 2) ? st + 3 : st + 1
    }

    /// A street named without its house number first: "she's on Rosemont Avenue", "Rosemont
    /// Avenue, number 311" — after a word of dwelling, or with the number after it (at the suffix, token k).
    func streetNamed(_ t: PHIText, _ k: Int) -> Found? {
        guard t.in(k, Self.streetSuffixes), t.isCap(k), t.isCap(k - 1), !t.in(k - 1, Self.nonNames), !t.toks[k].newline else { return nil }
        var from = k - 1
        if t.isCap(from - 1), !t.toks[from].newline, !t.in(from - 1, Self.nonNames), !t.in(from - 1, Self.titles) { from -= 1 }
        var n = k + 1
        if t.isPunct(n, 44) { n += 1 }
        if t.is(n, "number") || t.is(n, "no") || t.isPunct(n, 35) {
            n += 1
            if t.isPunct(n, 46) || t.isPunct(n, 35) { n += 1 }
            if t.isNumber(n), t.len(n) <= 6 { return Found(kind: .address, from: from, to: n) }
        }
        guard t.is(from - 1, "on") || t.is(from - 1, "at"), t.near(from, before: 14, after: 0, Self.dwellWords),
              !t.near(from, before: 12, after: 0, Self.businessPlaces) else { return nil }
        return Found(kind: .address, from: from, to: k)
    }

    static let streetSuffixes = PHIWords(["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
                                          "way", "place", "pl", "terrace", "ter", "terr", "parkway", "pkwy", "circle", "cir", "highway", "hwy", "trail", "trl",
                                          "square", "sq", "loop", "pike", "row", "alley", "run", "crossing", "xing", "path", "point", "pt", "ridge",
                                          "gardens", "crescent", "cres", "close", "mews", "grove", "green", "walk", "rise", "vale", "gate",
                                          // USPS abbreviations
                                          "grv", "hts", "cv", "cove", "bnd", "bend", "holw", "hollow", "mnr", "manor", "est", "ests", "estates", "knl",
                                          "knoll", "lndg", "landing", "mdw", "mdws", "meadows", "orch", "trce", "trace", "tpke",
                                          "turnpike", "expy", "fwy", "vw", "view", "wy", "byp", "bypass", "cswy", "jct", "spur", "trak"])
    static let streetPrefixes = PHIWords(["calle", "camino", "avenida", "paseo", "carretera", "rue", "via", "rua", "route", "rte", "chemin",
                                          "strada", "plaza", "highway", "hwy", "county", "state", "farm"])
    static let routeWords = PHIWords(["rd", "road", "route", "rte", "highway", "hwy", "fm", "cr", "sr"])
    static let directions = PHIWords(["n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"])
    static let unitWords = PHIWords(["apt", "apartment", "unit", "suite", "ste", "lot", "fl", "floor", "rm", "bldg", "space", "trlr"])
    static let businessPlaces = PHIWords(["office", "offices", "hq", "headquarters", "campus", "hospital", "clinic", "building", "conference",
                                          "onsite", "on-site", "our", "their", "center", "centre", "facility", "warehouse", "datacenter", "venue",
                                          "hotel", "invoice", "ship", "shipping", "billing", "remit", "mail", "vendor", "payable", "accounts", "ap",
                                          "receivable", "lockbox", "health", "system", "medical", "corporate", "data", "support", "sales", "company", "vendor's",
                                          "remittance", "attn", "attention", "marketing", "booth", "swag", "expo", "event", "venue", "mailroom",
                                          "organization", "organisation", "org", "meeting", "meet", "lunch", "dinner", "qbr", "kickoff", "workshop",
                                          "summit", "offsite"])
}
