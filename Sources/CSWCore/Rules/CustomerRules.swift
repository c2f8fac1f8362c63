/// A cross-file rule over one loaded customer. Each rule lives in its own file and is
/// listed once in `CustomerRules.all`.
protocol CustomerRule: Sendable {
    func check(_ customer: LoadedCustomer, _ workspace: WorkspaceValidator) -> [Diagnostic]
}

enum CustomerRules {
    static let all: [any CustomerRule] = [
        ProfileIDRule(),
        RosterRule(),
        MetricDatesRule(),
    ]
}
