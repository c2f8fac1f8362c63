import CSWJSON

/// The few fields `csw customer list` shows, read leniently from a profile.
public struct CustomerSummary: Sendable, Equatable {
    public let customerID: String
    public let organizationName: String
    public let tier: String
    public let csmAssigned: String
    public let contractValue: JSONNumber?
    public let status: String
    public let renewalDate: String?
    public let organizationType: String?

    public init(_ root: JSONNode, folder: String) {
        customerID = root["customer_id"]?.stringValue ?? folder
        organizationName = root["organization_name"]?.stringValue ?? ""
        tier = root["tier"]?.stringValue ?? ""
        csmAssigned = root["csm_assigned"]?.stringValue ?? ""
        contractValue = root["contract_value"]?.number
        status = root["status"]?.stringValue ?? "active"
        renewalDate = root["renewal_date"]?.stringValue ?? root["contract_end"]?.stringValue
        organizationType = root["segment"]?["organization_type"]?.stringValue
    }

    public var json: JSONValue {
        var o = JSONObject()
        o["customer_id"] = .string(customerID)
        o["organization_name"] = .string(organizationName)
        o["tier"] = .string(tier)
        o["csm_assigned"] = .string(csmAssigned)
        o["contract_value"] = contractValue.map(JSONValue.number) ?? .null
        o["status"] = .string(status)
        o["renewal_date"] = renewalDate.map(JSONValue.string) ?? .null
        o["organization_type"] = organizationType.map(JSONValue.string) ?? .null
        return .object(o)
    }

    /// A plain-text table, one customer per line, with a total line.
    public static func table(_ rows: [CustomerSummary]) -> String {
        let header = ["CUSTOMER", "ORGANIZATION", "TIER", "CSM", "CONTRACT VALUE", "STATUS", "RENEWAL"]
        var cells = rows.map { r in
            [r.customerID, r.organizationName, r.tier, r.csmAssigned, r.contractValue.map { Money.format($0.doubleValue) } ?? "—",
             r.status, r.renewalDate ?? "—"]
        }
        let total = rows.filter { $0.status != "churned" }.reduce(0.0) { $0 + ($1.contractValue?.doubleValue ?? 0) }
        cells.append(["", "\(rows.count) customer\(rows.count == 1 ? "" : "s"), ARR excluding churned", "", "", Money.format(total), "", ""])
        return TextTable.render(header: header, rows: cells, rightAligned: [4])
    }
}

/// Money as CSMs read it: thousands separated, no cents.
public enum Money {
    public static func format(_ value: Double) -> String {
        // Beyond any real amount (a value validate reports, or 1e400 read as infinity):
        // shown as written, never converted to Int (which would stop csw).
        guard value.isFinite, abs(value) < 1e15 else { return value.isNaN ? "—" : "\(value)" }
        let whole = Int(value.rounded())
        let digits = String(abs(whole))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (whole < 0 ? "-" : "") + out
    }
}

/// Column-aligned plain text.
public enum TextTable {
    /// A control character in a cell (a line break in a name, ESC) is shown escaped
    /// (`TerminalText`), so a row stays one line; csw's own colour codes stay.
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let all = ([header] + rows).map { $0.map { TerminalText.visible($0, keepingStyles: true) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += rightAligned.contains(i) ? pad + cell : cell + pad
                if i < row.count - 1 { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
