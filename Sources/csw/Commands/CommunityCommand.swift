import ArgumentParser
import CSWAnalytics
import CSWCore
import CSWJSON

struct CommunityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "community",
        abstract: "The customer community: members, learning groups, mentorship matching, the knowledge base.",
        discussion: """
        Members are customers' team members (profile.json team_members) with \
        community_consent: true and a community_consent_date. Nobody else appears in any \
        listing, match or export: take consent away and the person is gone from all of \
        them, including recorded mentorships and knowledge-base credits (docs/COMMUNITY.md).

        Mentors come from experienced (a year or more), healthy, promoter (NPS 9+) \
        customers; mentees from onboarding (or first six months) or not-healthy ones; a \
        pair shares a clinical specialty or an expertise area.

        Examples:
          csw community members --specialty critical_care
          csw community groups
          csw community mentors                # suggested pairs, with score and reason
          csw community match --apply          # record them in community/mentorships.json
          csw community knowledge --tag sepsis
        """,
        subcommands: [CommunityMembersCommand.self, CommunityGroupsCommand.self, CommunityMentorsCommand.self, CommunityMatchCommand.self,
                      CommunityKnowledgeCommand.self],
        defaultSubcommand: CommunityMembersCommand.self
    )
}

struct CommunityOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this clinical specialty.", valueName: "specialty"))
    var specialty: String?

    @Option(name: .long, help: ArgumentHelp("Only this expertise area or knowledge tag.", valueName: "tag"))
    var tag: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Output: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    func matches(_ m: CommunityMember) -> Bool {
        (specialty == nil || m.specialty == specialty) && (tag == nil || m.expertise.contains(tag!))
    }
}

/// The community as of a day: members (consenting people only), the customers' contexts,
/// recorded pairs (members only) and the knowledge base.
struct CommunityState {
    let workspace: Workspace
    let day: Day
    let members: [CommunityMember]
    let undated: Int
    let contexts: [String: MentorshipContext]
    /// community/mentorships.json as recorded (every entry, for rewriting it).
    let recorded: [JSONValue]
    /// The recorded pairs whose two people are both members now.
    let pairs: [(mentor: CommunityMember, mentee: CommunityMember, since: String, reason: String?)]

    static let mentorshipsPath = "community/mentorships.json"

    static func load(asOf: String?) throws -> CommunityState {
        let day = try CommandInput.asOf(asOf)
        let workspace = try Workspace.open()
        let assessed = try AlertsRun.assess(at: nil, asOf: day, only: [], members: true)
        let (members, undated) = CommunityMember.members(assessed.filter { $0.score.customer.status != "churned" }.flatMap(\.members), asOf: day)
        var contexts: [String: MentorshipContext] = [:]
        for a in assessed {
            let nps = a.data.history(upTo: day).last { $0.values["nps_score"] != nil }?.values["nps_score"]
            contexts[a.data.id] = MentorshipContext(customerID: a.data.id, status: a.score.customer.status, band: a.score.health.band,
                                                    health: a.score.effectiveHealth, nps: nps, tenureDays: a.data.contractStart.map { day - $0 })
        }
        var recorded: [JSONValue] = []
        let path = workspace.root + "/" + mentorshipsPath
        if FileSystem.exists(path) {
            guard case .array(let items)? = try? JSONDocument.parse(try FileSystem.read(path)).get().value else {
                Terminal.standardError.write("error: \(mentorshipsPath) is not a JSON array; fix it first (csw validate)\n")
                throw ExitCode(1)
            }
            recorded = items
        }
        func member(_ v: JSONValue?) -> CommunityMember? {
            guard let c = v?["customer_id"]?.stringValue, let n = v?["name"]?.stringValue else { return nil }
            return members.first { $0.customerID == c && $0.name == n }
        }
        let pairs = recorded.compactMap { item -> (CommunityMember, CommunityMember, String, String?)? in
            guard item["status"]?.stringValue != "ended", let mentor = member(item["mentor"]), let mentee = member(item["mentee"]) else { return nil }
            return (mentor, mentee, item["since"]?.stringValue ?? "", item["reason"]?.stringValue)
        }
        return CommunityState(workspace: workspace, day: day, members: members, undated: undated, contexts: contexts, recorded: recorded, pairs: pairs)
    }

    func noteUndated() {
        guard undated > 0 else { return }
        Terminal.standardError.write("note: \(undated) team member\(undated == 1 ? " has" : "s have") community_consent: true but no community_consent_date, so \(undated == 1 ? "is" : "are") left out; record the date of consent\n")
    }

