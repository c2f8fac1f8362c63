import CSWJSON

extension Validator {
    mutating func evaluate(_ keyword: Keyword, _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        switch keyword {
        case .ref(let target):
            return validate(target, instance, &evaluated)
        case .dynamicRef(let initial, let anchor):
            var target = initial
            if let anchor {
                for resource in scope {
                    if let found = schema.resources[resource].dynamicAnchors[anchor] {
                        target = found
                        break
                    }
                }
            }
            return validate(target, instance, &evaluated)
        case .type(let set):
            if Messages.matches(set, instance) { return true }
            fail(s, "type", instance, "expected \(Messages.typeNames(set)), found \(Messages.describe(instance))")
            return false
        case .enumeration(let values):
            if Self.contains(values, instance) { return true }
            fail(s, "enum", instance, "expected one of \(Messages.list(values)), found \(Messages.describe(instance))")
            return false
        case .const(let value):
            if Self.contains([value], instance) { return true }
            fail(s, "const", instance, "expected exactly \(Messages.show(value)), found \(Messages.describe(instance))")
            return false
        case .objectProperties(let rules):
            return evaluateProperties(rules, s, instance, &evaluated)
        case .propertyNames(let names):
            guard instance.kind == .object else { return true }
            var valid = true
            for member in instance.members where !validateChild(names, member.key, .key(member.key)) {
                valid = false
                if !report { break }
            }
            return valid
        case .required(let names):
            guard instance.kind == .object else { return true }
            var valid = true
            for name in names where instance[name] == nil {
                valid = false
                if !report { break }
                fail(s, "required", instance, "missing required field \"\(name)\"")
            }
            return valid
        case .dependentRequired(let rules):
            guard instance.kind == .object else { return true }
            var valid = true
            for (name, needed) in rules where instance[name] != nil {
                for other in needed where instance[other] == nil {
                    valid = false
                    fail(s, "dependentRequired", instance, "field \"\(other)\" is required when \"\(name)\" is present")
                }
            }
            return valid
        case .dependentSchemas(let rules):
            guard instance.kind == .object else { return true }
            var valid = true
            for (name, dependent) in rules where instance[name] != nil && !validate(dependent, instance, &evaluated) {
                valid = false
                if !report { break }
            }
            return valid
        case .minProperties(let n):
            guard instance.kind == .object, instance.count < n else { return true }
            fail(s, "minProperties", instance, "expected at least \(n) field\(n == 1 ? "" : "s"), found \(instance.count)")
            return false
        case .maxProperties(let n):
            guard instance.kind == .object, instance.count > n else { return true }
            fail(s, "maxProperties", instance, "expected at most \(n) field\(n == 1 ? "" : "s"), found \(instance.count)")
            return false
        case .items(let prefix, let rest):
            return evaluateItems(prefix, rest, s, instance, &evaluated)
        case .contains(let rule):
            return evaluateContains(rule, s, instance, &evaluated)
        case .minItems(let n):
            guard instance.kind == .array, instance.count < n else { return true }
            fail(s, "minItems", instance, "expected at least \(n) item\(n == 1 ? "" : "s"), found \(instance.count)")
            return false
        case .maxItems(let n):
            guard instance.kind == .array, instance.count > n else { return true }
            fail(s, "maxItems", instance, "expected at most \(n) item\(n == 1 ? "" : "s"), found \(instance.count)")
            return false
        case .uniqueItems:
            return evaluateUnique(s, instance)
        case .minLength(let n):
            guard instance.kind == .string else { return true }
            let length = Self.length(instance)
            guard length < n else { return true }
            fail(s, "minLength", instance, "expected at least \(n) character\(n == 1 ? "" : "s"), found \(length)")
            return false
        case .maxLength(let n):
            guard instance.kind == .string else { return true }
            let length = Self.length(instance)
            guard length > n else { return true }
            fail(s, "maxLength", instance, "expected at most \(n) character\(n == 1 ? "" : "s"), found \(length) in \(Messages.describe(instance))")
            return false
        case .pattern(let regex):
            guard let text = instance.stringValue, !regex.matches(text) else { return true }
            fail(s, "pattern", instance, "expected text matching the pattern \(regex.source), found \(Messages.describe(instance))")
            return false
        case .minimum(let limit):
            guard let c = limit.compare(instance), c < 0 else { return true }
            fail(s, "minimum", instance, "expected a number ≥ \(limit), found \(instance.rawText)")
            return false
        case .maximum(let limit):
            guard let c = limit.compare(instance), c > 0 else { return true }
            fail(s, "maximum", instance, "expected a number ≤ \(limit), found \(instance.rawText)")
            return false
        case .exclusiveMinimum(let limit):
            guard let c = limit.compare(instance), c <= 0 else { return true }
            fail(s, "exclusiveMinimum", instance, "expected a number > \(limit), found \(instance.rawText)")
            return false
        case .exclusiveMaximum(let limit):
            guard let c = limit.compare(instance), c >= 0 else { return true }
            fail(s, "exclusiveMaximum", instance, "expected a number < \(limit), found \(instance.rawText)")
            return false
        case .multipleOf(let divisor):
            guard let n = instance.number, !n.isMultiple(of: divisor) else { return true }
            fail(s, "multipleOf", instance, "expected a multiple of \(divisor), found \(n)")
            return false
        case .allOf(let list):
            var valid = true
            for sub in list where !validate(sub, instance, &evaluated) {
                valid = false
                if !report { break }
            }
            return valid
        case .anyOf(let list):
            return evaluateAnyOf(list, s, instance, &evaluated)
        case .oneOf(let list):
            return evaluateOneOf(list, s, instance, &evaluated)
        case .not(let sub):
            let matched = quietly { v -> Bool in
                var none: EvaluatedSet? = nil
                return v.validate(sub, instance, &none)
            }
            guard matched else { return true }
            fail(s, "not", instance, "\(Messages.describe(instance)) is not allowed here (it matches a form the schema excludes)")
            return false
        case .ifThenElse(let condition, let then, let otherwise):
            let passed = quietly { v in v.validate(condition, instance, &evaluated) }
            if passed, let then { return validate(then, instance, &evaluated) }
            if !passed, let otherwise { return validate(otherwise, instance, &evaluated) }
            return true
        case .format(let name):
            guard let text = instance.stringValue, FormatChecker.check(name, text) == false else { return true }
            fail(s, "format", instance, "expected \(Messages.formatName(name)), found \(Messages.describe(instance))")
            return false
        case .unevaluatedProperties(let sub):
            guard instance.kind == .object else { return true }
            var valid = true
            for (position, member) in instance.members.enumerated() where evaluated?.contains(position) != true {
                if isFalse(sub) {
                    valid = false
                    fail(s, "unevaluatedProperties", member.value, "unexpected field \"\(member.name)\" (the schema does not allow it here)", at: member.key, extra: .key(member.key))
                    if !report { return false }
                } else if validateChild(sub, member.value, .key(member.key)) {
                    evaluated?.insert(position)
                } else {
                    valid = false
                    if !report { return false }
                }
            }
            return valid
        case .unevaluatedItems(let sub):
            guard instance.kind == .array else { return true }
            var valid = true
            for (position, element) in instance.elements.enumerated() where evaluated?.contains(position) != true {
                if isFalse(sub) {
                    valid = false
                    fail(s, "unevaluatedItems", element, "unexpected item (the schema allows no more items here)", extra: .index(position))
                    if !report { return false }
                } else if validateChild(sub, element, .index(position)) {
                    evaluated?.insert(position)
                } else {
                    valid = false
                    if !report { return false }
                }
            }
            return valid
        }
    }

    static func contains(_ values: [JSONValue], _ instance: JSONNode) -> Bool {
        if instance.kind == .string {
            for case .string(let s) in values where instance.stringEquals(s) { return true }
            return false
        }
        let value = instance.value
        return values.contains(value)
    }

    /// Length in Unicode scalars, as JSON Schema counts it.
    static func length(_ instance: JSONNode) -> Int {
        guard let bytes = instance.stringBytes else { return 0 }
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
