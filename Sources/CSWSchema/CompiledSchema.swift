import CSWJSON

/// A schema compiled once, for validating many instances. Subschemas live in one array
/// and refer to each other by index, so recursive schemas ($ref cycles) need no
/// reference cycles. Immutable and `Sendable`: share it across threads.
public struct CompiledSchema: Sendable {
    let nodes: [SchemaNode]
    let resources: [SchemaResource]
    let root: Int

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
    var properties: [String: Int] = [:]
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
enum Keyword: Sendable {
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
    case minimum(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMinimum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
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