    /// The recorded entries whose two people are still members (consent withdrawn: the
    /// entry goes when the file is next written).
    func recordedOfMembers() -> (kept: [JSONValue], dropped: Int) {
        func isMember(_ v: JSONValue?) -> Bool {
            guard let c = v?["customer_id"]?.stringValue, let n = v?["name"]?.stringValue else { return false }
            return members.contains { $0.customerID == c && $0.name == n }
        }
        let kept = recorded.filter { isMember($0["mentor"]) && isMember($0["mentee"]) }
        return (kept, recorded.count - kept.count)
    }

    func suggestions() -> [MentorMatch] {
        MentorMatch.match(members, contexts: contexts, existing: pairs.map { ($0.mentor, $0.mentee) })
    }
}

struct CommunityMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "members", abstract: "Community members: team members who consented, with the date.")

    @OptionGroup var options: CommunityOptions

    func run() throws {
        let state = try CommunityState.load(asOf: options.asOf)
        let members = state.members.filter(options.matches)
        let out = Terminal.standardOutput
        switch options.format {
        case .json:
            out.write(JSONWriter().string(.array(members.map(\.json))))
        case .text:
            state.noteUndated()
            guard !members.isEmpty else {
                out.write("no community members\(options.specialty.map { " in \($0)" } ?? "")\(options.tag.map { " with \($0)" } ?? "")\n")
                return
            }
            for m in members {
                out.write("\(m.name) — \(m.title ?? "no title"), \(m.organization) (\(m.customerID))\n")
                out.write("  \(m.specialty ?? "no specialty")\(m.expertise.isEmpty ? "" : "; " + m.expertise.joined(separator: ", ")); consented \(m.consentDate)\n")
            }
            out.write("\(members.count) member\(members.count == 1 ? "" : "s")\n")
        }
    }
}

struct CommunityGroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "groups", abstract: "Learning groups by clinical specialty and expertise area (members of two or more customers).")

    @OptionGroup var options: CommunityOptions

    func run() throws {
        let state = try CommunityState.load(asOf: options.asOf)
        let groups = LearningGroup.groups(state.members).filter { g in
            (options.specialty == nil || (g.kind == .specialty && g.name == options.specialty)) && (options.tag == nil || (g.kind == .expertise && g.name == options.tag))
        }
        let out = Terminal.standardOutput
        switch options.format {
        case .json:
            out.write(JSONWriter().string(.array(groups.map(\.json))))
        case .text:
            state.noteUndated()
            guard !groups.isEmpty else {
                out.write("no learning groups yet: a group needs consenting members from two customers\n")
                return
            }
            for g in groups {
                out.write("\(g.kind.rawValue): \(g.name) (\(g.members.count) members)\n")
                for m in g.members { out.write("  \(m.name), \(m.title ?? "no title") — \(m.organization)\n") }
            }
        }
    }
}

struct CommunityMentorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mentors", abstract: "Mentorship: the pairs recorded, and suggested new pairs with score and reason.")

    @OptionGroup var options: CommunityOptions

    func run() throws {
        let state = try CommunityState.load(asOf: options.asOf)
        let suggested = state.suggestions().filter { options.matches($0.mentee) || options.matches($0.mentor) }
        let out = Terminal.standardOutput
        switch options.format {
        case .json:
            out.write(JSONWriter().string(.object([
                "recorded": .array(state.pairs.map { p in .object(["mentor": p.mentor.json, "mentee": p.mentee.json, "since": .string(p.since)]) }),
                "suggested": .array(suggested.map(\.json)),
            ])))
        case .text:
            state.noteUndated()
            out.write("Recorded pairs (\(CommunityState.mentorshipsPath)):\n")
            if state.pairs.isEmpty { out.write("  none\n") }
            for p in state.pairs { out.write("  \(p.mentor.name) (\(p.mentor.customerID)) → \(p.mentee.name) (\(p.mentee.customerID)) since \(p.since)\n") }
            out.write("Suggested pairs:\n")
            if suggested.isEmpty { out.write("  none: no mentee shares a specialty or expertise with an available mentor\n") }
            for m in suggested {
                out.write("  \(m.mentor.name) (\(m.mentor.customerID)) → \(m.mentee.name) (\(m.mentee.customerID))  score \(ScoreTable.fmt(m.score, 2))\n")
                out.write("    \(m.reason)\n")
            }
            if !suggested.isEmpty { out.write("record them with: csw community match --apply\n") }
        }
    }
}

