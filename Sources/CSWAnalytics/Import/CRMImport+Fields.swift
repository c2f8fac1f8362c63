import CSWCore
import CSWJSON

extension CRMImport {
    enum FieldValue: Equatable {
        case empty
        case value(JSONValue)
        case invalid(String)
    }

    /// One cell → the profile's value: the map's `values` table first, then csw's reading
    /// of CRM words (tiers, industries, states, owners, amounts, dates).
    struct FieldReader {
        let options: CRMImport.Options
        let monthFirst: Bool
        let csmByKey: [String: String]

        init(options: CRMImport.Options) {
            self.options = options
            monthFirst = options.map.monthFirst ?? options.preset.monthFirst
            var keys: [String: String] = [:]
            for csm in options.csms ?? [] {
                keys[csm.id.lowercased()] = csm.id
                if !csm.name.isEmpty { keys[CRMValue.words(csm.name)] = csm.id }
                if let email = csm.email?.lowercased() {
                    keys[email] = csm.id
                    if let at = email.firstIndex(of: "@") { keys[String(email[..<at])] = csm.id }
                }
            }
            csmByKey = keys
        }

        func read(_ field: CRMField, _ raw: String) -> FieldValue {
            let text = raw.trimmingWhitespace
            if text.isEmpty { return .empty }
            if let mapped = options.map.values[field.rawValue]?[text.lowercased()] {
                if field == .contractValue { return JSONNumber(mapped).map { .value(.number($0)) } ?? .invalid("the map gives \"\(mapped)\", which is not a number") }
                return .value(.string(mapped))
            }
            func word(_ v: String?, _ what: String, _ allowed: String) -> FieldValue {
                v.map { .value(.string($0)) } ?? .invalid("\"\(text)\" is not \(what) (\(allowed)); translate it in the map: \"values\": {\"\(field.rawValue)\": {\"\(text)\": \"…\"}}")
            }
            switch field {
            case .externalID, .organizationName, .segmentName, .clinicalSpecialty, .primaryContact:
                return .value(.string(text))
            case .customerID:
                return CustomerID.isValid(text) ? .value(.string(text)) : .invalid(CustomerID.explain(text))
            case .tier:
                return word(CRMValue.tier(text), "a tier", "strategic, enterprise, mid_market, smb")
            case .status:
                return word(CRMValue.status(text), "a status", "onboarding, active, paused, churned")
            case .organizationType:
                return word(CRMValue.organizationType(text), "an organisation type", "health_system, academic_medical_center, community_hospital, payer, …")
            case .sizeCategory:
                let w = CRMValue.words(text)
                return word(["small", "mid", "large", "enterprise"].contains(w) ? w : nil, "a size category", "small, mid, large, enterprise")
            case .region:
                return .value(.string(CRMValue.words(text).replacingAll(" ", with: "_")))
            case .billingState:
                return word(CRMValue.region(state: text), "a US state csw knows", "a code such as MN or a name such as Minnesota")
            case .csm:
                let key = text.contains("@") ? text.lowercased() : CRMValue.words(text)
                if let id = csmByKey[key] ?? csmByKey[text.lowercased()] { return .value(.string(id)) }
                if options.csms == nil { return .value(.string(text)) }
                return .invalid("\"\(text)\" is not a CSM in csw.json's csms (by id, name or email); add them there, or map the owner: \"values\": {\"csm_assigned\": {\"\(text)\": \"csm.id\"}}")
            case .email:
                return text.contains("@") && !text.contains(" ") ? .value(.string(text)) : .invalid("\"\(text)\" is not an email address")
            case .contractStart, .contractEnd, .renewalDate:
                return CRMValue.day(text, monthFirst: monthFirst).map { .value(.string($0.description)) }
                    ?? .invalid("\"\(text)\" is not a date csw can read (YYYY-MM-DD, \(monthFirst ? "MM/DD/YYYY" : "DD/MM/YYYY") or DD.MM.YYYY); set \"month_first\" in the map if day and month are the other way round")
            case .contractValue:
                guard let n = CRMValue.amount(text), n.doubleValue >= 0 else { return .invalid("\"\(text)\" is not an amount of money") }
                return .value(.number(n))
            case .lastModified:
                return CRMValue.moment(text, monthFirst: monthFirst, offsetMinutes: options.map.timeZone).map { .value(.number(JSONNumber(Int($0)))) }
                    ?? .invalid("\"\(text)\" is not a date or date-time csw can read")
            }
        }
    }
}
