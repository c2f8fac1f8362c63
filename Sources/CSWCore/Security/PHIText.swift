/// The text the PHI scanner reads: the original bytes with Unicode look-alikes folded to
/// ASCII (fullwidth digits, letters and punctuation, the hyphens and dashes U+2010–2015 and
/// U+2212, no-break and other wide spaces, curly quotes; bullets and arrows read as the
/// separators they are, an ellipsis as "."; zero-width characters dropped), an
/// offset table back to the original bytes, and the tokens. Allocation-light: two arrays
/// and the token list; an ASCII text is not copied into a second buffer.
struct PHIText {
    struct Token {
        enum Kind: UInt8 { case word, number, punct }
        let kind: Kind
        let start: Int32
        let end: Int32
        /// Whitespace (or the start of text) right before the token.
        let spaced: Bool
        /// A line break between the previous token and this one.
        let newline: Bool
        /// FNV-1a of the lower-cased word without a final "'s" (0 for numbers), the byte for punctuation.
        let key: UInt64
    }

    /// The folded bytes.
    let b: [UInt8]
    /// Original start and end of each folded byte (both empty when the text is pure ASCII: identity).
    private let origin: [Int32]
    private let originEnd: [Int32]
    let toks: [Token]

    init(_ text: [UInt8]) {
        let folded: [UInt8]
        var starts: [Int32] = [], ends: [Int32] = []
        if !text.contains(where: { $0 >= 0x80 }) {
            folded = Self.ocrFolded(text) ?? text
        } else {
            var out: [UInt8] = []
            out.reserveCapacity(text.count)
            starts.reserveCapacity(text.count)
            ends.reserveCapacity(text.count)
            var i = 0
            while i < text.count {
                let (folded, width) = Self.fold(text, i)
                let f = folded ?? text[i]
                if f != 0 {
                    out.append(f)
                    starts.append(Int32(i))
                    ends.append(Int32(i + width))
                }
                i += width
            }
            folded = Self.ocrFolded(out) ?? out
        }
        b = folded
        origin = starts
        originEnd = ends
        toks = Self.tokens(b)
    }

    /// What optical character recognition confuses, read back (nil: nothing to change).
    /// In a run of letters and digits with a digit whose only letters are O, o, l and I
    /// ("2O25", "(6O8) 555-Ol76", "SSN 4l2 O8 773l"), those letters are the digits 0 and 1;
    /// in a word in capitals whose only lower-case letter is l ("BlRTHDATE", "PATlENT"),
    /// the l is an I; a 0 between capitals ("D0B") is an O. One byte for one byte, so
    /// offsets are unchanged.
    static func ocrFolded(_ t: [UInt8]) -> [UInt8]? {
        var out: [UInt8]?
        var i = 0
        while i < t.count {
            guard isLetter(t[i]) || isDigit(t[i]) else { i += 1; continue }
            let start = i
            var digits = 0, zeros = 0, lookAlikes = 0, otherLetters = 0, upper = 0, lowerL = 0, otherLower = 0
            while i < t.count && (isLetter(t[i]) || isDigit(t[i])) {
                let c = t[i]
                if isDigit(c) {
                    digits += 1
                    if c == 48 { zeros += 1 }
                } else if c == 79 || c == 111 || c == 108 || c == 73 {  // O o l I
                    lookAlikes += 1
                } else {
                    otherLetters += 1
                }
                if c >= 65 && c <= 90 { upper += 1 } else if c == 108 { lowerL += 1 } else if c >= 97 { otherLower += 1 }
                i += 1
            }
            if digits > 0 && lookAlikes > 0 && otherLetters == 0 {
                if out == nil { out = t }
                for j in start..<i {
                    switch t[j] {
                    case 79, 111: out![j] = 48
                    case 108, 73: out![j] = 49
                    default: break
                    }
                }
            } else if digits == 0 && lowerL > 0 && otherLower == 0 && upper >= 3 {
                if out == nil { out = t }
                for j in start..<i where t[j] == 108 { out![j] = 73 }
            } else if digits == zeros && zeros > 0 && otherLower == 0 && lowerL == 0 && upper >= 2 {
                for j in start + 1..<max(start + 1, i - 1) where t[j] == 48 && t[j - 1] >= 65 && t[j - 1] <= 90 && t[j + 1] >= 65 && t[j + 1] <= 90 {
                    if out == nil { out = t }
                    out![j] = 79
                }
            }
        }
        return out
    }

