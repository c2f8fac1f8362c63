import Foundation
import Testing
@testable import CSWCore

/// csw carries schemas/ and workspace-template/ inside its binary as generated Swift
/// sources. These tests fail when the generated files fall behind the folders, and
/// re-create them when run with CSW_RECORD_EMBEDDED=1:
///
///     CSW_RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests
@Suite struct EmbeddedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(under folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [(String, String)] = []
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.path.dropFirst(base.path.count + 1))
            found.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    static func source(type: String, field: String, from folder: String, _ files: [(path: String, text: String)]) -> String {
        var out = """
        // Generated from \(folder)/ by Tests/CSWCoreTests/EmbeddedFilesTests.swift — do not edit.
        // Re-create with: CSW_RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests

        enum \(type) {
            static let files: [(\(field): String, text: String)] = [

        """
        for file in files {
            out += "        (\"\(file.path)\", ####\"\"\"\n\(file.text)\n\"\"\"####),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    static func check(type: String, field: String, folder: String, generated: String, embedded: [(String, String)]) throws {
        let files = try Self.files(under: folder)
        let expected = source(type: type, field: field, from: folder, files)
        let target = root.appendingPathComponent(generated)
        if ProcessInfo.processInfo.environment["CSW_RECORD_EMBEDDED"] != nil {
            try expected.write(to: target, atomically: true, encoding: .utf8)
            return
        }
        let current = try String(contentsOf: target, encoding: .utf8)
        #expect(current == expected, "\(generated) is out of date with \(folder)/; run CSW_RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests")
        #expect(embedded.map(\.0) == files.map(\.path))
        #expect(embedded.map(\.1) == files.map(\.text), "the built csw carries other \(folder)/ contents than the folder")
    }

    @Test func schemasAreBuiltIn() throws {
        try Self.check(type: "EmbeddedSchemaFiles", field: "name", folder: "schemas",
                       generated: "Sources/CSWCore/Schemas/EmbeddedSchemaFiles.swift",
                       embedded: EmbeddedSchemaFiles.files.map { ($0.name, $0.text) })
    }

    @Test func templateIsBuiltIn() throws {
        try Self.check(type: "EmbeddedTemplate", field: "path", folder: "workspace-template",
                       generated: "Sources/CSWCore/Template/EmbeddedTemplate.swift",
                       embedded: EmbeddedTemplate.files.map { ($0.path, $0.text) })
    }
}

@Suite struct DocumentationTests {
    @Test func everyDiagnosticCodeIsDocumentedWithAFix() throws {
        let text = try String(contentsOf: EmbeddedFilesTests.root.appendingPathComponent("docs/DIAGNOSTICS.md"), encoding: .utf8)
        for code in DiagnosticCode.allCases {
            #expect(text.contains("## \(code.rawValue)\n"), "docs/DIAGNOSTICS.md has no section for \(code.rawValue)")
        }
        #expect(text.components(separatedBy: "\nFix: ").count - 1 == DiagnosticCode.allCases.count)
    }
}
