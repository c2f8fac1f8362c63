import CSWJSON

/// One reason an instance does not match a schema, located in both documents.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// JSON pointer to the value in the instance ("/team_members/0/name").
    public let pointer: String
    /// Line and column of that value (or member name) in the instance file.
    public let location: SourceLocation
    /// Where the failing keyword is: schema URI + "#" + JSON pointer ("…#/properties/tier/enum").
    public let schemaLocation: String
    public let keyword: String
    /// What was expected and what was found, in plain words.
    public let message: String

    /// The pointer as a field path a person reads: `team_members[0].name`.
    public var fieldPath: String { Self.fieldPath(pointer) }

    /// `field: message`, or just the message for the whole document.
    public var description: String {
        let field = fieldPath
        return field.isEmpty ? message : "\(field): \(message)"
    }

    static func fieldPath(_ pointer: String) -> String {
        guard !pointer.isEmpty else { return "" }
        var out = ""
        for token in JSONPointer.tokens(pointer) {
            if let _ = Int(token), token.allSatisfy(\.isASCII) {
                out += "[\(token)]"
            } else if !token.isEmpty, token.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "-" || ("0"..."9").contains($0) }) {
                out += out.isEmpty ? token : "." + token
            } else {
                out += "[\"\(token)\"]"
            }
        }
        return out
    }
}
