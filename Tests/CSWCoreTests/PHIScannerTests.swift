import Foundation
import Testing
@testable import CSWCore

/// The patient-data guard on labelled sentence sets (Fixtures/PHI-SETS.md tells who wrote
/// which and how): "seen" = phi-labelled.tsv, phi-labelled-2.tsv, phi-unseen.tsv,
/// phi-holdout.tsv and phi-holdout-2.tsv to phi-holdout-5.tsv, the sets the detectors were
/// tuned on (each holdout was unseen in its round and became tuning data in the next: holdout-2
/// in the third, holdout-3 in the fourth, holdout-4 in the fifth, holdout-5 in the sixth, where
/// misses were fixed by family, not line by line); "unseen" = phi-holdout-6.tsv, written by
/// another session that never saw the detector, committed before the sixth round was
/// measured, never read while tuning and measured once.
/// Recall and precision per identifier type are counted per sentence, and so is the share of
/// business-only (`none`) sentences flagged. docs/SECURITY.md quotes the printed figures.
@Suite struct PHIScannerTests {
    struct Score {
        var tp = 0, fp = 0, fn = 0
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        static func + (a: Score, b: Score) -> Score { Score(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
    }

    /// One set's measure: per type, and the `none` sentences flagged.
    struct Measure {
        var scores: [PHIScanner.Kind: Score] = [:]
        var sentences = 0, noneLines = 0, noneFlagged = 0
        /// Hits in a sentence whose first word is a label ("SSN 123-…" instead of "123-…").
        var labelSpans: [String] = []
        subscript(_ kind: PHIScanner.Kind) -> Score { scores[kind] ?? Score() }
        static func + (a: Measure, b: Measure) -> Measure {
            Measure(scores: a.scores.merging(b.scores, uniquingKeysWith: +), sentences: a.sentences + b.sentences,
                    noneLines: a.noneLines + b.noneLines, noneFlagged: a.noneFlagged + b.noneFlagged, labelSpans: a.labelSpans + b.labelSpans)
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let seenFiles = ["phi-labelled.tsv", "phi-labelled-2.tsv", "phi-unseen.tsv", "phi-holdout.tsv", "phi-holdout-2.tsv", "phi-holdout-3.tsv",
                                   "phi-holdout-4.tsv", "phi-holdout-5.tsv"]
    static let unseenFiles = ["phi-holdout-6.tsv"]
    /// The writer of a set announces it in PHI-SETS.md when it is complete: from then on it must
    /// be there (before that the test skips it, so a set can be written while others work).
    static func announced(_ file: String) -> Bool {
        let notes = (try? String(contentsOf: fixtures.appendingPathComponent("PHI-SETS.md"), encoding: .utf8)) ?? ""
        return notes.contains(file)
    }

    static let labelWords: Set<String> = ["ssn", "ss", "social", "dob", "d.o.b", "mrn", "mr", "patient", "pt", "patient's", "pt's", "born", "birth",
                                          "phone", "cell", "tel", "fax", "email", "member", "account", "acct", "chart", "pid", "name", "serial"]

    /// nil when the file does not exist (yet).
    static func evaluate(_ name: String) -> Measure? {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8) else { return nil }
        let scanner = PHIScanner()
        var m = Measure()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let kinds = parts[0] == "none" ? [] : parts[0].split(separator: ",").map { PHIScanner.Kind(rawValue: String($0)) }
            #expect(!kinds.contains(nil), "\(name): unknown type in \(parts[0])")
            let want = Set(kinds.compactMap { $0 })
            let bytes = Array(parts[1].utf8)
            let hits = scanner.scan(bytes)
            let got = Set(hits.map(\.kind))
            m.sentences += 1
            if want.isEmpty {
                m.noneLines += 1
                if !got.isEmpty { m.noneFlagged += 1 }
            }
            for k in want.intersection(got) { m.scores[k, default: Score()].tp += 1 }
            for k in got.subtracting(want) { m.scores[k, default: Score()].fp += 1 }
            for k in want.subtracting(got) { m.scores[k, default: Score()].fn += 1 }
            for h in hits {
                let first = String(decoding: bytes[h.start..<h.end], as: UTF8.self).lowercased()
                    .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "." }).first.map(String.init) ?? ""
                if labelWords.contains(first) || labelWords.contains(first.trimmingCharacters(in: ["."])) { m.labelSpans.append(h.masked) }
            }
        }
        return m
    }

