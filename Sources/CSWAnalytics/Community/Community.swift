import CSWCore
import CSWJSON

/// A customer's team member who agreed to take part in the customer community. Only
/// people with `community_consent: true` and a `community_consent_date` on or before the
/// as-of date become members; every community listing, match and export is built from
/// members alone, so nobody else can appear in one.
public struct CommunityMember: Sendable, Equatable, Hashable {
    public let customerID: String
    public let organization: String
    public let name: String
    public let title: String?
    public let specialty: String?
    public let expertise: [String]
    public let consentDate: Day

    /// A team member as profile.json has it, consent or not (what the CLI reads; only
    /// `members(_:asOf:)` turns candidates into members).
    public struct Candidate: Sendable, Equatable {
        public let customerID: String
        public let organization: String
        public let name: String
        public let title: String?
        public let specialty: String?
        public let expertise: [String]
        public let consent: Bool
        public let consentDate: Day?
    }

    /// profile.json's team_members.
    public static func candidates(profile bytes: [UInt8]?, customerID: String) -> [Candidate] {
        guard let bytes, case .object(let profile)? = try? JSONDocument.parse(bytes).get().value,
              case .array(let team)? = profile["team_members"] else { return [] }
        let organization = profile["organization_name"]?.stringValue ?? customerID
        return team.compactMap { item in
            guard case .object(let m) = item, let name = m["name"]?.stringValue else { return nil }
            var expertise: [String] = []
            if case .array(let areas)? = m["expertise_areas"] { expertise = areas.compactMap(\.stringValue) }
            let consent: Bool
            if case .bool(let b)? = m["community_consent"] { consent = b } else { consent = false }
            return Candidate(customerID: customerID, organization: organization, name: name, title: m["title"]?.stringValue,
                             specialty: m["specialty"]?.stringValue, expertise: expertise, consent: consent,
                             consentDate: m["community_consent_date"]?.stringValue.flatMap(Day.init))
        }
    }

    /// The candidates who consented, with a consent date on or before `asOf`; and how many
    /// said yes without a date (left out until the date is recorded).
    public static func members(_ candidates: [Candidate], asOf: Day) -> (members: [CommunityMember], undated: Int) {
        var undated = 0
        let members = candidates.compactMap { c -> CommunityMember? in
            guard c.consent else { return nil }
            guard let date = c.consentDate else { undated += 1; return nil }
            guard date <= asOf else { return nil }
            return CommunityMember(customerID: c.customerID, organization: c.organization, name: c.name, title: c.title, specialty: c.specialty,
                                   expertise: c.expertise, consentDate: date)
        }.sorted { ($0.customerID, $0.name) < ($1.customerID, $1.name) }
        return (members, undated)
    }

    public var json: JSONValue {
        .object(["customer_id": .string(customerID), "organization": .string(organization), "name": .string(name),
                 "title": title.map(JSONValue.string) ?? .null, "specialty": specialty.map(JSONValue.string) ?? .null,
                 "expertise_areas": .array(expertise.map(JSONValue.string)), "consent_date": .string(consentDate.description)])
    }
}

/// A learning group: members who share a clinical specialty or an expertise area.
public struct LearningGroup: Sendable, Equatable {
    public enum Kind: String, Sendable { case specialty, expertise }
    public let kind: Kind
    public let name: String
    public let members: [CommunityMember]

    /// Groups of two or more members from at least two customers (peer learning is across
    /// organisations), largest first.
    public static func groups(_ members: [CommunityMember]) -> [LearningGroup] {
        var bySpecialty: [String: [CommunityMember]] = [:], byExpertise: [String: [CommunityMember]] = [:]
        for m in members {
            if let s = m.specialty { bySpecialty[s, default: []].append(m) }
            for e in Set(m.expertise) { byExpertise[e, default: []].append(m) }
        }
        let all = bySpecialty.map { LearningGroup(kind: .specialty, name: $0.key, members: $0.value) }
            + byExpertise.map { LearningGroup(kind: .expertise, name: $0.key, members: $0.value) }
        return all.filter { Set($0.members.map(\.customerID)).count >= 2 }
            .sorted { ($1.members.count, $0.kind.rawValue, $0.name) < ($0.members.count, $1.kind.rawValue, $1.name) }
    }

