import CSWJSON

/// A schema compiled once, for validating many instances. Subschemas live in one array
/// and refer to each other by index, so recursive schemas ($ref cycles) need no
/// reference cycles. Immutable and `Sendable`: share it across threads.
public struct CompiledSchema: Sendable {
    let nodes: [SchemaNode]
    let resources: [SchemaResource]
    let root: Int
    /// Whether any subschema uses $dynamicRef (only then does validation track the
    /// resources it entered).
    let usesDynamicScope: Bool
    /// The root's flat plan, when it has that shape (FlatPlan): `isValid` uses it.
    let flat: FlatPlan?

    init(nodes: [SchemaNode], resources: [SchemaResource], root: Int) {
        self.nodes = nodes
        self.resources = resources
        self.root = root
        usesDynamicScope = nodes.contains { node in
            node.keywords.contains { if case .dynamicRef = $0 { return true } else { return false } }
        }
        flat = usesDynamicScope ? nil : FlatPlan.make(root, nodes)
    }

    /// `isValid` by the general validator alone (to hold the flat plan to it in tests).
    func isValidGenerally(_ instance: JSONNode) -> Bool {
        var validator = Validator(schema: self, document: instance.document, report: false)
        var none: EvaluatedSet? = nil
        return validator.validate(root, instance, &none)
    }

    /// Whether the root has a flat plan.
    var isFlat: Bool { flat != nil }

    /// Every error in `instance`, in document order of the keywords that found them.
    /// Empty when the instance is valid.
    public func validate(_ instance: JSONNode) -> [ValidationError] {
        var validator = Validator(schema: self, document: instance.document, report: true)
        var none: EvaluatedSet? = nil
        _ = validator.validate(root, instance, &none)
        return validator.errors
    }

    /// Whether `instance` is valid; stops at the first failure and builds no messages.
    public func isValid(_ instance: JSONNode) -> Bool {
        if let flat { return flat.isValid(instance) }
        var validator = Validator(schema: self, document: instance.document, report: false)
        var none: EvaluatedSet? = nil
        return validator.validate(root, instance, &none)
    }

    /// Compiles the schema at `document`'s root. Refs to other documents are looked up in
    /// `registry`. Problems in the schema itself come back as errors with positions.
    public static func compile(
        _ document: JSONDocument, registry: SchemaRegistry = SchemaRegistry(), options: SchemaOptions = SchemaOptions()
    ) -> Result<CompiledSchema, SchemaCompileFailure> {
        var compiler = SchemaCompiler(registry: registry, options: options)
        return compiler.compileRoot(document)
    }
}

/// All problems found while compiling a schema.
public struct SchemaCompileFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [SchemaError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

struct SchemaResource: Sendable {
    let uri: String
    var dynamicAnchors: [String: Int] = [:]
}

/// One compiled (sub)schema.
struct SchemaNode: Sendable {
    /// true / false for boolean schemas (and for objects with no keywords: true).
    var constant: Bool?
    var keywords: [Keyword] = []
    /// Index into `CompiledSchema.resources` of the resource this schema belongs to.
    var resource: Int
    /// Where the schema is: resource URI + "#" + JSON pointer (for error reports).
    var location: String
    /// Whether `unevaluatedProperties`/`unevaluatedItems` is among the keywords.
    var needsAnnotations = false
    var dynamicAnchor: String?
}

/// A type keyword's set of allowed types.
struct TypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1)
    static let boolean = TypeSet(rawValue: 2)
    static let object = TypeSet(rawValue: 4)
    static let array = TypeSet(rawValue: 8)
    static let number = TypeSet(rawValue: 16)
    static let string = TypeSet(rawValue: 32)
    static let integer = TypeSet(rawValue: 64)
}

struct ObjectProperties: Sendable {
    var properties = PropertyTable()
    var patterns: [(SchemaRegex, Int)] = []
    var additional: Int?
}

struct ContainsRule: Sendable {
    var schema: Int
    var min: Int
    var max: Int?
}

/// Compiled keywords. Evaluation follows array order; the compiler puts
/// `unevaluated*` last so they see every other keyword's annotations.
indirect enum Keyword: Sendable {
    case ref(Int)
    case dynamicRef(initial: Int, anchor: String?)
    case type(TypeSet)
    case enumeration([JSONValue])
    case const(JSONValue)
    case objectProperties(ObjectProperties)
    case propertyNames(Int)
    case required([String])
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, Int)])
    case minProperties(Int)
    case maxProperties(Int)
    case items(prefix: [Int], rest: Int?)
    case contains(ContainsRule)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minLength(Int)
    case maxLength(Int)
    case pattern(SchemaRegex)
    case minimum(NumberLimit)
    case maximum(NumberLimit)
    case exclusiveMinimum(NumberLimit)
    case exclusiveMaximum(NumberLimit)
    case multipleOf(JSONNumber)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case ifThenElse(condition: Int, then: Int?, else: Int?)
    case format(String)
    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)
}

/// A bound of minimum/maximum: the exact number and its nearest Double. Comparing Doubles
/// first is exact whenever they differ (rounding to Double is monotonic); only equal
/// Doubles need the exact decimal comparison.
struct NumberLimit: Sendable, CustomStringConvertible {
    let number: JSONNumber
    let double: Double

    init(_ number: JSONNumber) {
        self.number = number
        self.double = number.doubleValue
    }

    var description: String { number.description }

    /// -1, 0 or 1 for instance <, =, > limit; nil when the instance is not a number.
    func compare(_ instance: JSONNode) -> Int? {
        guard let d = instance.doubleValue else { return nil }
        return compare(d, instance)
    }

    /// The same, with the instance's Double already read (a field checked against two bounds).
    func compare(_ d: Double, _ instance: JSONNode) -> Int? {
        if d < double { return -1 }
        if d > double { return 1 }
        guard let n = instance.number else { return nil }
        return n < number ? -1 : (number < n ? 1 : 0)
    }
}

/// Property name → subschema, looked up by the member name's bytes (no String is made
/// for the common case): FNV-1a hashes in an open-addressed table.
struct PropertyTable: Sendable {
    private var entries: [(hash: UInt64, name: [UInt8], schema: Int)] = []
    private var slots: [Int32] = []

    init() {}

    var isEmpty: Bool { entries.isEmpty }

    subscript(name: String) -> Int? {
        get { Array(name.utf8).withUnsafeBufferPointer { lookup($0) } }
        set {
            guard let newValue else { return }
            let bytes = Array(name.utf8)
            if let existing = entries.firstIndex(where: { $0.name == bytes }) {
                entries[existing].schema = newValue
            } else {
                entries.append((Self.hash(bytes.withUnsafeBufferPointer { $0 }), bytes, newValue))
                rebuild()
            }
        }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

    private mutating func rebuild() {
        var size = 8
        while size < entries.count * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (i, entry) in entries.enumerated() {
            var slot = Int(entry.hash & UInt64(size - 1))
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(i)
        }
    }

    /// Every name and its subschema.
    var all: [(String, Int)] { entries.map { (String(decoding: $0.name, as: UTF8.self), $0.schema) } }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let h = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(h & UInt64(mask))
        while true {
            let i = Int(slots[slot])
            if i < 0 { return nil }
            let entry = entries[i]
            if entry.hash == h && entry.name.count == bytes.count && entry.name.elementsEqual(bytes) { return entry.schema }
            slot = (slot + 1) & mask
        }
    }
}
