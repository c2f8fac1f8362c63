import Foundation
import Testing

/// csw feedback, sentiment, enhancements and community on the example workspace.
@Suite struct FeedbackCommunityTests {
    let scratch: Scratch
    let folder: URL

    init() throws {
        scratch = try Scratch("csw-feedback")
        folder = scratch.url.appendingPathComponent("accounts")
        #expect(try CLITests.run(["init", folder.path], in: scratch.url).status == 0)
    }

    func csw(_ arguments: String...) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }

    func json(_ arguments: String...) throws -> Any {
        let out = try CLITests.run(arguments, in: folder)
        #expect(out.status == 0, "\(arguments): \(out.stderr)")
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
    }

    func write(_ relative: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func sentimentScoresTextWithItsDrivers() throws {
        try CLITests.expectGolden("sentiment", ["sentiment", "Readmissions are down 12% since go-live!", "Training was great, but the alerts are not useful.",
                                                "The QBR is on March 4."], status: 0, in: folder)
        let rows = try json("sentiment", "--format", "json", "Night shift is drowning in alert fatigue.") as! [[String: Any]]
        #expect(Array(rows[0].keys).sorted() == ["drivers", "label", "score", "text"])
        #expect(rows[0]["label"] as? String == "negative")
        #expect((rows[0]["drivers"] as! [[String: Any]]).contains { $0["term"] as? String == "alert fatigue" })
        try write("comments.txt", "Love the new dashboards\n\nThe interface keeps timing out\n")
        let fromFile = try json("sentiment", "--file", "comments.txt", "--format", "json") as! [[String: Any]]
        #expect(fromFile.map { $0["label"] as! String } == ["positive", "negative"], "one text per line, blank lines skipped")
        // csw.json's sentiment.lexicon adds terms
        let config = folder.appendingPathComponent("csw.json")
        var text = try String(contentsOf: config, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"alert_rules\":", with: "\"sentiment\": {\"lexicon\": {\"go-live\": 2.5}},\n  \"alert_rules\":")
        try text.write(to: config, atomically: true, encoding: .utf8)
        #expect(try csw("validate").status == 0)
        let custom = try json("sentiment", "--format", "json", "The go-live.") as! [[String: Any]]
        #expect(custom[0]["label"] as? String == "positive")
        #expect(try csw("sentiment").status == 2, "nothing to score is a usage error")
    }

    @Test func feedbackListAndThemes() throws {
        try CLITests.expectGolden("feedback-list", ["feedback", "list", "--since", "2025-08-01", "--as-of", "2025-11-15"], status: 0, in: folder)
        try CLITests.expectGolden("feedback-themes", ["feedback", "themes", "--as-of", "2025-11-15", "--limit", "8"], status: 0, in: folder)
        let themes = try json("feedback", "themes", "--as-of", "2025-11-15", "--format", "json") as! [String: Any]
        let list = themes["themes"] as! [[String: Any]]
        let arr = list.map { $0["arr"] as! Double }
        #expect(arr == arr.sorted(by: >), "ranked by ARR-weighted demand")
        let downtime = try #require(list.first { $0["theme"] as? String == "downtime" })
        #expect(Set(downtime["customers"] as! [String]) == ["CAH_007", "HS_004"])
        #expect(downtime["arr"] as? Double == 656_000, "HS_004 620,000 + CAH_007 36,000, each customer once")
        let bySentiment = try json("feedback", "themes", "--as-of", "2025-11-15", "--sort", "sentiment", "--format", "json") as! [String: Any]
        let means = (bySentiment["themes"] as! [[String: Any]]).map { $0["mean_sentiment"] as! Double }
        #expect(means == means.sorted(), "--sort sentiment: most negative first")
        let trends = themes["sentiment_trends"] as! [[String: Any]]
        #expect(trends.allSatisfy { ["improving", "declining", "stable", "new", "no recent feedback"].contains($0["direction"] as! String) })
        #expect(!trends.contains { $0["customer_id"] as? String == "CH_008" }, "a churned customer has no trend")
        let one = try json("feedback", "list", "--customer", "CH_003", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        #expect(one.count == 4 && one.allSatisfy { $0["customer_id"] as? String == "CH_003" })
    }

    @Test func addWritesAValidNoteAndNeverOverwrites() throws {
        let added = try csw("feedback", "add", "HOSP_001", "--channel", "call", "--type", "complaint", "--severity", "high", "--tags", "alert-fatigue, nights",
                            "--contact", "Angela Brooks, RN: nursing", "--date", "2025-11-20", "--text", "Night shift is drowning in low-acuity alerts again.")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("wrote customers/HOSP_001/feedback/2025-11-20-night-shift-is-drowning-in-low.md (sentiment -"))
        let again = try csw("feedback", "add", "HOSP_001", "--channel", "call", "--type", "complaint", "--date", "2025-11-20",
                            "--text", "Night shift is drowning in low-acuity alerts again.")
        #expect(again.stdout.contains("2025-11-20-night-shift-is-drowning-in-low-2.md"), "a second note gets its own file")
        #expect(try csw("validate").status == 0, "what feedback add writes is valid")
        let note = try String(contentsOf: folder.appendingPathComponent("customers/HOSP_001/feedback/2025-11-20-night-shift-is-drowning-in-low.md"), encoding: .utf8)
        #expect(note.contains("contact: \"Angela Brooks, RN: nursing\""), "free text is quoted in the front matter")
        #expect(note.contains("tags: [\"alert-fatigue\", \"nights\"]") && note.contains("author: \"mike.smith\""))
        let bad = try csw("feedback", "add", "HOSP_001", "--channel", "fax", "--type", "complaint", "--text", "x")
        #expect(bad.status == 2 && bad.stderr.contains("channel") && bad.stderr.contains("nothing was written"))
        #expect(try csw("feedback", "add", "NOPE_1", "--channel", "call", "--type", "praise", "--text", "x").status == 1)
        #expect(try csw("feedback", "add", "HOSP_001", "--channel", "call", "--type", "praise").status == 2, "no text")
    }

    @Test func importMatchesRowsAndReportsTheRest() throws {
        try write("survey.csv", """
            Company,Respondent Email,NPS,Why?,Submitted
            Metro Health System,kevin.liu@metrohealth.example,9,"Readmissions are down, and the hospitalists love it.",2025-10-30
            Unknown Clinic,someone@nowhere.example,3,Too many clicks,2025-10-30
            ,angela.brooks@metrohealth.example,6,"The sepsis alerts still fire too often, ""again"".",10/31/2025
            Cedar Valley,,4,"Not sure what we are paying for.",2025-11-01
            Metro Health System,,x,bad score,2025-11-01

            """)
        try write("map.json", #"{"columns": {"comment": "Why?"}, "organizations": {"Cedar Valley": "CH_003"}, "tags": ["q4-survey"]}"#)
        try CLITests.expectGolden("feedback-import", ["feedback", "import", "survey.csv", "--map", "map.json", "--apply-valid"], status: 1, in: folder)
        #expect(try csw("validate").status == 0, "imported notes are valid")
        let again = try csw("feedback", "import", "survey.csv", "--map", "map.json", "--format", "json")
        #expect(again.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any]
        #expect((report["written"] as! [Any]).isEmpty && report["already_imported"] as? Double == 3, "a second import writes nothing twice")
        let unmatched = report["unmatched"] as! [[String: Any]]
        #expect(unmatched.map { $0["line"] as! Double } == [3, 6], "every row not imported is reported with its line")
        let notes = try json("feedback", "list", "--since", "2025-10-30", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        #expect(notes.filter { ($0["path"] as! String).contains("-nps-") }.map { $0["type"] as! String }.sorted() == ["complaint", "complaint", "praise"])
        #expect(try csw("feedback", "import", "missing.csv").status == 2)
    }

    /// One row that matches no customer and nothing is written: every file byte for byte as
    /// it was, git status clean, exit 1. With --apply-valid the matched row is written, exit 1.
    @Test func surveyImportWithABadRowWritesNothingUnlessApplyValid() throws {
        let survey = scratch.url.appendingPathComponent("survey.csv")
        try """
            Company,Email,NPS,Comment,Date
            Metro Health System,kevin.liu@metrohealth.example,9,Readmissions are down.,2025-12-01
            Nowhere Clinic,someone@nowhere.example,3,Too many clicks,2025-12-01

            """.write(to: survey, atomically: true, encoding: .utf8)
        let before = try ImportTests.files(in: folder)
        let refused = try csw("feedback", "import", survey.path)
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("would import 1 note from 2 rows\n  customers/HOSP_001/feedback/2025-12-01-nps-"), "\(refused.stdout)")
        #expect(refused.stderr.contains("\(survey.path):3: not imported: \"Nowhere Clinic\", someone@nowhere.example: no customer has this name or email domain"), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("nothing written: 1 row has a problem; import again once fixed, or add --apply-valid to write the rest\n"), "\(refused.stderr)")
        #expect(try ImportTests.files(in: folder) == before, "no file created or changed")
        #expect(try ImportTests.gitStatus(folder) == "")

        let applied = try csw("feedback", "import", survey.path, "--apply-valid")
        #expect(applied.status == 1 && applied.stdout.hasPrefix("imported 1 note from 2 rows"), "\(applied.stdout)")
        let written = try ImportTests.files(in: folder).keys.filter { before[$0] == nil }
        #expect(written.count == 1 && written.first?.hasPrefix("customers/HOSP_001/feedback/2025-12-01-nps-") == true, "\(written)")
        #expect(try csw("validate").status == 0)
    }

    @Test func enhancementsShowDemandAndShippedOnesBecomeTasks() throws {
        try CLITests.expectGolden("enhancements", ["enhancements", "--as-of", "2025-11-15"], status: 0, in: folder)
        let all = try json("enhancements", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        let downtime = try #require(all.first { $0["id"] as? String == "ehr-downtime-mode" })
        #expect(downtime["status"] as? String == "shipped" && Set(downtime["follow_up"] as! [String]) == ["CAH_007", "HS_004"])
        let specialty = try #require(all.first { $0["id"] as? String == "specialty-note-templates" })
        #expect(specialty["arr"] as? Double == 710_000 && (specialty["follow_up"] as! [String]).isEmpty)
        let plan = try json("run", "--dry-run", "--as-of", "2025-11-15", "--format", "json") as! [String: Any]
        let followUps = (plan["tasks"] as! [[String: Any]]).filter { $0["source"] as? String == "run:enhancement-shipped" }
        #expect(Set(followUps.map { $0["customer_id"] as! String }) == ["CAH_007", "HS_004"])
        #expect(followUps.contains { ($0["title"] as! String) == "Tell Greg Tollefson that Documented EHR downtime mode for the sepsis score shipped" })
        // a link to an enhancement that does not exist is reported, not dropped
        let path = folder.appendingPathComponent("customers/PAY_006/feedback/2025-08-05-outreach-export-request.md")
        let note = try String(contentsOf: path, encoding: .utf8)
        try note.replacingOccurrences(of: "enhancement: care-gap-outreach-export", with: "enhancement: outreach-exports").write(to: path, atomically: true, encoding: .utf8)
        let warned = try csw("enhancements", "--as-of", "2025-11-15")
        #expect(warned.stderr.contains("links to enhancement \"outreach-exports\", which has no enhancements/outreach-exports.md"))
    }

    @Test func sentimentIsAnOptionalHealthMeasure() throws {
        func measures(_ id: String) throws -> [[String: Any]] {
            let scores = try json("score", id, "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
            return scores[0]["measures"] as! [[String: Any]]
        }
        #expect(try !measures("CH_003").contains { $0["name"] as? String == "feedback_sentiment" }, "weight 0 by default: no part in the score")
        let before = (try json("score", "CH_003", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]])[0]
        let config = folder.appendingPathComponent("csw.json")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "\"alert_rules\":", with: "\"scoring\": {\"weights\": {\"feedback_sentiment\": 10}},\n  \"alert_rules\":")
            .write(to: config, atomically: true, encoding: .utf8)
        let sentiment = try #require(try measures("CH_003").first { $0["name"] as? String == "feedback_sentiment" })
        let notes = try json("feedback", "list", "--customer", "CH_003", "--since", "2025-05-19", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        let mean = notes.map { ($0["sentiment"] as! [String: Any])["score"] as! Double }.reduce(0, +) / Double(notes.count)
        #expect(abs((sentiment["raw"] as! Double) - mean) < 0.001, "the mean sentiment of the last 180 days' notes")
        let after = (try json("score", "CH_003", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]])[0]
        #expect((after["health_score"] as! Double) < (before["health_score"] as! Double), "CH_003's negative feedback lowers its health once the measure counts")
    }

    @Test func negativeFeedbackFromAStrategicCustomerEscalates() throws {
        #expect(try csw("feedback", "add", "AMC_002", "--channel", "call", "--type", "complaint", "--date", "2025-11-10",
                        "--text", "The new worklist release is a disaster: radiologists are frustrated and furious about the downtime.").status == 0)
        let alerts = try json("alerts", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        let escalation = try #require(alerts.first { $0["rule"] as? String == "feedback-escalation" && $0["customer_id"] as? String == "AMC_002" })
        #expect((escalation["reason"] as! String).contains("strongly negative feedback"))
        #expect((escalation["reason"] as! String).contains("from a strategic customer"))
        // the same words from a healthy, non-strategic customer do not escalate
        #expect(try csw("feedback", "add", "HOSP_001", "--channel", "call", "--type", "complaint", "--date", "2025-11-10",
                        "--text", "The new worklist release is a disaster: radiologists are frustrated and furious about the downtime.").status == 0)
        let after = try json("alerts", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        #expect(!after.contains { $0["rule"] as? String == "feedback-escalation" && $0["customer_id"] as? String == "HOSP_001" })
    }

    @Test func communityListingsAndMatching() throws {
        try CLITests.expectGolden("community-members", ["community", "members", "--specialty", "nursing", "--as-of", "2025-11-15"], status: 0, in: folder)
        try CLITests.expectGolden("community-groups", ["community", "groups", "--as-of", "2025-11-15"], status: 0, in: folder)
        try CLITests.expectGolden("community-mentors", ["community", "mentors", "--as-of", "2025-11-15"], status: 0, in: folder)
        try CLITests.expectGolden("community-knowledge", ["community", "knowledge", "--tag", "sepsis", "--as-of", "2025-11-15"], status: 0, in: folder)
        let applied = try csw("community", "match", "--apply", "--as-of", "2025-11-15")
        #expect(applied.status == 0 && applied.stdout.contains("written to community/mentorships.json"))
        #expect(try csw("validate").status == 0, "mentorships.json as written is valid")
        let pairs = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("community/mentorships.json"))) as! [[String: Any]]
        #expect(pairs.count == 3)
        #expect(try csw("community", "match", "--as-of", "2025-11-15").stdout.hasPrefix("no new pairs"), "recorded pairs are not suggested again")
    }

    /// Consent is the gate: a team member without it (never asked, said no, no date yet,
    /// or a date after the as-of day) appears in no community output, in any format.
    @Test func noNonConsentingMemberAppearsAnywhere() throws {
        #expect(try csw("community", "match", "--apply", "--as-of", "2025-11-15").status == 0)
        // Rachel Ng (CH_003) withdraws after being matched; Keisha Morgan's consent is dated after the as-of day.
        for (path, from, to) in [("customers/CH_003/profile.json", "\"community_consent\": true,\n      \"community_consent_date\": \"2024-09-30\"", "\"community_consent\": false"),
                                 ("customers/HS_004/profile.json", "\"community_consent_date\": \"2024-04-02\"\n    },\n    {\n      \"name\": \"Greg", "\"community_consent_date\": \"2025-12-01\"\n    },\n    {\n      \"name\": \"Greg")] {
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(from), "fixture text in \(path)")
            try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try csw("validate").status == 0)
        let outsiders = ["Rachel Ng", "Keisha Morgan", "Tom Reyes", "Jenna Holt", "Dr. Sarah Johnson", "Monica Shah", "Jordan Whitfield", "Marcus Hale",
                         "Dr. Sam Whitehorse", "Lena Park", "Cody Brandt", "Ben Osei", "Gary Lindqvist", "Dr. Nadia Petrov", "Carla Jimenez",
                         "Greg Tollefson", "Dr. Luis Amaro", "Sandra Kowalski", "Brian Tate"]
        var seen = 0
        for command in [["members"], ["groups"], ["mentors"], ["match"], ["knowledge"]] {
            for format in ["text", "json"] {
                let out = try csw(["community"] + command + ["--as-of", "2025-11-15", "--format", format])
                #expect(out.status == 0, "\(command) \(format): \(out.stderr)")
                for name in outsiders {
                    #expect(!out.stdout.contains(name) && !out.stderr.contains(name), "\(name) appears in csw community \(command[0]) --format \(format)")
                }
                seen += out.stdout.count
            }
        }
        #expect(seen > 2000, "the listings are not empty: members who consented do appear")
        // The recorded pairs go too: the next --apply removes Rachel Ng's from the file.
        let mentorships = folder.appendingPathComponent("community/mentorships.json")
        #expect(try String(contentsOf: mentorships, encoding: .utf8).contains("Rachel Ng"), "recorded while she consented")
        let cleaned = try csw(["community", "match", "--apply", "--as-of", "2025-11-15"])
        #expect(cleaned.stdout.contains("removed 2 recorded pairs whose people no longer consent"), "\(cleaned.stdout)")
        let file = try String(contentsOf: mentorships, encoding: .utf8)
        for name in outsiders { #expect(!file.contains(name), "\(name) is still in community/mentorships.json") }
        let members = try json("community", "members", "--as-of", "2025-11-15", "--format", "json") as! [[String: Any]]
        #expect(members.contains { $0["name"] as? String == "Angela Brooks, RN" })
        #expect(members.count == 13, "15 consented with a date, one withdrew, one's date is later")
    }
}

extension FeedbackCommunityTests {
    func csw(_ arguments: [String]) throws -> CLITests.Outcome { try CLITests.run(arguments, in: folder) }
}
