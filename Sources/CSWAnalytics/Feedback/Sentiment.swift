/// Offline, explainable sentiment of customer feedback: a lexicon of weighted words and
/// phrases (with a customer-success and healthcare vocabulary, `SentimentLexicon`) and
/// a few rules, after VADER (Hutto & Gilbert, 2014):
///
/// - negation ("not", "never", "no longer", "isn't", "without" within three words before)
///   flips and damps a term (× −0.74);
/// - intensifiers ("very", "extremely") and hedges ("slightly", "a bit") just before a
///   term strengthen or weaken it by 0.293;
/// - contrast: in a sentence with "but" or "however", what comes before counts half and
///   what comes after one and a half times; a leading "although …," clause counts half;
/// - emphasis: each "!" (up to four) adds 0.292 in the direction of the sentence, and a
///   term in capitals in mixed-case text is strengthened by 0.733;
/// - direction: a measure and its movement decide together — "readmissions are down" and
///   "adoption is up" are good news, "documentation time went up" and "usage has fallen"
///   bad (`SentimentLexicon.lowerIsBetter` / `higherIsBetter`).
///
/// The sum of the terms' weights `s` becomes a score in −1…1 as s / √(s² + 15); 0.05 and
/// above is positive, −0.05 and below negative. Pure: text in, value out.
public struct Sentiment: Sendable, Equatable {
    /// One term that moved the score, with its weight after the rules ("not impressed", −1.5).
    public struct Driver: Sendable, Equatable {
        public let term: String
        public let weight: Double
    }

    public enum Label: String, Sendable, CaseIterable { case positive, neutral, negative }

    public let score: Double
    public let label: Label
    /// Strongest first.
    public let drivers: [Driver]

    public static let positiveFrom = 0.05
    public static let negativeFrom = -0.05

    public init(score: Double, drivers: [Driver]) {
        self.score = score
        self.label = score >= Self.positiveFrom ? .positive : (score <= Self.negativeFrom ? .negative : .neutral)
        self.drivers = drivers
    }

    /// Analyses `text` with the built-in lexicon and `extra` terms (csw.json's
    /// `sentiment.lexicon`: word or phrase → weight, which replace built-in weights).
    public static func analyse(_ text: String, extra: [String: Double] = [:]) -> Sentiment {
        SentimentAnalyser(extra: extra).analyse(text)
    }
}

/// The analyser (see `Sentiment`); build one per lexicon and reuse it.
public struct SentimentAnalyser: Sendable {
    let lexicon: SentimentLexicon

    public init(extra: [String: Double] = [:]) {
        lexicon = extra.isEmpty ? SentimentLexicon.builtIn : SentimentLexicon.builtIn.adding(extra)
    }

    struct Token {
        let word: String       // lower case, apostrophes normalised
        let capitals: Bool     // written in capitals (two letters or more)
    }

    public func analyse(_ text: String) -> Sentiment {
        let sentences = Self.sentences(text)
        let mixedCase = text.contains { $0.isLowercase }
        var total = 0.0
        var drivers: [Sentiment.Driver] = []
        for sentence in sentences {
            let (terms, exclamations) = score(sentence, mixedCase: mixedCase)
            var sum = terms.reduce(0) { $0 + $1.weight }
            if exclamations > 0 && sum != 0 {
                sum += (sum > 0 ? 1 : -1) * 0.292 * Double(min(exclamations, 4))
            }
            total += sum
            drivers += terms
        }
        let score = total / (total * total + 15).squareRoot()
        let rounded = (score * 1000).rounded() / 1000
        let ordered = drivers.enumerated().sorted { a, b in
            abs(a.element.weight) != abs(b.element.weight) ? abs(a.element.weight) > abs(b.element.weight) : a.offset < b.offset
        }.map { Sentiment.Driver(term: $0.element.term, weight: ($0.element.weight * 100).rounded() / 100) }
        return Sentiment(score: rounded == 0 ? 0 : rounded, drivers: ordered)
    }

