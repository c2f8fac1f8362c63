import CSWJSON

/// Compiling one schema object: identifiers first, then keywords in evaluation order.
extension SchemaCompiler {
    mutating func compile(_ json: JSONNode, scope outer: Scope, isDocumentRoot: Bool) -> Int {
        let key = NodeKey(document: ObjectIdentifier(json.document), index: json.index)
        if let done = memo[key] { return done }
        var scope = outer
        let pointer = scope.pointers.last?.pointer ?? ""
        let index = nodes.count
        memo[key] = index
        nodes.append(SchemaNode(constant: true, resource: scope.resource, location: "\(scope.pointers.last?.uri ?? "")#\(pointer)"))

        if let constant = json.boolValue {
            nodes[index].constant = constant
            register(index, scope)
            return index
        }
        guard json.kind == .object else {
            schemaError("a schema must be an object or true/false, found \(json.kind)", json, pointer)
            return index
        }

        // Identifiers.
        if let id = json["$id"]?.stringValue {
            if let ref = URIReference(id) {
                let resolved = ref.resolved(against: scope.base).withoutFragment
                let uri = resolved.description
                if isDocumentRoot {
                    resources[scope.resource] = SchemaResource(uri: uri)
                } else {
                    resources.append(SchemaResource(uri: uri))
                    scope.resource = resources.count - 1
                }
                scope.base = resolved
                scope.pointers.append((uri, ""))
                resourceRoots[uri] = (json, scope)
                nodes[index].resource = scope.resource
                nodes[index].location = uri + "#"
            } else {
                schemaError("$id \"\(id)\" is not a valid URI reference", json["$id"]!, pointer + "/$id")
            }
        }
        if isDocumentRoot || json["$id"] != nil, let meta = json["$schema"]?.stringValue {
            applyMetaSchema(meta, &scope)
        }
        register(index, scope)
        let base = scope.base.description
        if let anchor = json["$anchor"]?.stringValue {
            targets[base + "#" + anchor] = index
        }
        if let anchor = json["$dynamicAnchor"]?.stringValue {
            targets[base + "#" + anchor] = index
            nodes[index].dynamicAnchor = anchor
            if resources[scope.resource].dynamicAnchors[anchor] == nil {
                resources[scope.resource].dynamicAnchors[anchor] = index
            }
        }

        var keywords: [Keyword] = []
        var refs: [(slot: Int, target: URIReference, dynamic: Bool, source: JSONNode, pointer: String)] = []
        let v = scope.vocabulary

        func sub(_ child: JSONNode, _ path: String, _ compiler: inout SchemaCompiler) -> Int {
            var inner = scope
            inner.pointers = scope.pointers.map { ($0.uri, $0.pointer + path) }
            return compiler.compile(child, scope: inner, isDocumentRoot: false)
        }

        // Definitions are not evaluated, but compiling them registers their ids, anchors
        // and locations so references can reach them.
        for container in ["$defs", "definitions"] {
            guard let defs = json[container], defs.kind == .object else { continue }
            for member in defs.members {
                _ = sub(member.value, "/\(container)/" + member.name.pointerEscaped, &self)
            }
        }

        for keyword in ["$ref", "$dynamicRef"] {
            guard let value = json[keyword] else { continue }
            guard let text = value.stringValue, let ref = URIReference(text) else {
                schemaError("\(keyword) must be a URI reference string", value, pointer + "/" + keyword)
                continue
            }
            refs.append((keywords.count, ref.resolved(against: scope.base), keyword == "$dynamicRef", value, pointer + "/" + keyword))
            keywords.append(.ref(-1))
        }

        if v.validation {
            if let t = json["type"] {
                if let set = typeSet(t) { keywords.append(.type(set)) } else {
                    schemaError("type must be a type name or an array of them (null, boolean, object, array, number, string, integer)", t, pointer + "/type")
                }
            }
            if let e = json["enum"] {
                if e.kind == .array { keywords.append(.enumeration(e.elements.map(\.value))) } else {
                    schemaError("enum must be an array", e, pointer + "/enum")
                }
            }
            if let c = json["const"] { keywords.append(.const(c.value)) }
        }

        if v.applicator {
            var object = ObjectProperties()
            var hasObject = false
            if let props = json["properties"], props.kind == .object {
                hasObject = true
                for member in props.members {
                    object.properties[member.name] = sub(member.value, "/properties/" + member.name.pointerEscaped, &self)
                }
            }
            if let patterns = json["patternProperties"], patterns.kind == .object {
                hasObject = true
                for member in patterns.members {
                    let compiled = sub(member.value, "/patternProperties/" + member.name.pointerEscaped, &self)
                    if let regex = SchemaRegex(member.name) { object.patterns.append((regex, compiled)) } else {
                        schemaError("patternProperties: \"\(member.name)\" is not a valid regular expression", member.key, pointer + "/patternProperties")
                    }
                }
            }
            if let additional = json["additionalProperties"] {
                hasObject = true
                object.additional = sub(additional, "/additionalProperties", &self)
            }
            if hasObject { keywords.append(.objectProperties(object)) }
            if let names = json["propertyNames"] { keywords.append(.propertyNames(sub(names, "/propertyNames", &self))) }
            // Draft 2019-09's `dependencies` (schema form), still common in the wild.
            if let deps = json["dependencies"], deps.kind == .object {
                let schemas = deps.members.filter { $0.value.kind != .array }
                if !schemas.isEmpty {
                    keywords.append(.dependentSchemas(schemas.map { ($0.name, sub($0.value, "/dependencies/" + $0.name.pointerEscaped, &self)) }))
                }
            }
            if let deps = json["dependentSchemas"], deps.kind == .object {
                keywords.append(.dependentSchemas(deps.members.map { ($0.name, sub($0.value, "/dependentSchemas/" + $0.name.pointerEscaped, &self)) }))
            }
            var prefix: [Int] = []
            var rest: Int?
            if v.legacyItems, let tuple = json["items"], tuple.kind == .array {
                prefix = tuple.elements.enumerated().map { sub($0.element, "/items/\($0.offset)", &self) }
                rest = json["additionalItems"].map { sub($0, "/additionalItems", &self) }
            } else {
                if !v.legacyItems, let p = json["prefixItems"], p.kind == .array {
                    prefix = p.elements.enumerated().map { sub($0.element, "/prefixItems/\($0.offset)", &self) }
                }
                rest = json["items"].map { sub($0, "/items", &self) }
            }
            if !prefix.isEmpty || rest != nil { keywords.append(.items(prefix: prefix, rest: rest)) }
            if let c = json["contains"] {
                let schema = sub(c, "/contains", &self)
                let min = v.validation ? (json["minContains"]?.number?.intValue ?? 1) : 1
                let max = v.validation ? json["maxContains"]?.number?.intValue : nil
                keywords.append(.contains(ContainsRule(schema: schema, min: min, max: max)))
            }
            for (name, make) in [("allOf", Keyword.allOf), ("anyOf", Keyword.anyOf), ("oneOf", Keyword.oneOf)] as [(String, ([Int]) -> Keyword)] {
                guard let list = json[name] else { continue }
                guard list.kind == .array, list.count > 0 else {
                    schemaError("\(name) must be a non-empty array of schemas", list, pointer + "/" + name)
                    continue
                }
                keywords.append(make(list.elements.enumerated().map { sub($0.element, "/\(name)/\($0.offset)", &self) }))
            }
            if let n = json["not"] { keywords.append(.not(sub(n, "/not", &self))) }
            // then/else are compiled even without `if` so references can reach them.
            let t = json["then"].map { sub($0, "/then", &self) }
            let e = json["else"].map { sub($0, "/else", &self) }
            if let condition = json["if"] {
                keywords.append(.ifThenElse(condition: sub(condition, "/if", &self), then: t, else: e))
            }
        }

        if v.validation {
            compileValidationKeywords(json, pointer, &keywords)
        }
        if let f = json["format"]?.stringValue, v.assertFormats { keywords.append(.format(f)) }

        if let u = json["unevaluatedProperties"] {
            keywords.append(.unevaluatedProperties(sub(u, "/unevaluatedProperties", &self)))
            nodes[index].needsAnnotations = true
        }
        if let u = json["unevaluatedItems"] {
            keywords.append(.unevaluatedItems(sub(u, "/unevaluatedItems", &self)))
            nodes[index].needsAnnotations = true
        }

        nodes[index].keywords = keywords
        nodes[index].constant = keywords.isEmpty ? true : nil
        for r in refs {
            pending.append(PendingRef(node: index, slot: r.slot, target: r.target, dynamic: r.dynamic, source: r.source, pointer: r.pointer, written: r.source.stringValue ?? ""))
        }
        return index
    }