    public var json: JSONValue {
        .object(["kind": .string(kind.rawValue), "name": .string(name), "members": .array(members.map(\.json))])
    }
}

/// What mentorship matching knows of a customer.
public struct MentorshipContext: Sendable, Equatable {
    public let customerID: String
    public let status: String
    public let band: String
    /// nil without a score (insufficient data).
    public let health: Double?
    public let nps: Double?
    public let tenureDays: Int?

    public init(customerID: String, status: String, band: String, health: Double?, nps: Double?, tenureDays: Int?) {
        self.customerID = customerID
        self.status = status
        self.band = band
        self.health = health
        self.nps = nps
        self.tenureDays = tenureDays
    }

    /// Experienced (a year or more), healthy and a promoter (NPS 9 or more).
    public var canMentor: Bool {
        status == "active" && band == "healthy" && (nps ?? 0) >= 9 && (tenureDays ?? 0) >= 365
    }

    /// Onboarding (by status or within its first six months) or struggling (on watch or
    /// at risk; a customer without a score is not judged struggling on missing data).
    public var needsMentor: Bool {
        status != "churned" && (status == "onboarding" || (tenureDays ?? 0) < 180 || band == "at_risk" || band == "watch")
    }

    var whyMentee: String {
        if status == "onboarding" { return "onboarding" }
        if let t = tenureDays, t < 180 { return "in its first \(t) days" }
        return "\(band == "at_risk" ? "at risk" : band) (health \(ScoreTable.fmt(health)))"
    }
}

/// A suggested or recorded mentor–mentee pair.
public struct MentorMatch: Sendable, Equatable {
    public let mentor: CommunityMember
    public let mentee: CommunityMember
    /// 0…1: 0.5 for the same specialty, 0.4 × the expertise overlap (Jaccard), 0.1 × the
    /// mentor's customer's health / 100.
    public let score: Double
    public let reason: String

    public static let menteesPerMentor = 2

    /// One mentor for each mentee who has none yet (best score first, a mentor takes at
    /// most two mentees), from a different customer, sharing a specialty or expertise.
    public static func match(_ members: [CommunityMember], contexts: [String: MentorshipContext], existing: [(mentor: CommunityMember, mentee: CommunityMember)]) -> [MentorMatch] {
        let mentors = members.filter { contexts[$0.customerID]?.canMentor ?? false }
        let mentees = members.filter { contexts[$0.customerID]?.needsMentor ?? false }
        var load: [CommunityMember: Int] = [:]
        for pair in existing { load[pair.mentor, default: 0] += 1 }
        let matched = Set(existing.map(\.mentee))
        var candidates: [MentorMatch] = []
        for mentee in mentees where !matched.contains(mentee) {
            for mentor in mentors where mentor.customerID != mentee.customerID {
                let sameSpecialty = mentor.specialty != nil && mentor.specialty == mentee.specialty
                let shared = Set(mentor.expertise).intersection(mentee.expertise).sorted()
                guard sameSpecialty || !shared.isEmpty, let mc = contexts[mentor.customerID], let ec = contexts[mentee.customerID] else { continue }
                let union = Set(mentor.expertise).union(mentee.expertise).count
                let score = (sameSpecialty ? 0.5 : 0) + 0.4 * Double(shared.count) / Double(max(union, 1)) + 0.1 * (mc.health ?? 0) / 100
                var why: [String] = []
                if sameSpecialty { why.append("same specialty (\(mentee.specialty!))") }
                if !shared.isEmpty { why.append("shared expertise: \(shared.joined(separator: ", "))") }
                let years = (mc.tenureDays ?? 0) / 365
                why.append("mentor's customer healthy (\(ScoreTable.fmt(mc.health))), NPS \(ScoreTable.fmt(mc.nps ?? 0)), \(years) year\(years == 1 ? "" : "s") with us")
                why.append("mentee's customer \(ec.whyMentee)")
                candidates.append(MentorMatch(mentor: mentor, mentee: mentee, score: (score * 1000).rounded() / 1000, reason: why.joined(separator: "; ")))
            }
        }
        candidates.sort { a, b in
            a.score != b.score ? a.score > b.score : (a.mentee.customerID, a.mentee.name, a.mentor.customerID, a.mentor.name) < (b.mentee.customerID, b.mentee.name, b.mentor.customerID, b.mentor.name)
        }
        var taken = Set<CommunityMember>()
        var out: [MentorMatch] = []
        for c in candidates where !taken.contains(c.mentee) && load[c.mentor, default: 0] < menteesPerMentor {
            out.append(c)
            taken.insert(c.mentee)
            load[c.mentor, default: 0] += 1
        }
        return out.sorted { ($0.mentee.customerID, $0.mentee.name) < ($1.mentee.customerID, $1.mentee.name) }
    }

