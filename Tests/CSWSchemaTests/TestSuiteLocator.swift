import Foundation

/// The JSON-Schema-Test-Suite copy that travels with the repository, beside this file
/// (JSON-Schema-Test-Suite/README.md says where it came from and how to refresh it).
/// Nothing here reads outside the package.
enum TestData {
    static var suiteRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("JSON-Schema-Test-Suite")
    }

    static func files(under folder: URL, ext: String = "json") -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }

    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
