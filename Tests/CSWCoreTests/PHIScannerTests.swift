import Foundation
import Testing
@testable import CSWCore

/// The patient-data guard on two labelled sets written for csw (Fixtures/phi-labelled.tsv,
/// 406 sentences, the set the detectors were tuned on; Fixtures/phi-unseen.tsv, 160
/// sentences written separately afterwards and never used for tuning): recall and
/// precision per identifier type, counted per sentence.
@Suite struct PHIScannerTests {
    struct Score { var tp = 0, fp = 0, fn = 0
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    }

    static func evaluate(_ name: String) -> [PHIScanner.Kind: Score] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        let scanner = PHIScanner()
        var scores: [PHIScanner.Kind: Score] = [:]
        for line in try! String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            let want = Set(parts[0] == "none" ? [] : parts[0].split(separator: ",").map { PHIScanner.Kind(rawValue: String($0))! })
            let got = Set(scanner.scan(Array(parts[1].utf8)).map(\.kind))
            for k in want.intersection(got) { scores[k, default: Score()].tp += 1 }
            for k in got.subtracting(want) { scores[k, default: Score()].fp += 1 }
            for k in want.subtracting(got) { scores[k, default: Score()].fn += 1 }
        }
        return scores
    }

    static func report(_ title: String, _ scores: [PHIScanner.Kind: Score]) {
        print(title)
        for kind in PHIScanner.Kind.allCases {
            let s = scores[kind] ?? Score()
            print("  " + kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " recall %.3f (%d/%d)  precision %.3f (%d/%d)", s.recall, s.tp, s.tp + s.fn, s.precision, s.tp, s.tp + s.fp))
        }
    }

    @Test func recallAndPrecisionPerType() {
        let labelled = Self.evaluate("phi-labelled.tsv")
        let unseen = Self.evaluate("phi-unseen.tsv")
        Self.report("PHI guard, labelled set (406 sentences, tuned on):", labelled)
        Self.report("PHI guard, unseen set (160 sentences, never tuned on):", unseen)
        for kind in [PHIScanner.Kind.ssn, .mrn, .dob, .phone, .email] {
            #expect((labelled[kind]?.recall ?? 0) >= 0.98, "recall target for \(kind.rawValue)")
        }
        for kind in PHIScanner.Kind.allCases { #expect((labelled[kind]?.precision ?? 1) >= 0.95, "precision target for \(kind.rawValue)") }
        // text never tuned on: the five main identifiers stay well above chance
        let main = [PHIScanner.Kind.ssn, .mrn, .dob, .phone, .email].map { unseen[$0] ?? Score() }
        let recall = Double(main.map(\.tp).reduce(0, +)) / Double(main.map { $0.tp + $0.fn }.reduce(0, +))
        #expect(recall >= 0.85, "unseen recall of ssn, mrn, dob, phone and email together: \(recall)")
    }

    @Test func findingsAreMaskedAndHashedNeverShownWhole() {
        let text = "Call with Angela: patient John Smith, DOB 03/14/1952, SSN 123-45-6789, MRN 00482913, cell (312) 555-0187."
        let hits = PHIScanner().scan(Array(text.utf8))
        #expect(Set(hits.map(\.kind)) == [.name, .dob, .ssn, .mrn, .phone])
        for hit in hits {
            let span = String(decoding: Array(text.utf8)[hit.start..<hit.end], as: UTF8.self)
            #expect(hit.masked != span && !hit.masked.contains("John") && !hit.masked.contains("6789") && !hit.masked.contains("1952"), "\(hit.masked)")
            #expect(hit.hash.count == 16)
        }
        #expect(hits.first { $0.kind == .ssn }?.masked == "S•• •••-••-••89", "the label stays readable, the number does not")
        // known contacts and look-alikes are not patient data
        let clean = "Dr. Patel (patel@metrohealth.example) moved the go-live to 2025-03-04; ticket #48213, release 2025.4.1, 24-bed unit, 98.2% uptime."
        #expect(PHIScanner(knownEmails: ["patel@metrohealth.example"]).scan(Array(clean.utf8)).isEmpty)
    }
}
