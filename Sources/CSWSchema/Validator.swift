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
        let node = schema.nodes[s]
        if let constant = node.constant {
            if !constant { fail(s, "false", instance, "no value is allowed here") }
            return constant
        }
        let entered = scope.last != node.resource
        if entered { scope.append(node.resource) }
        defer { if entered { scope.removeLast() } }

        var local: EvaluatedSet? = (evaluated != nil || node.needsAnnotations) ? EvaluatedSet(count: instance.count) : nil
        var valid = true
        for keyword in node.keywords where !evaluate(keyword, s, instance, &local) {
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

    mutating func validateChild(_ s: Int, _ child: JSONNode, _ step: PathStep) -> Bool {
        path.append(step)
        defer { path.removeLast() }
        var none: EvaluatedSet? = nil
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
