/// Numbers as people say or type them when they are not filling a form: one digit at a time
/// ("3 1 7 - 2 2 - 6 0 4 8", voice-to-text), and the numbers no one is issued (placeholders
/// such as 000-00-0000 or 555-555-5555), which are test data, not a person's.
extension PHIScanner {
    /// The digits of tokens from...to (numbers and digits inside words), at most 16.
    func digitBytes(_ t: PHIText, _ from: Int, _ to: Int) -> [UInt8] {
        var out: [UInt8] = []
        var k = from
        while k <= to && out.count < 16 {
            if k < t.count, t.toks[k].kind != .punct {
                for c in t.b[Int(t.toks[k].start)..<Int(t.toks[k].end)] where PHIText.isDigit(c) && out.count < 16 { out.append(c) }
            }
            k += 1
        }
        return out
    }

    /// Three groups of 3, 2 and 4 digits from token j with one kind of separator ("-", ".",
    /// "/" or spaces): the last token.
    func ssnGroups(_ t: PHIText, _ j: Int) -> Int? {
        guard t.isNumber(j), t.len(j) == 3 else { return nil }
        if t.isNumber(j + 1), t.len(j + 1) == 2, t.isNumber(j + 2), t.len(j + 2) == 4, !t.isNumber(j + 3) { return j + 2 }
        guard let sep = t.punct(j + 1), sep == 45 || sep == 46 || sep == 47, t.isNumber(j + 2), t.len(j + 2) == 2, t.isPunct(j + 3, sep),
              t.isNumber(j + 4), t.len(j + 4) == 4, !t.isNumber(j + 5), !(t.isPunct(j + 5, sep) && t.isNumber(j + 6)) else { return nil }
        return j + 4
    }

    /// Not a placeholder SSN (one digit repeated: 000-00-0000, 999-99-9999). Numbers the SSA
    /// never issues (area 000 or 666) are still flagged: people mistype real ones.
    func validSSN(_ t: PHIText, _ from: Int, _ to: Int) -> Bool {
        let d = digitBytes(t, from, to)
        guard let first = d.first else { return true }
        return !d.allSatisfy({ $0 == first })
    }

    /// A number no one is reached at: one digit repeated (000-000-0000, 555-555-5555), or a
    /// North American number whose area code or exchange starts with 0 or 1.
    func placeholder(_ t: PHIText, _ from: Int, _ to: Int, northAmerican: Bool) -> Bool {
        var d = digitBytes(t, from, to)
        guard let first = d.first else { return false }
        if d.allSatisfy({ $0 == first }) { return true }
        guard northAmerican else { return false }
        if d.count == 11, first == 49 { d.removeFirst() }
        return d.count == 10 && (d[0] <= 49 || d[3] <= 49)
    }

    /// Digits typed or transcribed one at a time from token k, grouped by spaces, dashes or
    /// commas: nine with a social security word before them are an SSN, ten (or eleven after
    /// a 1) a phone number as context tells. Five single digits at least, so "3 4 5" is not.
    func digitByDigit(_ t: PHIText, _ k: Int, inSignature: Bool) -> Found? {
        var j = k, last = k, count = 0
        var groups: [Int] = []  // digits before each separator
        while j < t.count, count <= 11 {
            if j > k, t.toks[j].newline { break }
            if t.isNumber(j), t.len(j) == 1 {
                guard j == k || t.spaced(j) || t.punct(j - 1) != nil else { break }
                count += 1
                last = j
            } else if let p = t.punct(j), p == 45 || p == 44 || p == 46, t.isNumber(j + 1), t.len(j + 1) == 1, j > k {
                groups.append(count)  // a separator between groups
            } else {
                break
            }
            j += 1
        }
        // a local number said without its area code: "five five five, oh one two three" after "call me back at"
        if count == 7, groups == [3], !t.isNumber(last + 1) {
            guard t.near(k, before: 10, after: 0, Self.phoneWords) || patientDistance(t, k, before: 16) < 99 else { return nil }
            return contact(t, k, last, inSignature: inSignature)
        }
        guard count >= 9, !t.isNumber(last + 1) else { return nil }
        if count == 9 {
            guard t.near(k, before: 10, after: 0, Self.ssnWords), validSSN(t, k, last) else { return nil }
            return Found(kind: .ssn, from: k, to: last)
        }
        guard count == 10 || (count == 11 && t.value(k) == 1) else { return nil }
        // grouped as a phone number is ("6 1 7, 5 5 5, 0 1 2 3"), or called one: not ten survey scores
        let shaped = groups == [count - 7, count - 4]
        guard t.near(k, before: 10, after: 0, Self.phoneWords) || shaped && patientDistance(t, k, before: 16) < 99 else { return nil }
        return contact(t, k, last, inSignature: inSignature, northAmerican: true)
    }
}

