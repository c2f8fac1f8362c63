import CSWAnalytics
import CSWCore
import CSWJSON
import Testing

/// How CRM words and numbers become profile values, and how the import plan decides
/// between the CRM's value and the workspace's.
@Suite struct CRMImportTests {
    @Test(arguments: [
        ("$1,200,000.00", "1200000"), ("1.200.000,50 €", "1200000.50"), ("550000", "550000"), ("1 250 000", "1250000"),
        ("12,5", "12.5"), ("€ 90.000", "90000"), ("-3.25", "-3.25"), ("USD 45,000", "45000"),
    ])
    func amountsAsCRMsWriteThem(text: String, expected: String) {
        #expect(CRMValue.amount(text) == JSONNumber(expected), "\(text)")
    }

    @Test func notAnAmount() {
        #expect(CRMValue.amount("about 500k?") == nil)
        #expect(CRMValue.amount("TBD") == nil)
        #expect(CRMValue.amount("500k") == nil)
        #expect(CRMValue.amount("2 Mio") == nil, "only currency codes are dropped")
    }

    @Test func datesAndMoments() {
        #expect(CRMValue.day("3/15/2026", monthFirst: true)?.description == "2026-03-15")
        #expect(CRMValue.day("15/3/2026", monthFirst: false)?.description == "2026-03-15")
        #expect(CRMValue.day("15.03.2026", monthFirst: true)?.description == "2026-03-15", "dotted dates are day first")
        #expect(CRMValue.day("2026-03-15T10:00:00.000Z", monthFirst: true)?.description == "2026-03-15")
        #expect(CRMValue.day("13/1/2026", monthFirst: true) == nil)
        #expect(CRMValue.day("2/30/2026", monthFirst: true) == nil && CRMValue.day("2026-02-30", monthFirst: true) == nil, "not moved to March")
        #expect(CRMValue.day("29.02.2028", monthFirst: true)?.description == "2028-02-29")
        let day = Int64(Day("2026-11-20")!.number) * 86_400
        #expect(CRMValue.moment("2026-11-20T14:33:00+02:00", monthFirst: true) == day + 12 * 3600 + 33 * 60)
        #expect(CRMValue.moment("2026-11-20T14:33:00Z", monthFirst: true) == day + 14 * 3600 + 33 * 60)
        #expect(CRMValue.moment("11/20/2026 2:33 PM", monthFirst: true, offsetMinutes: -300) == day + 19 * 3600 + 33 * 60, "the map's time zone")
        #expect(CRMValue.moment("11/20/2026 2:33 PM", monthFirst: true) == day + 33 * 60, "no zone: the earliest it can mean (UTC+14)")
        #expect(CRMValue.moment("2026-11-20", monthFirst: true) == day - 14 * 3600)
        #expect(CRMValue.offsetMinutes("+05:30") == 330 && CRMValue.offsetMinutes("UTC") == 0 && CRMValue.offsetMinutes("EST") == nil)
    }

    @Test(arguments: [
        ("1,204", false, "1204"), ("12,5", false, "12.5"), ("88.5%", false, "88.5"), ("1,234,567.25", false, "1234567.25"),
        ("12,5", true, "12.5"), ("1.204,75", true, "1204.75"), ("36.4", true, "36.4"), ("-0,5", true, "-0.5"),
    ])
    func analyticsNumbers(text: String, decimalComma: Bool, expected: String) {
        #expect(CRMValue.number(text, decimalComma: decimalComma) == JSONNumber(expected), "\(text)")
    }

    @Test func notANumber() {
        #expect(CRMValue.number("1,2,3", decimalComma: true) == nil && CRMValue.number("12,34,5", decimalComma: false) == nil && CRMValue.number("lots", decimalComma: false) == nil)
    }

