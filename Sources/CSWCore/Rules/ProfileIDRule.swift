/// CSW0202: profile.json's customer_id is the folder name.
struct ProfileIDRule: CustomerRule {
    func check(_ customer: LoadedCustomer, _ workspace: WorkspaceValidator) -> [Diagnostic] {
        guard let node = customer.profile?.root["customer_id"], let written = node.stringValue,
              written != customer.id.rawValue
        else { return [] }
        return [Diagnostic(.customerIDMismatch, customer.profilePath, at: node.location,
                           "customer_id is \"\(written)\" but the folder is \(customer.folder)",
                           notes: ["make them the same: rename the folder or change customer_id"])]
    }
}