/// Dates said in words, as ambient transcripts and voicemails write them: "February the
/// ninth, nineteen forty-one", "the twenty-first of May", "nineteen oh five".
extension PHIScanner {
    /// The last token of a date in words from token j ("February the ninth, nineteen forty-one",
    /// "the 29th of August"); with `partial`, a day alone after "the" counts ("on the twenty-first").
    func spokenDate(_ t: PHIText, _ j: Int, partial: Bool) -> Int? {
        var n = j
        if t.in(n, Self.months) {
            n += 1
            if t.is(n, "the") { n += 1 }
            guard let d = spokenDay(t, n) else { return nil }
            return spokenYear(t, d + 1) ?? (partial ? d : nil)
        }
        // "four, fifteen, fifty-two", "twelve, eleven, twenty twenty-five": month, day and year as numbers said with commas
        if let (month, m) = spokenCardinal(t, n), (1...12).contains(month), t.isPunct(m + 1, 44),
           let (day, d) = spokenCardinal(t, m + 2), (1...31).contains(day), t.isPunct(d + 1, 44) {
            if let y = spokenYear(t, d + 2) { return y }
            // "twenty twenty-five", "twenty oh five", "fifty-two"
            if t.is(d + 2, "twenty") {
                if t.is(d + 3, "oh"), t.in(d + 4, Self.units) { return d + 4 }
                if let (_, y) = spokenCardinal(t, d + 3) { return y }
            }
            if t.in(d + 2, Self.tens), let (_, y) = spokenCardinal(t, d + 2) { return y }
            return nil
        }
        let the = t.is(n, "the")
        if the { n += 1 }
        guard let d = spokenDay(t, n) else { return nil }
        var m = d + 1
        if t.is(m, "of") { m += 1 }
        if t.in(m, Self.months) { return spokenYear(t, m + 1) ?? (partial ? m : nil) }
        return partial && the && t.isWord(n) ? d : nil
    }

    /// A number from one to ninety-nine said in words ("four", "fifteen", "fifty-two",
    /// "twenty twenty-five" reads as twenty, then twenty-five): its value and last token.
    func spokenCardinal(_ t: PHIText, _ n: Int) -> (Int, Int)? {
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        guard t.in(n, Self.units) || t.in(n, Self.teens) || t.in(n, Self.tens) else { return nil }
        let word = t.word(n)
        if let u = units.firstIndex(of: word) { return (u + 1, n) }
        if let v = teens.firstIndex(of: word) { return (v + 10, n) }
        guard let v = tens.firstIndex(of: word) else { return nil }
        let value = (v + 2) * 10
        let u = t.isPunct(n + 1, 45) && t.tight(n + 1) ? n + 2 : n + 1
        if t.in(u, Self.units), let unit = units.firstIndex(of: t.word(u)) { return (value + unit + 1, u) }
        return (value, n)
    }

    /// A day of the month: "ninth", "twenty-first", "29th": its last token.
    func spokenDay(_ t: PHIText, _ n: Int) -> Int? {
        if t.in(n, Self.ordinals) { return n }
        if t.is(n, "twenty") || t.is(n, "thirty") {
            let u = t.isPunct(n + 1, 45) ? n + 2 : n + 1
            return t.in(u, Self.unitOrdinals) ? u : nil
        }
        if t.isNumber(n), t.len(n) <= 2, t.value(n) >= 1, t.value(n) <= 31, t.in(n + 1, Self.ordinalSuffixes), t.tight(n + 1) { return n + 1 }
        return nil
    }

    /// A year after a date's day, in digits or in words ("nineteen forty-one", "nineteen oh
    /// five", "two thousand and three"): its last token.
    func spokenYear(_ t: PHIText, _ y: Int) -> Int? {
        var y = y
        if t.isPunct(y, 44) { y += 1 }
        if t.isNumber(y), t.len(y) == 4 { return y }
        if t.is(y, "nineteen") || t.is(y, "eighteen") {
            if t.is(y + 1, "oh"), t.in(y + 2, Self.units) { return y + 2 }
            if t.in(y + 1, Self.teens) { return y + 1 }
            guard t.in(y + 1, Self.tens) else { return nil }
            let u = t.isPunct(y + 2, 45) ? y + 3 : y + 2
            return t.in(u, Self.units) ? u : y + 1
        }
        if t.is(y, "two"), t.is(y + 1, "thousand") {
            var e = y + 1
            if t.is(e + 1, "and") { e += 1 }
            if t.in(e + 1, Self.units) || t.in(e + 1, Self.teens) { return e + 1 }
            return t.is(e, "and") ? e - 1 : e
        }
        return nil
    }

    /// "FEB1945", "MAR52": a month's three letters and a year, in one word.
    func compactMonthYear(_ t: PHIText, _ k: Int) -> Bool {
        let s = Int(t.toks[k].start), n = t.len(k)
        guard n == 5 || n == 7, t.digits(k) == n - 3, PHIText.isLetter(t.b[s + 2]) else { return false }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in t.b[s..<s + 3] { key = (key ^ UInt64(c | (c >= 65 && c <= 90 ? 0x20 : 0))) &* 0x100_0000_01b3 }
        return Self.months.contains(key: key)
    }

    /// "06221949": month, day, year (1900–2099) in eight digits.
    func monthDayYear(_ t: PHIText, _ j: Int) -> Bool {
        let v = t.value(j)  // eight digits fit
        let (month, day, year) = (v / 1_000_000, v / 10_000 % 100, v % 10_000)
        return (1...12).contains(month) && (1...31).contains(day) && (1900...2099).contains(year)
    }

    static let unitOrdinals = PHIWords(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"])
    static let units = PHIWords(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
    static let teens = PHIWords(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])
    static let tens = PHIWords(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
