import Foundation
import Testing
@testable import CSWAnalytics

/// The sentiment analyser on two labelled sets written for csw: Fixtures/sentiment-labelled.tsv
/// (397 customer-feedback-like sentences, positive, negative and neutral), the set the
/// lexicon was tuned on, and Fixtures/sentiment-unseen.tsv, a second set by the same authors
/// (144 sentences written afterwards and not used for tuning; the file keeps its old name).
/// The second set is not independent text: the same people wrote it in the same style, so
/// its figure is an optimistic estimate for customers' own words. Sentences that repeat a
/// tuning sentence exactly or nearly (the shorter one found in the other with at most one
/// word changed) were removed from it: second-set lines 9, 18, 21, 79, 91 and 123 of the
/// original 150 (tuning lines 196, 7, 177, 185, 170 and 19).
@Suite struct SentimentTests {
    struct Example { let line: Int; let label: Sentiment.Label; let text: String }

    static let examples = load("sentiment-labelled.tsv")
    static let secondSet = load("sentiment-unseen.tsv")

    static func load(_ name: String) -> [Example] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").enumerated().map { i, line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return Example(line: i + 1, label: Sentiment.Label(rawValue: String(parts[0]))!, text: String(parts[1]))
        }
    }

    struct Accuracy { var right = 0; var total = 0; var value: Double { Double(right) / Double(max(total, 1)) } }

    /// (positive against negative: of the sentences labelled positive or negative, the share
    /// given that label — a neutral answer counts as wrong), (all three labels).
    static func accuracy(_ examples: [Example]) -> (polar: Accuracy, all: Accuracy) {
        var polar = Accuracy(), all = Accuracy()
        let analyser = SentimentAnalyser()
        for e in examples {
            let got = analyser.analyse(e.text).label
            all.total += 1
            if got == e.label { all.right += 1 }
            if e.label != .neutral {
                polar.total += 1
                if got == e.label { polar.right += 1 }
            }
        }
        return (polar, all)
    }

    /// The figures docs/FEEDBACK.md and README.md quote, pinned to what was measured: any
    /// drop fails (an improvement passes; then update the docs and the numbers here).
    @Test func accuracyOnTheLabelledSets() {
        #expect(Self.examples.count == 397)
        #expect(Self.secondSet.count == 144)
        func pct(_ a: Accuracy) -> String { String(format: "%.1f%% (%d/%d)", a.value * 100, a.right, a.total) }
        let (polar, all) = Self.accuracy(Self.examples)
        let (secondPolar, secondAll) = Self.accuracy(Self.secondSet)
        print("sentiment accuracy, labelled set (\(Self.examples.count) sentences, tuned on): positive vs negative \(pct(polar)), three labels \(pct(all))")
        print("sentiment accuracy, second set by the authors (\(Self.secondSet.count) sentences, not tuned on): positive vs negative \(pct(secondPolar)), three labels \(pct(secondAll))")
        #expect(polar.total == 310 && polar.right >= 277, "labelled set, positive vs negative: measured 277/310 (89.4%), now \(pct(polar))")
        #expect(all.total == 397 && all.right >= 361, "labelled set, three labels: measured 361/397 (90.9%), now \(pct(all))")
        #expect(secondPolar.total == 114 && secondPolar.right >= 84, "second set, positive vs negative: measured 84/114 (73.7%), now \(pct(secondPolar))")
        #expect(secondAll.total == 144 && secondAll.right >= 113, "second set, three labels: measured 113/144 (78.5%), now \(pct(secondAll))")
    }

    @Test func rulesChangeTheScoreAsDocumented() {
        let a = SentimentAnalyser()
        #expect(a.analyse("The dashboard is helpful.").label == .positive)
        #expect(a.analyse("The dashboard is not helpful.").label == .negative, "negation flips")
        #expect(a.analyse("The dashboard is very helpful.").score > a.analyse("The dashboard is helpful.").score, "intensifier")
        #expect(a.analyse("The dashboard is slightly helpful.").score < a.analyse("The dashboard is helpful.").score, "hedge")
        #expect(a.analyse("The dashboard is helpful!!").score > a.analyse("The dashboard is helpful.").score, "emphasis")
        #expect(a.analyse("Training was great, but the go-live was a mess.").label == .negative, "after 'but' decides")
        #expect(a.analyse("The go-live was a mess, but training was great.").label == .positive)
        #expect(a.analyse("Readmissions are down 12% this quarter.").label == .positive, "a measure that should fall, falling")
        #expect(a.analyse("Documentation time went up after the upgrade.").label == .negative)
        #expect(a.analyse("Adoption is up on every unit.").label == .positive)
        #expect(a.analyse("Usage has dropped on nights.").label == .negative)
        #expect(a.analyse("Fewer false alarms at night.").label == .positive)
        #expect(a.analyse("Night shift is drowning in alert fatigue.").label == .negative)
        #expect(a.analyse("The review is on March 4.").label == .neutral)
        #expect(a.analyse("").score == 0)
    }

    @Test func driversExplainTheScore() {
        let s = SentimentAnalyser().analyse("Not impressed: too many clicks, but support was excellent.")
        #expect(s.drivers.map(\.term).contains("not impressed"))
        #expect(s.drivers.map(\.term).contains("excellent"))
        #expect(s.drivers.first.map { abs($0.weight) } == s.drivers.map { abs($0.weight) }.max(), "strongest first")
        #expect(SentimentAnalyser(extra: ["epic build": 2.5]).analyse("The Epic build went live.").drivers.first?.term == "epic build", "csw.json adds terms")
    }
}
