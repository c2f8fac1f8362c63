import Foundation

/// Finds the shared test data (the JSON-Schema-Test-Suite copy) next to the repository:
/// `../shared/testdata/` from the package root, or `$CSW_SHARED_TESTDATA`.
enum TestData {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var suiteRoot: URL {
        if let override = ProcessInfo.processInfo.environment["CSW_SHARED_TESTDATA"] {
            return URL(fileURLWithPath: override).appendingPathComponent("json-schema-test-suite")
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/json-schema-test-suite")
    }

    static func files(under folder: URL, ext: String = "json") -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }

    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
