import CSWJSON
import Foundation
import Testing
@testable import CSWSchema

/// Runs the official JSON-Schema-Test-Suite (draft 2020-12) through the validator.
///
/// Every case must pass except those in `skips`, each with its reason. The optional
/// format files run with format assertion on, as the suite's README asks.
@Suite struct ConformanceTests {
    /// "file|group description|test description" (test description "*" = the whole group).
    static let skips: [String: String] = [:]

    struct Tally {
        var passed = 0, failed = 0, skipped = 0
        var failures: [String] = []
        var skipNotes: Set<String> = []
    }

    static func registry() throws -> SchemaRegistry {
        var registry = SchemaRegistry()
        let root = TestData.suiteRoot
        let remotes = root.appendingPathComponent("remotes")
        for file in TestData.files(under: remotes) {
            let relative = String(file.path.dropFirst(remotes.path.count + 1))
            let document = try JSONDocument.parse(try TestData.bytes(file)).get()
            registry.add(document, uri: "http://localhost:1234/" + relative)
        }
        let meta = root.appendingPathComponent("metaschema/draft2020-12")
        registry.add(try JSONDocument.parse(try TestData.bytes(meta.appendingPathComponent("schema.json"))).get(),
                     uri: "https://json-schema.org/draft/2020-12/schema")
        for file in TestData.files(under: meta.appendingPathComponent("meta")) {
            let name = file.deletingPathExtension().lastPathComponent
            registry.add(try JSONDocument.parse(try TestData.bytes(file)).get(),
                         uri: "https://json-schema.org/draft/2020-12/meta/" + name)
        }
        return registry
    }

    static func run(files: [URL], assertFormats: Bool, label: String, registry: SchemaRegistry) throws -> Tally {
        var tally = Tally()
        let base = TestData.suiteRoot.appendingPathComponent("tests/draft2020-12").path
        for file in files {
            let name = String(file.path.dropFirst(base.count + 1))
            let document = try JSONDocument.parse(try TestData.bytes(file)).get()
            for group in document.root.elements {
                let groupName = group["description"]?.stringValue ?? "?"
                // Each group's schema is its own document, so positions and ids are the group's.
                let schemaDocument = try JSONDocument.parse(JSONWriter().bytes(group["schema"]!.value)).get()
                let compiled = CompiledSchema.compile(schemaDocument, registry: registry, options: SchemaOptions(assertFormats: assertFormats))
                for test in group["tests"]!.elements {
                    let testName = test["description"]?.stringValue ?? "?"
                    let id = "\(name)|\(groupName)|\(testName)"
                    if let reason = skips[id] ?? skips["\(name)|\(groupName)|*"] {
                        tally.skipped += 1
                        tally.skipNotes.insert("\(name) — \(groupName): \(reason)")
                        continue
                    }
                    let expected = test["valid"]?.boolValue ?? true
                    switch compiled {
                    case .failure(let error):
                        tally.failed += 1
                        tally.failures.append("\(id): schema did not compile: \(error)")
                    case .success(let schema):
                        let instance = try JSONDocument.parse(JSONWriter().bytes(test["data"]!.value)).get()
                        let errors = schema.validate(instance.root)
                        let quick = schema.isValid(instance.root)
                        if errors.isEmpty == expected && quick == expected {
                            tally.passed += 1
                        } else {
                            tally.failed += 1
                            tally.failures.append("\(id): expected \(expected ? "valid" : "invalid"), validate() found \(errors.count) error(s), isValid() said \(quick)")
                        }
                    }
                }
            }
        }
        print("JSON-Schema-Test-Suite draft2020-12 \(label) — \(tally.passed) passed, \(tally.failed) failed, \(tally.skipped) skipped")
        for note in tally.skipNotes.sorted() { print("  skipped: \(note)") }
        for failure in tally.failures { print("  FAILED: \(failure)") }
        return tally
    }

    @Test func requiredCasesAllPass() throws {
        let folder = TestData.suiteRoot.appendingPathComponent("tests/draft2020-12")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        #expect(files.count >= 40, "the test suite is missing at \(folder.path)")
        let tally = try Self.run(files: files, assertFormats: false, label: "required", registry: try Self.registry())
        #expect(tally.failed == 0, "\(tally.failures.joined(separator: "\n"))")
        #expect(tally.passed > 1200)
    }

    @Test func optionalCasesPass() throws {
        let folder = TestData.suiteRoot.appendingPathComponent("tests/draft2020-12/optional")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        let tally = try Self.run(files: files, assertFormats: false, label: "optional", registry: try Self.registry())
        #expect(tally.failed == 0, "\(tally.failures.joined(separator: "\n"))")
    }

    @Test func optionalFormatCasesPassWithAssertion() throws {
        let files = TestData.files(under: TestData.suiteRoot.appendingPathComponent("tests/draft2020-12/optional/format"))
        #expect(files.count >= 20)
        let tally = try Self.run(files: files, assertFormats: true, label: "optional/format (assertion on)", registry: try Self.registry())
        #expect(tally.failed == 0, "\(tally.failures.joined(separator: "\n"))")
    }
}
