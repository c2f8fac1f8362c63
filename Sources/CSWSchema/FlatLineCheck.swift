import CSWJSON

/// `isValid` straight from the bytes of a line that `FlatObjectLine` read, for a schema
/// with a flat plan: no document, no tree, no String per key. It answers true only when
/// the full validator would also find the line valid; when the line fails, or the bytes
/// alone cannot settle it (an unknown member, a duplicate key, a number too long to read
/// exactly, an enum), it answers false and the caller validates the line in full, which
/// also builds the messages. CSWSchemaTests hold it to the validator on generated lines.
public struct FlatLineCheck: Sendable {
    let plan: FlatPlan
    let requiredFields: [Int]
    /// Each field's rule as plain values (no references: reading one copies no arrays).
    let rules: [Rule]

    struct Rule {
        /// 0: any type.
        var types: UInt8 = 0
        var never = false
        /// An enum, a format other than date or a pattern: the full rule decides.
        var general = false
        var date = false
        var bounded = false
        var minimum = -Double.infinity, maximum = Double.infinity
        var exclusiveMinimum = -Double.infinity, exclusiveMaximum = Double.infinity

        init(_ scalar: FlatPlan.Scalar) {
            types = scalar.types?.rawValue ?? 0
            never = scalar.never
            general = !scalar.enumeration.isEmpty || !scalar.patterns.isEmpty || scalar.formats.contains { $0 != "date" }
            date = scalar.formats.contains("date")
            bounded = scalar.hasBounds
            if let limit = scalar.minimum { minimum = limit.double }
            if let limit = scalar.maximum { maximum = limit.double }
            if let limit = scalar.exclusiveMinimum { exclusiveMinimum = limit.double }
            if let limit = scalar.exclusiveMaximum { exclusiveMaximum = limit.double }
        }
    }

    /// What one file's lines share: the previous line's keys (a JSON Lines file repeats
    /// its keys in the same order, so most are matched by one comparison with the key at
    /// the same place) and which fields the current line has. One memo per buffer: it
    /// keeps offsets into it.
    public struct Memo {
        var keys: [(start: Int, end: Int, field: Int)] = []
        var stamps: [Int] = []
        var line = 0
        /// The field of each member of the line last checked (valid after `passes`).
        public internal(set) var fields: [Int] = []
        /// Bit k: member k's key is the previous line's key k, byte for byte (the first 64).
        public internal(set) var sameKeys: UInt64 = 0

        public init() {}
    }

    /// nil when the schema has no flat plan, or one no object line could pass in place.
    public init?(_ schema: CompiledSchema) {
        guard let plan = schema.flat else { return nil }
        if let types = plan.types, !types.contains(.object) { return nil }
        var required: [Int] = []
        for name in plan.required {
            guard let field = plan.properties[name] else { return nil }
            required.append(field)
        }
        self.plan = plan
        self.requiredFields = required
        self.rules = plan.scalars.map(Rule.init)
    }

    /// The field number of a declared property (as `Memo.fields` gives it).
    public func field(named name: String) -> Int? {
        plan.properties[name]
    }

    /// Whether the line whose members are `members` (in `b`) is certainly valid.
    public func passes(_ b: UnsafeBufferPointer<UInt8>, _ members: [FlatObjectLine.Member], memo: inout Memo) -> Bool {
        if let min = plan.minProperties, members.count < min { return false }
        if let max = plan.maxProperties, members.count > max { return false }
        if memo.stamps.count != plan.scalars.count { memo.stamps = Array(repeating: 0, count: plan.scalars.count) }
        memo.line += 1
        memo.fields.removeAll(keepingCapacity: true)
        memo.sameKeys = 0
        for (k, m) in members.enumerated() {
            var field = -1
            if k < memo.keys.count {
                let previous = memo.keys[k]
                if FlatObjectLine.equal(b, previous.start, previous.end, m.keyStart, m.keyEnd) {
                    field = previous.field
                    if k < 64 { memo.sameKeys |= 1 << UInt64(k) }
                }
            }
            if field < 0 {
                guard let found = plan.properties.lookup(UnsafeBufferPointer(rebasing: b[m.keyStart..<m.keyEnd])) else {
                    return false  // not declared: the full validator applies additionalProperties
                }
                field = found
            }
            // the key at this place for the next line to compare with
            let key = (start: m.keyStart, end: m.keyEnd, field: field)
            if k < memo.keys.count { memo.keys[k] = key } else { memo.keys.append(key) }
            guard memo.stamps[field] != memo.line else { return false }  // a duplicate key: the parser refuses it
            memo.stamps[field] = memo.line
            memo.fields.append(field)
            guard passes(field, b, m) else { return false }
        }
        for field in requiredFields where memo.stamps[field] != memo.line { return false }
        return true
    }