    static func report(_ title: String, _ m: Measure) {
        print(title + " — \(m.sentences) sentences")
        for kind in PHIScanner.Kind.allCases {
            let s = m[kind]
            print("  " + kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                  + String(format: " recall %.3f (%d/%d)  precision %.3f (%d/%d)", s.recall, s.tp, s.tp + s.fn, s.precision, s.tp, s.tp + s.fp))
        }
        print(String(format: "  business-only sentences flagged: %d/%d (%.1f%%)", m.noneFlagged, m.noneLines,
                     m.noneLines == 0 ? 0 : 100 * Double(m.noneFlagged) / Double(m.noneLines)))
    }

    /// What was measured on one file per type: sentences found of those that have the type,
    /// and sentences wrongly flagged with it; `none` is business-only sentences flagged.
    /// Any drop fails; an improvement passes (then update docs/SECURITY.md and these numbers).
    struct Pinned { let found: Int, of: Int, wrong: Int }

    static func check(_ m: Measure, file: String) {
        guard let pins = Self.pinned[file] else {
            // an unseen set is measured once, then pinned by hand from the line printed below
            if !unseenFiles.contains(file) || announced(file) { Issue.record("\(file): no pinned figures") }
            return
        }
        for kind in PHIScanner.Kind.allCases {
            let s = m[kind]
            guard let p = pins[kind.rawValue] else {
                Issue.record("\(file): no pinned figure for \(kind.rawValue)")
                continue
            }
            #expect(s.tp + s.fn == p.of, "\(file): sentences with \(kind.rawValue)")
            #expect(s.tp >= p.found, "\(file): recall for \(kind.rawValue) measured \(p.found)/\(p.of), now \(s.tp)/\(s.tp + s.fn)")
            #expect(s.fp <= p.wrong, "\(file): \(kind.rawValue) wrongly flagged in \(p.wrong) sentences when measured, now \(s.fp)")
        }
        if let p = pins["none"] {
            #expect(m.noneLines == p.of, "\(file): business-only sentences")
            #expect(m.noneFlagged <= p.found, "\(file): business-only sentences flagged: measured \(p.found)/\(p.of), now \(m.noneFlagged)/\(m.noneLines)")
        } else {
            Issue.record("\(file): no pinned figure for business-only sentences")
        }
    }

    static func measure(_ files: [String], title: String) -> Measure? {
        var total: Measure?
        for file in files {
            guard let m = evaluate(file) else {
                #expect(!announced(file), "\(file) is missing although Fixtures/PHI-SETS.md announces it")
                continue
            }
            check(m, file: file)
            // the measure as a pin, ready to paste below when a change improves it
            let pins = PHIScanner.Kind.allCases.map { k in "\"\(k.rawValue)\": Pinned(found: \(m[k].tp), of: \(m[k].tp + m[k].fn), wrong: \(m[k].fp))" }
            print("  \"\(file)\": [" + pins.joined(separator: ", ") + ", \"none\": Pinned(found: \(m.noneFlagged), of: \(m.noneLines), wrong: 0)],")
            total = total.map { $0 + m } ?? m
        }
        if let total { report(title + " (" + files.joined(separator: " + ") + ")", total) }
        return total
    }

    @Test func seenSetsPerType() throws {
        let seen = try #require(Self.measure(Self.seenFiles, title: "PHI guard, SEEN sets, tuned on"))
        #expect(seen.labelSpans.isEmpty, "hits that start on a label instead of the identifier: \(seen.labelSpans)")
    }

