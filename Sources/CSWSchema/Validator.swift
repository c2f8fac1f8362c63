import CSWJSON

/// Evaluates a compiled schema against one instance document.
///
/// With `report` on, every failing keyword adds a `ValidationError` and evaluation goes
/// on to find the rest; with it off (and inside anyOf/oneOf/not/if/contains probes) the
/// first failure ends the evaluation and no message is built.
struct Validator {
    enum PathStep {
        case key(JSONNode)
        case index(Int)
    }

    let schema: CompiledSchema
    let document: JSONDocument
    var report: Bool
    var errors: [ValidationError] = []
    var path: [PathStep] = []
    /// Resources entered so far, outermost first (the dynamic scope for $dynamicRef).
    var scope: [Int] = []

    init(schema: CompiledSchema, document: JSONDocument, report: Bool) {
        self.schema = schema
        self.document = document
        self.report = report
    }

    mutating func validate(_ s: Int, _ instance: JSONNode, _ evaluated: inout EvaluatedSet?) -> Bool {
        // Fields are read one by one: copying the whole node would retain its keyword
        // array and strings at every value of every instance.
        if let constant = schema.nodes[s].constant {
            if !constant { fail(s, "false", instance, "no value is allowed here") }
            return constant
        }
        let entered = schema.usesDynamicScope && scope.last != schema.nodes[s].resource
        if entered { scope.append(schema.nodes[s].resource) }
        defer { if entered { scope.removeLast() } }

        var local: EvaluatedSet? = (evaluated != nil || schema.nodes[s].needsAnnotations) ? EvaluatedSet(count: instance.count) : nil
        var valid = true
        let keywords = schema.nodes[s].keywords
        for k in keywords.indices where !evaluate(keywords[k], s, instance, &local) {
            valid = false
            if !report { break }
        }
        if valid, evaluated != nil, let local { evaluated!.formUnion(local) }
        return valid
    }

    /// Runs `body` with reporting off, restoring it afterwards.
    mutating func quietly<T>(_ body: (inout Validator) -> T) -> T {
        let saved = report
        report = false
        defer { report = saved }
        return body(&self)
    }

    mutating func validateChild(_ s: Int, _ child: JSONNode, _ step: @autoclosure () -> PathStep) -> Bool {
        var none: EvaluatedSet? = nil
        // The path only names where an error is; a quiet run builds no errors.
        guard report else { return validate(s, child, &none) }
        path.append(step())
        defer { path.removeLast() }
        return validate(s, child, &none)
    }

    func isFalse(_ s: Int) -> Bool { schema.nodes[s].constant == false }

    // MARK: Reporting

    var pointer: String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += "/" + (key.stringValue ?? "").pointerEscaped
            case .index(let n): text += "/\(n)"
            }
        }
        return text
    }

    mutating func fail(_ s: Int, _ keyword: String, _ instance: JSONNode, _ message: @autoclosure () -> String, at place: JSONNode? = nil, extra: PathStep? = nil) {
        guard report else { return }
        if let extra { path.append(extra) }
        let error = ValidationError(
            pointer: pointer, location: (place ?? instance).location,
            schemaLocation: schema.nodes[s].location + (schema.nodes[s].location.hasSuffix("#") ? "" : "") + "/" + keyword,
            keyword: keyword, message: message())
        if extra != nil { path.removeLast() }
        errors.append(error)
    }
}