    @Test func wordsOfTheCRMs() {
        #expect(CRMValue.tier("Mid-Market") == "mid_market" && CRMValue.tier("SMB") == "smb" && CRMValue.tier("Customer - Direct") == nil)
        #expect(CRMValue.organizationType("HOSPITAL_HEALTH_CARE") == "health_system")
        #expect(CRMValue.organizationType("Academic Medical Center") == "academic_medical_center")
        #expect(CRMValue.organizationType("Health Insurance") == "payer")
        #expect(CRMValue.organizationType("Software") == nil)
        #expect(CRMValue.region(state: "MN") == "midwest" && CRMValue.region(state: "New York") == "northeast" && CRMValue.region(state: "Ontario") == nil)
    }

    static func s(_ text: String) -> JSONValue { .string(text) }
    static func n(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    static let existing = [CRMImport.Existing(id: "HOSP_001", profile: [
        "customer_id": s("HOSP_001"), "organization_name": s("Metro Health System"), "tier": s("enterprise"), "csm_assigned": s("mike.smith"),
        "contract_start": s("2024-01-01"), "contract_value": n(500_000), "crm_ids": .object(["salesforce": s("001A")]),
    ])]
    static let csms = [WorkspaceConfig.CSM(id: "mike.smith", name: "Mike Smith", email: "mike.smith@vendor.example", capacity: nil),
                       WorkspaceConfig.CSM(id: "priya.raman", name: "Priya Raman", email: nil, capacity: nil)]
    static let header = ["Account ID", "Account Name", "Tier", "Account Owner", "ARR", "Contract Start Date", "Last Modified Date"]

    func plan(_ row: [String], changedAt time: Int64?, overwrite: Bool = false) throws -> CRMImport.Plan {
        try CRMImport.plan(header: Self.header, rows: [CRMImport.Row(line: 2, fields: row)], existing: Self.existing,
                           options: CRMImport.Options(preset: .salesforce, csms: Self.csms, overwrite: overwrite),
                           changedAt: { _, _ in time.map { CRMImport.Provenance(time: $0, commit: "abc1234", author: "Mike Smith") } }).get()
    }

    @Test func theNewerValueWins() throws {
        let row = ["001A", "Metro Health System", "Enterprise", "Mike Smith", "600000", "1/1/2024", "2026-06-01"]
        let crmTime = CRMValue.moment("2026-06-01", monthFirst: true)!
        let older = try plan(row, changedAt: crmTime - 1)
        #expect(older.updates.first?.changes == [CRMImport.Change(field: "contract_value", old: Self.n(500_000), new: Self.n(600_000), overwritten: false)])
        let newer = try plan(row, changedAt: crmTime + 3600)
        #expect(newer.updates.first?.changes.isEmpty == true && newer.updates.first?.kept.map(\.field) == ["contract_value"])
        let sameMoment = try plan(row, changedAt: crmTime)
        #expect(sameMoment.keptFields == 1, "a tie keeps the workspace's value")
        let forced = try plan(row, changedAt: crmTime + 3600, overwrite: true)
        #expect(forced.updates.first?.changes.first?.overwritten == true)
        var noDate = row
        noDate[6] = ""
        #expect(try plan(noDate, changedAt: 0).keptFields == 1, "without a last-modified date the workspace's value is kept")
    }

    /// With the values of the last import recorded (crm_synced), a field only the CRM
    /// changed is taken whatever the times, and a CSM's change the CRM never touched stands
    /// without being listed again.
    @Test func theLastImportIsTheBase() throws {
        var profile = Self.existing[0].profile
        profile["crm_synced"] = .object(["salesforce": .object(["values": .object(["contract_value": Self.n(500_000), "tier": Self.s("enterprise")])])])
        profile["tier"] = Self.s("strategic") // a CSM's change
        let header = ["Account ID", "Account Name", "Tier", "ARR", "Last Modified Date"]
        let plan = try CRMImport.plan(header: header, rows: [CRMImport.Row(line: 2, fields: ["001A", "Metro Health System", "Enterprise", "600000", "2020-01-01"])],
                                      existing: [CRMImport.Existing(id: "HOSP_001", profile: profile)],
                                      options: CRMImport.Options(preset: .salesforce, csms: Self.csms),
                                      changedAt: { _, _ in CRMImport.Provenance(time: 2_000_000_000, commit: nil, author: nil) }).get()
        let update = try #require(plan.updates.first)
        #expect(update.changes.map(\.field) == ["contract_value"] && update.kept.isEmpty && plan.standing == 1)
        #expect(update.profile["tier"] == Self.s("strategic"))
        #expect(update.profile["crm_synced"]?["salesforce"]?["values"]?["contract_value"] == Self.n(600_000), "the base moves on")
        #expect(update.profile["crm_synced"]?["salesforce"]?["record_modified"] == Self.s("2019-12-31T10:00:00Z"))
    }

    @Test func newCustomersNeedTheRequiredFieldsAndGetTheNextNumber() throws {
        let created = try plan(["001B", "Lakeside Clinic", "SMB", "priya.raman", "45,000", "2/1/2026", ""], changedAt: nil)
        #expect(created.creates.map(\.id) == ["CUST_002"] && created.creates[0].profile["contract_value"] == Self.n(45_000))
        #expect(created.creates[0].profile["crm_ids"] == .object(["salesforce": Self.s("001B")]))
        let missing = try plan(["001C", "Lakeside Clinic", "", "priya.raman", "", "2/1/2026", ""], changedAt: nil)
        #expect(missing.skips.first?.reason == "a new customer needs tier, contract_value; the row has none of them")
        // An id given on one row is not generated again for a later one.
        let header = ["customer_id", "organization_name", "tier", "csm_assigned", "contract_start", "contract_value", "organization_type"]
        let rows = [CRMImport.Row(line: 2, fields: ["CH_002", "Lakeside Hospital", "smb", "mike.smith", "2026-01-01", "10", "community_hospital"]),
                    CRMImport.Row(line: 3, fields: ["", "Hilltop Hospital", "smb", "mike.smith", "2026-01-01", "10", "community_hospital"])]
        let both = try CRMImport.plan(header: header, rows: rows, existing: Self.existing, options: CRMImport.Options(preset: .csw, csms: Self.csms),
                                      changedAt: { _, _ in nil }).get()
        #expect(both.creates.map(\.id) == ["CH_002", "CH_003"])
        let stranger = try plan(["001D", "Lakeside Clinic", "SMB", "Jane Doe", "1", "2/1/2026", ""], changedAt: nil)
        #expect(stranger.skips.first?.reason.hasPrefix("csm_assigned: \"Jane Doe\" is not a CSM") == true)
    }

    /// A Salesforce "Prospect" is not a customer yet: left out and counted, not a problem
    /// (an all-or-nothing import would otherwise refuse an ordinary export).
    @Test func prospectsAreLeftOutNotProblems() throws {
        let header = ["Account ID", "Account Name", "Type", "Tier", "Account Owner", "ARR", "Contract Start Date"]
        let rows = [CRMImport.Row(line: 2, fields: ["001B", "Lakeside Clinic", "Customer - Direct", "SMB", "priya.raman", "45,000", "2/1/2026"]),
                    CRMImport.Row(line: 3, fields: ["001C", "Hilltop Hospital", "Prospect", "", "", "", ""])]
        let plan = try CRMImport.plan(header: header, rows: rows, existing: Self.existing, options: CRMImport.Options(preset: .salesforce, csms: Self.csms),
                                      changedAt: { _, _ in nil }).get()
        #expect(plan.creates.map { $0.profile["organization_name"] } == [Self.s("Lakeside Clinic")])
        #expect(plan.skips.isEmpty, "\(plan.skips.map(\.reason))")
        #expect(plan.prospects.map(\.line) == [3] && plan.prospects.first?.name == "Hilltop Hospital")
        #expect(CRMValue.isProspect("PROSPECT") && CRMValue.isProspect("lead") && !CRMValue.isProspect("Former Customer"))
    }
}