    func passes(_ field: Int, _ b: UnsafeBufferPointer<UInt8>, _ m: FlatObjectLine.Member) -> Bool {
        let rule = rules[field]
        if rule.never { return false }
        if rule.types != 0 {
            let types = TypeSet(rawValue: rule.types)
            switch m.kind {
            case .string: guard types.contains(.string) else { return false }
            case .integer: guard types.contains(.number) || types.contains(.integer) else { return false }
            case .number: guard types.contains(.number) else { return false }  // 4.0 as an integer: the validator decides
            case .bool: guard types.contains(.boolean) else { return false }
            case .null: guard types.contains(.null) else { return false }
            }
        }
        if rule.bounded, m.kind == .integer || m.kind == .number {
            guard let d = FlatObjectLine.double(b, from: m.valueStart, to: m.valueEnd) else { return false }
            // strictly inside every bound; a value at a bound is compared exactly
            if !(d > rule.minimum && d < rule.maximum && d > rule.exclusiveMinimum && d < rule.exclusiveMaximum) {
                guard boundsHold(plan.scalars[field], d, b, m) else { return false }
            }
        }
        if m.kind == .string {
            if rule.general { return generalStringRule(plan.scalars[field], b, m) }
            if rule.date { return FormatChecker.isDate(bytes: UnsafeBufferPointer(rebasing: b[m.valueStart..<m.valueEnd])) }
        } else if rule.general {
            return plan.scalars[field].enumeration.isEmpty
        }
        return true
    }

    func boundsHold(_ rule: FlatPlan.Scalar, _ d: Double, _ b: UnsafeBufferPointer<UInt8>, _ m: FlatObjectLine.Member) -> Bool {
        if let limit = rule.minimum { guard let c = Self.compare(d, b, m, limit), c >= 0 else { return false } }
        if let limit = rule.maximum { guard let c = Self.compare(d, b, m, limit), c <= 0 else { return false } }
        if let limit = rule.exclusiveMinimum { guard let c = Self.compare(d, b, m, limit), c > 0 else { return false } }
        if let limit = rule.exclusiveMaximum { guard let c = Self.compare(d, b, m, limit), c < 0 else { return false } }
        return true
    }

    /// Formats and patterns of a string, as FlatPlan.Scalar checks them; an enum is left
    /// to the validator.
    func generalStringRule(_ rule: FlatPlan.Scalar, _ b: UnsafeBufferPointer<UInt8>, _ m: FlatObjectLine.Member) -> Bool {
        if !rule.enumeration.isEmpty { return false }
        let bytes = UnsafeBufferPointer(rebasing: b[m.valueStart..<m.valueEnd])
        let text = String(decoding: bytes, as: UTF8.self)
        for name in rule.formats {
            if name == "date" {
                guard FormatChecker.isDate(bytes: bytes) else { return false }
            } else if FormatChecker.check(name, text) == false {
                return false
            }
        }
        for regex in rule.patterns where !regex.matches(text) { return false }
        return true
    }

    /// -1, 0 or 1 as the literal is below, at or above the limit; exact, as `NumberLimit`.
    static func compare(_ d: Double, _ b: UnsafeBufferPointer<UInt8>, _ m: FlatObjectLine.Member, _ limit: NumberLimit) -> Int? {
        if d < limit.double { return -1 }
        if d > limit.double { return 1 }
        guard let n = JSONNumber(String(decoding: UnsafeBufferPointer(rebasing: b[m.valueStart..<m.valueEnd]), as: UTF8.self)) else { return nil }
        return n < limit.number ? -1 : (limit.number < n ? 1 : 0)
    }
}
