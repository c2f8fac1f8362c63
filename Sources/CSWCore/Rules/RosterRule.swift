/// CSW0401: csm_assigned names a CSM of the csw.json roster.
struct RosterRule: CustomerRule {
    func check(_ customer: LoadedCustomer, _ workspace: WorkspaceValidator) -> [Diagnostic] {
        guard workspace.hasRoster, let node = customer.profile?.root["csm_assigned"], let csm = node.stringValue,
              !workspace.config.csmIDs.contains(csm)
        else { return [] }
        let known = workspace.config.csms.map(\.id).sorted()
        let listed = known.isEmpty ? "the roster is empty" : "the roster has " + known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : "")
        return [Diagnostic(.unknownCSM, customer.profilePath, at: node.location,
                           "csm_assigned is \"\(csm)\", who is not in the csw.json roster (\(listed))",
                           notes: ["add the CSM to csms in csw.json, or fix the id"])]
    }
}
