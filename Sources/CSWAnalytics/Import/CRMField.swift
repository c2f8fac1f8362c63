import CSWCore
/// A profile field a CRM export can fill (`csw import crm`), where it lives in
/// profile.json, and the column names each preset knows it by.
public enum CRMField: String, Sendable, CaseIterable, Comparable {
    case externalID = "crm_id"
    case customerID = "customer_id"
    case organizationName = "organization_name"
    case tier
    case status
    case organizationType = "organization_type"
    case segmentName = "segment_name"
    case sizeCategory = "size_category"
    case clinicalSpecialty = "clinical_specialty"
    case region = "geographic_region"
    case billingState = "billing_state"
    case csm = "csm_assigned"
    case primaryContact = "primary_contact"
    case email
    case contractStart = "contract_start"
    case contractEnd = "contract_end"
    case renewalDate = "renewal_date"
    case contractValue = "contract_value"
    case lastModified = "last_modified"

    public static func < (a: CRMField, b: CRMField) -> Bool { a.order < b.order }
    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Where the value is kept in profile.json (nil: used for matching or comparing only;
    /// a billing state becomes the region). The external id goes to `crm_ids.<system>`.
    public var profilePath: [String]? {
        switch self {
        case .externalID, .lastModified, .billingState: return nil
        case .organizationType, .segmentName, .sizeCategory, .clinicalSpecialty, .region: return ["segment", rawValue]
        default: return [rawValue]
        }
    }

    /// The dotted name used in plans and messages (`segment.geographic_region`).
    public var displayName: String { profilePath?.joined(separator: ".") ?? rawValue }
}

/// A known export layout: the column names of each field, first match wins.
public struct CRMPreset: Sendable {
    public let name: String
    /// The key under `crm_ids` that holds the export's record ids (nil for csw's own
    /// export, which carries customer ids).
    public let system: String?
    public let columns: [CRMField: [String]]
    /// Day and month order of slashed dates (1/2/2026): true for month first.
    public let monthFirst: Bool

    public static func named(_ name: String) -> CRMPreset? { all.first { $0.name == name } }

    public static let all: [CRMPreset] = [salesforce, hubspot, csw]

    /// Salesforce account reports and Data Loader exports (labels and API names).
    public static let salesforce = CRMPreset(name: "salesforce", system: "salesforce", columns: [
        .externalID: ["Account ID", "Account ID (18)", "18-Digit Account ID", "AccountId", "Id"],
        .organizationName: ["Account Name", "Name"],
        .tier: ["Tier", "Customer Tier", "Account Tier", "Tier__c", "Customer_Tier__c"],
        .status: ["Status", "Account Status", "Customer Status", "Status__c", "Type"],
        .organizationType: ["Organization Type", "Organization_Type__c", "Industry"],
        .segmentName: ["Segment", "Customer Segment", "Segment__c"],
        .sizeCategory: ["Size Category", "Size_Category__c"],
        .clinicalSpecialty: ["Clinical Specialty", "Specialty", "Specialty__c"],
        .region: ["Region", "Geographic Region", "Region__c"],
        .billingState: ["Billing State/Province", "Billing State", "BillingState", "State"],
        .csm: ["Customer Success Manager", "CSM", "CSM__c", "Account Owner", "Owner Name", "Owner.Name", "Owner"],
        .primaryContact: ["Primary Contact", "Primary_Contact__c"],
        .email: ["Primary Contact Email", "Primary_Contact_Email__c", "Email"],
        .contractStart: ["Contract Start Date", "Contract Start", "Contract_Start_Date__c"],
        .contractEnd: ["Contract End Date", "Contract End", "Contract_End_Date__c"],
        .renewalDate: ["Renewal Date", "Next Renewal Date", "Renewal_Date__c"],
        .contractValue: ["ARR", "ARR__c", "Annual Recurring Revenue", "Contract Value", "Contract_Value__c", "ACV", "Amount"],
        .lastModified: ["Last Modified Date", "LastModifiedDate", "Last Modified"],
    ], monthFirst: true)

    /// HubSpot company exports (property labels and internal names).
    public static let hubspot = CRMPreset(name: "hubspot", system: "hubspot", columns: [
        .externalID: ["Record ID", "Company ID", "Record ID - Company", "hs_object_id"],
        .organizationName: ["Company name", "Name"],
        .tier: ["Tier", "Customer tier", "Company tier", "Account tier"],
        .status: ["Customer status", "Status"],
        .organizationType: ["Organization type", "Industry"],
        .segmentName: ["Segment", "Customer segment"],
        .sizeCategory: ["Size category"],
        .clinicalSpecialty: ["Clinical specialty", "Specialty"],
        .region: ["Region", "Geographic region"],
        .billingState: ["State/Region", "State"],
        .csm: ["Customer success manager", "CSM", "Company owner", "HubSpot Owner", "Owner"],
        .primaryContact: ["Primary contact"],
        .email: ["Primary contact email", "Email"],
        .contractStart: ["Contract start date", "Contract start"],
        .contractEnd: ["Contract end date", "Contract end"],
        .renewalDate: ["Renewal date", "Next renewal date"],
        .contractValue: ["ARR", "Annual recurring revenue", "Contract value", "Amount", "Recent Deal Amount"],
        .lastModified: ["Last Modified Date", "Last modified date", "hs_lastmodifieddate"],
    ], monthFirst: true)

    /// `csw export`'s customers.csv, so an export can be imported again unchanged.
    public static let csw = CRMPreset(name: "csw", system: nil, columns: Dictionary(uniqueKeysWithValues: CRMField.allCases.compactMap { field in
        field.profilePath == nil ? nil : (field, [field.rawValue])
    }), monthFirst: false)

    /// The preset whose key columns the header has: an export's own id and name columns.
    public static func detect(header: [String]) -> CRMPreset? {
        let names = Set(header.map { $0.lowercased() })
        if names.contains("customer_id") && names.contains("organization_name") { return csw }
        if names.contains("account id") || names.contains("account name") { return salesforce }
        if names.contains("record id") || names.contains("company name") { return hubspot }
        return nil
    }
}
