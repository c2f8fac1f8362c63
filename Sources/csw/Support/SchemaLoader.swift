import CSWJSON
import CSWSchema
import Foundation

/// Loads a schema file and the other schemas of its folder (so `$ref: "other.json"` and
/// `$ref` by `$id` work), and compiles it.
enum SchemaLoader {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    struct Loaded {
        let schema: CompiledSchema
        /// file:// URI of the schema's folder and that folder as the user wrote it, so
        /// schema locations print as `schemas/x.json#/…` rather than absolute URIs.
        let folderURI: String
        let folderDisplay: String

        func display(_ location: String) -> String {
            location.hasPrefix(folderURI) ? folderDisplay + location.dropFirst(folderURI.count) : location
        }
    }

    static func load(schemaPath: String, assertFormats: Bool) -> Result<Loaded, Problem> {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(schemaPath) } catch { return .failure(Problem(description: "error: \(error)")) }
        let document: JSONDocument
        switch JSONDocument.parse(bytes) {
        case .success(let d): document = d
        case .failure(let e): return .failure(Problem(description: "error: the schema is not valid JSON:\n\(e.withPath(schemaPath))"))
        }
        var registry = SchemaRegistry()
        let folder = URL(fileURLWithPath: schemaPath).deletingLastPathComponent()
        loadReferencedSiblings(of: document, uri: FileAccess.fileURI(schemaPath), folder: folder, into: &registry)
        let options = SchemaOptions(assertFormats: assertFormats, baseURI: FileAccess.fileURI(schemaPath))
        switch CompiledSchema.compile(document, registry: registry, options: options) {
        case .success(let schema):
            var folderURI = FileAccess.fileURI(folder.path)
            if !folderURI.hasSuffix("/") { folderURI += "/" }
            let display = (schemaPath as NSString).deletingLastPathComponent
            return .success(Loaded(schema: schema, folderURI: folderURI, folderDisplay: display.isEmpty ? "" : display + "/"))
        case .failure(let failure):
            let text = failure.errors.map { e -> String in
                var e = e
                e.path = schemaPath
                return "error: \(e)"
            }.joined(separator: "\n")
            return .failure(Problem(description: text))
        }
    }
}

extension SchemaLoader {
    /// Registers the schema files of `folder` that `document` refers to, directly or through
    /// each other: a `$ref` to `common.schema.json#/…` or to `https://…/common.schema.json`
    /// loads `folder/common.schema.json`. Only referenced files are read.
    static func loadReferencedSiblings(of document: JSONDocument, uri: String, folder: URL, into registry: inout SchemaRegistry) {
        var queue = [(document, uri)]
        var seen: Set<String> = []
        while let (current, _) = queue.popLast() {
            for ref in references(in: current.root) {
                let name = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard let last = name.split(separator: "/").last.map(String.init), last.hasSuffix(".json"), !seen.contains(last) else { continue }
                seen.insert(last)
                let path = folder.appendingPathComponent(last).path
                guard let data = try? FileAccess.read(path),
                      case .success(let sibling) = JSONDocument.parse(data)
                else { continue }
                let siblingURI = FileAccess.fileURI(path)
                registry.add(sibling, uri: siblingURI)
                queue.append((sibling, siblingURI))
            }
        }
    }

    static func references(in node: JSONNode) -> [String] {
        var found: [String] = []
        var stack = [node]
        while let current = stack.popLast() {
            switch current.kind {
            case .object:
                for member in current.members {
                    if (member.name == "$ref" || member.name == "$dynamicRef"), let text = member.value.stringValue {
                        found.append(text)
                    } else {
                        stack.append(member.value)
                    }
                }
            case .array:
                stack.append(contentsOf: current.elements)
            default:
                break
            }
        }
        return found
    }
}

/// The outcome of checking one file.
struct FileReport {
    struct Problem {
        let line: Int
        let column: Int
        let pointer: String
        let schemaPointer: String
        let message: String
        /// Notes point at a related place (the first of two duplicate names); they are
        /// printed after their problem and not counted.
        var notes: [(line: Int, column: Int, message: String)] = []
    }

    let file: String
    var valid: Bool
    var problems: [Problem] = []
    var unreadable: String?

    static func check(_ path: String, against loaded: SchemaLoader.Loaded) -> FileReport {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch {
            return FileReport(file: path, valid: false, problems: [], unreadable: error.description)
        }
        switch JSONDocument.parse(bytes) {
        case .failure(let e):
            let problem = Problem(line: e.location.line, column: e.location.column, pointer: "", schemaPointer: "",
                                  message: "not valid JSON: " + e.message,
                                  notes: e.notes.map { ($0.location.line, $0.location.column, $0.message) })
            return FileReport(file: path, valid: false, problems: [problem])
        case .success(let document):
            let errors = loaded.schema.validate(document.root)
            return FileReport(file: path, valid: errors.isEmpty, problems: errors.map {
                Problem(line: $0.location.line, column: $0.location.column, pointer: $0.pointer,
                        schemaPointer: loaded.display($0.schemaLocation), message: $0.description)
            })
        }
    }

    var json: JSONValue {
        var object = JSONObject()
        object["file"] = .string(file)
        object["valid"] = .bool(valid)
        var errors = problems.map { p -> JSONValue in
            var e = JSONObject()
            e["line"] = .number(JSONNumber(p.line))
            e["column"] = .number(JSONNumber(p.column))
            e["pointer"] = .string(p.pointer)
            e["schema_pointer"] = .string(p.schemaPointer)
            let notes = p.notes.map { " (note: \($0.message), at line \($0.line), column \($0.column))" }.joined()
            e["message"] = .string(p.message + notes)
            return .object(e)
        }
        if let unreadable {
            var e = JSONObject()
            e["line"] = .number(0)
            e["column"] = .number(0)
            e["pointer"] = .string("")
            e["schema_pointer"] = .string("")
            e["message"] = .string(unreadable)
            errors.append(.object(e))
        }
        object["errors"] = .array(errors)
        return .object(object)
    }
}