    /// Splits on . ; ? ! and line breaks, keeping each sentence's "!" count with it.
    static func sentences(_ text: String) -> [(tokens: [Token], clauses: [Int], exclamations: Int)] {
        var out: [(tokens: [Token], clauses: [Int], exclamations: Int)] = []
        var tokens: [Token] = []
        var clauses: [Int] = []      // clause number of each token (commas separate clauses)
        var clause = 0
        var exclamations = 0
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            let letters = word.filter(\.isLetter)
            let capitals = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            var lower = word.lowercased()
            while lower.hasPrefix("'") || lower.hasPrefix("-") { lower.removeFirst() }
            while lower.hasSuffix("'") || lower.hasSuffix("-") { lower.removeLast() }
            if !lower.isEmpty {
                tokens.append(Token(word: lower, capitals: capitals))
                clauses.append(clause)
            }
            word = ""
        }
        func flushSentence() {
            flushWord()
            if !tokens.isEmpty { out.append((tokens, clauses, exclamations)) }
            tokens = []
            clauses = []
            clause = 0
            exclamations = 0
        }
        var previous: Character = " "
        var endPending = false  // after "!": the sentence ends where the next word starts
        for ch in text {
            if endPending && (ch.isLetter || ch.isNumber) {
                flushSentence()
                endPending = false
            }
            switch ch {
            case "\u{2019}", "\u{2018}", "'":
                word.append("'")
            case "-" where !word.isEmpty:
                word.append("-")
            case "!":
                exclamations += 1
                flushWord()
                endPending = true
            case ".":
                // "3.5" stays one number.
                if previous.isNumber { word.append(".") } else { flushSentence() }
            case "?", ";", "\n":
                flushSentence()
            case ",", ":", "(", ")", "\u{2014}", "\u{2013}":
                flushWord()
                clause += 1
            default:
                if ch.isLetter || ch.isNumber || ch == "%" {
                    word.append(ch)
                } else {
                    flushWord()
                }
            }
            previous = ch
        }
        flushSentence()
        return out
    }

    static func number(_ word: String) -> Double? {
        Double(word.hasSuffix("%") ? String(word.dropLast()) : word)
    }

    /// The weighted terms of one sentence, after negation, intensity, direction and contrast.
    func score(_ sentence: (tokens: [Token], clauses: [Int], exclamations: Int), mixedCase: Bool) -> ([Sentiment.Driver], Int) {
        let tokens = sentence.tokens
        let words = tokens.map(\.word)
        var terms: [(start: Int, end: Int, weight: Double, text: String)] = []
        var used = [Bool](repeating: false, count: words.count)

        // 1. Direction pairs: a measure and its movement.
        for (i, w) in words.enumerated() where !used[i] {
            // "went up", "gone down", "came back": the particle decides; "from 61% to 84%": the numbers
            let particle = i + 1 < words.count && sentence.clauses[i + 1] == sentence.clauses[i] ? words[i + 1] : ""
            var up: Bool
            var last = i
            let improvement = lexicon.improvement[w]
            if ["went", "gone", "go", "goes", "going", "come", "came", "comes", "coming"].contains(w) && ["up", "down", "back"].contains(particle) {
                up = particle != "down"
                last = i + 1
            } else if w == "from", i + 3 < words.count, let a = Self.number(words[i + 1]), words[i + 2] == "to", let b = Self.number(words[i + 3]), a != b {
                up = b > a
                last = i + 3
            } else if let d = lexicon.direction[w] {
                up = d
            } else if let better = improvement {
                up = better
            } else {
                continue
            }
            // movement after the measure ("readmissions are down") or before it ("fewer false alarms")
            var found: (range: ClosedRange<Int>, good: Bool)?
            for back in 1...7 where i - back >= 0 && sentence.clauses[i - back] == sentence.clauses[i] {
                if let m = lexicon.measure(endingAt: i - back, in: words) { found = (m.range.lowerBound...i, m.higherIsBetter); break }
            }
            if found == nil {
                for ahead in 1...3 where i + ahead < words.count && sentence.clauses[i + ahead] == sentence.clauses[i] {
                    if let m = lexicon.measure(startingAt: i + ahead, in: words) { found = (i...m.range.upperBound, m.higherIsBetter); break }
                }
            }
            guard var (range, higherIsBetter) = found, !range.contains(where: { used[$0] }) else { continue }
            if range.upperBound < last { range = range.lowerBound...last }
            // "improved", "worsened": good or bad news whichever way the measure runs
            if let improvement { up = improvement; higherIsBetter = true }
            var weight = (up == higherIsBetter) ? 2.2 : -2.2
            // a negation between the measure and its movement: "errors haven't come back"
            if range.lowerBound < i, (max(range.lowerBound, i - 3)..<i).contains(where: { lexicon.isNegation(words, at: $0) }) { weight *= -0.74 }
            for k in range { used[k] = true }
            terms.append((range.lowerBound, range.upperBound, weight, words[range].joined(separator: " ")))
        }

        // 2. Lexicon terms, longest phrase first.
        var i = 0
        while i < words.count {
            if used[i] { i += 1; continue }
            if let (length, weight) = lexicon.longestTerm(at: i, in: words), !(i..<(i + length)).contains(where: { used[$0] }) {
                var w = weight
                if mixedCase && tokens[i..<(i + length)].contains(where: \.capitals) { w += w > 0 ? 0.733 : -0.733 }
                for k in i..<(i + length) { used[k] = true }
                terms.append((i, i + length - 1, w, words[i..<(i + length)].joined(separator: " ")))
                i += length
            } else {
                i += 1
            }
        }
        terms.sort { $0.start < $1.start }

        // 3. Modifiers before each term: intensity and negation (within the clause).
        var out: [(start: Int, weight: Double, text: String)] = []
        for term in terms {
            var weight = term.weight
            var prefix: [String] = []
            let clause = sentence.clauses[term.start]
            var k = term.start - 1
            var seen = 0
            var negated = false
            while k >= 0 && seen < 5 && sentence.clauses[k] == clause && !used[k] {
                let w = words[k]
                if let boost = lexicon.intensity[w], seen < 2 {
                    weight += weight > 0 ? boost : -boost
                    prefix.insert(w, at: 0)
                } else if lexicon.isNegation(words, at: k) {
                    if !negated { weight *= -0.74; negated = true }
                    prefix.insert(w, at: 0)
                } else if lexicon.contrast.contains(w) {
                    break
                }
                k -= 1
                seen += 1
            }
            // "a bit", "kind of": two-word hedges
            if term.start >= 2, let hedge = lexicon.hedges[words[term.start - 2] + " " + words[term.start - 1]], !used[term.start - 1], !used[term.start - 2] {
                weight += weight > 0 ? hedge : -hedge
                if !prefix.contains(words[term.start - 1]) { prefix = [words[term.start - 2], words[term.start - 1]] + prefix }
            }
            // "not only … but also" is not a negation
            if negated, term.start >= 1, words[max(0, term.start - 3)..<term.start].contains("only") { weight /= -0.74 }
            out.append((term.start, weight, (prefix + [term.text]).joined(separator: " ")))
        }

        // 4. Contrast: "X but Y" — X counts half, Y 1.5×; a leading "although X, Y": X half.
        if let pivot = words.firstIndex(where: { lexicon.contrast.contains($0) }) {
            out = out.map { ($0.start, $0.start < pivot ? $0.weight * 0.5 : $0.weight * 1.5, $0.text) }
        } else if let first = words.first, lexicon.concession.contains(first) {
            let firstClause = sentence.clauses[0]
            out = out.map { sentence.clauses[$0.start] == firstClause ? ($0.start, $0.weight * 0.5, $0.text) : $0 }
        } else if let concession = words.firstIndex(where: { lexicon.concession.contains($0) }), concession > 0 {
            out = out.map { $0.start > concession ? ($0.start, $0.weight * 0.5, $0.text) : $0 }
        }
        return (out.filter { $0.weight != 0 }.map { Sentiment.Driver(term: $0.text, weight: $0.weight) }, sentence.exclamations)
    }
}
