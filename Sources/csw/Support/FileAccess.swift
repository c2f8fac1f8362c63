import Foundation

/// Reading files for commands: whole files as bytes, with errors that name the path.
enum FileAccess {
    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): cannot read the file: \(reason)" }
    }

    /// The whole file, refused unread when it is larger than `limit` (FileSystem.readLimit).
    static func read(_ path: String, limit: Int = FileSystem.readLimit) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(path: path, reason: "it is a folder, not a file") }
        if let size = FileSystem.Stamp(path: path)?.size, size > limit {
            throw ReadError(path: path, reason: "it is \(size) bytes, more than csw reads (\(limit))")
        }
        do {
            return try FileSystem.read(path, limit: limit)
        } catch {
            throw ReadError(path: path, reason: error.reason.hasPrefix("cannot read the file: ") ? String(error.reason.dropFirst(22)) : error.reason)
        }
    }

    /// An absolute `file://` URI for a path (used as a schema's base URI).
    static func fileURI(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }
}
