import CSWJSON

/// Turns schema documents into a `CompiledSchema`: walks every subschema once, records
/// `$id`, `$anchor` and `$dynamicAnchor` targets and JSON-pointer locations, then
/// resolves `$ref`/`$dynamicRef` (loading registry documents on demand).
struct SchemaCompiler {
    struct Scope {
        var base: URIReference
        var resource: Int
        /// Every enclosing resource's URI with this schema's pointer from its root.
        var pointers: [(uri: String, pointer: String)]
        var vocabulary: Vocabulary
    }

    struct Vocabulary {
        var validation = true
        var applicator = true
        var assertFormats: Bool
        /// Schemas that declare draft 2019-09 or older: `items` may be an array (a tuple)
        /// with `additionalItems` for the rest, and `prefixItems` means nothing.
        var legacyItems = false
    }

    struct PendingRef {
        var node: Int
        var slot: Int
        var target: URIReference
        var dynamic: Bool
        var source: JSONNode
        var pointer: String
        /// The reference as written in the schema (for messages).
        var written: String
    }

    struct NodeKey: Hashable {
        let document: ObjectIdentifier
        let index: Int
    }

    let registry: SchemaRegistry
    let options: SchemaOptions
    var nodes: [SchemaNode] = []
    var resources: [SchemaResource] = []
    /// Resource roots: URI → (node, JSON, scope) for pointer navigation on demand.
    var resourceRoots: [String: (node: JSONNode, scope: Scope)] = [:]
    var targets: [String: Int] = [:]
    var memo: [NodeKey: Int] = [:]
    var pending: [PendingRef] = []
    var loadedDocuments: Set<String> = []
    var errors: [SchemaError] = []

    init(registry: SchemaRegistry, options: SchemaOptions) {
        self.registry = registry
        self.options = options
    }

    mutating func compileRoot(_ document: JSONDocument) -> Result<CompiledSchema, SchemaCompileFailure> {
        let base = URIReference(options.baseURI) ?? URIReference("urn:csw:schema")!
        let root = compileDocument(document, base: base.withoutFragment)
        resolvePending()
        if !errors.isEmpty { return .failure(SchemaCompileFailure(errors: errors)) }
        return .success(CompiledSchema(nodes: nodes, resources: resources, root: root))
    }

    mutating func compileDocument(_ document: JSONDocument, base: URIReference) -> Int {
        let uri = base.withoutFragment.description
        loadedDocuments.insert(uri)
        resources.append(SchemaResource(uri: uri))
        let scope = Scope(base: base.withoutFragment, resource: resources.count - 1, pointers: [(uri, "")],
                          vocabulary: Vocabulary(assertFormats: options.assertFormats))
        resourceRoots[uri] = (document.root, scope)
        return compile(document.root, scope: scope, isDocumentRoot: true)
    }

    // MARK: Reference resolution

    mutating func resolvePending() {
        var rounds = 0
        while let ref = pending.popLast() {
            rounds += 1
            guard let target = lookup(ref.target) else {
                errors.append(SchemaError(
                    message: "cannot resolve \(ref.dynamic ? "$dynamicRef" : "$ref") \"\(ref.written)\" (\(ref.target.fragment.map { $0.hasPrefix("/") ? "no such location" : "no such anchor" } ?? "no such schema"))",
                    location: ref.source.location, pointer: ref.pointer))
                continue
            }
            if ref.dynamic {
                let fragment = ref.target.fragment ?? ""
                let isAnchor = !fragment.isEmpty && !fragment.hasPrefix("/")
                let anchor = isAnchor && nodes[target].dynamicAnchor == fragment ? fragment : nil
                nodes[ref.node].keywords[ref.slot] = .dynamicRef(initial: target, anchor: anchor)
            } else {
                nodes[ref.node].keywords[ref.slot] = .ref(target)
            }
        }
    }

    /// Finds (compiling on demand) the schema a resolved reference points at.
    mutating func lookup(_ uri: URIReference) -> Int? {
        let resourceURI = uri.withoutFragment.description
        let fragment = percentDecoded(uri.fragment ?? "")
        let key = resourceURI + "#" + fragment
        if let hit = targets[key] { return hit }
        if fragment.isEmpty, let hit = targets[resourceURI + "#"] { return hit }
        if resourceRoots[resourceURI] == nil, !loadedDocuments.contains(resourceURI),
           let document = registry.document(for: resourceURI)
        {
            _ = compileDocument(document, base: uri.withoutFragment)
            if let hit = targets[key] ?? (fragment.isEmpty ? targets[resourceURI + "#"] : nil) { return hit }
        }
        // A JSON pointer into a place no keyword treats as a schema: compile it now.
        guard fragment.hasPrefix("/"), let (root, scope) = resourceRoots[resourceURI],
              let node = navigate(root, pointer: fragment)
        else { return nil }
        var inner = scope
        inner.pointers = [(resourceURI, fragment)]
        return compile(node, scope: inner, isDocumentRoot: false)
    }

    func navigate(_ root: JSONNode, pointer: String) -> JSONNode? {
        var node = root
        for token in JSONPointer.tokens(pointer) {
            switch node.kind {
            case .object:
                guard let next = node[token] else { return nil }
                node = next
            case .array:
                guard let position = Int(token), let next = node[position] else { return nil }
                node = next
            default:
                return nil
            }
        }
        return node
    }

    func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let c = utf8.popFirst() {
            if c == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8.removeFirst(2)
            } else {
                bytes.append(c)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func schemaError(_ message: String, _ node: JSONNode, _ pointer: String) {
        errors.append(SchemaError(message: message, location: node.location, pointer: pointer))
    }
}

extension String {
    /// JSON pointer token escaping (RFC 6901).
    var pointerEscaped: String { JSONPointer.escape(self) }
}
