/// CSW0301 and CSW0302: metric snapshots are in strictly increasing date order, one per date.
struct MetricDatesRule: CustomerRule {
    func check(_ customer: LoadedCustomer, _ workspace: WorkspaceValidator) -> [Diagnostic] {
        // the usual file: dates strictly increasing, so neither a duplicate nor one out of order
        var last: Int32 = 0
        var increasing = true
        for snapshot in customer.snapshots where snapshot.day > 0 {
            if snapshot.day <= last { increasing = false; break }
            last = snapshot.day
        }
        if increasing { return [] }
        var diagnostics: [Diagnostic] = []
        var previous: (date: String, line: Int)?
        var seen: [String: Int] = [:]
        for snapshot in customer.snapshots {
            guard let date = snapshot.date else { continue }
            let column = snapshot.dateColumn
            if let first = seen[date] {
                diagnostics.append(Diagnostic(.duplicateMetricDate, customer.metricsPath, line: snapshot.line, column: column,
                                              "a second snapshot for \(date) (the first is on line \(first))",
                                              notes: ["keep one line per date: merge the two lines"]))
            } else if let previous, date < previous.date {
                diagnostics.append(Diagnostic(.metricDatesOutOfOrder, customer.metricsPath, line: snapshot.line, column: column,
                                              "snapshot dated \(date) comes after \(previous.date) (line \(previous.line)); snapshots go oldest first",
                                              notes: ["move the line to its place, or run 'csw fmt' to sort the file"]))
            }
            seen[date] = seen[date] ?? snapshot.line
            if previous == nil || date > previous!.date { previous = (date, snapshot.line) }
        }
        return diagnostics
    }
}