    mutating func register(_ index: Int, _ scope: Scope) {
        for (uri, pointer) in scope.pointers where targets[uri + "#" + pointer] == nil {
            targets[uri + "#" + pointer] = index
        }
    }

    mutating func applyMetaSchema(_ meta: String, _ scope: inout Scope) {
        guard let ref = URIReference(meta) else { return }
        let uri = ref.resolved(against: scope.base).withoutFragment.description
        let historic = ["https://json-schema.org/draft/2019-09/schema", "http://json-schema.org/draft-07/schema",
                        "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-04/schema"]
        scope.vocabulary.legacyItems = historic.contains(uri)
        if scope.vocabulary.legacyItems { return }
        guard let document = registry.document(for: uri), let vocabulary = document.root["$vocabulary"],
              vocabulary.kind == .object
        else { return }
        let names = Set(vocabulary.members.map(\.name))
        let prefix = "https://json-schema.org/draft/2020-12/vocab/"
        scope.vocabulary.validation = names.contains(prefix + "validation")
        scope.vocabulary.applicator = names.contains(prefix + "applicator")
        if names.contains(prefix + "format-assertion") { scope.vocabulary.assertFormats = true }
    }

    func typeSet(_ node: JSONNode) -> TypeSet? {
        func one(_ name: String?) -> TypeSet? {
            switch name {
            case "null": return .null
            case "boolean": return .boolean
            case "object": return .object
            case "array": return .array
            case "number": return .number
            case "string": return .string
            case "integer": return .integer
            default: return nil
            }
        }
        if node.kind == .string { return one(node.stringValue) }
        guard node.kind == .array else { return nil }
        var set: TypeSet = []
        for element in node.elements {
            guard let t = one(element.stringValue) else { return nil }
            set.insert(t)
        }
        return set
    }

