import CSWJSON

/// Schema documents the compiler may load when a `$ref` leaves the schema being
/// compiled: other files of a schema folder, the draft 2020-12 meta-schema, test remotes.
/// The registry holds parsed documents; it never reads files itself (the CLI does).
public struct SchemaRegistry: Sendable {
    /// Documents by absolute URI without fragment.
    var documents: [String: JSONDocument] = [:]

    public init() {}

    /// Makes `document` available under `uri`, and under its root `$id` when it has one
    /// (resolved against `uri`).
    public mutating func add(_ document: JSONDocument, uri: String) {
        guard let base = URIReference(uri) else { return }
        let key = base.withoutFragment.description
        documents[key] = document
        if let id = document.root["$id"]?.stringValue, let ref = URIReference(id) {
            documents[ref.resolved(against: base).withoutFragment.description] = document
        }
    }

    public func document(for uri: String) -> JSONDocument? { documents[uri] }

    public var uris: [String] { documents.keys.sorted() }
}

/// A problem in a schema itself (not in an instance): where it is and what is wrong.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// Position in the schema document, when known.
    public let location: SourceLocation?
    /// JSON pointer of the offending keyword in its schema document.
    public let pointer: String
    public var path: String?

    public init(message: String, location: SourceLocation?, pointer: String, path: String? = nil) {
        self.message = message
        self.location = location
        self.pointer = pointer
        self.path = path
    }

    public var description: String {
        let place = location.map { "\(path ?? "<schema>"):\($0.line):\($0.column)" } ?? (path ?? "<schema>")
        return "\(place): invalid schema at \(pointer.isEmpty ? "the root" : pointer): \(message)"
    }
}

/// Options for compiling and validating.
public struct SchemaOptions: Sendable {
    /// When true, `format` is an assertion for the formats csw knows (FormatChecker);
    /// otherwise it is only an annotation (the draft 2020-12 default).
    public var assertFormats: Bool
    /// Base URI for a schema without `$id` (the CLI passes the file's URI).
    public var baseURI: String

    public init(assertFormats: Bool = false, baseURI: String = "urn:csw:schema") {
        self.assertFormats = assertFormats
        self.baseURI = baseURI
    }
}
