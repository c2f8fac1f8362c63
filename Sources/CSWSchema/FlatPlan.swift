import CSWJSON

/// A quicker `isValid` for the commonest shape: an object whose fields are each a plain
/// scalar check (type, bounds, enum, format, pattern; through $ref) — a line of
/// metrics.jsonl, tasks.jsonl or opportunities.jsonl. The general validator walks such a
/// line as a tree of subschemas, entering each field's subschema and dispatching its
/// keywords one by one; the plan loops over the members once and checks each value
/// against its field's flattened rules. It answers exactly as the validator would
/// (CSWSchemaTests holds them to it on generated lines); any other schema has no plan.
struct FlatPlan: Sendable {
    struct Scalar: Sendable {
        var types: TypeSet?
        var minimum: NumberLimit?
        var maximum: NumberLimit?
        var exclusiveMinimum: NumberLimit?
        var exclusiveMaximum: NumberLimit?
        var enumeration: [[JSONValue]] = []
        var formats: [String] = []
        var patterns: [SchemaRegex] = []
        /// A `false` subschema: no value passes.
        var never = false

        var hasBounds: Bool { minimum != nil || maximum != nil || exclusiveMinimum != nil || exclusiveMaximum != nil }

        func isValid(_ instance: JSONNode) -> Bool {
            if never { return false }
            if let types, !Messages.matches(types, instance) { return false }
            if instance.kind == .number, hasBounds, let d = instance.doubleValue {
                if let c = minimum?.compare(d, instance), c < 0 { return false }
                if let c = maximum?.compare(d, instance), c > 0 { return false }
                if let c = exclusiveMinimum?.compare(d, instance), c <= 0 { return false }
                if let c = exclusiveMaximum?.compare(d, instance), c >= 0 { return false }
            }
            for values in enumeration where !Validator.contains(values, instance) { return false }
            if instance.kind == .string, !formats.isEmpty || !patterns.isEmpty {
                var text: String?
                for name in formats {
                    // a date is checked on the bytes in place; other formats take a String
                    if name == "date" {
                        guard instance.withStringBytes({ FormatChecker.DateTime.isDate(bytes: $0) }) == true else { return false }
                        continue
                    }
                    if text == nil { text = instance.stringValue }
                    if let text, FormatChecker.check(name, text) == false { return false }
                }
                if !patterns.isEmpty, let text = text ?? instance.stringValue {
                    for regex in patterns where !regex.matches(text) { return false }
                }
            }
            return true
        }
    }

    enum Other: Sendable {
        case allowed
        case forbidden
        case scalar(Scalar)
    }

    var types: TypeSet?
    var properties = PropertyTable()
    var scalars: [Scalar] = []
    var other: Other = .allowed
    var required: [String] = []
    var minProperties: Int?
    var maxProperties: Int?

    func isValid(_ instance: JSONNode) -> Bool {
        if let types, !Messages.matches(types, instance) { return false }
        guard instance.kind == .object else { return true }
        if let minProperties, instance.count < minProperties { return false }
        if let maxProperties, instance.count > maxProperties { return false }
        for member in instance.members {
            if let field = member.key.withStringBytes({ properties.lookup($0) }) ?? nil {
                guard scalars[field].isValid(member.value) else { return false }
            } else {
                switch other {
                case .allowed: continue
                case .forbidden: return false
                case .scalar(let rule): guard rule.isValid(member.value) else { return false }
                }
            }
        }
        for name in required where instance[name] == nil { return false }
        return true
    }

    /// The plan of node `s`, when it has the flat shape.
    static func make(_ s: Int, _ nodes: [SchemaNode]) -> FlatPlan? {
        guard nodes[s].constant == nil, !nodes[s].needsAnnotations else { return nil }
        var plan = FlatPlan()
        var sawProperties = false
        for keyword in nodes[s].keywords {
            switch keyword {
            case .type(let set): guard plan.types == nil else { return nil }; plan.types = set
            case .required(let names): plan.required += names
            case .minProperties(let n): plan.minProperties = max(plan.minProperties ?? 0, n)
            case .maxProperties(let n): plan.maxProperties = min(plan.maxProperties ?? Int.max, n)
            case .objectProperties(let rules):
                guard !sawProperties, rules.patterns.isEmpty else { return nil }
                sawProperties = true
                for (name, sub) in rules.properties.all {
                    guard let scalar = scalar(sub, nodes, depth: 0) else { return nil }
                    plan.properties[name] = plan.scalars.count
                    plan.scalars.append(scalar)
                }
                if let additional = rules.additional {
                    if nodes[additional].constant == false {
                        plan.other = .forbidden
                    } else if let scalar = scalar(additional, nodes, depth: 0) {
                        plan.other = .scalar(scalar)
                    } else {
                        return nil
                    }
                }
            default: return nil
            }
        }
        return sawProperties ? plan : nil
    }

    /// The rules of a scalar subschema (following $ref), when it has only scalar keywords.
    static func scalar(_ s: Int, _ nodes: [SchemaNode], depth: Int) -> Scalar? {
        guard depth < 8 else { return nil }
        var rule = Scalar()
        if let constant = nodes[s].constant {
            rule.never = !constant
            return rule
        }
        guard !nodes[s].needsAnnotations else { return nil }
        for keyword in nodes[s].keywords {
            switch keyword {
            case .type(let set): guard rule.types == nil else { return nil }; rule.types = set
            case .minimum(let limit): guard rule.minimum == nil else { return nil }; rule.minimum = limit
            case .maximum(let limit): guard rule.maximum == nil else { return nil }; rule.maximum = limit
            case .exclusiveMinimum(let limit): guard rule.exclusiveMinimum == nil else { return nil }; rule.exclusiveMinimum = limit
            case .exclusiveMaximum(let limit): guard rule.exclusiveMaximum == nil else { return nil }; rule.exclusiveMaximum = limit
            case .enumeration(let values): rule.enumeration.append(values)
            case .format(let name): rule.formats.append(name)
            case .pattern(let regex): rule.patterns.append(regex)
            case .ref(let target):
                guard let inner = scalar(target, nodes, depth: depth + 1) else { return nil }
                guard let merged = rule.merged(with: inner) else { return nil }
                rule = merged
            default: return nil
            }
        }
        return rule
    }
}

extension FlatPlan.Scalar {
    /// Both rules at once; nil when both bound the same side (kept simple: not flattened).
    func merged(with other: FlatPlan.Scalar) -> FlatPlan.Scalar? {
        var out = self
        if let t = other.types {
            guard types == nil else { return nil }  // "number" and "integer" do not intersect as sets do
            out.types = t
        }
        for (mine, theirs) in [(minimum, other.minimum), (maximum, other.maximum), (exclusiveMinimum, other.exclusiveMinimum), (exclusiveMaximum, other.exclusiveMaximum)]
            where mine != nil && theirs != nil { return nil }
        out.minimum = minimum ?? other.minimum
        out.maximum = maximum ?? other.maximum
        out.exclusiveMinimum = exclusiveMinimum ?? other.exclusiveMinimum
        out.exclusiveMaximum = exclusiveMaximum ?? other.exclusiveMaximum
        out.enumeration += other.enumeration
        out.formats += other.formats
        out.patterns += other.patterns
        out.never = never || other.never
        return out
    }
}
