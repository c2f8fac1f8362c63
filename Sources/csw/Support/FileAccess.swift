import Foundation

/// Reading files for commands: whole files as bytes, with errors that name the path.
enum FileAccess {
    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): cannot read the file: \(reason)" }
    }

    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(path: path, reason: "it is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "permission denied or unreadable")
        }
        return [UInt8](data)
    }

    /// An absolute `file://` URI for a path (used as a schema's base URI).
    static func fileURI(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }
}
