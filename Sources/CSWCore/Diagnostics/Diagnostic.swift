import CSWJSON

/// One problem csw found in the workspace: a value, never thrown.
///
/// Printed as `path:line:column: error[CSW0102]: message`, followed by its notes;
/// `--format json` prints the same fields. Paths are relative to the workspace root.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public let severity: Severity
    public let code: DiagnosticCode
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String
    /// How to fix it, or related places; printed after the message.
    public let notes: [String]

    public init(_ code: DiagnosticCode, _ path: String, line: Int = 1, column: Int = 1, _ message: String,
                notes: [String] = [], severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    public init(_ code: DiagnosticCode, _ path: String, at location: SourceLocation, _ message: String, notes: [String] = []) {
        self.init(code, path, line: location.line, column: location.column, message, notes: notes)
    }

    public var description: String {
        var text = "\(path):\(line):\(column): \(severity.rawValue)[\(code.rawValue)]: \(message)"
        for note in notes { text += "\n  note: \(note)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
