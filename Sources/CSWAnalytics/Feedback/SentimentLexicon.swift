/// The words and phrases `SentimentAnalyser` knows, with their weights (−4 … +4), and the
/// modifier words of its rules. The vocabulary is customer success for clinical software:
/// "alert fatigue", "workflow disruption", "saves our nurses time", "go-live", "downtime".
/// csw.json's `sentiment.lexicon` adds terms or replaces weights.
struct SentimentLexicon: Sendable {
    /// First word → the terms starting with it, longest first.
    private(set) var terms: [String: [(words: [String], weight: Double)]] = [:]
    /// Movement words: true for up ("rose", "more"), false for down ("fewer", "dropped").
    let direction: [String: Bool]
    /// Measures whose movement decides: phrase → true when higher is better.
    private(set) var measures: [String: [(words: [String], higherIsBetter: Bool)]] = [:]
    /// Words that say a measure got better (true) or worse (false), whichever way it runs.
    let improvement: [String: Bool] = ["improved": true, "improving": true, "improves": true, "better": true, "resolved": true, "fixed": true,
                                       "solved": true, "manageable": true, "worsened": false, "worsening": false, "worse": false,
                                       "deteriorated": false, "deteriorating": false]
    /// Intensifiers (+) and hedges (−) just before a term.
    let intensity: [String: Double]
    let hedges: [String: Double]
    let negations: Set<String>
    let contrast: Set<String> = ["but", "however"]
    let concession: Set<String> = ["although", "though", "despite", "whereas"]

    static let builtIn = SentimentLexicon()