    /// The ASCII byte a look-alike at `i` stands for (0: drop it) and its width; nil: keep the byte.
    static func fold(_ t: [UInt8], _ i: Int) -> (UInt8?, Int) {
        let c0 = t[i]
        guard c0 >= 0xC2 else { return (nil, 1) }
        if c0 == 0xC2, i + 1 < t.count, t[i + 1] == 0xA0 { return (32, 2) }  // no-break space
        if c0 == 0xC2, i + 1 < t.count, t[i + 1] == 0xB7 { return (46, 2) }  // middle dot: "520·33·7716"
        guard i + 2 < t.count else { return (nil, 1) }
        let c1 = t[i + 1], c2 = t[i + 2]
        switch (c0, c1) {
        case (0xEF, 0xBC) where c2 >= 0x81 && c2 <= 0xBF: return (c2 - 0x81 + 0x21, 3)  // U+FF01–FF3F
        case (0xEF, 0xBD) where c2 >= 0x80 && c2 <= 0x9E: return (c2 - 0x80 + 0x60, 3)  // U+FF40–FF5E
        case (0xEF, 0xB9) where c2 == 0x98 || c2 == 0xA3: return (45, 3)  // small em dash, small hyphen-minus
        case (0xEF, 0xBB) where c2 == 0xBF: return (0, 3)  // byte-order mark
        case (0xE2, 0x80):
            switch c2 {
            case 0x80...0x8A, 0xAF: return (32, 3)  // en quad … hair space, narrow no-break space
            case 0x8B...0x8D: return (0, 3)  // zero-width space, non-joiner, joiner
            case 0x90...0x95: return (45, 3)  // hyphen … horizontal bar
            case 0x98, 0x99: return (39, 3)  // curly single quotes
            case 0x9C, 0x9D: return (34, 3)  // curly double quotes
            case 0xA4, 0xA6: return (46, 3)  // one dot leader, ellipsis ("August… the 29th")
            case 0xA2, 0xA3: return (124, 3)  // bullets separate fields ("MR 7702194 • DOB …")
            default: return (nil, 1)
            }
        case (0xE2, 0x81) where c2 == 0xA0: return (0, 3)  // word joiner
        case (0xE2, 0x81) where c2 == 0x9F: return (32, 3)  // medium mathematical space
        case (0xE2, 0x88) where c2 == 0x92: return (45, 3)  // minus sign
        case (0xE2, 0x86) where c2 >= 0x90, (0xE2, 0x87): return (58, 3)  // arrows lead a value as a colon does ("Acct → A00928114")
        case (0xE3, 0x80) where c2 == 0x80: return (32, 3)  // ideographic space
        default: return (nil, 1)
        }
    }

    /// Original byte offset of folded offset `i` (a start).
    func originalStart(_ i: Int) -> Int { origin.isEmpty ? i : Int(origin[i]) }

    /// Original byte offset just after folded byte `i - 1` (an end).
    func originalEnd(_ i: Int) -> Int { origin.isEmpty || i == 0 ? i : Int(originEnd[i - 1]) }

