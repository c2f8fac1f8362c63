import CSWJSON
import CSWSchema

/// feedback/, reviews/ and notes/: Markdown files whose front matter matches its schema.
enum NoteChecks {
    /// "feedback/x.md" → .feedback; nil for anything else.
    static func kind(of path: String) -> NoteKind? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].hasSuffix(".md"), parts[1].count > 3 else { return nil }
        return NoteKind(rawValue: String(parts[0]))
    }

    static func load(_ bytes: [UInt8], kind: NoteKind, path: String, schemas: WorkspaceSchemas, into diagnostics: inout [Diagnostic]) -> LoadedCustomer.Note? {
        let schema: CompiledSchema
        switch kind {
        case .feedback: schema = schemas.feedback
        case .reviews: schema = schemas.review
        case .notes: schema = schemas.note
        }
        return checkFrontMatter(bytes, path: path, schema: schema, code: kind.code, into: &diagnostics).map {
            LoadedCustomer.Note(kind: kind, path: path, frontMatter: $0)
        }
    }

    /// A Markdown file with YAML front matter checked against `schema` (notes, playbooks).
    static func checkFrontMatter(_ bytes: [UInt8], path: String, schema: CompiledSchema, code: DiagnosticCode,
                                 into diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(Diagnostic(.notUTF8, path, "the note is not UTF-8 text", notes: ["save it as UTF-8 in your editor"]))
            return nil
        }
        let frontMatter: FrontMatter
        switch FrontMatter.parse(text) {
        case .failure(.missing(let message)):
            diagnostics.append(Diagnostic(.missingFrontMatter, path, message, notes: ["see docs/FORMAT.md, Feedback, reviews and notes"]))
            return nil
        case .failure(.invalid(let message, let location)):
            diagnostics.append(Diagnostic(.invalidYAML, path, at: location, message))
            return nil
        case .failure(.anchorOrAlias(let message, let location)):
            diagnostics.append(Diagnostic(.invalidYAML, path, at: location, message, notes: [FrontMatter.anchorNote]))
            return nil
        case .success(let f):
            frontMatter = f
        }
        let document = try! JSONDocument.parse(JSONWriter().bytes(frontMatter.value)).get()
        for error in schema.validate(document.root) {
            let location = frontMatter.location(of: error.pointer)
            let message = error.keyword == "additionalProperties"
                ? "unexpected front matter field \"\(error.pointer.dropFirst())\""
                : error.description
            diagnostics.append(Diagnostic(code, path, at: location, message, notes: SchemaDiagnostics.advice(for: error)))
        }
        return frontMatter
    }
}