    private init() {
        for line in Self.weightedTerms.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let weight = Double(parts[0]) else { continue }
            for term in parts[1].split(separator: "|") { Self.add(String(term), weight, to: &terms) }
        }
        for (list, better) in [(Self.higherIsBetter, true), (Self.lowerIsBetter, false)] {
            for phrase in list.split(separator: "|") {
                let words = phrase.split(separator: " ").map(String.init)
                measures[words.last!, default: []].append((words, better))
            }
        }
        for key in measures.keys { measures[key]!.sort { $0.words.count > $1.words.count } }
        var direction: [String: Bool] = [:]
        for w in Self.upWords.split(separator: "|") { direction[String(w)] = true }
        for w in Self.downWords.split(separator: "|") { direction[String(w)] = false }
        self.direction = direction
        var intensity: [String: Double] = [:]
        for w in Self.boosters.split(separator: "|") { intensity[String(w)] = 0.293 }
        for w in Self.dampeners.split(separator: "|") { intensity[String(w)] = -0.293 }
        self.intensity = intensity
        hedges = ["a bit": -0.293, "a little": -0.293, "kind of": -0.293, "sort of": -0.293, "a tad": -0.293]
        negations = Set(Self.negationWords.split(separator: "|").map(String.init))
    }

    private static func add(_ term: String, _ weight: Double, to terms: inout [String: [(words: [String], weight: Double)]]) {
        let words = term.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        var list = terms[first, default: []]
        list.removeAll { $0.words == words }
        list.append((words, weight))
        list.sort { $0.words.count > $1.words.count }
        terms[first] = list
    }

    func adding(_ extra: [String: Double]) -> SentimentLexicon {
        var copy = self
        for (term, weight) in extra { Self.add(term, weight, to: &copy.terms) }
        return copy
    }

    /// The longest term starting at `i`: (number of words, weight).
    func longestTerm(at i: Int, in words: [String]) -> (Int, Double)? {
        guard let candidates = terms[words[i]] else { return nil }
        for c in candidates where i + c.words.count <= words.count && words[i..<(i + c.words.count)].elementsEqual(c.words) {
            return (c.words.count, c.weight)
        }
        return nil
    }

    func measure(endingAt i: Int, in words: [String]) -> (range: ClosedRange<Int>, higherIsBetter: Bool)? {
        guard let candidates = measures[words[i]] else { return nil }
        for c in candidates where i + 1 >= c.words.count && words[(i + 1 - c.words.count)...i].elementsEqual(c.words) {
            return ((i + 1 - c.words.count)...i, c.higherIsBetter)
        }
        return nil
    }

    func measure(startingAt i: Int, in words: [String]) -> (range: ClosedRange<Int>, higherIsBetter: Bool)? {
        // measures are indexed by their last word: try each length ending within reach
        for end in stride(from: min(words.count - 1, i + 3), through: i, by: -1) {
            if let m = measure(endingAt: end, in: words), m.range.lowerBound == i { return m }
        }
        return nil
    }

    func isNegation(_ words: [String], at k: Int) -> Bool {
        let w = words[k]
        if negations.contains(w) || w.hasSuffix("n't") { return true }
        return w == "longer" && k > 0 && words[k - 1] == "no"
    }

    static let negationWords = "supposed|not|no|never|none|nobody|nothing|neither|nor|without|cannot|cant|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|wouldnt|shouldnt|couldnt|hasnt|havent|hadnt|aint|hardly|barely|lack|lacks|lacking"
    static let boosters = "very|really|extremely|incredibly|super|so|highly|truly|absolutely|completely|totally|hugely|seriously|particularly|remarkably|exceptionally|especially|most|much|deeply|genuinely|thoroughly|utterly|entirely|amazingly|insanely|way|too"
    static let dampeners = "slightly|somewhat|marginally|partly|partially|fairly|mildly|occasionally|reasonably"

    static let upWords = "up|increased|increase|increases|increasing|rose|risen|rising|rises|higher|more|doubled|tripled|spiked|spike|spiking|jumped|climbed|climbing|grew|grown|growing|surged|soared|ballooned|skyrocketed|ticked|highest|busier|bigger|larger"
    static let downWords = "down|decreased|decrease|decreases|decreasing|dropped|drop|drops|dropping|fell|fallen|falling|lower|lowered|fewer|less|reduced|reduce|reduces|reducing|reduction|cut|cuts|halved|declined|declining|decline|shrank|shrunk|eliminated|slashed|trimmed|plummeted|tanked|dipped|gone|disappeared|vanished|minimal|slowed|shortened|shorter|smaller|little|empty|negligible"

    /// Measures where more is good news.
    static let higherIsBetter = "usage|adoption|support|responsiveness|licenses|licences|seats|uptake|engagement|utilization|utilisation|compliance|bundle compliance|satisfaction|nps|roi|savings|throughput|accuracy|capture|revenue|logins|active users|users|scores|morale|retention|participation|volume of use|sensitivity|specificity|trust|confidence|coding accuracy|capture rate|response rate|margin|reimbursement"
    /// Measures where less is good news.
    static let lowerIsBetter = "readmissions|readmission|readmission rate|readmission rates|length of stay|los|mortality|deaths|falls|errors|denials|wait|waits|wait times|wait time|downtime|outages|false alarms|false alarm|false positives|alerts|alert volume|pages|tickets|support tickets|ticket volume|clicks|documentation time|pajama time|charting time|overtime|burnout|turnover|costs|cost|spend|spending|latency|delays|delay|backlog|complaints|escalations|infections|complications|no-shows|transfers|icu transfers|codes|rapid responses|time to antibiotics|time to treatment|door-to-needle|after-hours charting|interruptions|workload|cost per case|calls|handle time|average handle time|overtime hours|transfers|unplanned transfers|missed cases|missed sepsis cases|sepsis deaths|no-show rate|false alarm rate|alert rate|incidents|ticket backlog|chart reviews|denial rate|burnout scores|complaints about latency|latency complaints|workflow disruption|disruption|alert fatigue|nuisance alerts|incident|major incident|budget impact|editing|time|inbox|inbox time|errors we had|interface errors|outage|outages|unplanned outage"

    /// weight term|term|…  (one weight per line; phrases are matched longest first)
    static let weightedTerms = """
    0 downtime procedures|downtime procedure|downtime drill|it would help|would help|would be helpful|would be nice|would be great|it would be good|invoices|chase down|broken out|broken down|risk model|risk score|risk scores|readmission risk|risk-prediction|champion|champions|switch|stuck with|physician champion|clinical champion|nurse champion|champion program|go live|go-live|live|expand to|expansion|at first|used to be|fine-tune|fine tune|patients who are fine
    3.2 excellent|outstanding|fantastic|phenomenal|superb|exceptional|amazing|game changer|game-changer|lifesaver|life saver|no-brainer|no brainer
    2.8 love|loved|loves|loving|delighted|thrilled|wonderful|brilliant|best|incredible|impressive|impressed|awesome|stellar|spot on|rock solid
    2.4 great|happy|pleased|glad|grateful|thankful|appreciate|appreciated|appreciates|enjoy|enjoying|enjoyed|recommend|recommended|seamless|seamlessly|smooth|smoothly|flawless|flawlessly|reliable|reliably|trust|trusts|trusted|confident|win|wins|success|successful|successfully|paid for itself|pays for itself|worth it|worth every penny|well worth|worth the money|without a hitch|exactly what we wanted|huge help|big help|refuse to document without it|on board|fully on board|feel heard|model for|cleanest|exceeded|exceeds|exceeding|beat|delivered|delivers|transformed|transformative|valuable|invaluable|keeps getting better|advantage|affordable|attentive|beneficial|boost|boosted|breakthrough|capable|cheerful|commendable|competent|convenient|courteous|creative|delight|delightful|dependable|effortless|elegant|empower|empowered|empowering|encouraged|engaging|enjoyable|enthusiastic|exciting|fabulous|favorite|favourite|flexible|fortunate|friendly|fruitful|fun|generous|enjoys|won them over|won us over|would have missed|would've missed|would otherwise have missed|can't imagine going back|won't go back|even our most skeptical|even the skeptics|even our skeptics|realistic|hit every milestone|hit our milestones|met every milestone|part of our daily|first thing|every morning|act on|little editing|less editing|minimal editing|genuine|handy|ideal|innovative|inspiring|kind|knowledgeable|lucky|marvelous|marvellous|meaningful|motivated|neat|optimistic|painless|perfect|perfectly|pleasant|pleasure|polished|popular|powerful|practical|prepared|productive|professional|proficient|prompt|promptly|reassured|reassuring|refreshing|relaxed|remarkable|resolved|respectful|robust|rewarding|satisfied|satisfying|secure|sensible|sincere|skilled|smart|sophisticated|speedy|succeed|succeeded|succeeding|superb|terrific|thorough|thoughtful|timely|top-notch|tremendous|trustworthy|user-friendly|versatile|welcome|well-designed|worthwhile|wow|streamlined|streamline|streamlines|life-saving|lifesaving|saved lives|saves lives|on schedule|fixed|solved|works great|works well|high quality|impressed with|love it|nailed it|raving|rave|thrive|thriving|calm|peace of mind|at ease|pays off|paid off|earned|worth|bargain|no complaints|no issues|no problems|zero issues|zero downtime
    2.0 good|nice|helpful|useful|easy|easier|intuitive|responsive|quick|quicker|quickly|fast|faster|efficient|effective|effectively|accurate|improved|improvement|improvements|improving|improves|better|solid|strong|stable|works|worked|working well|clear|clearer|valued|value|benefit|benefits|saves|saved|saving|save|gave me my evenings back|evenings back|time back|hours back|freed up|frees up|adopted|embraced|buy-in|convinced|praise|praised|proud|relief|relieved|celebrate|celebrated|thanks|thank you|kudos|on time|ahead of schedule|under budget|positive|promising|encouraging|fan|fans|renew|renewing|on track|stuck with it|stuck with us|smoother|help|helps|helped|comfortable|makes sense|make sense|targeted|justify it|in seconds|complete|completeness|lived up|live up|highest|trusted|reliable|consistent|consistently|accurate|correct|precise|fewer clicks|time back|caught early|right away|stayed with us|on it
    0.8 fine|finally|ok|okay
    1.4 decent|adequate|reasonable|fair|simple|straightforward|clean|caught|catches|catch|earlier|sooner|calmer|quieter|lighter|manageable|engaged|eager|excited|interested|supportive|collaborative|partner|partnership|insightful|actionable|transparent|explainable|uses it every day|use it every day|every day now|wouldn't go back|would not go back|never go back|back to the old|spot-on
    -1.4 slow|slower|slowly|clunky|confusing|confused|unclear|vague|complicated|cumbersome|tedious|awkward|limited|lacking|missing|behind|late|delayed|stale|outdated|inconsistent|inconsistently|gaps|gap|concern|concerns|concerned|worry|worried|worries|hesitant|skeptical|sceptical|doubt|doubts|struggle|struggling|struggled|hard|harder|difficult|tough|tight|expensive|pricey|costly|overpriced|noisy|noise|friction|workaround|workarounds|manual|manually|rough|bumpy|risk|risky|pushback|resistance|resist|resisting|ignored|ignore|ignoring|dismiss|dismissed|dismissing|override|overrides|overriding|questioning|stuck|waiting|hold up|held up|haven't held up|not held up|missed|misses|miss|missing|rushed|slipped|slips|generic|reset|duplicates|duplicate|duplicated|duplicating|paged|pages|hunt|hunting|dread|dreading|relies on assumptions|off from|more of a|somebody else's|built for somebody else|no answers|zero answers|all slides|babysitting|babysit|dropping|drops|jumps around|inconsistent|unexplained|can't explain|nobody can explain|invoices|double documentation|double charting|grumbled|grumbling|complained
    -2.0 bad|poor|poorly|problem|problems|issue|issues|broken|breaks|broke|fails|failed|failing|failure|failures|error|errors|bug|bugs|buggy|glitch|glitches|crash|crashes|crashed|down|outage|outages|downtime|lag|lags|laggy|latency|frustrated|frustrating|frustration|annoyed|annoying|annoyance|nuisance|unhappy|disappointed|disappointing|disappointment|upset|complain|complaining|complained|complaint|complaints|worse|worst|wrong|inaccurate|useless|unreliable|unusable|unstable|clicks|too many clicks|extra clicks|extra work|burden|burdensome|overwhelmed|overwhelming|drowning|flood|flooded|spam|cry wolf|crying wolf|false alarms|false alarm|false positives|alert fatigue|workflow disruption|disruption|disruptive|disrupted|burnout|burned out|burnt out|exhausted|pajama time|escalate|escalated|escalation|churn|cancel|cancelling|canceling|terminate|leaving us|considering leaving|thinking of leaving|switch to|switching to|switched to|switching|competitor|lost|losing|waste|wasted|wasting|mess|messy|chaos|chaotic|nightmare|pain|painful|headache|headaches|fell apart|falling apart|doesn't fire|not what we were sold|hard to defend|no value|not seeing value|not seeing the value|lack of transparency|black box|drives crazy|crazy|stale lists|letdown|let down|hindrance|vanished|disappeared on us|blown|blew|rejected|reject|locked us into|locked into|inventing|invents|invented|hallucinate|hallucinates|hallucinated|ran on paper|on paper|barely hear from|never hear from|can't justify|cannot justify|how we can justify|hard to justify|not worth|isn't there|isn't worth|shock|cried wolf|cry-wolf|boy-who-cried-wolf|doesn't work|didn't work|not working|stopped working|keeps dropping|keep dropping|lost trust|losing trust|warned|surprise|surprised|blindsided|erodes|erode|eroding|eroded|erodes trust|wants this fixed|want this fixed|needs fixing|needs to be fixed|too many|way too many|complains|complaining about|sitting open|still open|still waiting|for weeks|hasn't budged|has not budged|won't budge|hasn't moved|no improvement|was not the case|wasn't the case|promised|different numbers|don't match|doesn't match|do not match|fires on every|interrupt|wastes|stopped opening|stopped using|stopped logging in|adds a step|extra step|extra steps|underestimated|few people use|nobody uses|no one uses|hardly anyone|small account|feel like a number|made us wait|disrupt|disrupts|incident|incidents|abysmal|aggravating|alarming|anxious|arrogant|atrocious|baffling|bloated|bothered|careless|clumsy|cranky|crap|damaged|defective|deficient|discouraged|disorganized|dissatisfied|distracting|dreadful|embarrassing|embarrassed|erratic|excessive|exhausting|faulty|fear|flawed|flaky|fragile|glitchy|grim|hassle|hostile|impossible|inadequate|incompetent|incomplete|inconvenient|ineffective|inefficient|inferior|insufficient|intrusive|irrelevant|irritating|irritated|junk|lousy|mediocre|misleading|mistake|mistakes|neglected|negative|nervous|obsolete|overcomplicated|overloaded|pointless|problematic|questionable|regret|regrettable|rude|sad|scary|shoddy|sloppy|sluggish|stressful|stressed|stupid|subpar|substandard|troublesome|ugly|unacceptable|uncomfortable|unfortunate|unfortunately|unhelpful|unprofessional|unreasonable|unresponsive|unsatisfactory|weak|timeout|timeouts|times out|timed out|timing out|freezes|froze|frozen|hangs|hung|kicked out|logged out|alarm fatigue|click fatigue|overalerting|over-alerting|interrupts|interrupting|misfire|misfires|misfiring|mismatch|mismatched|wrong patient|duplicate alerts|late alerts|delayed alerts|unanswered|no response|no follow-up|no follow up|behind schedule|over budget|scope creep|cost overrun|walk away|pull the plug|rip out|non-renew|not renewing|price increase|price hike|overcharged|billing error|billing errors|confused|lost confidence|give up|gave up|fighting|fight|complicated|nightmares|threatened|threaten|threatening|overdue|sloppy|irritation|resentment|resent|skepticism|distrust|mistrust
    -2.8 terrible|awful|horrible|unacceptable|furious|angry|outraged|livid|hate|hated|hates|disaster|disastrous|dangerous|unsafe|harm|harmful|patient safety risk|safety risk|miserable|shocking|appalling|pathetic|rip-off|ripoff|betrayed|misled|lied|worthless|garbage|fiasco
    """
}