    public var json: JSONValue {
        .object(["mentor": mentor.json, "mentee": mentee.json, "score": .number(JSONNumber(score)), "reason": .string(reason)])
    }
}

/// A best-practice article of the community knowledge base (community/knowledge/<id>.md).
public struct KnowledgeArticle: Sendable, Equatable {
    public let id: String
    public let title: String
    public let date: Day?
    public let specialty: String?
    public let tags: [String]
    public let author: String?
    /// (customer id, name) as written; shown only for members (see `visibleContributors`).
    public let contributors: [(customerID: String, name: String)]
    public let summary: String

    public static func == (a: KnowledgeArticle, b: KnowledgeArticle) -> Bool {
        a.id == b.id && a.title == b.title && a.contributors.map { $0.customerID + "/" + $0.name } == b.contributors.map { $0.customerID + "/" + $0.name }
    }

    public static func parse(id: String, bytes: [UInt8]) -> KnowledgeArticle? {
        guard case .success(let front) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self)), let title = front.value["title"]?.stringValue else { return nil }
        var tags: [String] = []
        if case .array(let items)? = front.value["tags"] { tags = items.compactMap(\.stringValue) }
        var contributors: [(String, String)] = []
        if case .array(let items)? = front.value["contributors"] {
            contributors = items.compactMap { item in
                guard let c = item["customer_id"]?.stringValue, let n = item["name"]?.stringValue else { return nil }
                return (c, n)
            }
        }
        let first = front.body.split(separator: "\n").first.map(String.init) ?? ""
        return KnowledgeArticle(id: id, title: title, date: front.value["date"]?.stringValue.flatMap(Day.init), specialty: front.value["specialty"]?.stringValue,
                                tags: tags, author: front.value["author"]?.stringValue, contributors: contributors,
                                summary: first.count > 120 ? String(first.prefix(119)) + "…" : first)
    }

    /// The contributors who are community members; the others are counted, not named.
    public func visibleContributors(_ members: [CommunityMember]) -> (shown: [CommunityMember], hidden: Int) {
        var shown: [CommunityMember] = []
        for c in contributors {
            if let m = members.first(where: { $0.customerID == c.customerID && $0.name == c.name }) { shown.append(m) }
        }
        return (shown, contributors.count - shown.count)
    }

    public func json(members: [CommunityMember]) -> JSONValue {
        let (shown, hidden) = visibleContributors(members)
        return .object(["id": .string(id), "title": .string(title), "date": date.map { .string($0.description) } ?? .null,
                        "specialty": specialty.map(JSONValue.string) ?? .null, "tags": .array(tags.map(JSONValue.string)),
                        "author": author.map(JSONValue.string) ?? .null,
                        "contributors": .array(shown.map { .object(["customer_id": .string($0.customerID), "organization": .string($0.organization), "name": .string($0.name)]) }),
                        "other_contributors": .number(JSONNumber(hidden)), "summary": .string(summary)])
    }
}
