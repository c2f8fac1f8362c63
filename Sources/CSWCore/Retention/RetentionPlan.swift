import CSWJSON

/// One thing a rule removes: a whole file, or one entry inside a file.
public struct RetentionItem: Sendable, Equatable {
    public let rule: String
    public let path: String
    /// nil: the whole file. Otherwise the entry: the line of a JSON Lines file, or the index
    /// in profile.json's team_members.
    public let entry: Int?
    /// What it is, for people: "feedback note", "task T-…", "team member Tom Reyes".
    /// Text from the file: escape it before showing it on a terminal.
    public let what: String
    /// The date that made it old enough (YYYY-MM-DD).
    public let date: String
}

/// What csw.json's retention rules remove as of `today`: each item once, under the first
/// rule (in csw.json's order) that covers it.
public struct RetentionPlan: Sendable {
    public let today: String
    public let rules: [RetentionRule]
    public let items: [RetentionItem]

    public func items(of rule: String) -> [RetentionItem] { items.filter { $0.rule == rule } }

    /// The rules that remove something, in csw.json's order, with how many items each.
    public var counts: [(rule: String, count: Int)] {
        rules.compactMap { r in
            let n = items.lazy.filter { $0.rule == r.name }.count
            return n == 0 ? nil : (r.name, n)
        }
    }

    /// Plans `rules` over `sources` (in the order given) as of `today` (YYYY-MM-DD).
    public static func make(rules: [RetentionRule], sources: [RetentionSource], today: String) -> RetentionPlan {
        let cutoffs = rules.map { $0.cutoff(today: today) }
        var items: [RetentionItem] = []
        for source in sources {
            let candidates = Self.candidates(source)
            for candidate in candidates {
                for (k, rule) in rules.enumerated() where rule.covers == source.kind.covers {
                    guard let cutoff = cutoffs[k], candidate.matches(rule) else { continue }
                    let old = rule.covers == .contacts && rule.olderThan == nil ? candidate.date <= cutoff : candidate.date < cutoff
                    guard old else { continue }
                    items.append(RetentionItem(rule: rule.name, path: source.path, entry: candidate.entry, what: candidate.what, date: candidate.date))
                    break
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.name, $0) })
        items.sort { a, b in
            let (x, y) = (order[a.rule] ?? 0, order[b.rule] ?? 0)
            if x != y { return x < y }
            if a.path != b.path { return a.path < b.path }
            return (a.entry ?? -1) < (b.entry ?? -1)
        }
        return RetentionPlan(today: today, rules: rules, items: items)
    }

    /// Something a rule could remove, with what narrows it.
    struct Candidate {
        let entry: Int?
        let what: String
        let date: String
        var kind: String?
        var status: String?

        func matches(_ rule: RetentionRule) -> Bool {
            switch rule.covers {
            case .notes: return rule.kinds.isEmpty || kind.map(rule.kinds.contains) == true
            case .tasks: return status.map(rule.statuses.contains) == true
            default: return true
            }
        }
    }

    /// The dated things in a file. Undated or unreadable ones are never candidates: a rule
    /// removes only what it can show is old (csw validate reports the rest).
    static func candidates(_ source: RetentionSource) -> [Candidate] {
        func date(_ text: String?) -> String? { text.flatMap { Day.exactly($0) == nil ? nil : $0 } }
        switch source.kind {
        case .feedback, .notes, .reviews:
            guard case .success(let note) = FrontMatter.parse(String(decoding: source.bytes, as: UTF8.self)),
                  let day = date(note.value["date"]?.stringValue) else { return [] }
            let what = source.kind == .feedback ? "feedback note" : source.kind == .notes ? "account note" : "business-review note"
            return [Candidate(entry: nil, what: what, date: day, kind: note.value["kind"]?.stringValue)]
        case .tasks:
            return JSONLines.parse(source.bytes).records.compactMap { record in
                let task = record.document.root
                guard let day = date(task["done_at"]?.stringValue) ?? date(task["due"]?.stringValue) else { return nil }
                let id = task["id"]?.stringValue ?? "on line \(record.line)"
                return Candidate(entry: record.line, what: "task \(id)", date: day, status: task["status"]?.stringValue)
            }
        case .delivered:
            return JSONLines.parse(source.bytes).records.compactMap { record in
                let event = record.document.root
                guard let day = date(event["at"]?.stringValue.map { String($0.prefix(10)) }) else { return nil }
                return Candidate(entry: record.line, what: "notification \(event["hook"]?.stringValue ?? "?") (line \(record.line))", date: day)
            }
        case .profile:
            guard case .success(let document) = JSONDocument.parse(source.bytes),
                  let members = document.root["team_members"], members.kind == .array else { return [] }
            return members.elements.enumerated().compactMap { i, member in
                guard let day = date(member["left_on"]?.stringValue) else { return nil }
                return Candidate(entry: i, what: "team member \(member["name"]?.stringValue ?? "#\(i + 1)")", date: day)
            }
        }
    }
}