    /// The goals of issue 20 on the sentences never used for tuning.
    @Test func unseenSetsPerTypeAndGoals() throws {
        // skipped while the fresh set is being written; required once PHI-SETS.md announces it
        guard let unseen = Self.measure(Self.unseenFiles, title: "PHI guard, UNSEEN set, never tuned on") else {
            #expect(!Self.unseenFiles.contains(where: Self.announced), "the unseen set is announced in PHI-SETS.md but missing")
            print("PHI guard, UNSEEN set: \(Self.unseenFiles.joined()) not written yet")
            return
        }
        let core: [(String, Score)] = [("ssn", unseen[.ssn]), ("mrn", unseen[.mrn]), ("dob and patient dates", unseen[.dob] + unseen[.date]),
                                       ("phone", unseen[.phone]), ("email", unseen[.email])]
        var goals: [(String, Bool)] = core.flatMap { name, s in
            [("\(name) recall \(s.tp)/\(s.tp + s.fn) ≥ 0.98", s.recall >= 0.98), ("\(name) precision \(s.tp)/\(s.tp + s.fp) ≥ 0.95", s.precision >= 0.95)]
        }
        for kind in [PHIScanner.Kind.name, .address] {
            let s = unseen[kind]
            goals.append(("\(kind.rawValue) recall \(s.tp)/\(s.tp + s.fn) ≥ 0.9", s.recall >= 0.9))
        }
        goals.append(("business-only flagged \(unseen.noneFlagged)/\(unseen.noneLines) ≤ 5%", unseen.noneFlagged * 20 <= unseen.noneLines))
        for (goal, met) in goals {
            if Self.goalsNotMet.contains(where: { goal.hasPrefix($0) }) {
                // not reached when measured (docs/SECURITY.md, "Accuracy"); passes again the day it is
                withKnownIssue("goal not reached on the unseen sets: \(goal)", isIntermittent: true) { #expect(met, "\(goal)") }
            } else {
                #expect(met, "goal on the unseen sets: \(goal)")
            }
        }
    }

    /// Measured per file (`none`: business-only sentences flagged, of all of them).
    static let pinned: [String: [String: Pinned]] = [
        "phi-labelled.tsv": ["ssn": Pinned(found: 34, of: 34, wrong: 0), "mrn": Pinned(found: 37, of: 37, wrong: 0), "dob": Pinned(found: 40, of: 40, wrong: 0),
                             "date": Pinned(found: 0, of: 0, wrong: 0), "age": Pinned(found: 0, of: 0, wrong: 0), "phone": Pinned(found: 38, of: 38, wrong: 0),
                             "fax": Pinned(found: 14, of: 14, wrong: 0), "email": Pinned(found: 34, of: 34, wrong: 0), "member": Pinned(found: 14, of: 14, wrong: 0),
                             "account": Pinned(found: 14, of: 14, wrong: 0), "address": Pinned(found: 15, of: 15, wrong: 0), "name": Pinned(found: 22, of: 22, wrong: 0),
                             "ip": Pinned(found: 0, of: 0, wrong: 0), "url": Pinned(found: 16, of: 16, wrong: 0), "device": Pinned(found: 0, of: 0, wrong: 0),
                             "none": Pinned(found: 0, of: 169, wrong: 0)],
        "phi-labelled-2.tsv": ["ssn": Pinned(found: 31, of: 31, wrong: 0), "mrn": Pinned(found: 34, of: 34, wrong: 0), "dob": Pinned(found: 34, of: 34, wrong: 0),
                               "date": Pinned(found: 33, of: 33, wrong: 0), "age": Pinned(found: 12, of: 12, wrong: 0), "phone": Pinned(found: 33, of: 33, wrong: 0),
                               "fax": Pinned(found: 9, of: 9, wrong: 0), "email": Pinned(found: 32, of: 32, wrong: 0), "member": Pinned(found: 11, of: 11, wrong: 0),
                               "account": Pinned(found: 13, of: 13, wrong: 0), "address": Pinned(found: 28, of: 28, wrong: 0), "name": Pinned(found: 42, of: 42, wrong: 0),
                               "ip": Pinned(found: 9, of: 9, wrong: 0), "url": Pinned(found: 10, of: 10, wrong: 0), "device": Pinned(found: 10, of: 10, wrong: 0),
                               "none": Pinned(found: 0, of: 217, wrong: 0)],
        "phi-unseen.tsv": ["ssn": Pinned(found: 12, of: 12, wrong: 0), "mrn": Pinned(found: 12, of: 12, wrong: 0), "dob": Pinned(found: 12, of: 12, wrong: 0),
                           "date": Pinned(found: 0, of: 0, wrong: 0), "age": Pinned(found: 0, of: 0, wrong: 0), "phone": Pinned(found: 12, of: 12, wrong: 0),
                           "fax": Pinned(found: 5, of: 5, wrong: 0), "email": Pinned(found: 12, of: 12, wrong: 0), "member": Pinned(found: 5, of: 5, wrong: 0),
                           "account": Pinned(found: 5, of: 5, wrong: 0), "address": Pinned(found: 5, of: 5, wrong: 0), "name": Pinned(found: 5, of: 5, wrong: 0),
                           "ip": Pinned(found: 0, of: 0, wrong: 0), "url": Pinned(found: 5, of: 5, wrong: 0), "device": Pinned(found: 0, of: 0, wrong: 0),
                           "none": Pinned(found: 0, of: 75, wrong: 0)],
        "phi-holdout.tsv": ["ssn": Pinned(found: 26, of: 26, wrong: 0), "mrn": Pinned(found: 28, of: 28, wrong: 0), "dob": Pinned(found: 28, of: 28, wrong: 0),
                            "date": Pinned(found: 28, of: 28, wrong: 0), "age": Pinned(found: 10, of: 10, wrong: 0), "phone": Pinned(found: 27, of: 27, wrong: 0),
                            "fax": Pinned(found: 9, of: 9, wrong: 0), "email": Pinned(found: 27, of: 27, wrong: 0), "member": Pinned(found: 11, of: 11, wrong: 0),
                            "account": Pinned(found: 10, of: 10, wrong: 0), "address": Pinned(found: 22, of: 22, wrong: 0), "name": Pinned(found: 39, of: 39, wrong: 0),
                            "ip": Pinned(found: 9, of: 9, wrong: 0), "url": Pinned(found: 10, of: 10, wrong: 0), "device": Pinned(found: 9, of: 9, wrong: 0),
                            "none": Pinned(found: 0, of: 173, wrong: 0)],
        "phi-holdout-2.tsv": ["ssn": Pinned(found: 31, of: 31, wrong: 0), "mrn": Pinned(found: 31, of: 31, wrong: 0), "dob": Pinned(found: 32, of: 32, wrong: 0),
                              "date": Pinned(found: 30, of: 31, wrong: 0), "age": Pinned(found: 9, of: 9, wrong: 0), "phone": Pinned(found: 31, of: 31, wrong: 0),
                              "fax": Pinned(found: 9, of: 9, wrong: 0), "email": Pinned(found: 32, of: 32, wrong: 0), "member": Pinned(found: 9, of: 9, wrong: 0),
                              "account": Pinned(found: 11, of: 11, wrong: 0), "address": Pinned(found: 28, of: 28, wrong: 0), "name": Pinned(found: 48, of: 48, wrong: 0),
                              "ip": Pinned(found: 9, of: 9, wrong: 0), "url": Pinned(found: 9, of: 9, wrong: 0), "device": Pinned(found: 9, of: 9, wrong: 0),
                              "none": Pinned(found: 0, of: 201, wrong: 0)],
        "phi-holdout-3.tsv": ["ssn": Pinned(found: 31, of: 31, wrong: 0), "mrn": Pinned(found: 30, of: 31, wrong: 2), "dob": Pinned(found: 28, of: 31, wrong: 0),
                              "date": Pinned(found: 27, of: 31, wrong: 0), "age": Pinned(found: 7, of: 10, wrong: 0), "phone": Pinned(found: 31, of: 31, wrong: 1),
                              "fax": Pinned(found: 10, of: 10, wrong: 0), "email": Pinned(found: 30, of: 31, wrong: 0), "member": Pinned(found: 7, of: 10, wrong: 0),
                              "account": Pinned(found: 9, of: 10, wrong: 0), "address": Pinned(found: 28, of: 32, wrong: 0), "name": Pinned(found: 41, of: 51, wrong: 3),
                              "ip": Pinned(found: 8, of: 10, wrong: 1), "url": Pinned(found: 7, of: 10, wrong: 0), "device": Pinned(found: 7, of: 11, wrong: 1),
                              "none": Pinned(found: 3, of: 214, wrong: 0)],
        "phi-holdout-4.tsv": ["ssn": Pinned(found: 33, of: 33, wrong: 0), "mrn": Pinned(found: 31, of: 34, wrong: 0), "dob": Pinned(found: 34, of: 34, wrong: 0),
                              "date": Pinned(found: 33, of: 33, wrong: 0), "age": Pinned(found: 9, of: 12, wrong: 1), "phone": Pinned(found: 34, of: 34, wrong: 0),
                              "fax": Pinned(found: 10, of: 10, wrong: 0), "email": Pinned(found: 30, of: 33, wrong: 0), "member": Pinned(found: 10, of: 12, wrong: 0),
                              "account": Pinned(found: 13, of: 13, wrong: 0), "address": Pinned(found: 30, of: 33, wrong: 0), "name": Pinned(found: 60, of: 69, wrong: 0),
                              "ip": Pinned(found: 8, of: 10, wrong: 0), "url": Pinned(found: 4, of: 10, wrong: 0), "device": Pinned(found: 8, of: 12, wrong: 0),
                              "none": Pinned(found: 1, of: 202, wrong: 0)],
        "phi-holdout-5.tsv": ["ssn": Pinned(found: 34, of: 34, wrong: 0), "mrn": Pinned(found: 32, of: 34, wrong: 0), "dob": Pinned(found: 33, of: 34, wrong: 0),
                              "date": Pinned(found: 32, of: 34, wrong: 0), "age": Pinned(found: 9, of: 11, wrong: 0), "phone": Pinned(found: 32, of: 34, wrong: 1),
                              "fax": Pinned(found: 10, of: 11, wrong: 1), "email": Pinned(found: 29, of: 34, wrong: 0), "member": Pinned(found: 6, of: 11, wrong: 0),
                              "account": Pinned(found: 7, of: 11, wrong: 0), "address": Pinned(found: 26, of: 34, wrong: 1), "name": Pinned(found: 43, of: 58, wrong: 1),
                              "ip": Pinned(found: 11, of: 11, wrong: 0), "url": Pinned(found: 5, of: 11, wrong: 0), "device": Pinned(found: 8, of: 11, wrong: 0),
                              "none": Pinned(found: 2, of: 203, wrong: 0)],
        "phi-holdout-6.tsv": ["ssn": Pinned(found: 33, of: 36, wrong: 2), "mrn": Pinned(found: 31, of: 36, wrong: 0), "dob": Pinned(found: 34, of: 38, wrong: 1),
                              "date": Pinned(found: 28, of: 40, wrong: 1), "age": Pinned(found: 10, of: 12, wrong: 1), "phone": Pinned(found: 29, of: 36, wrong: 7),
                              "fax": Pinned(found: 11, of: 11, wrong: 2), "email": Pinned(found: 28, of: 38, wrong: 1), "member": Pinned(found: 8, of: 12, wrong: 0),
                              "account": Pinned(found: 8, of: 11, wrong: 0), "address": Pinned(found: 31, of: 34, wrong: 0), "name": Pinned(found: 50, of: 60, wrong: 3),
                              "ip": Pinned(found: 7, of: 10, wrong: 0), "url": Pinned(found: 4, of: 10, wrong: 0), "device": Pinned(found: 10, of: 11, wrong: 0),
                              "none": Pinned(found: 13, of: 203, wrong: 0)],
    ]

    /// Goals of issue 20 not reached on the unseen set when measured (prefixes of the goal
    /// texts): reported as known issues, so the test shows the gap and passes the day it closes.
    static let goalsNotMet: [String] = ["ssn recall", "ssn precision", "mrn recall", "dob and patient dates recall", "phone recall", "phone precision",
                                        "email recall", "name recall", "business-only flagged"]

    // MARK: examples a user would notice

    static func spans(_ text: String, _ scanner: PHIScanner = PHIScanner()) -> [String] {
        let bytes = Array(text.utf8)
        return scanner.scan(bytes).map { "\($0.kind.rawValue):" + String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    /// The phrasings issue 20 found missed, each found, and the hit covering the identifier only.
    @Test(arguments: [
        ("Please tell me your date of birth. It's 8/12/1991", "dob:8/12/1991"),
        ("Face sheet: b. 04/12/1961", "dob:04/12/1961"),
        ("She said she was born on 1/8/1936.", "dob:1/8/1936"),
        ("Mrs. Johnson, 84, on 4 West had two alerts.", "name:Johnson"),
        ("Override reason: 92-year-old with CKD.", "age:92"),
        ("Pt admitted 3/4/2025, discharged on 3/9/2025.", "date:3/4/2025"),
        ("Encounter # 55120339 in the ticket subject.", "account:55120339"),
        ("The screenshot shows MR2351161 next to the alert.", "mrn:MR2351161"),
        ("Unit clerk typed MRN-959310 into the ticket.", "mrn:959310"),
        ("Chart #7712093 was in the override report.", "mrn:7712093"),
        ("The transcript says M R N 00482913 twice.", "mrn:00482913"),
        ("Patient's daughter abroad: +46 (0)8 713 315 09.", "phone:+46 (0)8 713 315 09"),
        ("The patient's son: +447700 863794.", "phone:+447700 863794"),
        ("Pt callback (312)5550187 in the note.", "phone:(312)5550187"),
        ("Guarantor SSN 123.45.6789 on the face sheet.", "ssn:123.45.6789"),
        ("Patient SSN 123 45 6789 read aloud.", "ssn:123 45 6789"),
        ("Patient SSN 123\u{2011}45\u{2013}6789 pasted from Word.", "ssn:123\u{2011}45\u{2013}6789"),
        ("Patient SSN \u{FF11}\u{FF12}\u{FF13}-\u{FF14}\u{FF15}-\u{FF16}\u{FF17}\u{FF18}\u{FF19} typed.", "ssn:\u{FF11}\u{FF12}\u{FF13}-\u{FF14}\u{FF15}-\u{FF16}\u{FF17}\u{FF18}\u{FF19}"),
        ("Patient asked us to write to jdoe1950 at gmail dot com.", "email:jdoe1950 at gmail dot com"),
        ("Pt. Jane Roe was readmitted within 48 hours.", "name:Jane Roe"),
        ("patient: Jane Roe, sepsis alert missed.", "name:Jane Roe"),
        ("PID-5 DOE^JANE showed in the interface error.", "name:DOE^JANE"),
        ("Ticket: SSN 123-45-6789 in the comment.", "ssn:123-45-6789"),
        ("DOB: 03/14/1952 in the banner.", "dob:03/14/1952"),
    ])
    func issuePhrasing(_ text: String, _ expected: String) {
        #expect(Self.spans(text).first == expected, "\(text)")
    }

    /// Families of the phrasings missed on the first unseen sets, in wordings of their own.
    @Test(arguments: [
        ("She was d/c'd on 11/14 and readmitted within the week.", "date:11/14"),
        ("Sepsis alert for Mr. Alvarez fired at 2025-11-03 04:12.", "name:Alvarez"),
        ("Spoke with Maria Gomez about her mother's readmission.", "name:Maria Gomez"),
        ("DOE, JANE was on the census twice after the merge.", "name:DOE, JANE"),
        ("Row 3 of the export: 7731902 | OKAFOR, CHIDI | 1948-03-07 | 4W", "mrn:7731902"),
        ("Voicemail from the patient's wife: \"we never heard back; I'm at 402-555-0188\".", "phone:402-555-0188"),
        ("Her email on file: ana.home.2@example.org", "email:ana.home.2@example.org"),
        ("Spelled out: \"r, dot, lee, at, example, dot, net\".", "email:r, dot, lee, at, example, dot, net"),
        ("The patient's colonoscopy on 6/18/2025 produced two notes.", "date:6/18/2025"),
        ("Patient listed \"F: 919-555-0161\" on the form.", "fax:919-555-0161"),
    ])
    func phrasingFamilies(_ text: String, _ expected: String) {
        #expect(Self.spans(text).contains(expected), "\(text): \(Self.spans(text).map { $0.prefix(while: { $0 != ":" }) })")
    }

    @Test func hl7SegmentFieldsAreFound() {
        let pid = "PID|1||000738219^^^MERCY^MR||DOE^JANE^A||19610412|F|||123 MAIN ST^^CHICAGO^IL^60601||(312)555-0187|||||44120391|123-45-6789"
        #expect(Self.spans(pid) == ["mrn:000738219", "name:DOE^JANE", "dob:19610412", "address:123 MAIN ST^^CHICAGO^IL^60601", "phone:(312)555-0187",
                                    "account:44120391", "ssn:123-45-6789"])
    }

    /// Look-alike characters are folded for matching, and the hit still points at the original bytes.
    @Test func unicodeLookAlikesKeepOriginalOffsets() {
        let text = "Caf\u{E9} note\u{A0}\u{2014} patient SSN \u{FF11}\u{FF12}\u{FF13}\u{2010}45\u{200B}-6789, cell 312\u{2212}555\u{2212}0187."
        let bytes = Array(text.utf8)
        let hits = PHIScanner().scan(bytes)
        #expect(hits.map(\.kind) == [.ssn, .phone])
        #expect(hits.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
                == ["\u{FF11}\u{FF12}\u{FF13}\u{2010}45\u{200B}-6789", "312\u{2212}555\u{2212}0187"])
        #expect(hits.map(\.masked) == ["•••\u{2010}••\u{200B}-••••", "•••\u{2212}•••\u{2212}••••"])
    }