    static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80 }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12 }

    static func tokens(_ t: [UInt8]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(t.count / 4)
        var i = 0
        var spaced = true, newline = true
        while i < t.count {
            let c = t[i]
            if isSpace(c) {
                spaced = true
                if c == 10 { newline = true }
                i += 1
                continue
            }
            let start = i
            var key: UInt64 = 0
            let kind: Token.Kind
            if isDigit(c) {
                while i < t.count && isDigit(t[i]) { i += 1 }
                kind = .number
            } else if isLetter(c) {
                key = 0xcbf2_9ce4_8422_2325
                var stem = key  // the key without a final "'s": "patient's" reads as "patient"
                while i < t.count && (isLetter(t[i]) || isDigit(t[i]) || (t[i] == 39 && i + 1 < t.count && isLetter(t[i + 1]))) {
                    if t[i] == 39 { stem = key }
                    key = (key ^ UInt64(t[i] | (t[i] >= 65 && t[i] <= 90 ? 0x20 : 0))) &* 0x100_0000_01b3
                    i += 1
                }
                if i - start > 2, t[i - 2] == 39, t[i - 1] | 0x20 == 115 { key = stem }
                kind = .word
            } else {
                key = UInt64(c)
                i += 1
                kind = .punct
            }
            out.append(Token(kind: kind, start: Int32(start), end: Int32(i), spaced: spaced, newline: newline, key: key))
            spaced = false
            newline = false
        }
        return out
    }

    /// FNV-1a of a lower-case ASCII word, as `Token.key` computes it.
    static func key(_ s: String) -> UInt64 {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in s.utf8 { key = (key ^ UInt64(c | (c >= 65 && c <= 90 ? 0x20 : 0))) &* 0x100_0000_01b3 }
        return key
    }

    // MARK: token questions (all safe past the end: they answer false / nil)

    var count: Int { toks.count }
    func isWord(_ k: Int) -> Bool { k >= 0 && k < toks.count && toks[k].kind == .word }
    func isNumber(_ k: Int) -> Bool { k >= 0 && k < toks.count && toks[k].kind == .number }
    /// The punctuation byte of token k, nil for a word or a number.
    func punct(_ k: Int) -> UInt8? { k >= 0 && k < toks.count && toks[k].kind == .punct ? b[Int(toks[k].start)] : nil }
    func isPunct(_ k: Int, _ c: UInt8) -> Bool { punct(k) == c }
    func len(_ k: Int) -> Int { Int(toks[k].end - toks[k].start) }
    func spaced(_ k: Int) -> Bool { k >= toks.count || toks[k].spaced }
    /// Tokens k-1 and k touch (no space between).
    func tight(_ k: Int) -> Bool { k > 0 && k < toks.count && !toks[k].spaced }
    /// The word at k is `w` (w in lower case).
    func `is`(_ k: Int, _ w: StaticString) -> Bool {
        guard isWord(k), len(k) == w.utf8CodeUnitCount else { return false }
        var i = Int(toks[k].start)
        let p = w.utf8Start
        for n in 0..<w.utf8CodeUnitCount {
            let c = b[i]
            if (c >= 65 && c <= 90 ? c | 0x20 : c) != p[n] { return false }
            i += 1
        }
        return true
    }
    func `in`(_ k: Int, _ set: PHIWords) -> Bool { isWord(k) && set.contains(key: toks[k].key) }
    /// Capitalised word: first letter upper case.
    func isCap(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let c = b[Int(toks[k].start)]
        return c >= 65 && c <= 90
    }
    /// All letters upper case (and at least one letter).
    func isUpper(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        var letters = 0
        for c in b[Int(toks[k].start)..<Int(toks[k].end)] {
            if c >= 97 && c <= 122 { return false }
            if c >= 65 && c <= 90 { letters += 1 }
        }
        return letters > 0
    }
    /// Digits in token k (a word such as "MR2351161" has some).
    func digits(_ k: Int) -> Int {
        guard k >= 0 && k < toks.count, toks[k].kind != .punct else { return 0 }
        if toks[k].kind == .number { return len(k) }
        var n = 0
        for c in b[Int(toks[k].start)..<Int(toks[k].end)] where Self.isDigit(c) { n += 1 }
        return n
    }
    /// The value of a number token (first 9 digits).
    func value(_ k: Int) -> Int {
        var v = 0
        for c in b[Int(toks[k].start)..<min(Int(toks[k].end), Int(toks[k].start) + 9)] { v = v * 10 + Int(c &- 48) }
        return v
    }
    func firstByte(_ k: Int) -> UInt8 { b[Int(toks[k].start)] }

    /// Whether word k ends with "'s" ("patient's", "Kowalewski's").
    func isPossessive(_ k: Int) -> Bool {
        guard isWord(k), len(k) > 2 else { return false }
        let e = Int(toks[k].end)
        return b[e - 2] == 39 && b[e - 1] | 0x20 == 115
    }

    /// Whether word k ends with `s` (lower-case ASCII, compared without case) and is longer than it.
    func hasSuffix(_ k: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount, start = Int(toks[k].start), end = Int(toks[k].end)
        guard end - start > n else { return false }
        return (0..<n).allSatisfy { b[end - n + $0] | 0x20 == s.utf8Start[$0] }
    }
    /// The lower-cased word (allocates: for rare uses).
    func word(_ k: Int) -> String { String(decoding: b[Int(toks[k].start)..<Int(toks[k].end)], as: UTF8.self).lowercased() }

    /// A word of `set` among the `before` tokens before k and the `after` tokens after it,
    /// on the same line.
    func near(_ k: Int, before: Int, after: Int, _ set: PHIWords) -> Bool { nearest(k, before: before, after: after, set) != nil }

    /// A word of `set` among the next `after` words and numbers after k on its line (punctuation
    /// does not count: `"Account 4410-220" in our billing system`).
    func nearWords(_ k: Int, after: Int, _ set: PHIWords) -> Bool {
        var j = k + 1, n = 0
        while j < toks.count && n < after && !toks[j].newline {
            if toks[j].kind != .punct {
                if toks[j].kind == .word && set.contains(key: toks[j].key) { return true }
                n += 1
            }
            j += 1
        }
        return false
    }

    /// Distance (in tokens) to the closest word of `set` around k on the same line.
    func nearest(_ k: Int, before: Int, after: Int, _ set: PHIWords) -> Int? {
        var best: Int?
        var j = k - 1
        while j >= 0 && k - j <= before {
            if toks[j].kind == .word && set.contains(key: toks[j].key) { best = k - j; break }
            if toks[j].newline { break }
            j -= 1
        }
        j = k + 1
        while j < toks.count && j - k <= after && !toks[j].newline {
            if toks[j].kind == .word && set.contains(key: toks[j].key) { return min(best ?? Int.max, j - k) }
            j += 1
        }
        return best
    }
}

/// A set of lower-case words, compared by their FNV-1a key (no string per token): an
/// open-addressing table of keys, since the keys are already well mixed.
struct PHIWords: Sendable {
    let keys: Set<UInt64>
    private let slots: [UInt64]
    private let mask: Int

    init(_ words: [String], adding sets: [PHIWords] = []) {
        keys = sets.reduce(into: Set(words.map(PHIText.key))) { $0.formUnion($1.keys) }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        for key in keys {
            var i = Int(truncatingIfNeeded: key >> 7) & (size - 1)
            while table[i] != 0 { i = (i + 1) & (size - 1) }
            table[i] = key
        }
        slots = table
        mask = size - 1
    }

    func contains(key: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    func contains(_ w: String) -> Bool { contains(key: PHIText.key(w)) }
}
