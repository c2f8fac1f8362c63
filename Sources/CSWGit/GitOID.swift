import CLibGit2

/// A git object id (SHA-1), as a value.
public struct GitOID: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else { return nil }
        self.hex = hex
    }

    init(_ oid: git_oid) {
        var copy = oid
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_fmt(&buffer, &copy)
        buffer[40] = 0
        hex = String(decoding: buffer[0..<40].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    var raw: git_oid {
        var oid = git_oid()
        _ = hex.withCString { git_oid_fromstr(&oid, $0) }
        return oid
    }

    public var short: String { String(hex.prefix(7)) }
    public var description: String { hex }
}

/// Who made a commit and when (seconds since 1970, offset in minutes).
public struct GitSignature: Sendable, Equatable {
    public let name: String
    public let email: String
    public let time: Int64
    public let offsetMinutes: Int32

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32 = 0) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    init(_ s: UnsafePointer<git_signature>) {
        name = s.pointee.name.map { String(cString: $0) } ?? ""
        email = s.pointee.email.map { String(cString: $0) } ?? ""
        time = s.pointee.when.time
        offsetMinutes = s.pointee.when.offset
    }
}

/// A commit's metadata, copied out of libgit2.
public struct GitCommitInfo: Sendable {
    public let id: GitOID
    public let tree: GitOID
    public let parents: [GitOID]
    public let author: GitSignature
    public let message: String

    public var summary: String { message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? "" }
}

/// One file of a tree: path from the tree's root, blob id, file mode.
public struct GitTreeFile: Sendable, Hashable {
    public let path: String
    public let id: GitOID
    public let mode: UInt32
}