struct CommunityMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "match", abstract: "Match mentees with mentors; --apply records the pairs in community/mentorships.json.")

    @Flag(name: .long, help: "Record the suggested pairs (otherwise only show them).")
    var apply = false

    @OptionGroup var options: CommunityOptions

    func run() throws {
        let state = try CommunityState.load(asOf: options.asOf)
        let suggested = state.suggestions().filter { options.matches($0.mentee) || options.matches($0.mentor) }
        let out = Terminal.standardOutput
        let (kept, dropped) = state.recordedOfMembers()
        if apply && (!suggested.isEmpty || dropped > 0) {
            let lock = try state.workspace.lock()
            defer { withExtendedLifetime(lock) {} }
            func person(_ m: CommunityMember) -> JSONValue { .object(["customer_id": .string(m.customerID), "name": .string(m.name)]) }
            let added = suggested.map { m -> JSONValue in
                .object(["mentor": person(m.mentor), "mentee": person(m.mentee), "since": .string(state.day.description),
                         "score": .number(JSONNumber(m.score)), "reason": .string(m.reason), "status": .string("active")])
            }
            do {
                let root = state.workspace.root
                try AtomicFile.makeDirectories(root + "/community", under: root)
                try AtomicFile.write(Array(JSONWriter().string(.array(kept + added)).utf8), to: root + "/" + CommunityState.mentorshipsPath, under: root)
            } catch {
                Terminal.standardError.write("error: \(error)\n  note: nothing was recorded\n")
                throw ExitCode(2)
            }
        }
        switch options.format {
        case .json:
            out.write(JSONWriter().string(.object(["applied": .bool(apply), "pairs": .array(suggested.map(\.json)),
                                                   "pairs_without_consent": .number(JSONNumber(dropped))])))
        case .text:
            state.noteUndated()
            if dropped > 0 {
                out.write(apply ? "removed \(dropped) recorded pair\(dropped == 1 ? "" : "s") whose people no longer consent from \(CommunityState.mentorshipsPath)\n"
                                : "\(dropped) recorded pair\(dropped == 1 ? "" : "s") of people who no longer consent will be removed by --apply\n")
            }
            guard !suggested.isEmpty else {
                out.write("no new pairs: every mentee with a fitting mentor has one\n")
                return
            }
            for m in suggested {
                out.write("\(apply ? "recorded" : "would record") \(m.mentor.name) (\(m.mentor.customerID)) → \(m.mentee.name) (\(m.mentee.customerID)), score \(ScoreTable.fmt(m.score, 2))\n")
            }
            out.write(apply ? "written to \(CommunityState.mentorshipsPath)\n" : "run with --apply to record \(suggested.count == 1 ? "it" : "them") in \(CommunityState.mentorshipsPath)\n")
        }
    }
}

struct CommunityKnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "knowledge", abstract: "The knowledge base (community/knowledge/*.md), by tag and specialty.")

    @OptionGroup var options: CommunityOptions

    func run() throws {
        let state = try CommunityState.load(asOf: options.asOf)
        let folder = state.workspace.root + "/community/knowledge"
        let entries = (try? FileSystem.list(folder)) ?? []
        let articles = entries.filter { $0.type == .file && $0.name.hasSuffix(".md") }.sorted { $0.name < $1.name }.compactMap { e -> KnowledgeArticle? in
            guard let bytes = try? FileSystem.read(folder + "/" + e.name) else { return nil }
            return KnowledgeArticle.parse(id: String(e.name.dropLast(3)), bytes: bytes)
        }.filter { a in (options.specialty == nil || a.specialty == options.specialty) && (options.tag == nil || a.tags.contains(options.tag!)) }
        let out = Terminal.standardOutput
        switch options.format {
        case .json:
            out.write(JSONWriter().string(.array(articles.map { $0.json(members: state.members) })))
        case .text:
            guard !articles.isEmpty else {
                out.write("no knowledge articles\(options.tag.map { " tagged \($0)" } ?? "")\(options.specialty.map { " for \($0)" } ?? "") (add community/knowledge/NAME.md)\n")
                return
            }
            for a in articles {
                let (shown, hidden) = a.visibleContributors(state.members)
                var credit = shown.map { "\($0.name) (\($0.organization))" }
                if hidden > 0 { credit.append("\(hidden) other\(hidden == 1 ? "" : "s")") }
                out.write("\(a.title) [\(a.id)]\(a.specialty.map { " — \($0)" } ?? "")\(a.tags.isEmpty ? "" : "  #" + a.tags.joined(separator: " #"))\n")
                if !a.summary.isEmpty { out.write("  \(a.summary)\n") }
                if !credit.isEmpty { out.write("  shared by \(credit.joined(separator: ", "))\n") }
            }
        }
    }
}
