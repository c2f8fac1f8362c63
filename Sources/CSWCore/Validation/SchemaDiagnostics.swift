import CSWJSON
import CSWSchema

/// Turns parse errors and schema validation errors into diagnostics.
enum SchemaDiagnostics {
    static func syntax(_ error: JSONParseError, _ path: String, code: DiagnosticCode = .invalidJSON) -> Diagnostic {
        Diagnostic(code, path, at: error.location, "not valid JSON: \(error.message)",
                   notes: error.notes.map { "\($0.message) (line \($0.location.line), column \($0.location.column))" })
    }

    static func check(_ node: JSONNode, _ schema: CompiledSchema, code: DiagnosticCode, path: String) -> [Diagnostic] {
        schema.validate(node).map { Diagnostic(code, path, at: $0.location, $0.description, notes: advice(for: $0)) }
    }

    /// A hint for the common cases.
    static func advice(for error: ValidationError) -> [String] {
        switch error.keyword {
        case "format" where error.message.contains("YYYY-MM-DD"): return ["write dates as YYYY-MM-DD, for example 2025-11-01"]
        case "type" where error.message.contains("expected a number, found the string"):
            return ["write the number without quotes, units or abbreviations (500000, not \"500k\")"]
        case "additionalProperties", "unevaluatedProperties": return ["check the spelling against docs/FORMAT.md"]
        default: return []
        }
    }
}
