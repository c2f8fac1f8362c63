import CSWJSON
import CSWSchema

/// Checks for values a command is about to write, so bad input is refused with reasons
/// before anything changes.
extension WorkspaceValidator {
    /// A new profile (the framework's customer record): schema and roster.
    public func checkNewProfile(_ document: JSONDocument, path: String) -> [Diagnostic] {
        var diagnostics = SchemaDiagnostics.check(document.root, schemas.profile, code: .profileSchema, path: path)
        if let id = document.root["customer_id"]?.stringValue, let customerID = CustomerID(id) {
            let customer = LoadedCustomer(folderName: id, id: customerID, folder: "customers/" + id, profile: document)
            diagnostics += RosterRule().check(customer, self)
        }
        return diagnostics
    }

    /// A new metric snapshot: every value against the snapshot schema (with custom metrics).
    public func checkSnapshot(_ snapshot: JSONValue, path: String) -> [Diagnostic] {
        let document = try! JSONDocument.parse(JSONWriter.line(snapshot)).get()
        return schemas.metricSnapshot.validate(document.root).map { error in
            error.keyword == "additionalProperties"
                ? Diagnostic(.unknownMetric, path, "unknown metric \"\(error.pointer.dropFirst())\"",
                             notes: ["fix the spelling, or declare it in csw.json under custom_metrics with its type"])
                : Diagnostic(.metricSchema, path, error.description, notes: SchemaDiagnostics.advice(for: error))
        }
    }

    /// A feedback note about to be written (csw feedback add, import).
    public func checkFeedbackNote(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        _ = NoteChecks.checkFrontMatter(bytes, path: path, schema: schemas.feedback, code: .feedbackSchema, into: &diagnostics)
        return diagnostics
    }
}
