import CSWJSON

extension Validator {
    mutating func evaluateProperties(_ rules: ObjectProperties, _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        guard instance.kind == .object else { return true }
        var valid = true
        for (position, member) in instance.members.enumerated() {
            var matched = false
            if let sub = member.key.withStringBytes({ rules.properties.lookup($0) }) ?? nil {
                matched = true
                if !validateChild(sub, member.value, .key(member.key)) {
                    valid = false
                    if !report { return false }
                }
            }
            let name = rules.patterns.isEmpty ? "" : member.name
            for (regex, sub) in rules.patterns where regex.matches(name) {
                matched = true
                if !validateChild(sub, member.value, .key(member.key)) {
                    valid = false
                    if !report { return false }
                }
            }
            if !matched, let sub = rules.additional {
                matched = true
                if isFalse(sub) {
                    valid = false
                    fail(s, "additionalProperties", member.value, "unexpected field \"\(member.name)\" (not one the schema allows; check the spelling)", at: member.key, extra: .key(member.key))
                    if !report { return false }
                } else if !validateChild(sub, member.value, .key(member.key)) {
                    valid = false
                    if !report { return false }
                }
            }
            if matched { evaluated?.insert(position) }
        }
        return valid
    }

    mutating func evaluateItems(_ prefix: [Int], _ rest: Int?, _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        guard instance.kind == .array else { return true }
        var valid = true
        for (position, element) in instance.elements.enumerated() {
            let sub: Int
            if position < prefix.count {
                sub = prefix[position]
            } else if let rest {
                sub = rest
                if isFalse(rest) {
                    fail(s, "items", instance, "expected at most \(prefix.count) item\(prefix.count == 1 ? "" : "s"), found \(instance.count)")
                    return false
                }
            } else {
                break
            }
            if validateChild(sub, element, .index(position)) {
                evaluated?.insert(position)
            } else {
                valid = false
                if !report { return false }
            }
        }
        return valid
    }

    mutating func evaluateContains(_ rule: ContainsRule, _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        guard instance.kind == .array else { return true }
        var matches = 0
        let mustCountAll = evaluated != nil || rule.max != nil
        for (position, element) in instance.elements.enumerated() {
            let ok = quietly { v in v.validateChild(rule.schema, element, .index(position)) }
            if ok {
                matches += 1
                evaluated?.insert(position)
                if !mustCountAll && matches >= rule.min { return true }
            }
        }
        if matches < rule.min {
            fail(s, "contains", instance, rule.min == 1
                ? "expected at least one item of the required form, found none"
                : "expected at least \(rule.min) items of the required form, found \(matches)")
            return false
        }
        if let max = rule.max, matches > max {
            fail(s, "maxContains", instance, "expected at most \(max) items of the given form, found \(matches)")
            return false
        }
        return true
    }

    mutating func evaluateUnique(_ s: Int, _ instance: JSONNode) -> Bool {
        guard instance.kind == .array, instance.count > 1 else { return true }
        var seen: [JSONValue: Int] = [:]
        for (position, element) in instance.elements.enumerated() {
            let value = element.value
            if let first = seen[value] {
                fail(s, "uniqueItems", instance, "items [\(first)] and [\(position)] are the same; each item must appear once")
                return false
            }
            seen[value] = position
        }
        return true
    }

    mutating func evaluateAnyOf(_ list: [Int], _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        var any = false
        for sub in list {
            if quietly({ v in v.validate(sub, instance, &evaluated) }) {
                any = true
                if evaluated == nil { return true }
            }
        }
        if any { return true }
        reportNoBranch("anyOf", list, s, instance)
        return false
    }

    mutating func evaluateOneOf(_ list: [Int], _ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        var matched: [Int] = []
        for (n, sub) in list.enumerated() {
            if quietly({ v in v.validate(sub, instance, &evaluated) }) {
                matched.append(n)
                if matched.count > 1 && !report { return false }
            }
        }
        if matched.count == 1 { return true }
        if matched.isEmpty {
            reportNoBranch("oneOf", list, s, instance)
        } else {
            fail(s, "oneOf", instance, "matches more than one of the allowed forms (\(matched.map { "#\($0 + 1)" }.joined(separator: " and "))); it must match exactly one")
        }
        return false
    }

    /// Explains a failed anyOf/oneOf: the alternatives' types when that is all that
    /// differs, otherwise the errors of the closest alternative.
    mutating func reportNoBranch(_ keyword: String, _ list: [Int], _ s: Int, _ instance: JSONNode) {
        guard report else { return }
        var attempts: [[ValidationError]] = []
        for sub in list {
            let mark = errors.count
            var none: EvaluatedSet? = nil
            _ = validate(sub, instance, &none)
            attempts.append(Array(errors[mark...]))
            errors.removeSubrange(mark...)
        }
        let here = pointer
        if attempts.allSatisfy({ $0.count == 1 && $0[0].keyword == "type" && $0[0].pointer == here }) {
            let wanted = attempts.map { $0[0].message.between("expected ", ", found") }.joined(separator: " or ")
            fail(s, keyword, instance, "expected \(wanted), found \(Messages.describe(instance))")
            return
        }
        guard let best = attempts.filter({ !$0.isEmpty }).min(by: { $0.count < $1.count }) else {
            fail(s, keyword, instance, "does not match any of the \(list.count) allowed forms")
            return
        }
        let closest = best.map(\.description).joined(separator: "; ")
        fail(s, keyword, instance, "does not match any of the \(list.count) allowed forms; the closest one needs: \(closest)")
    }
}

extension String {
    func between(_ start: String, _ end: String) -> String {
        guard let a = firstRange(of: start) else { return self }
        let rest = self[a.upperBound...]
        guard let b = rest.firstRange(of: end) else { return String(rest) }
        return String(rest[..<b.lowerBound])
    }
}
