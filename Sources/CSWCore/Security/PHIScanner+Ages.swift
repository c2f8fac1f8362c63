/// Ages over 89 (a Safe Harbor identifier on their own): "92-year-old", "93 yo", "age 95",
/// "91F", "Mrs. Lee, 94,", "Pt is 95", "(she's 97!)", and in words: "ninety-three", "one
/// hundred and one year old" — not a threshold ("age 90+", "patients over 90") and not a
/// hospital's anniversary.
extension PHIScanner {
    /// An age over 89 at number token k: "92-year-old", "93 yo", "age 95", "91F", "Mrs. Lee, 94,".
    func age(_ t: PHIText, _ k: Int) -> Found? {
        let v = t.value(k)
        guard t.len(k) <= 3, v >= 90, v <= 125 else { return nil }
        if t.tight(k), let p = t.punct(k - 1), p == 45 || p == 46 || p == 47 || p == 36 || p == 35 || p == 43 { return nil }
        var n = k + 1
        if t.isPunct(n, 45), t.tight(n) { n += 1 }
        if t.in(n, Self.ageWords) { return Found(kind: .age, from: k, to: k) }
        if (t.is(n, "y") || t.is(n, "yr")) && (t.isPunct(n + 1, 47) || t.isPunct(n + 1, 46)) { return Found(kind: .age, from: k, to: k) }
        if t.tight(k + 1), t.is(k + 1, "m") || t.is(k + 1, "f") { return Found(kind: .age, from: k, to: k) }
        var p = k - 1
        if t.isPunct(p, 58) || t.is(p, "of") || t.is(p, "is") { p -= 1 }
        // "patients over age 90": a threshold, not someone's age
        if t.is(p - 1, "over") || t.is(p - 1, "under") || t.is(p - 1, "than") || t.is(p - 1, "above") || t.is(k - 1, "over") || t.is(k - 1, "than") { return nil }
        // "age 90+", "90 and over": a threshold
        if t.isPunct(k + 1, 43) || t.is(k + 1, "and") && (t.is(k + 2, "over") || t.is(k + 2, "older") || t.is(k + 2, "up")) { return nil }
        if t.in(p, Self.ageLabels) { return Found(kind: .age, from: k, to: k) }
        // "Pt is 95 —", "the gentleman in 12 is 104,", "(she's 97!)": a person's age said plainly
        if t.is(k - 1, "is") || t.is(k - 1, "was") || t.is(k - 1, "she's") || t.is(k - 1, "he's") || t.is(k - 1, "i'm"),
           !t.isWord(k + 1) && !t.isPunct(k + 1, 37) && !t.isPunct(k + 1, 46) || t.is(k + 1, "and") || t.is(k + 1, "now") || t.isPunct(k + 1, 46) && !t.isNumber(k + 2),
           t.is(k - 1, "she's") || t.is(k - 1, "he's") || patientDistance(t, k, before: 6, strong: true) < 99 || t.near(k, before: 6, after: 0, Self.personNouns)
            || t.near(k, before: 6, after: 0, Self.titles) { return Found(kind: .age, from: k, to: k) }
        // "Born 04/05/1931, so 94 -": an age next to a birth date
        if !t.tight(k + 1) || t.isPunct(k + 1, 44) || t.isPunct(k + 1, 46), t.near(k, before: 10, after: 0, Self.dobWords), !t.isPunct(k - 1, 47) {
            return Found(kind: .age, from: k, to: k)
        }
        // "Mrs. Lee, 94, on 4 West"
        if t.isPunct(k - 1, 44), t.isCap(k - 2), t.isPunct(k + 1, 44) || t.isPunct(k + 1, 41) || t.isPunct(k + 1, 46),
           t.near(k, before: 6, after: 0, Self.titles) || t.near(k, before: 6, after: 0, Self.patientWords) {
            return Found(kind: .age, from: k, to: k)
        }
        return nil
    }

    /// An age over 89 in words at word k: "ninety-three", "a hundred and one" followed by "years
    /// (old)" or led by "is", "aged", "age" about a person.
    func spokenAge(_ t: PHIText, _ k: Int) -> Found? {
        var end: Int
        if t.is(k, "ninety") {
            end = k
            let u = t.isPunct(k + 1, 45) ? k + 2 : k + 1
            if t.in(u, Self.units) { end = u }
        } else if t.is(k, "one") || t.is(k, "a"), t.is(k + 1, "hundred") {
            end = k + 1
            var u = end + 1
            if t.is(u, "and") { u += 1 }
            if t.in(u, Self.units) || t.in(u, Self.teens) { end = u } else if t.in(u, Self.tens) { end = u }
        } else {
            return nil
        }
        var a = end + 1
        if t.isPunct(a, 45) { a += 1 }
        let years = t.in(a, Self.ageWords) || t.is(a, "year")
        // "their hospital turns one hundred and one": an age, but not a person's
        let led = (t.in(k - 1, Self.ageLabels) || t.is(k - 1, "is") || t.is(k - 1, "she's") || t.is(k - 1, "he's") || t.is(k - 1, "was"))
            && !t.near(k, before: 6, after: 0, Self.businessPlaces)
            && (patientDistance(t, k, before: 6) < 99 || t.near(k, before: 6, after: 0, Self.personNouns) || t.near(k, before: 6, after: 0, Self.titles))
        return years || led ? Found(kind: .age, from: k, to: end) : nil
    }

    static let ageWords = PHIWords(["year", "years", "yr", "yrs", "yo", "y/o", "yoa", "year-old", "yearold", "years-old", "yrs-old", "yr-old"])
    static let ageLabels = PHIWords(["age", "aged", "ages", "turned", "turns", "turning"])
    static let personNouns = PHIWords(["gentleman", "lady", "woman", "man", "she", "he", "grandmother", "grandfather", "grandma", "grandpa",
                                       "mother", "father", "mom", "dad", "husband", "wife", "resident", "veteran"])
}