    mutating func compileValidationKeywords(_ json: JSONNode, _ pointer: String, _ keywords: inout [Keyword]) {
        func count(_ name: String) -> Int? {
            guard let value = json[name] else { return nil }
            guard let n = value.number, n.isInteger, let i = n.intValue, i >= 0 else {
                schemaError("\(name) must be a whole number ≥ 0", value, pointer + "/" + name)
                return nil
            }
            return i
        }
        func number(_ name: String) -> JSONNumber? {
            guard let value = json[name] else { return nil }
            guard let n = value.number else {
                schemaError("\(name) must be a number", value, pointer + "/" + name)
                return nil
            }
            return n
        }
        if let r = json["required"] {
            if r.kind == .array, r.elements.allSatisfy({ $0.kind == .string }) {
                keywords.append(.required(r.elements.map { $0.stringValue! }))
            } else {
                schemaError("required must be an array of property names", r, pointer + "/required")
            }
        }
        if let d = json["dependencies"], d.kind == .object {
            let lists = d.members.filter { $0.value.kind == .array }
            if !lists.isEmpty { keywords.append(.dependentRequired(lists.map { ($0.name, $0.value.elements.compactMap(\.stringValue)) })) }
        }
        if let d = json["dependentRequired"], d.kind == .object {
            keywords.append(.dependentRequired(d.members.map { ($0.name, $0.value.elements.compactMap(\.stringValue)) }))
        }
        if let n = count("minProperties") { keywords.append(.minProperties(n)) }
        if let n = count("maxProperties") { keywords.append(.maxProperties(n)) }
        if let n = count("minItems") { keywords.append(.minItems(n)) }
        if let n = count("maxItems") { keywords.append(.maxItems(n)) }
        if json["uniqueItems"]?.boolValue == true { keywords.append(.uniqueItems) }
        if let n = count("minLength") { keywords.append(.minLength(n)) }
        if let n = count("maxLength") { keywords.append(.maxLength(n)) }
        if let p = json["pattern"] {
            if let text = p.stringValue, let regex = SchemaRegex(text) { keywords.append(.pattern(regex)) } else {
                schemaError("pattern must be a valid regular expression", p, pointer + "/pattern")
            }
        }
        if let n = number("minimum") { keywords.append(.minimum(NumberLimit(n))) }
        if let n = number("maximum") { keywords.append(.maximum(NumberLimit(n))) }
        if let n = number("exclusiveMinimum") { keywords.append(.exclusiveMinimum(NumberLimit(n))) }
        if let n = number("exclusiveMaximum") { keywords.append(.exclusiveMaximum(NumberLimit(n))) }
        if let n = number("multipleOf") {
            if n > JSONNumber(0) { keywords.append(.multipleOf(n)) } else {
                schemaError("multipleOf must be greater than 0", json["multipleOf"]!, pointer + "/multipleOf")
            }
        }
    }
}
