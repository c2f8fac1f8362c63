import CSWCore
import CSWJSON
import Testing
@testable import CSWAnalytics

@Suite struct ContractHistoryTests {
    static func day(_ s: String) -> Day { Day(s)! }

    static let lines = """
    {"id": "K-0000000000000001", "date": "2024-01-01", "event": "start", "arr": 100000, "term_end": "2025-01-01"}
    {"id": "K-0000000000000002", "date": "2024-06-01", "event": "expansion", "amount": 20000}
    {"id": "K-0000000000000003", "date": "2024-09-01", "event": "contraction", "amount": 5000}
    {"id": "K-0000000000000004", "date": "2025-01-01", "event": "renewal", "arr": 130000, "term_end": "2026-01-01"}
    not json
    {"id": "K-0000000000000005", "date": "2025-08-01", "event": "churn"}
    """

    @Test func eventsFoldIntoTheContractOnAnyDay() throws {
        let h = ContractHistory(bytes: Array(Self.lines.utf8), customerID: "X")
        #expect(h.events.count == 5, "a line that is not an event is skipped")
        #expect(h.state(on: Self.day("2023-12-31")) == nil, "nothing before the first record")
        let s1 = try #require(h.state(on: Self.day("2024-07-01")))
        #expect(s1.arr == 120_000 && s1.active && s1.termEnd == Self.day("2025-01-01"))
        #expect(h.state(on: Self.day("2024-12-31"))?.arr == 115_000)
        #expect(h.state(on: Self.day("2025-01-01"))?.arr == 130_000 && h.state(on: Self.day("2025-01-01"))?.termEnd == Self.day("2026-01-01"))
        let churned = try #require(h.state(on: Self.day("2025-08-01")))
        #expect(churned.arr == 0 && !churned.active)
        #expect(h.overdueRenewal(asOf: Self.day("2026-02-01")) == nil, "a churned contract has no renewal due")
    }

    @Test func aTermEndWithoutAnOutcomeIsOverdue() {
        let h = ContractHistory(events: [ContractEvent(date: Self.day("2024-01-01"), kind: .start, arr: 50_000, termEnd: Self.day("2025-01-01"), customerID: "X")])
        #expect(h.overdueRenewal(asOf: Self.day("2025-01-01")) == nil, "due on the day, not yet overdue")
        #expect(h.overdueRenewal(asOf: Self.day("2025-01-02")) == Self.day("2025-01-01"))
        let renewed = ContractHistory(events: h.events + [ContractEvent(date: Self.day("2024-12-20"), kind: .renewal, arr: 55_000, termEnd: Self.day("2026-01-01"), customerID: "X")])
        #expect(renewed.overdueRenewal(asOf: Self.day("2025-01-02")) == nil)
    }

    @Test func retentionFromRecordsMatchesAHandComputation() {
        func start(_ arr: Double) -> ContractEvent { ContractEvent(date: Self.day("2024-01-01"), kind: .start, arr: arr, termEnd: Self.day("2026-01-01"), customerID: "X") }
        let histories = [
            "A": ContractHistory(events: [start(100), ContractEvent(date: Self.day("2024-06-01"), kind: .expansion, amount: 50, customerID: "A")]),
            "B": ContractHistory(events: [start(200), ContractEvent(date: Self.day("2024-06-01"), kind: .churn, customerID: "B")]),
            "C": ContractHistory(events: [start(300), ContractEvent(date: Self.day("2024-06-01"), kind: .contraction, amount: 30, customerID: "C")]),
            "D": ContractHistory(events: [ContractEvent(date: Self.day("2024-03-01"), kind: .start, arr: 1000, termEnd: Self.day("2025-03-01"), customerID: "D")]),
        ]
        let r = RevenueRetention.fromContracts(histories, from: Self.day("2024-02-01"), to: Self.day("2024-12-31"))
        // Start: A 100, B 200, C 300 (D joined later and is not counted) = 600.
        // End: A 150, B 0 (churned 200), C 270 (contraction 30) = 420.
        #expect(r.customers == 3 && r.startingARR == 600 && r.endingARR == 420)
        #expect(r.churned == 200 && r.contraction == 30 && r.expansion == 50)
        #expect(r.grr == 370.0 / 600 && r.nrr == 420.0 / 600)
    }

    @Test func theSameEventHasTheSameIdSoTeammatesDoNotCountItTwice() {
        let a = ContractEvent(date: Self.day("2025-01-01"), kind: .expansion, amount: 75_000, opportunity: "O-0123456789ab", customerID: "X")
        let b = ContractEvent(date: Self.day("2025-01-01"), kind: .expansion, amount: 75_000, opportunity: "O-0123456789ab", customerID: "X")
        let c = ContractEvent(date: Self.day("2025-01-01"), kind: .expansion, amount: 75_000, opportunity: "O-0123456789ac", customerID: "X")
        #expect(a.id == b.id && a.id != c.id && a.id.hasPrefix("K-") && a.id.count == 18)
    }
}

@Suite struct InferredContractTests {
    static func v(_ day: String, _ value: Double?, _ renewal: String?, churned: Bool = false) -> ContractHistory.ProfileVersion {
        .init(day: Day(day)!, contractValue: value, contractStart: Day("2024-01-01"), renewal: renewal.flatMap(Day.init), churned: churned)
    }

    @Test func aProfilesHistoryBecomesEvents() {
        let events = ContractHistory.inferred(from: [
            Self.v("2024-01-05", 100, "2025-01-01"),
            Self.v("2024-06-01", 120, "2025-01-01"),       // value up alone: expansion
            Self.v("2025-01-10", 130, "2026-01-01"),       // renewal date moved on: a renewal on the old date
            Self.v("2025-03-01", 110, "2026-01-01"),       // contraction
            Self.v("2025-05-01", 110, "2026-01-01"),       // no contract change
            Self.v("2025-08-01", 110, "2026-01-01", churned: true),
        ], customerID: "X")
        #expect(events.map(\.kind) == [.start, .expansion, .renewal, .contraction, .churn])
        #expect(events[0].date == Day("2024-01-01") && events[0].arr == 100 && events[0].termEnd == Day("2025-01-01"))
        #expect(events[1].amount == 20 && events[2].date == Day("2025-01-01") && events[2].arr == 130 && events[3].amount == 20)
        let h = ContractHistory(events: events)
        #expect(h.state(on: Day("2025-04-01")!)?.arr == 110 && h.state(on: Day("2025-09-01")!)?.active == false)
    }
}