    @Test func findingsAreMaskedWithNothingOfTheIdentifierLeft() {
        let text = "Call with Angela: patient John Smith, DOB 03/14/1952, SSN 123-45-6789, MRN 00482913, cell (312) 555-0187."
        let hits = PHIScanner().scan(Array(text.utf8))
        #expect(hits.map(\.kind) == [.name, .dob, .ssn, .mrn, .phone])
        #expect(hits.map(\.masked) == ["•••• •••••", "••/••/••••", "•••-••-••••", "••••••••", "(•••) •••-••••"])
        for hit in hits { #expect(!hit.masked.contains(where: { $0.isNumber || $0.isLetter }), "\(hit.masked)") }
    }

    /// Staff contacts, meeting and go-live dates, ticket, invoice and contract numbers,
    /// versions and server addresses are the customer's business, not patient data.
    @Test(arguments: [
        "Dr. Alvarez (CMIO) 312-555-0187 asked for the Q3 review.",
        "Thanks,\nKathy Lee\nNurse Manager, 4 West\n312-555-0187\nkathy.lee@stmarys.example",
        "Our go-live is 03/04/2025; renewal date 2025-09-30; QBR on March 4, 2026.",
        "Ticket #48213, case 00981234, invoice INV-2025-0412 and PO 4500123987 are the same outage.",
        "Upgraded to version 10.2.3.4 on the interface server 10.24.3.117; release 2025.4.1.",
        "Call our support desk at 800-555-0100 for any questions.",
        "Dr. Patel (patel@metrohealth.example) moved the go-live to 2025-03-04; 24-bed unit, 98.2% uptime.",
        "Patients admitted after 12/01/2025 will be scored by the readmission model v3.2.",
        "Escalation: L1 1-866-555-0150, then Mr. Chen in desktop support; worklist mail goes to cm-leads@pinecrest.example.org.",
        "We visited the ICU on 10/22/2025 to shadow the nurses; invoice INV-20251104 sent 11/04/2025.",
    ])
    func businessTextIsNotFlagged(_ text: String) {
        #expect(Self.spans(text).isEmpty, "\(text)")
    }

    @Test func knownContactsAreNotFlagged() {
        let text = "Patient's portal issue: reply to patel@metrohealth.example and jdoe1950@gmail.com."
        #expect(Self.spans(text, PHIScanner(knownEmails: ["Patel@MetroHealth.example"])) == ["email:jdoe1950@gmail.com"])
    }
}
